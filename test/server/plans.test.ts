import { dataOf, errorOf, startTestApp, type TestApp } from '../helpers/app';
import { graphql } from '../gql';

/** Plans of three levels, items with milestones scheduled backwards, overdue in Asia/Shanghai, roll-ups, the battle map, demo data. */
describe('plans, milestones, overdue, roll-ups and the battle map', () => {
  let t: TestApp;
  const tok: Record<string, string> = {};
  let branchId: string;
  let townshipId: string;

  async function at(when: string) {
    t.clock.set(when);
    for (const u of ['admin', 'township', 'branch', 'supervisor']) tok[u] = await t.login(u);
  }

  beforeAll(async () => {
    t = await startTestApp({
      env: { RATE_LIMIT_LOGIN_PER_ADDRESS_PER_MINUTE: '100000', RATE_LIMIT_USER_PER_MINUTE: '100000' },
    });
    await at('2027-03-01T10:00:00+08:00');
    const b = dataOf(
      await t.gql(
        graphql(`
          query PlansBranches {
            branches(filter: { search: "樱桃沟社区" }) {
              items {
                id
                township {
                  id
                }
              }
            }
          }
        `),
        {},
        tok.admin,
      ),
    ).branches.items[0];
    branchId = b.id;
    townshipId = b.township!.id;
  });
  afterAll(() => t.close());

  it('demo data: branches at every level 0–5, applications in every state, plans with overdue items', async () => {
    const em = t.orm.em.fork();
    const levels = await em.execute(
      `select lvl, count(*)::int as n from (select u.id, count(bs.id) as lvl from unit u left join branch_star bs on bs.branch_id = u.id and bs.until is null where u.level = 'BRANCH' group by u.id) x group by lvl order by lvl`,
    );
    expect(levels.map((r) => Number(r.lvl))).toEqual([0, 1, 2, 3, 4, 5]);
    const states = (await em.execute(`select distinct status from star_application order by 1`)).map((r) => r.status);
    expect(states).toEqual([
      'AWARDED',
      'DECIDED',
      'PUBLIC_NOTICE',
      'REJECTED',
      'RETURNED',
      'SUBMITTED',
      'TASK_FORCE_APPROVED',
      'TOWNSHIP_APPROVED',
    ]);
    const plans = (await em.execute(`select level, count(*)::int as n from plan group by level order by level`)).map(
      (r) => r.level,
    );
    expect(plans).toEqual(['BRANCH', 'DISTRICT', 'TOWNSHIP']);
    const overdue = dataOf(
      await t.gql(
        graphql(`
          query PlanItemsTotal {
            planItems(filter: { overdue: true, year: 2026 }) {
              total
            }
          }
        `),
        {},
        tok.admin,
      ),
    ).planItems.total;
    expect(overdue).toBeGreaterThan(0);
    // levels through the API: starLevel on the branches list
    const list = dataOf(
      await t.gql(
        graphql(`
          query PlansBranchesItems {
            branches(perPage: 100) {
              items {
                starLevel
              }
            }
          }
        `),
        {},
        tok.admin,
      ),
    ).branches.items.map((b) => b.starLevel);
    expect(Math.max(...list)).toBe(5);
    expect(Math.min(...list)).toBe(0);
  });

  it('filters branches by their current star level, within a subtree (the dashboard drills into these lists)', async () => {
    const em = t.orm.em.fork();
    for (const level of [0, 3, 5]) {
      const expected = (
        await em.execute(
          `select count(*)::int as n from unit u where u.level = 'BRANCH' and (select count(*) from branch_star b where b.branch_id = u.id and b.until is null) = ?`,
          [level],
        )
      )[0].n;
      const r = dataOf(
        await t.gql(
          graphql(`
            query PlansBranchesTotalItems($l: Int) {
              branches(filter: { starLevel: $l }, perPage: 100) {
                total
                items {
                  starLevel
                }
              }
            }
          `),
          { l: level },
          tok.admin,
        ),
      ).branches;
      expect(r.total).toBe(expected);
      expect(r.items.every((b) => b.starLevel === level)).toBe(true);
    }
    const township = (await em.execute(`select id, path from unit where name = '樱桃沟景区管委会'`))[0];
    const inside = (
      await em.execute(
        `select count(*)::int as n from unit u where u.level = 'BRANCH' and u.path like ? and (select count(*) from branch_star b where b.branch_id = u.id and b.until is null) = 0`,
        [`${township.path}%`],
      )
    )[0].n;
    expect(
      dataOf(
        await t.gql(
          graphql(`
            query PlansBranchesTotal($w: ID) {
              branches(filter: { starLevel: 0, withinId: $w }) {
                total
              }
            }
          `),
          { w: String(township.id) },
          tok.admin,
        ),
      ).branches.total,
    ).toBe(inside);
    const e = await t.gql(
      graphql(`
        query PlansBranchesTotal2 {
          branches(filter: { starLevel: 6 }) {
            total
          }
        }
      `),
      {},
      tok.admin,
    );
    expect(e.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('a branch plan states 保/冲/争 with owners; one plan per unit and year', async () => {
    const p = dataOf(
      await t.gql(
        graphql(`
          mutation CreatePlan($u: ID!) {
            createPlan(
              input: {
                unitId: $u
                year: 2027
                title: "2027年创星计划"
                stars: [
                  { starCode: "STRONG_BRANCH", intent: KEEP }
                  { starCode: "INDUSTRY_PROSPERITY", intent: TARGET }
                  { starCode: "SAFETY_AND_RULE_OF_LAW", intent: STRIVE }
                ]
              }
            ) {
              id
              level
              unitId
              stars {
                starCode
                intent
              }
            }
          }
        `),
        { u: branchId },
        tok.branch,
      ),
    ).createPlan;
    expect(p.level).toBe('BRANCH');
    expect(p.stars.map((s) => `${s.intent}:${s.starCode}`)).toEqual([
      'KEEP:STRONG_BRANCH',
      'TARGET:INDUSTRY_PROSPERITY',
      'STRIVE:SAFETY_AND_RULE_OF_LAW',
    ]);
    expect(
      errorOf(
        await t.gql(
          graphql(`
            mutation CreatePlanId($u: ID!) {
              createPlan(input: { unitId: $u, year: 2027, title: "重复" }) {
                id
              }
            }
          `),
          { u: branchId },
          tok.branch,
        ),
      ).extensions.reason,
    ).toBe('PLAN.DUPLICATE');
    // a supervisor may read but not plan
    expect(
      errorOf(
        await t.gql(
          graphql(`
            mutation PlansCreatePlan($u: ID!) {
              createPlan(input: { unitId: $u, year: 2028, title: "x" }) {
                id
              }
            }
          `),
          { u: branchId },
          tok.supervisor,
        ),
      ).extensions.code,
    ).toBe('FORBIDDEN');
    // stars only for branch plans
    expect(
      errorOf(
        await t.gql(
          graphql(`
            mutation PlansCreatePlanId($u: ID!) {
              createPlan(
                input: { unitId: $u, year: 2027, title: "x", stars: [{ starCode: "STRONG_BRANCH", intent: KEEP }] }
              ) {
                id
              }
            }
          `),
          { u: townshipId },
          tok.township,
        ),
      ).extensions.field,
    ).toBe('stars');
  });

  it('items get milestones counted back from the deadline (倒排工期), editable; DONE sets completedAt', async () => {
    const plan = dataOf(
      await t.gql(
        graphql(`
          query PlansItems($u: ID!) {
            plans(filter: { unitId: $u, year: 2027 }) {
              items {
                id
              }
            }
          }
        `),
        { u: branchId },
        tok.branch,
      ),
    ).plans.items[0];
    const item = dataOf(
      await t.gql(
        graphql(`
          mutation CreatePlanItem($p: ID!) {
            createPlanItem(input: { planId: $p, title: "建设集体经济项目", deadline: "2027-06-30" }) {
              id
              status
              progress
              overdue
              milestones {
                id
                title
                dueDate
              }
            }
          }
        `),
        { p: plan.id },
        tok.branch,
      ),
    ).createPlanItem;
    expect(item.milestones.map((m) => m.dueDate)).toEqual(['2027-05-01', '2027-05-31', '2027-06-23', '2027-06-30']);
    const m = dataOf(
      await t.gql(
        graphql(`
          mutation UpdatePlanMilestone($id: ID!) {
            updatePlanMilestone(id: $id, input: { dueDate: "2027-04-15", doneOn: "2027-03-01" }) {
              dueDate
              doneOn
            }
          }
        `),
        { id: item.milestones[0].id },
        tok.branch,
      ),
    ).updatePlanMilestone;
    expect(m).toEqual({ dueDate: '2027-04-15', doneOn: '2027-03-01' });
    expect(
      errorOf(
        await t.gql(
          graphql(`
            mutation UpdatePlanMilestoneDueDate($id: ID!) {
              updatePlanMilestone(id: $id, input: { dueDate: "2027-07-15" }) {
                dueDate
              }
            }
          `),
          { id: item.milestones[0].id },
          tok.branch,
        ),
      ).extensions.field,
    ).toBe('dueDate');
    const done = dataOf(
      await t.gql(
        graphql(`
          mutation UpdatePlanItem($id: ID!) {
            updatePlanItem(id: $id, input: { status: DONE }) {
              status
              progress
              completedAt
            }
          }
        `),
        { id: item.id },
        tok.branch,
      ),
    ).updatePlanItem;
    expect(done.status).toBe('DONE');
    expect(done.progress).toBe(100);
    expect(done.completedAt).toBeTruthy();
    const back = dataOf(
      await t.gql(
        graphql(`
          mutation UpdatePlanItemStatusProgressCompletedAt($id: ID!) {
            updatePlanItem(id: $id, input: { progress: 40 }) {
              status
              progress
              completedAt
            }
          }
        `),
        { id: item.id },
        tok.branch,
      ),
    ).updatePlanItem;
    expect(back).toEqual({ status: 'IN_PROGRESS', progress: 40, completedAt: null });
    expect(
      errorOf(
        await t.gql(
          graphql(`
            mutation UpdatePlanItemId($id: ID!) {
              updatePlanItem(id: $id, input: { progress: 140 }) {
                id
              }
            }
          `),
          { id: item.id },
          tok.branch,
        ),
      ).extensions.code,
    ).toBe('BAD_USER_INPUT');
  });

  it('overdue is computed at the Asia/Shanghai date boundary and filterable', async () => {
    const plan = dataOf(
      await t.gql(
        graphql(`
          query PlansItems($u: ID!) {
            plans(filter: { unitId: $u, year: 2027 }) {
              items {
                id
              }
            }
          }
        `),
        { u: branchId },
        tok.branch,
      ),
    ).plans.items[0];
    const item = dataOf(
      await t.gql(
        graphql(`
          mutation CreatePlanItemId($p: ID!) {
            createPlanItem(input: { planId: $p, title: "边界任务", deadline: "2027-03-31" }) {
              id
            }
          }
        `),
        { p: plan.id },
        tok.branch,
      ),
    ).createPlanItem;
    const q = graphql(`
      query PlanItemsByOverdue($p: ID!) {
        all: planItems(filter: { planId: $p }) {
          items {
            id
            overdue
          }
        }
        late: planItems(filter: { planId: $p, overdue: true }) {
          items {
            id
          }
        }
        onTime: planItems(filter: { planId: $p, overdue: false }) {
          items {
            id
          }
        }
      }
    `);
    const check = async () => {
      const r = dataOf(await t.gql(q, { p: plan.id }, tok.branch));
      const own = r.all.items.find((i) => i.id === item.id);
      return {
        overdue: own!.overdue,
        inLate: r.late.items.some((i) => i.id === item.id),
        inOnTime: r.onTime.items.some((i) => i.id === item.id),
      };
    };
    // 2027-03-31 23:59 in Shanghai is 15:59 UTC: still the deadline day.
    await at('2027-03-31T15:59:00Z');
    expect(await check()).toEqual({ overdue: false, inLate: false, inOnTime: true });
    // 16:00 UTC is midnight in Shanghai: the deadline has passed, although it is still the 31st in UTC.
    await at('2027-03-31T16:00:00Z');
    expect(await check()).toEqual({ overdue: true, inLate: true, inOnTime: false });
    // done is never overdue
    dataOf(
      await t.gql(
        graphql(`
          mutation PlansUpdatePlanItem($id: ID!) {
            updatePlanItem(id: $id, input: { status: DONE }) {
              id
            }
          }
        `),
        { id: item.id },
        tok.branch,
      ),
    );
    expect(await check()).toEqual({ overdue: false, inLate: false, inOnTime: true });
  });

  it('a township plan rolls up its branches, the district plan its townships (SQL aggregates)', async () => {
    await at('2026-11-28T10:00:00+08:00');
    const district = dataOf(
      await t.gql(
        graphql(`
          query PlansPlans {
            plans(filter: { year: 2026, level: DISTRICT }) {
              items {
                id
                level
                unit {
                  id
                }
                rollup {
                  total
                  done
                  overdue
                  completion
                  units
                }
              }
            }
          }
        `),
        {},
        tok.admin,
      ),
    ).plans.items[0];
    const em = t.orm.em.fork();
    const [all] = await em.execute(
      `select count(*)::int as n, count(*) filter (where status = 'DONE')::int as d, count(*) filter (where status <> 'DONE' and deadline < '2026-11-28')::int as o from plan_item i join plan p on p.id = i.plan_id where p.year = 2026 and p.unit_id in (select id from unit where path like (select path from unit where id = ?) || '%')`,
      [Number(district.unit.id)],
    );
    expect(district.rollup).toMatchObject({ total: all.n, done: all.d, overdue: all.o });
    expect(district.rollup.units).toBe(1 + 18 + 200);
    const township = dataOf(
      await t.gql(
        graphql(`
          query PlansPlansItems($u: ID!) {
            plans(filter: { unitId: $u, year: 2026 }) {
              items {
                rollup {
                  total
                  units
                }
              }
            }
          }
        `),
        { u: townshipId },
        tok.admin,
      ),
    ).plans.items[0];
    expect(township.rollup.units).toBe(10); // itself and its 9 branches
  });

  it('battleMap: one row per child unit with status counts, overdue, next deadline, completion, stars and goals', async () => {
    const district = dataOf(
      await t.gql(
        graphql(`
          query Units {
            units(filter: { level: DISTRICT }) {
              items {
                id
              }
            }
          }
        `),
        {},
        tok.admin,
      ),
    ).units.items[0].id;
    const m = dataOf(
      await t.gql(
        graphql(`
          query BattleMap($u: ID!) {
            battleMap(unitId: $u, year: 2026) {
              asOf
              rows {
                unitId
                unitName
                unitLevel
                total
                notStarted
                inProgress
                done
                overdue
                nextDeadline
                completion
                starLevel
                branches
                branchesByLevel
                keepStars
                targetStars
                striveStars
              }
            }
          }
        `),
        { u: district },
        tok.admin,
      ),
    ).battleMap;
    expect(m.rows).toHaveLength(18);
    const sum = m.rows.reduce((s, r) => s + r.branches, 0);
    expect(sum).toBe(200);
    for (const r of m.rows) expect(r.branchesByLevel.reduce((a: number, b: number) => a + b, 0)).toBe(r.branches);
    expect(m.rows.some((r) => r.overdue > 0)).toBe(true);
    const tm = dataOf(
      await t.gql(
        graphql(`
          query BattleMapRows($u: ID!) {
            battleMap(unitId: $u, year: 2026) {
              rows {
                unitLevel
                starLevel
                total
                targetStars
              }
            }
          }
        `),
        { u: townshipId },
        tok.township,
      ),
    ).battleMap;
    expect(tm.rows).toHaveLength(9);
    expect(tm.rows.every((r) => r.unitLevel === 'BRANCH' && r.starLevel !== null)).toBe(true);
    // outside the scope: NOT_FOUND like a missing unit
    const other = errorOf(
      await t.gql(
        graphql(`
          query BattleMapAsOf($u: ID!) {
            battleMap(unitId: $u, year: 2026) {
              asOf
            }
          }
        `),
        { u: district },
        tok.township,
      ),
    );
    expect(other.extensions.code).toBe('NOT_FOUND');
  });

  it('battleMap sends the same number of SQL statements for 20 and for 200 child units', async () => {
    const em = t.orm.em.fork();
    const [d] = await em.execute(`select id, path from unit where level = 'DISTRICT' limit 1`);
    const build = async (n: number) => {
      const [tw] = await em.execute(
        `insert into unit (name, level, parent_id, path, depth, township_kind) values (?, 'TOWNSHIP', ?, '', 3, 'SUBDISTRICT') returning id`,
        [`压测街道${n}`, d.id],
      );
      await em.execute(`update unit set path = ? || id || '.' where id = ?`, [d.path, tw.id]);
      await em.execute(
        `insert into unit (name, level, parent_id, path, depth, category, branch_kind) select '压测社区' || g, 'BRANCH', ?, '', 4, 'COMMUNITY', 'PARTY_BRANCH' from generate_series(1, ?) g`,
        [tw.id, n],
      );
      await em.execute(`update unit set path = (select path from unit where id = ?) || id || '.' where parent_id = ?`, [
        tw.id,
        tw.id,
      ]);
      const [plan] = await em.execute(
        `insert into plan (unit_id, year, level, title) values (?, 2026, 'TOWNSHIP', 'x') returning id`,
        [tw.id],
      );
      await em.execute(
        `insert into plan_item (plan_id, unit_id, title, deadline) select ?, id, 't', '2026-05-01' from unit where parent_id = ?`,
        [plan.id, tw.id],
      );
      await em.execute(
        `insert into branch_star (branch_id, star_type_code, since) select id, 'STRONG_BRANCH', '2025-01-01' from unit where parent_id = ? and id % 2 = 0`,
        [tw.id],
      );
      return String(tw.id);
    };
    const small = await build(20);
    const large = await build(200);
    const q = graphql(`
      query BattleMapAsOfUnitRows($u: ID!) {
        battleMap(unitId: $u, year: 2026) {
          asOf
          unit {
            name
          }
          rows {
            unitId
            total
            overdue
            nextDeadline
            completion
            starLevel
            branchesByLevel
            targetStars
          }
        }
      }
    `);
    const count = async (u: string) => {
      await t.gql(q, { u }, tok.admin);
      t.sql.reset();
      const r = dataOf(await t.gql(q, { u }, tok.admin));
      return { n: t.sql.count, rows: r.battleMap.rows.length };
    };
    const a = await count(small);
    const b = await count(large);
    expect(a.rows).toBe(20);
    expect(b.rows).toBe(200);
    expect(b.n).toBe(a.n);
    expect(a.n).toBeLessThanOrEqual(6);
  });
});
