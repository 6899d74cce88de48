import { dataOf, errorOf, startTestApp, type TestApp } from '../helpers/app';
import { modules } from '../../server/src/modules';
import { sweepStarAwards } from '../../server/src/modules/stars/sweep';
import { graphql } from '../gql';
import type { ReviewDecision } from '../gql/graphql';

graphql(`
  fragment ApplicationFields on StarApplication {
    id
    status
    allowedActions
    noticeStartsOn
    noticeEndsOn
    selfScore
    starCode
    branchId
    items {
      keyTaskId
      met
      score
    }
    transitions {
      fromStatus
      toStatus
      decision
      actorName
      comment
      at
    }
    objections {
      id
      status
      reason
    }
  }
`);

/** The rating lifecycle, per branch, star and year: every stage with its role, and every refused path. */
describe('star rating lifecycle', () => {
  let t: TestApp;
  const tok: Record<string, string> = {};
  let branchId: string;
  let otherBranchId: string;
  let tasks: string[];
  const starTasks: Record<string, string[]> = {};
  const USERS = ['admin', 'leader', 'taskforce', 'tf2', 'supervisor', 'township', 'branch'];

  const apply = (star: string, year: number, who = 'branch', b = branchId, taskIds = starTasks[star]) =>
    t.gql(
      graphql(`
        mutation ApplyForTestStar($i: ApplyForStarInput!) {
          applyForStar(input: $i) {
            ...ApplicationFields
          }
        }
      `),
      {
        i: {
          branchId: b,
          starCode: star,
          year,
          items: taskIds.map((k, n) => ({ keyTaskId: k, met: true, score: 10 + n, note: '已完成' })),
        },
      },
      tok[who],
    );
  const review = (id: string, decision: ReviewDecision, who: string, comment?: string) =>
    t.gql(
      graphql(`
        mutation ReviewTestApplication($id: ID!, $i: ReviewStarApplicationInput!) {
          reviewStarApplication(id: $id, input: $i) {
            ...ApplicationFields
          }
        }
      `),
      { id, i: { decision, comment } },
      tok[who],
    );
  const get = async (id: string, who = 'admin') =>
    dataOf(
      await t.gql(
        graphql(`
          query TestApplication($id: ID!) {
            starApplication(id: $id) {
              ...ApplicationFields
            }
          }
        `),
        { id },
        tok[who],
      ),
    ).starApplication;
  const level = async (id = branchId) =>
    dataOf(
      await t.gql(
        graphql(`
          query BranchStarLevel($id: ID!) {
            branch(id: $id) {
              starLevel
            }
          }
        `),
        { id },
        tok.admin,
      ),
    ).branch.starLevel;

  /** Through township, task force, decision and into public notice. */
  async function toNotice(id: string, star: string) {
    dataOf(await review(id, 'APPROVE', 'township', '初审通过'));
    dataOf(await review(id, 'APPROVE', star === 'INDUSTRY_PROSPERITY' ? 'taskforce' : 'tf2', '专班审核通过'));
    dataOf(await review(id, 'APPROVE', 'leader', '区级审定'));
    return dataOf(await review(id, 'APPROVE', 'admin', '进入公示')).reviewStarApplication;
  }

  /** Move the clock (Asia/Shanghai times) and sign everyone in again (sessions expire as time passes). */
  async function at(when: string) {
    t.clock.set(when);
    for (const u of USERS) tok[u] = await t.login(u);
  }

  beforeAll(async () => {
    t = await startTestApp({
      env: { RATE_LIMIT_LOGIN_PER_ADDRESS_PER_MINUTE: '100000', RATE_LIMIT_USER_PER_MINUTE: '100000' },
    });
    // A second task-force member, for the four other stars (the demo's 'taskforce' covers INDUSTRY_PROSPERITY only).
    const em = t.orm.em.fork();
    await em.execute(
      `insert into app_user (username, display_name, password_hash) select 'tf2', '专班成员二', password_hash from app_user where username = 'taskforce'`,
    );
    await em.execute(
      `insert into role_assignment (user_id, role, unit_id, star_type_code)
       select (select id from app_user where username = 'tf2'), 'TASK_FORCE', r.unit_id, s.code
         from role_assignment r join app_user u on u.id = r.user_id and u.username = 'taskforce', star_type s where s.code <> 'INDUSTRY_PROSPERITY'`,
    );
    await at('2026-06-10T09:00:00+08:00');
    const find = async (name: string) =>
      dataOf(
        await t.gql(
          graphql(`
            query StarsLifecycleBranches($s: String) {
              branches(filter: { search: $s }) {
                items {
                  id
                  category
                }
              }
            }
          `),
          { s: name },
          tok.admin,
        ),
      ).branches.items[0];
    const own = await find('樱桃沟社区');
    branchId = own.id;
    otherBranchId = (await find('建新南街社区')).id;
    const kt = dataOf(
      await t.gql(
        graphql(`
          query StarsLifecycleKeyTasks($c: BranchCategory) {
            keyTasks(perPage: 100, filter: { starCode: "INDUSTRY_PROSPERITY", category: $c }) {
              items {
                id
              }
            }
          }
        `),
        { c: own.category },
        tok.admin,
      ),
    );
    tasks = kt.keyTasks.items.map((k) => k.id).slice(0, 3);
    expect(tasks.length).toBeGreaterThan(0);
    for (const star of [
      'INDUSTRY_PROSPERITY',
      'ECOLOGICAL_LIVABILITY',
      'SAFETY_AND_RULE_OF_LAW',
      'CIVILITY_AND_HAPPINESS',
      'STRONG_BRANCH',
    ]) {
      const r = dataOf(
        await t.gql(
          graphql(`
            query StarsLifecycleKeyTasksItems($s: String, $c: BranchCategory) {
              keyTasks(perPage: 3, filter: { starCode: $s, category: $c }) {
                items {
                  id
                }
              }
            }
          `),
          { s: star, c: own.category },
          tok.admin,
        ),
      );
      starTasks[star] = r.keyTasks.items.map((k) => k.id);
    }
  });
  afterAll(() => t.close());

  it('goes SUBMITTED → TOWNSHIP_APPROVED → TASK_FORCE_APPROVED → DECIDED → PUBLIC_NOTICE → AWARDED, each step by its role, recorded', async () => {
    const before = await level();
    const a = dataOf(await apply('INDUSTRY_PROSPERITY', 2026)).applyForStar;
    expect(a.status).toBe('SUBMITTED');
    expect(a.selfScore).toBe(tasks.reduce((s, _k, n) => s + 10 + n, 0));
    expect(a.allowedActions).toEqual([]);
    // The review screen offers each user only what they may do now.
    expect((await get(a.id, 'township')).allowedActions).toEqual(['APPROVE', 'REJECT', 'RETURN']);
    expect((await get(a.id, 'taskforce')).allowedActions).toEqual([]);
    expect(dataOf(await review(a.id, 'APPROVE', 'township', '初审通过')).reviewStarApplication.status).toBe(
      'TOWNSHIP_APPROVED',
    );
    expect((await get(a.id, 'taskforce')).allowedActions).toEqual(['APPROVE', 'REJECT', 'RETURN']);
    expect((await get(a.id, 'township')).allowedActions).toEqual([]);
    expect(dataOf(await review(a.id, 'APPROVE', 'taskforce')).reviewStarApplication.status).toBe('TASK_FORCE_APPROVED');
    expect(dataOf(await review(a.id, 'APPROVE', 'leader', '同意')).reviewStarApplication.status).toBe('DECIDED');
    const notice = dataOf(await review(a.id, 'APPROVE', 'admin', '公示')).reviewStarApplication;
    expect(notice.status).toBe('PUBLIC_NOTICE');
    expect(notice.noticeStartsOn).toBe('2026-06-10');
    expect(notice.noticeEndsOn).toBe('2026-06-16'); // 7 days, inclusive (STAR_NOTICE_DAYS default)
    expect((await get(a.id, 'branch')).allowedActions).toEqual(['FILE_OBJECTION']);

    // Too early: the notice period has not passed.
    const early = errorOf(
      await t.gql(
        graphql(`
          mutation FinalizeStarAward($id: ID!) {
            finalizeStarAward(id: $id) {
              status
            }
          }
        `),
        { id: a.id },
        tok.admin,
      ),
    );
    expect(early.extensions).toMatchObject({ code: 'CONFLICT', reason: 'APPLICATION.NOTICE_NOT_OVER' });
    // The last day of notice (Shanghai) is still inside; the next day is not.
    await at('2026-06-16T23:59:00+08:00');
    expect(
      errorOf(
        await t.gql(
          graphql(`
            mutation FinalizeStarAward($id: ID!) {
              finalizeStarAward(id: $id) {
                status
              }
            }
          `),
          { id: a.id },
          tok.admin,
        ),
      ).extensions.reason,
    ).toBe('APPLICATION.NOTICE_NOT_OVER');
    await at('2026-06-17T00:01:00+08:00');
    expect((await get(a.id)).allowedActions).toEqual(['FINALIZE']);
    const awarded = dataOf(
      await t.gql(
        graphql(`
          mutation FinalizeTestAward($id: ID!) {
            finalizeStarAward(id: $id) {
              ...ApplicationFields
            }
          }
        `),
        { id: a.id },
        tok.admin,
      ),
    ).finalizeStarAward;
    expect(awarded.status).toBe('AWARDED');
    expect(awarded.transitions.map((x) => `${x.fromStatus ?? '-'}>${x.toStatus}`)).toEqual([
      '->SUBMITTED',
      'SUBMITTED>TOWNSHIP_APPROVED',
      'TOWNSHIP_APPROVED>TASK_FORCE_APPROVED',
      'TASK_FORCE_APPROVED>DECIDED',
      'DECIDED>PUBLIC_NOTICE',
      'PUBLIC_NOTICE>AWARDED',
    ]);
    expect(awarded.transitions[1]).toMatchObject({ decision: 'APPROVE', comment: '初审通过' });
    expect(awarded.transitions.every((x) => x.actorName && x.at)).toBe(true);
    expect(await level()).toBe(before + 1);
    const b = dataOf(
      await t.gql(
        graphql(`
          query BranchStarsStarHistory($id: ID!) {
            branch(id: $id) {
              stars(year: 2026) {
                starCode
                status
                since
                applicationStatus
              }
              starHistory {
                starCode
                kind
                date
              }
            }
          }
        `),
        { id: branchId },
        tok.branch,
      ),
    ).branch;
    expect(b.stars.find((s) => s.starCode === 'INDUSTRY_PROSPERITY')).toEqual({
      starCode: 'INDUSTRY_PROSPERITY',
      status: 'HELD',
      since: '2026-06-17',
      applicationStatus: 'AWARDED',
    });
    expect(b.starHistory).toContainEqual({ starCode: 'INDUSTRY_PROSPERITY', kind: 'AWARDED', date: '2026-06-17' });
    // Applying again for a star held is refused.
    expect(errorOf(await apply('INDUSTRY_PROSPERITY', 2027)).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'APPLICATION.ALREADY_HELD',
    });
  });

  it('refuses the wrong role (FORBIDDEN), the wrong state (INVALID_TRANSITION), a duplicate (CONFLICT) and the wrong scope (NOT_FOUND)', async () => {
    await at('2026-07-01T10:00:00+08:00');
    const a = dataOf(await apply('STRONG_BRANCH', 2026)).applyForStar;
    // duplicate: one open application per branch, star and year
    expect(errorOf(await apply('STRONG_BRANCH', 2026)).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'APPLICATION.DUPLICATE',
    });
    // wrong role at SUBMITTED: the branch itself, the task force (also another star's), the district (must wait for the township)
    expect(errorOf(await review(a.id, 'APPROVE', 'branch')).extensions.code).toBe('FORBIDDEN');
    expect(errorOf(await review(a.id, 'APPROVE', 'admin')).extensions.code).toBe('FORBIDDEN');
    // the INDUSTRY_PROSPERITY task force cannot see a STRONG_BRANCH application at all
    expect(errorOf(await review(a.id, 'APPROVE', 'taskforce')).extensions.code).toBe('NOT_FOUND');
    // only staff may apply; a supervisor may not
    expect(errorOf(await apply('SAFETY_AND_RULE_OF_LAW', 2026, 'supervisor')).extensions.code).toBe('FORBIDDEN');
    dataOf(await review(a.id, 'APPROVE', 'township'));
    // wrong role at TOWNSHIP_APPROVED: the township again
    expect(errorOf(await review(a.id, 'APPROVE', 'township')).extensions.code).toBe('FORBIDDEN');
    // reject needs a comment
    expect(errorOf(await review(a.id, 'REJECT', 'admin')).extensions.code).toBe('FORBIDDEN');
    // wrong scope: a township reviewer of another township sees nothing (same answer as a missing id)
    expect(errorOf(await apply('INDUSTRY_PROSPERITY', 2026, 'admin', otherBranchId)).extensions.code).toBe('FORBIDDEN'); // a district admin is not branch staff
    // the branch user cannot apply for another township's branch: it does not exist for them
    expect(errorOf(await apply('INDUSTRY_PROSPERITY', 2026, 'branch', otherBranchId)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'branchId',
    });
    const missing = errorOf(await review('999999', 'APPROVE', 'township'));
    expect(missing.extensions.code).toBe('NOT_FOUND');

    // a rejected application is closed: any review is an invalid transition naming both states
    const b = dataOf(await apply('SAFETY_AND_RULE_OF_LAW', 2026)).applyForStar;
    dataOf(await review(b.id, 'REJECT', 'township', '材料不全'));
    const closed = errorOf(await review(b.id, 'APPROVE', 'township'));
    expect(closed.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      fromState: 'REJECTED',
      toState: 'TOWNSHIP_APPROVED',
    });
    // after a rejection a new application may be made
    expect(dataOf(await apply('SAFETY_AND_RULE_OF_LAW', 2026)).applyForStar.status).toBe('SUBMITTED');
    // a key task of another star is refused, naming the item
    const wrongTask = dataOf(
      await t.gql(
        graphql(`
          query StarsLifecycleKeyTasksItems2 {
            keyTasks(perPage: 1, filter: { starCode: "ECOLOGICAL_LIVABILITY" }) {
              items {
                id
              }
            }
          }
        `),
        {},
        tok.admin,
      ),
    ).keyTasks.items[0].id;
    const bad = errorOf(await apply('CIVILITY_AND_HAPPINESS', 2026, 'branch', branchId, [wrongTask]));
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'items[0].keyTaskId' });
  });

  it('RETURN sends the application back to the branch, which edits and resubmits it', async () => {
    await at('2026-07-02T10:00:00+08:00');
    // an empty self-assessment is refused
    expect(errorOf(await apply('ECOLOGICAL_LIVABILITY', 2026, 'branch', branchId, [])).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'items',
    });
    const eco = dataOf(
      await t.gql(
        graphql(`
          query StarsLifecycleKeyTasksItems3($c: BranchCategory) {
            keyTasks(perPage: 5, filter: { starCode: "ECOLOGICAL_LIVABILITY", category: $c }) {
              items {
                id
              }
            }
          }
        `),
        { c: 'COMMUNITY' },
        tok.admin,
      ),
    ).keyTasks.items.map((k) => k.id);
    // A key task listed twice is refused at its second listing, and nothing is stored.
    const twice = errorOf(await apply('ECOLOGICAL_LIVABILITY', 2026, 'branch', branchId, [eco[0], eco[1], eco[0]]));
    expect(twice.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'APPLICATION.DUPLICATE_TASK',
      field: 'items[2].keyTaskId',
    });
    const app = dataOf(await apply('ECOLOGICAL_LIVABILITY', 2026, 'branch', branchId, eco)).applyForStar;
    dataOf(await review(app.id, 'APPROVE', 'township'));
    const returned = dataOf(await review(app.id, 'RETURN', 'tf2', '补充佐证')).reviewStarApplication;
    expect(returned.status).toBe('RETURNED');
    expect(returned.allowedActions).toEqual([]);
    expect((await get(app.id, 'branch')).allowedActions).toEqual(['RESUBMIT']);
    // The township cannot act on a returned application.
    expect(errorOf(await review(app.id, 'APPROVE', 'township')).extensions.code).toBe('INVALID_TRANSITION');
    // While it is returned it still counts as open.
    expect(errorOf(await apply('ECOLOGICAL_LIVABILITY', 2026, 'branch', branchId, eco)).extensions.reason).toBe(
      'APPLICATION.DUPLICATE',
    );
    // A resubmission listing a key task twice is refused the same way and leaves the application returned.
    const resubmitTwice = errorOf(
      await t.gql(
        graphql(`
          mutation ResubmitTwiceTestApplication($id: ID!, $i: ResubmitStarApplicationInput!) {
            resubmitStarApplication(id: $id, input: $i) {
              id
            }
          }
        `),
        {
          id: app.id,
          i: {
            items: [
              { keyTaskId: eco[1], met: true },
              { keyTaskId: eco[1], met: false },
            ],
          },
        },
        tok.branch,
      ),
    );
    expect(resubmitTwice.extensions).toMatchObject({
      reason: 'APPLICATION.DUPLICATE_TASK',
      field: 'items[1].keyTaskId',
    });
    expect((await get(app.id, 'branch')).status).toBe('RETURNED');
    const again = dataOf(
      await t.gql(
        graphql(`
          mutation ResubmitTestApplication($id: ID!, $i: ResubmitStarApplicationInput!) {
            resubmitStarApplication(id: $id, input: $i) {
              ...ApplicationFields
            }
          }
        `),
        { id: app.id, i: { items: [{ keyTaskId: eco[0], met: true, score: 50 }], comment: '已补充' } },
        tok.branch,
      ),
    ).resubmitStarApplication;
    expect(again.status).toBe('SUBMITTED');
    expect(again.items).toEqual([{ keyTaskId: eco[0], met: true, score: 50 }]);
    expect(again.transitions.map((x) => x.toStatus)).toEqual([
      'SUBMITTED',
      'TOWNSHIP_APPROVED',
      'RETURNED',
      'SUBMITTED',
    ]);
    // resubmitting a submitted application is an invalid transition
    expect(
      errorOf(
        await t.gql(
          graphql(`
            mutation ResubmitStarApplication($id: ID!, $i: ResubmitStarApplicationInput!) {
              resubmitStarApplication(id: $id, input: $i) {
                id
              }
            }
          `),
          { id: app.id, i: { items: [{ keyTaskId: eco[0], met: true }] } },
          tok.branch,
        ),
      ).extensions.code,
    ).toBe('INVALID_TRANSITION');
  });

  it('an objection upheld during the notice period stops the award; a dismissed one does not; the sweep awards when the period has passed', async () => {
    await at('2026-08-03T10:00:00+08:00');
    const civ = dataOf(
      await t.gql(
        graphql(`
          query StarsLifecycleKeyTasksItems4 {
            keyTasks(perPage: 3, filter: { starCode: "CIVILITY_AND_HAPPINESS", category: COMMUNITY }) {
              items {
                id
              }
            }
          }
        `),
        {},
        tok.admin,
      ),
    ).keyTasks.items.map((k) => k.id);
    const a = dataOf(await apply('CIVILITY_AND_HAPPINESS', 2026, 'branch', branchId, civ)).applyForStar;
    await toNotice(a.id, 'CIVILITY_AND_HAPPINESS');
    const fileObjection = (id: string, who: string) =>
      t.gql(
        graphql(`
          mutation FileObjection($id: ID!, $r: String!) {
            fileObjection(applicationId: $id, reason: $r) {
              id
              status
            }
          }
        `),
        { id, r: '群众反映存在问题' },
        tok[who],
      );
    const o = dataOf(await fileObjection(a.id, 'township')).fileObjection;
    expect(o.status).toBe('OPEN');
    expect((await get(a.id)).allowedActions).toEqual(['FILE_OBJECTION', 'RESOLVE_OBJECTION']);
    // the branch may not resolve it
    expect(
      errorOf(
        await t.gql(
          graphql(`
            mutation ResolveObjection($id: ID!) {
              resolveObjection(id: $id, upheld: true) {
                id
              }
            }
          `),
          { id: o.id },
          tok.branch,
        ),
      ).extensions.code,
    ).toBe('FORBIDDEN');
    // an open objection blocks the award, also after the period
    await at('2026-08-20T10:00:00+08:00');
    expect(
      errorOf(
        await t.gql(
          graphql(`
            mutation FinalizeStarAwardId($id: ID!) {
              finalizeStarAward(id: $id) {
                id
              }
            }
          `),
          { id: a.id },
          tok.admin,
        ),
      ).extensions.reason,
    ).toBe('APPLICATION.OBJECTION_OPEN');
    // after the period no new objection
    expect(errorOf(await fileObjection(a.id, 'branch')).extensions.code).toBe('INVALID_TRANSITION');
    const upheld = dataOf(
      await t.gql(
        graphql(`
          mutation ResolveObjectionStatus($id: ID!) {
            resolveObjection(id: $id, upheld: true, comment: "经核实属实") {
              status
            }
          }
        `),
        { id: o.id },
        tok.admin,
      ),
    ).resolveObjection;
    expect(upheld.status).toBe('UPHELD');
    const stopped = await get(a.id);
    expect(stopped.status).toBe('REJECTED');
    expect(stopped.transitions.at(-1)!.comment).toContain('Objection upheld');
    // resolving twice: invalid transition
    expect(
      errorOf(
        await t.gql(
          graphql(`
            mutation StarsLifecycleResolveObjection($id: ID!) {
              resolveObjection(id: $id, upheld: false) {
                status
              }
            }
          `),
          { id: o.id },
          tok.admin,
        ),
      ).extensions.code,
    ).toBe('INVALID_TRANSITION');

    // A dismissed objection does not stop it; the scheduled sweep awards once the period has passed.
    await at('2026-09-01T10:00:00+08:00');
    const b = dataOf(await apply('CIVILITY_AND_HAPPINESS', 2026, 'branch', branchId, civ)).applyForStar;
    await toNotice(b.id, 'CIVILITY_AND_HAPPINESS');
    const o2 = dataOf(await fileObjection(b.id, 'branch')).fileObjection;
    dataOf(
      await t.gql(
        graphql(`
          mutation StarsLifecycleResolveObjectionStatus($id: ID!) {
            resolveObjection(id: $id, upheld: false, comment: "不属实") {
              status
            }
          }
        `),
        { id: o2.id },
        tok.leader,
      ),
    );
    const deps = {
      modules,
      now: t.clock.now,
      auth: {} as never,
      stars: { noticeDays: 7, strongBranchRequiredForFifth: true },
    };
    expect(await sweepStarAwards(t.orm.em.fork(), deps)).toEqual([]); // still in notice
    await at('2026-09-08T00:00:01+08:00');
    expect(await sweepStarAwards(t.orm.em.fork(), deps)).toEqual([Number(b.id)]);
    const done = await get(b.id);
    expect(done.status).toBe('AWARDED');
    expect(done.transitions.at(-1)).toMatchObject({ toStatus: 'AWARDED', actorName: '系统 System' });
  });

  it('downgrade and revocation end a held star with a reason, change the level, keep the history; the held set at any date is one query', async () => {
    await at('2026-10-10T10:00:00+08:00');
    const before = await level();
    expect(before).toBeGreaterThanOrEqual(2);
    // only district admins
    expect(
      errorOf(
        await t.gql(
          graphql(`
            mutation RevokeStar($b: ID!) {
              revokeStar(branchId: $b, starCode: "INDUSTRY_PROSPERITY", reason: "x") {
                id
              }
            }
          `),
          { b: branchId },
          tok.township,
        ),
      ).extensions.code,
    ).toBe('FORBIDDEN');
    const r = dataOf(
      await t.gql(
        graphql(`
          mutation RevokeStarStarCodeSinceUntil($b: ID!) {
            revokeStar(branchId: $b, starCode: "INDUSTRY_PROSPERITY", reason: "发生安全事故（三零）") {
              starCode
              since
              until
              endKind
              endReason
            }
          }
        `),
        { b: branchId },
        tok.admin,
      ),
    ).revokeStar;
    expect(r).toMatchObject({
      starCode: 'INDUSTRY_PROSPERITY',
      until: '2026-10-10',
      endKind: 'REVOKED',
      endReason: '发生安全事故（三零）',
    });
    expect(await level()).toBe(before - 1);
    dataOf(
      await t.gql(
        graphql(`
          mutation DowngradeStar($b: ID!) {
            downgradeStar(branchId: $b, starCode: "CIVILITY_AND_HAPPINESS", reason: "整改未到位") {
              id
            }
          }
        `),
        { b: branchId },
        tok.admin,
      ),
    );
    expect(await level()).toBe(before - 2);
    // not held any more: invalid transition
    expect(
      errorOf(
        await t.gql(
          graphql(`
            mutation RevokeStar($b: ID!) {
              revokeStar(branchId: $b, starCode: "INDUSTRY_PROSPERITY", reason: "x") {
                id
              }
            }
          `),
          { b: branchId },
          tok.admin,
        ),
      ).extensions.code,
    ).toBe('INVALID_TRANSITION');
    const h = dataOf(
      await t.gql(
        graphql(`
          query BranchStarHistory($id: ID!) {
            branch(id: $id) {
              starHistory {
                starCode
                kind
                date
                reason
              }
            }
          }
        `),
        { id: branchId },
        tok.admin,
      ),
    ).branch.starHistory;
    expect(h).toContainEqual({
      starCode: 'INDUSTRY_PROSPERITY',
      kind: 'REVOKED',
      date: '2026-10-10',
      reason: '发生安全事故（三零）',
    });
    expect(h).toContainEqual({ starCode: 'INDUSTRY_PROSPERITY', kind: 'AWARDED', date: '2026-06-17', reason: null });
    // "stars held by branch X on date D" in one SQL query (the statistics read it)
    const heldOn = async (d: string) =>
      (
        await t.orm.em
          .fork()
          .execute(
            `select star_type_code from branch_star where branch_id = ? and since <= ? and (until is null or until > ?) order by 1`,
            [Number(branchId), d, d],
          )
      ).map((x) => x.star_type_code);
    expect(await heldOn('2026-07-01')).toContain('INDUSTRY_PROSPERITY');
    expect(await heldOn('2026-10-10')).not.toContain('INDUSTRY_PROSPERITY');
  });

  it('a fifth star needs STRONG_BRANCH when the rule is on (star types are data: here a sixth one)', async () => {
    await at('2026-11-01T10:00:00+08:00');
    const em = t.orm.em.fork();
    dataOf(
      await t.gql(
        graphql(`
          mutation StarsLifecycleCreateStarType {
            createStarType(
              input: {
                code: "LIVELIHOOD_SERVICE"
                nameZh: "民生服务星"
                nameEn: "Livelihood service"
                categories: [COMMUNITY, RURAL]
              }
            ) {
              code
            }
          }
        `),
        {},
        tok.admin,
      ),
    );
    const k = dataOf(
      await t.gql(
        graphql(`
          mutation CreateKeyTaskId {
            createKeyTask(
              input: {
                edition: 2026
                code: "LS-01"
                starCode: "LIVELIHOOD_SERVICE"
                category: COMMUNITY
                title: "便民服务"
              }
            ) {
              id
            }
          }
        `),
        {},
        tok.admin,
      ),
    ).createKeyTask.id;
    // The branch holds exactly four stars, none of them STRONG_BRANCH.
    await em.execute(`update branch_star set until = '2026-11-01' where branch_id = ? and until is null`, [
      Number(branchId),
    ]);
    await em.execute(
      `update star_application set status = 'REJECTED' where branch_id = ? and status not in ('AWARDED', 'REJECTED')`,
      [Number(branchId)],
    );
    await em.execute(
      `insert into branch_star (branch_id, star_type_code, since) select ?, code, '2026-11-01' from star_type where code in ('SAFETY_AND_RULE_OF_LAW', 'ECOLOGICAL_LIVABILITY', 'INDUSTRY_PROSPERITY', 'CIVILITY_AND_HAPPINESS')`,
      [Number(branchId)],
    );
    expect(await level()).toBe(4);
    const refused = errorOf(await apply('LIVELIHOOD_SERVICE', 2026, 'branch', branchId, [k]));
    expect(refused.extensions).toMatchObject({ code: 'CONFLICT', reason: 'APPLICATION.STRONG_BRANCH_REQUIRED' });
    // STRONG_BRANCH itself may be the fifth.
    expect(dataOf(await apply('STRONG_BRANCH', 2026)).applyForStar.status).toBe('SUBMITTED');
  });

  it('pairs a stronger branch with a weaker one, listed on both', async () => {
    const p = dataOf(
      await t.gql(
        graphql(`
          mutation PairBranches($s: ID!, $w: ID!) {
            pairBranches(input: { strongBranchId: $s, weakBranchId: $w, note: "产业帮扶" }) {
              id
              startDate
              strongBranch {
                id
              }
              weakBranch {
                id
              }
            }
          }
        `),
        { s: branchId, w: otherBranchId },
        tok.admin,
      ),
    ).pairBranches;
    expect(p.strongBranch.id).toBe(branchId);
    for (const id of [branchId, otherBranchId]) {
      const b = dataOf(
        await t.gql(
          graphql(`
            query BranchPairings($id: ID!) {
              branch(id: $id) {
                pairings {
                  id
                  note
                  strongBranch {
                    id
                  }
                  weakBranch {
                    id
                  }
                }
              }
            }
          `),
          { id },
          tok.admin,
        ),
      ).branch;
      expect(b.pairings.map((x) => x.id)).toContain(p.id);
    }
    expect(
      errorOf(
        await t.gql(
          graphql(`
            mutation PairBranchesId($s: ID!, $w: ID!) {
              pairBranches(input: { strongBranchId: $s, weakBranchId: $w }) {
                id
              }
            }
          `),
          { s: branchId, w: otherBranchId },
          tok.admin,
        ),
      ).extensions.reason,
    ).toBe('PAIRING.DUPLICATE');
    // a township may not pair outside its township
    expect(
      errorOf(
        await t.gql(
          graphql(`
            mutation PairBranchesId($s: ID!, $w: ID!) {
              pairBranches(input: { strongBranchId: $s, weakBranchId: $w }) {
                id
              }
            }
          `),
          { s: branchId, w: otherBranchId },
          tok.township,
        ),
      ).extensions.code,
    ).toBe('BAD_USER_INPUT');
  });
});
