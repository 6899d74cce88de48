import { shanghaiDate } from '../../server/src/common/dates';
import { dataOf, errorOf, startTestApp, type VariablesArgs, type TestApp } from '../helpers/app';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

/** 每日一报告 · 每月一观摩 · 每季度一评比. */
describe('cadence', () => {
  let t: TestApp;
  const tok: Record<string, string> = {};
  let district: string;
  let cherry: { id: string; townshipId: string };
  const g = async <R, V>(who: string, q: TypedDocumentNode<R, V>, ...[v]: VariablesArgs<V>) =>
    dataOf(await t.gql(q, v, tok[who]));

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_USER_PER_MINUTE: '100000' } });
    for (const u of ['admin', 'leader', 'supervisor', 'township', 'branch']) tok[u] = await t.login(u);
    district = (
      await g(
        'admin',
        graphql(`
          query Units {
            units(filter: { level: DISTRICT }) {
              items {
                id
              }
            }
          }
        `),
      )
    ).units.items[0].id;
    const b = (
      await g(
        'admin',
        graphql(`
          query CadenceBranches {
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
      )
    ).branches.items[0];
    cherry = { id: b.id, townshipId: b.township!.id };
  });
  afterAll(() => t.close());

  describe('daily reports', () => {
    // A fixed day with no demo reports (the demo has reports for 20–27 November 2026).
    beforeAll(async () => {
      t.clock.set('2027-03-01T04:00:00Z');
      for (const u of ['admin', 'supervisor', 'township', 'branch']) tok[u] = await t.login(u);
    });
    afterAll(async () => {
      t.clock.set(new Date());
      for (const u of ['admin', 'supervisor', 'township', 'branch']) tok[u] = await t.login(u);
    });
    const SUBMIT = graphql(`
      mutation SubmitDailyReport($i: SubmitDailyReportInput!) {
        submitDailyReport(input: $i) {
          id
          reportDate
          doneToday
          figures {
            label
            value
          }
          blockers
          reporterName
        }
      }
    `);

    it('one per unit per day: the same day again updates it; missingDailyReports lists who has not reported', async () => {
      const today = shanghaiDate(t.clock.now());
      const first = (
        await g('branch', SUBMIT, {
          i: { unitId: cherry.id, doneToday: '走访党员 5 户', figures: [{ label: '走访户数', value: 5 }] },
        })
      ).submitDailyReport;
      expect(first.reportDate).toBe(today);
      const second = (
        await g('branch', SUBMIT, {
          i: {
            unitId: cherry.id,
            doneToday: '走访党员 8 户',
            figures: [{ label: '走访户数', value: 8 }],
            blockers: '雨天',
          },
        })
      ).submitDailyReport;
      expect(second).toMatchObject({
        id: first.id,
        doneToday: '走访党员 8 户',
        figures: [{ label: '走访户数', value: 8 }],
        blockers: '雨天',
      });
      const list = await g(
        'township',
        graphql(`
          query DailyReports($d: String) {
            dailyReports(filter: { date: $d }, perPage: 100) {
              total
              items {
                unitId
                doneToday
              }
            }
          }
        `),
        { d: today },
      );
      expect(list.dailyReports.items.filter((r) => r.unitId === cherry.id)).toEqual([
        { unitId: cherry.id, doneToday: '走访党员 8 户' },
      ]);

      const missing = (
        await g(
          'township',
          graphql(`
            query MissingDailyReports($u: ID!, $d: String!) {
              missingDailyReports(unitId: $u, date: $d) {
                id
                level
              }
            }
          `),
          {
            u: cherry.townshipId,
            d: today,
          },
        )
      ).missingDailyReports;
      const ids = missing.map((u) => u.id);
      expect(ids).not.toContain(cherry.id);
      expect(ids).toContain(cherry.townshipId);
      expect(missing.length).toBe(9); // the township and 8 of its 9 branches
    });

    it('only branch or township staff report, and only for their own units', async () => {
      const other = (
        await g(
          'admin',
          graphql(`
            query BranchesItems {
              branches(filter: { search: "建新南街社区" }) {
                items {
                  id
                }
              }
            }
          `),
        )
      ).branches.items[0].id;
      const r1 = await t.gql(SUBMIT, { i: { unitId: other, doneToday: 'x' } }, tok.branch);
      expect(errorOf(r1).extensions.code).toBe('NOT_FOUND');
      const r2 = await t.gql(SUBMIT, { i: { unitId: cherry.id, doneToday: 'x' } }, tok.supervisor);
      expect(errorOf(r2).extensions.code).toBe('FORBIDDEN');
    });
  });

  it('monthly tours: units visited, participants, a score and comment per unit', async () => {
    const r = await g(
      'admin',
      graphql(`
        mutation CreateMonthlyObservation($i: CreateMonthlyObservationInput!) {
          createMonthlyObservation(input: $i) {
            id
            title
            participants
            visits {
              unitId
              score
              comment
            }
          }
        }
      `),
      {
        i: {
          unitId: district,
          heldOn: '2026-11-20',
          title: '十一月观摩',
          participants: ['区委组织部', '各乡镇书记'],
          visits: [{ unitId: cherry.id, score: 88, comment: '阵地规范' }],
        },
      },
    );
    expect(r.createMonthlyObservation.visits).toEqual([{ unitId: cherry.id, score: 88, comment: '阵地规范' }]);
    // The visited branch sees the tour that visited it.
    const seen = await g(
      'branch',
      graphql(`
        query MonthlyObservations {
          monthlyObservations(filter: { month: "2026-11" }) {
            items {
              id
            }
          }
        }
      `),
    );
    expect(seen.monthlyObservations.items.map((o) => o.id)).toContain(r.createMonthlyObservation.id);
  });

  describe('quarterly ranking', () => {
    let township: string;
    const branches: Record<string, string> = {};
    const RANK = graphql(`
      query QuarterlyRanking($u: ID!) {
        quarterlyRanking(unitId: $u, year: 2026, quarter: 2) {
          published
          weights {
            planCompletion
            spotCheck
          }
          rows {
            unitName
            rank
            score
            planCompletion
            spotCheck
            rectificationClosure
            rectificationTimeliness
            tour
          }
        }
      }
    `);

    beforeAll(async () => {
      township = (
        await g(
          'admin',
          graphql(`
            mutation CreateUnit($p: ID!) {
              createUnit(input: { name: "评比测试街道", level: TOWNSHIP, townshipKind: SUBDISTRICT, parentId: $p }) {
                id
              }
            }
          `),
          { p: district },
        )
      ).createUnit.id;
      for (const n of ['甲社区', '乙社区', '丙社区']) {
        branches[n] = (
          await g(
            'admin',
            graphql(`
              mutation CreateUnitId($p: ID!, $n: String!) {
                createUnit(
                  input: { name: $n, level: BRANCH, category: COMMUNITY, branchKind: PARTY_BRANCH, parentId: $p }
                ) {
                  id
                }
              }
            `),
            { p: township, n },
          )
        ).createUnit.id;
      }
      const [A, B, C] = ['甲社区', '乙社区', '丙社区'].map((n) => Number(branches[n]));
      const em = t.orm.em.fork();
      const sup = (await em.execute<{ id: number }[]>(`select id from app_user where username = 'supervisor'`))[0].id;
      const [team] = await em.execute<{ id: number }[]>(
        `insert into supervision_team (name, scope_unit_id, leader_id) values ('评比组', ?, ?) returning id`,
        [Number(district), sup],
      );
      // Plans of 2026: A 3 of 4 items done by 30 June (one more due later does not count), B 2 of 2, C 0 of 1.
      const plan = async (unit: number, items: [string, string, string | null][]) => {
        const [p] = await em.execute<{ id: number }[]>(
          `insert into plan (unit_id, year, level, title) values (?, 2026, 'BRANCH', '创星计划') returning id`,
          [unit],
        );
        for (const [deadline, status, done] of items) {
          await em.execute(
            `insert into plan_item (plan_id, unit_id, title, deadline, status, completed_at) values (?, ?, '任务', ?, ?, ?)`,
            [p.id, unit, deadline, status, done],
          );
        }
      };
      await plan(A, [
        ['2026-04-30', 'DONE', '2026-04-28T02:00:00Z'],
        ['2026-05-31', 'DONE', '2026-05-20T02:00:00Z'],
        ['2026-06-30', 'DONE', '2026-06-29T02:00:00Z'],
        ['2026-06-30', 'IN_PROGRESS', null],
        ['2026-09-30', 'NOT_STARTED', null],
      ]);
      await plan(B, [
        ['2026-05-31', 'DONE', '2026-05-01T02:00:00Z'],
        ['2026-06-15', 'DONE', '2026-06-01T02:00:00Z'],
      ]);
      await plan(C, [['2026-06-30', 'IN_PROGRESS', null]]);
      // Spot checks: A completed in May (90) and in July (10, another quarter); C completed in June (60); a planned one on B counts for nothing.
      const check = async (unit: number, status: string, score: number | null, completed: string | null) =>
        (
          await em.execute<{ id: number }[]>(
            `insert into spot_check (team_id, target_unit_id, status, planned_for, planned_by_id, overall_score, completed_at, method_attested) values (?, ?, ?, '2026-05-01', ?, ?, ?, ?) returning id`,
            [team.id, unit, status, sup, score, completed, status === 'COMPLETED'],
          )
        )[0].id;
      const scA = await check(A, 'COMPLETED', 90, '2026-05-10T02:00:00Z');
      await check(A, 'COMPLETED', 10, '2026-07-10T02:00:00Z');
      const scC = await check(C, 'COMPLETED', 60, '2026-06-10T02:00:00Z');
      await check(B, 'PLANNED', null, null);
      // Rectifications due in Q2: A two closed (one on time, one late); C one still open.
      const rect = async (sc: number, unit: number, deadline: string, status: string, closed: string | null) => {
        const [f] = await em.execute<{ id: number }[]>(
          `insert into finding (spot_check_id, severity, description, recorded_at, recorded_by_id) values (?, 'MINOR', '问题', now(), ?) returning id`,
          [sc, sup],
        );
        await em.execute(
          `insert into rectification (finding_id, spot_check_id, responsible_unit_id, measures, deadline, status, closed_at) values (?, ?, ?, '措施', ?, ?, ?)`,
          [f.id, sc, unit, deadline, status, closed],
        );
      };
      await rect(scA, A, '2026-06-01', 'CLOSED', '2026-05-30T02:00:00Z');
      await rect(scA, A, '2026-06-01', 'CLOSED', '2026-06-05T02:00:00Z');
      await rect(scC, C, '2026-06-20', 'ASSIGNED', null);
      // Tours in Q2: A 80, B 70 (and B 100 in another quarter).
      const tour = async (heldOn: string, visits: [number, number][]) => {
        const [o] = await em.execute<{ id: number }[]>(
          `insert into monthly_observation (organizer_unit_id, held_on, title) values (?, ?, '观摩') returning id`,
          [Number(township), heldOn],
        );
        for (const [u, s] of visits)
          await em.execute(`insert into observation_visit (observation_id, unit_id, score) values (?, ?, ?)`, [
            o.id,
            u,
            s,
          ]);
      };
      await tour('2026-05-15', [
        [A, 80],
        [B, 70],
      ]);
      await tour('2026-08-15', [[B, 100]]);
      await g(
        'admin',
        graphql(`
          mutation SetAppraisalWeights($d: ID!) {
            setAppraisalWeights(
              districtId: $d
              input: {
                planCompletion: 40
                spotCheck: 30
                rectificationClosure: 10
                rectificationTimeliness: 10
                tour: 10
              }
            ) {
              planCompletion
            }
          }
        `),
        { d: district },
      );
    });

    const EXPECTED = [
      // B: (100×40 + 70×10) / (40 + 10): no spot check and no rectification due, so those weights drop out.
      {
        unitName: '乙社区',
        rank: 1,
        score: 94,
        planCompletion: 100,
        spotCheck: null,
        rectificationClosure: null,
        rectificationTimeliness: null,
        tour: 70,
      },
      // A: (75×40 + 90×30 + 100×10 + 50×10 + 80×10) / 100
      {
        unitName: '甲社区',
        rank: 2,
        score: 80,
        planCompletion: 75,
        spotCheck: 90,
        rectificationClosure: 100,
        rectificationTimeliness: 50,
        tour: 80,
      },
      // C: (0×40 + 60×30 + 0×10 + 0×10) / 90
      {
        unitName: '丙社区',
        rank: 3,
        score: 20,
        planCompletion: 0,
        spotCheck: 60,
        rectificationClosure: 0,
        rectificationTimeliness: 0,
        tour: null,
      },
    ];

    it("ranks the children from known inputs, with the district's weights and each component shown", async () => {
      const r = (await g('leader', RANK, { u: township })).quarterlyRanking;
      expect(r.published).toBe(false);
      expect(r.weights).toEqual({ planCompletion: 40, spotCheck: 30 });
      expect(r.rows).toEqual(EXPECTED);
    });

    it("exports a secretary's quarter and year figures as .xlsx, scoped like the API", async () => {
      const ExcelJS = (await import('exceljs')).default;
      const get = (unit: string, token?: string) =>
        fetch(`${t.url}/exports/duty-review/${unit}?year=2026&quarter=2`, {
          headers: token ? { authorization: `Bearer ${token}` } : {},
        });
      const res = await get(branches['甲社区'], tok.admin);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('spreadsheetml');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
      expect(wb.getWorksheet('概况 Summary')!.getRow(1).values).toEqual([undefined, '单位 Unit', '甲社区']);
      expect(wb.getWorksheet('季度 Quarter')!.getRow(2).values).toEqual([
        undefined,
        '2026 Q2',
        2,
        80,
        75,
        90,
        100,
        50,
        80,
      ]);
      expect(wb.getWorksheet('年度 Year')!.rowCount).toBe(5);
      expect(wb.getWorksheet('整改 Rectifications')!.rowCount).toBe(3);
      // Outside the caller's scope: the same 404 as a unit that does not exist; no token: 401.
      const [outside, missing] = [await get(branches['甲社区'], tok.branch), await get('999999', tok.branch)];
      expect(outside.status).toBe(404);
      expect(await outside.json()).toEqual(await missing.json());
      expect((await get(branches['甲社区'])).status).toBe(401);
    });

    it('publishing freezes it: later data no longer moves the published ranking', async () => {
      expect(
        errorOf(
          await t.gql(
            graphql(`
              mutation PublishQuarterlyAppraisal($u: ID!) {
                publishQuarterlyAppraisal(unitId: $u, year: 2026, quarter: 2) {
                  published
                }
              }
            `),
            { u: township },
            tok.supervisor,
          ),
        ).extensions.code,
      ).toBe('FORBIDDEN');
      const pub = (
        await g(
          'admin',
          graphql(`
            mutation PublishQuarterlyAppraisalPublishedPublishedAtRows($u: ID!) {
              publishQuarterlyAppraisal(unitId: $u, year: 2026, quarter: 2) {
                published
                publishedAt
                rows {
                  unitName
                  rank
                  score
                }
              }
            }
          `),
          { u: township },
        )
      ).publishQuarterlyAppraisal;
      expect(pub.published).toBe(true);
      expect(pub.rows.map((x) => [x.unitName, x.rank, x.score])).toEqual([
        ['乙社区', 1, 94],
        ['甲社区', 2, 80],
        ['丙社区', 3, 20],
      ]);
      await t.orm.em
        .fork()
        .execute(
          `insert into observation_visit (observation_id, unit_id, score) select id, ?, 100 from monthly_observation where held_on = '2026-05-15' and organizer_unit_id = ?`,
          [Number(branches['丙社区']), Number(township)],
        );
      const r = (await g('admin', RANK, { u: township })).quarterlyRanking;
      expect(r.published).toBe(true);
      expect(r.rows).toEqual(EXPECTED);
      const again = await t.gql(
        graphql(`
          mutation PublishQuarterlyAppraisal($u: ID!) {
            publishQuarterlyAppraisal(unitId: $u, year: 2026, quarter: 2) {
              published
            }
          }
        `),
        { u: township },
        tok.admin,
      );
      expect(errorOf(again).extensions.reason).toBe('APPRAISAL.ALREADY_PUBLISHED');
    });
  });
});
