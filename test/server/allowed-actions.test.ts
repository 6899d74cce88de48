import { dataOf, errorOf, startTestApp, type GqlResult, type TestApp, type VariablesArgs } from '../helpers/app';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

/**
 * allowedActions is what the mutations then accept: for every demo role and every state of a spot
 * check, a finding, a rectification and an objection, each listed action succeeds on a fresh record
 * in that state and each unlisted one is refused. The 待我处理 filters (actionable: true) list
 * exactly the records whose allowedActions hold something to do. Findings are corrected and
 * withdrawn by their team while the check is on site, and a withdrawn finding counts nowhere.
 */
jest.setTimeout(300_000);

const ROLES = ['admin', 'leader', 'taskforce', 'supervisor', 'supervisor2', 'township', 'branch', 'admin2'] as const;
type Role = (typeof ROLES)[number];

const PLAN = graphql(`
  mutation AaPlan($i: PlanSpotCheckInput!) {
    planSpotCheck(input: $i) {
      id
    }
  }
`);
const START = graphql(`
  mutation AaStart($id: ID!) {
    startSpotCheck(id: $id, input: {}) {
      id
      status
    }
  }
`);
const RECORD = graphql(`
  mutation AaRecord($id: ID!, $d: String!) {
    recordFinding(spotCheckId: $id, input: { severity: MINOR, description: $d }) {
      id
    }
  }
`);
const COMPLETE = graphql(`
  mutation AaComplete($id: ID!) {
    completeSpotCheck(id: $id, input: { summary: "小结", methodAttested: true }) {
      id
      status
    }
  }
`);
const UPDATE_FINDING = graphql(`
  mutation AaUpdateFinding($id: ID!, $i: UpdateFindingInput!) {
    updateFinding(id: $id, input: $i) {
      id
      description
      severity
      correctedAt
      withdrawn
    }
  }
`);
const WITHDRAW_FINDING = graphql(`
  mutation AaWithdrawFinding($id: ID!, $r: String!) {
    withdrawFinding(id: $id, reason: $r) {
      id
      withdrawn
      withdrawnAt
      withdrawalReason
      withdrawnByName
    }
  }
`);
const ASSIGN = graphql(`
  mutation AaAssign($f: ID!, $u: ID!) {
    assignRectification(findingId: $f, input: { responsibleUnitId: $u, measures: "整改", deadline: "2027-01-31" }) {
      id
      status
    }
  }
`);
const SUBMIT = graphql(`
  mutation AaSubmit($id: ID!) {
    submitRectification(id: $id, input: { note: "已整改" }) {
      id
      status
    }
  }
`);
const VERIFY = graphql(`
  mutation AaVerify($id: ID!, $a: Boolean!) {
    verifyRectification(id: $id, input: { accept: $a, comment: "验收意见" }) {
      id
      status
    }
  }
`);
const CHECK_ACTIONS = graphql(`
  query AaCheckActions($id: ID!) {
    spotCheck(id: $id) {
      allowedActions
    }
  }
`);
const FINDING_ACTIONS = graphql(`
  query AaFindingActions($id: ID!) {
    finding(id: $id) {
      allowedActions
      withdrawn
    }
  }
`);
const RECT_ACTIONS = graphql(`
  query AaRectActions($id: ID!) {
    rectification(id: $id) {
      allowedActions
    }
  }
`);
const RECT_PAGE = graphql(`
  query AaRectPage($page: Int!, $f: RectificationFilterInput) {
    rectifications(page: $page, perPage: 100, filter: $f, sortField: "id") {
      total
      items {
        id
        allowedActions
      }
    }
  }
`);
const APP_PAGE = graphql(`
  query AaAppPage($page: Int!, $f: StarApplicationFilterInput) {
    starApplications(page: $page, perPage: 100, filter: $f, sortField: "id") {
      total
      items {
        id
        allowedActions
      }
    }
  }
`);
const OBJECTION_PAGE = graphql(`
  query AaObjectionPage($page: Int!, $f: StarObjectionFilterInput) {
    starObjections(page: $page, perPage: 100, filter: $f, sortField: "id") {
      total
      items {
        id
        status
        applicationId
        allowedActions
      }
    }
  }
`);

describe('allowedActions and 待我处理', () => {
  let t: TestApp;
  const tok: Record<string, string> = {};
  let teamId: string;
  let target: string;
  const g = async <R, V>(who: string, q: TypedDocumentNode<R, V>, ...[v]: VariablesArgs<V>) =>
    dataOf(await t.gql(q, v, tok[who]));
  const ok = (r: GqlResult) => !r.errors?.length;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_USER_PER_MINUTE: '100000' } });
    t.clock.set('2026-12-03T03:00:00Z');
    const em = t.orm.em.fork();
    await em.execute(
      `insert into app_user (username, display_name, password_hash) select 'supervisor2', '另一督导员', password_hash from app_user where username = 'supervisor'`,
    );
    await em.execute(
      `insert into role_assignment (user_id, role, unit_id) select u.id, 'SUPERVISOR', r.unit_id from app_user u, role_assignment r join app_user s on s.id = r.user_id and s.username = 'supervisor' where u.username = 'supervisor2'`,
    );
    const b = (
      await dataOf(
        await t.gql(
          graphql(`
            query AaTarget {
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
          await t.login('admin'),
        ),
      )
    ).branches.items[0];
    target = b.id;
    await em.execute(
      `insert into app_user (username, display_name, password_hash) select 'admin2', '他乡管理员', password_hash from app_user where username = 'admin'`,
    );
    await em.execute(
      `insert into role_assignment (user_id, role, unit_id) select u.id, 'DISTRICT_ADMIN', (select id from unit where level = 'TOWNSHIP' and id <> ? order by id limit 1) from app_user u where u.username = 'admin2'`,
      [Number(b.township!.id)],
    );
    for (const u of ROLES) tok[u] = await t.login(u);
    const district = (
      await g(
        'admin',
        graphql(`
          query AaDistrict {
            units(filter: { level: DISTRICT }) {
              items {
                id
              }
            }
          }
        `),
      )
    ).units.items[0].id;
    const [sup] = await em.execute<{ id: number }[]>(`select id from app_user where username = 'supervisor'`);
    teamId = (
      await g(
        'admin',
        graphql(`
          mutation AaTeam($i: CreateSupervisionTeamInput!) {
            createSupervisionTeam(input: $i) {
              id
            }
          }
        `),
        { i: { name: '动作测试督导组', scopeUnitId: district, leaderUserId: String(sup.id), memberUserIds: [] } },
      )
    ).createSupervisionTeam.id;
  });
  afterAll(() => t.close());

  const plan = async () =>
    (await g('supervisor', PLAN, { i: { teamId, targetUnitId: target, plannedFor: '2026-12-10' } })).planSpotCheck.id;
  const started = async () => {
    const id = await plan();
    await g('supervisor', START, { id });
    return id;
  };
  const withFindings = async (n: number, complete: boolean) => {
    const id = await started();
    const findings: string[] = [];
    for (let i = 0; i < n; i++) findings.push((await g('supervisor', RECORD, { id, d: `问题 ${i}` })).recordFinding.id);
    if (complete) await g('supervisor', COMPLETE, { id });
    return { id, findings };
  };

  /** allowedActions as `who` sees them, or null when the record is invisible (then every action must be refused). */
  const actionsOf = async (r: GqlResult<unknown>, pick: (d: never) => string[]) => {
    if (r.errors?.length) {
      expect(errorOf(r).extensions.code).toBe('NOT_FOUND');
      return null;
    }
    return pick(r.data as never);
  };

  it("the check on site now is first in the supervisor's list, whatever the sort", async () => {
    await plan();
    await withFindings(0, true);
    const id = await started();
    await plan();
    const LIST = graphql(`
      query AaChecks($s: String, $o: SortOrder, $f: SpotCheckFilterInput) {
        spotChecks(perPage: 100, sortField: $s, sortOrder: $o, filter: $f) {
          items {
            id
            status
          }
        }
      }
    `);
    for (const [s, o] of [
      ['plannedFor', 'DESC'],
      ['id', 'ASC'],
      ['id', 'DESC'],
      ['createdAt', 'DESC'],
    ] as const) {
      const ours = (await g('supervisor', LIST, { s, o, f: { teamId } })).spotChecks.items;
      expect({ s, o, first: ours[0].id, n: ours.length }).toEqual({ s, o, first: id, n: 4 });
      // Over all of the supervisor's checks: every one on site before any other.
      const items = (await g('supervisor', LIST, { s, o })).spotChecks.items;
      const firstOther = items.findIndex((i) => i.status !== 'IN_PROGRESS');
      expect(items.slice(firstOther).some((i) => i.status === 'IN_PROGRESS')).toBe(false);
    }
  });

  it('spot checks: START, RECORD_FINDING and COMPLETE exactly as listed, in each state, for each role', async () => {
    const makers = { PLANNED: plan, IN_PROGRESS: started, COMPLETED: async () => (await withFindings(0, true)).id };
    const run = {
      START: (who: Role, id: string) => t.gql(START, { id }, tok[who]),
      RECORD_FINDING: (who: Role, id: string) => t.gql(RECORD, { id, d: '试' }, tok[who]),
      COMPLETE: (who: Role, id: string) => t.gql(COMPLETE, { id }, tok[who]),
    };
    const seen: string[] = [];
    for (const [state, make] of Object.entries(makers))
      for (const who of ROLES)
        for (const [action, act] of Object.entries(run)) {
          const id = await make();
          const listed = await actionsOf(
            await t.gql(CHECK_ACTIONS, { id }, tok[who]),
            (d: { spotCheck: { allowedActions: string[] } }) => d.spotCheck.allowedActions,
          );
          const accepted = ok(await act(who, id));
          expect({ state, who, action, accepted }).toEqual({
            state,
            who,
            action,
            accepted: !!listed?.includes(action),
          });
          if (accepted) seen.push(`${state}:${who}:${action}`);
        }
    // Only the team acts on its checks, each action in its own state.
    expect(seen.sort()).toEqual([
      'IN_PROGRESS:supervisor:COMPLETE',
      'IN_PROGRESS:supervisor:RECORD_FINDING',
      'PLANNED:supervisor:START',
    ]);
  });

  it('findings: UPDATE, WITHDRAW and ASSIGN_RECTIFICATION exactly as listed, in each state, for each role', async () => {
    const trials = ROLES.length * 3;
    const onSite = await withFindings(trials * 2, false);
    const withdrawnOnSite = onSite.findings.slice(trials);
    for (const f of withdrawnOnSite) await g('supervisor', WITHDRAW_FINDING, { id: f, r: '误记' });
    const closed = await withFindings(trials * 3, false);
    const withdrawnClosed = closed.findings.slice(trials, trials * 2);
    for (const f of withdrawnClosed) await g('supervisor', WITHDRAW_FINDING, { id: f, r: '误记' });
    await g('supervisor', COMPLETE, { id: closed.id });
    const assigned = closed.findings.slice(trials * 2);
    for (const f of assigned) await g('supervisor', ASSIGN, { f, u: target });
    const pools: Record<string, string[]> = {
      IN_PROGRESS: onSite.findings.slice(0, trials),
      IN_PROGRESS_WITHDRAWN: withdrawnOnSite,
      COMPLETED: closed.findings.slice(0, trials),
      COMPLETED_WITHDRAWN: withdrawnClosed,
      COMPLETED_ASSIGNED: assigned,
    };
    const run = {
      UPDATE: (who: Role, id: string) => t.gql(UPDATE_FINDING, { id, i: { description: '更正' } }, tok[who]),
      WITHDRAW: (who: Role, id: string) => t.gql(WITHDRAW_FINDING, { id, r: '撤回' }, tok[who]),
      ASSIGN_RECTIFICATION: (who: Role, id: string) => t.gql(ASSIGN, { f: id, u: target }, tok[who]),
    };
    const seen: string[] = [];
    for (const [state, pool] of Object.entries(pools)) {
      let next = 0;
      for (const who of ROLES)
        for (const [action, act] of Object.entries(run)) {
          const id = pool[next++];
          const listed = await actionsOf(
            await t.gql(FINDING_ACTIONS, { id }, tok[who]),
            (d: { finding: { allowedActions: string[] } }) => d.finding.allowedActions,
          );
          const accepted = ok(await act(who, id));
          expect({ state, who, action, accepted }).toEqual({
            state,
            who,
            action,
            accepted: !!listed?.includes(action),
          });
          if (accepted) seen.push(`${state}:${who}:${action}`);
        }
    }
    expect(seen.sort()).toEqual([
      'COMPLETED:admin:ASSIGN_RECTIFICATION',
      'COMPLETED:supervisor:ASSIGN_RECTIFICATION',
      'IN_PROGRESS:supervisor:UPDATE',
      'IN_PROGRESS:supervisor:WITHDRAW',
    ]);
  });

  it('rectifications: SUBMIT, ACCEPT and REJECT exactly as listed, in each state, for each role', async () => {
    const trials = ROLES.length * 3;
    const { findings } = await withFindings(trials * 3, true);
    const rects: string[] = [];
    for (const f of findings) rects.push((await g('supervisor', ASSIGN, { f, u: target })).assignRectification.id);
    const pools: Record<string, string[]> = {
      ASSIGNED: rects.slice(0, trials),
      SUBMITTED: rects.slice(trials, trials * 2),
      CLOSED: rects.slice(trials * 2),
    };
    for (const id of [...pools.SUBMITTED, ...pools.CLOSED]) await g('branch', SUBMIT, { id });
    for (const id of pools.CLOSED) await g('supervisor', VERIFY, { id, a: true });
    const run = {
      SUBMIT: (who: Role, id: string) => t.gql(SUBMIT, { id }, tok[who]),
      ACCEPT: (who: Role, id: string) => t.gql(VERIFY, { id, a: true }, tok[who]),
      REJECT: (who: Role, id: string) => t.gql(VERIFY, { id, a: false }, tok[who]),
    };
    const seen: string[] = [];
    for (const [state, pool] of Object.entries(pools)) {
      let next = 0;
      for (const who of ROLES)
        for (const [action, act] of Object.entries(run)) {
          const id = pool[next++];
          const listed = await actionsOf(
            await t.gql(RECT_ACTIONS, { id }, tok[who]),
            (d: { rectification: { allowedActions: string[] } }) => d.rectification.allowedActions,
          );
          const accepted = ok(await act(who, id));
          expect({ state, who, action, accepted }).toEqual({
            state,
            who,
            action,
            accepted: !!listed?.includes(action),
          });
          if (accepted) seen.push(`${state}:${who}:${action}`);
        }
    }
    // The branch, its township and district admins submit; the team and district admins verify.
    expect(seen.sort()).toEqual([
      'ASSIGNED:admin:SUBMIT',
      'ASSIGNED:branch:SUBMIT',
      'ASSIGNED:township:SUBMIT',
      'SUBMITTED:admin:ACCEPT',
      'SUBMITTED:admin:REJECT',
      'SUBMITTED:supervisor:ACCEPT',
      'SUBMITTED:supervisor:REJECT',
    ]);
  });

  it('a submitted rectification waits for the team: the branch is offered nothing, the supervisor verifies', async () => {
    const { findings } = await withFindings(1, true);
    const id = (await g('supervisor', ASSIGN, { f: findings[0], u: target })).assignRectification.id;
    expect((await g('branch', RECT_ACTIONS, { id })).rectification.allowedActions).toEqual(['SUBMIT']);
    await g('branch', SUBMIT, { id });
    expect((await g('branch', RECT_ACTIONS, { id })).rectification.allowedActions).toEqual([]);
    expect((await g('supervisor', RECT_ACTIONS, { id })).rectification.allowedActions).toEqual(['ACCEPT', 'REJECT']);
    expect(errorOf(await t.gql(VERIFY, { id, a: true }, tok.branch)).extensions.reason).toBe(
      'SPOT_CHECK.NOT_TEAM_MEMBER',
    );
    // Waiting since the submission, in whole Beijing days, and sorted by it on the server.
    const WAITING = graphql(`
      query AaWaiting($f: RectificationFilterInput, $o: SortOrder) {
        rectifications(filter: $f, sortField: "daysWaiting", sortOrder: $o, perPage: 100) {
          items {
            id
            daysWaiting
          }
        }
      }
    `);
    const waiting = async (o: 'ASC' | 'DESC') =>
      (await g('supervisor', WAITING, { f: { actionable: true }, o })).rectifications.items;
    // The record's time is the database's real one and the app's clock is set: put the submission at
    // the clock's now, so the count holds whatever the hour (Beijing's date differs from UTC's after 16:00).
    const at = (days: number) =>
      t.orm.em
        .fork()
        .execute(`update rectification set updated_at = ?::timestamptz - make_interval(days => ?) where id = ?`, [
          t.clock.now().toISOString(),
          days,
          Number(id),
        ]);
    await at(0);
    expect((await waiting('ASC')).find((r) => r.id === id)?.daysWaiting).toBe(0);
    // Three days later (moved in the record: sessions would expire if the clock jumped).
    await at(3);
    const asc = await waiting('ASC');
    expect(asc.find((r) => r.id === id)?.daysWaiting).toBe(3);
    const days = asc.map((r) => r.daysWaiting ?? -1);
    expect(days).toEqual([...days].sort((x, y) => x - y));
    expect((await waiting('DESC')).map((r) => r.daysWaiting ?? -1)).toEqual([...days].reverse());
    // Through an API token nothing is offered (it only reads).
    const integrator = (
      await g(
        'admin',
        graphql(`
          mutation AaToken($u: ID!) {
            createApiToken(input: { name: "看板", unitId: $u }) {
              token
            }
          }
        `),
        { u: target },
      )
    ).createApiToken.token;
    expect(dataOf(await t.gql(RECT_ACTIONS, { id }, integrator)).rectification.allowedActions).toEqual([]);
  });

  /** Every record of a list, page by page. */
  async function all<T>(fetch: (page: number) => Promise<{ total: number; items: T[] }>): Promise<T[]> {
    const out: T[] = [];
    for (let page = 1; ; page++) {
      const p = await fetch(page);
      out.push(...p.items);
      if (out.length >= p.total || !p.items.length) return out;
    }
  }

  it('待我处理 on rectifications lists exactly those with an action for the caller', async () => {
    for (const who of ROLES) {
      const every = await all((page) => g(who, RECT_PAGE, { page }).then((d) => d.rectifications));
      const mine = await all((page) =>
        g(who, RECT_PAGE, { page, f: { actionable: true } }).then((d) => d.rectifications),
      );
      expect({ who, ids: mine.map((r) => r.id) }).toEqual({
        who,
        ids: every.filter((r) => r.allowedActions.length).map((r) => r.id),
      });
    }
    const branchMine = await all((page) =>
      g('branch', RECT_PAGE, { page, f: { actionable: true } }).then((d) => d.rectifications),
    );
    expect(branchMine.length).toBeGreaterThan(0);
  });

  const REVIEW = graphql(`
    mutation AaReview($id: ID!, $i: ReviewStarApplicationInput!) {
      reviewStarApplication(id: $id, input: $i) {
        id
        status
      }
    }
  `);
  const FILE = graphql(`
    mutation AaFile($a: ID!) {
      fileObjection(applicationId: $a, reason: "材料不实") {
        id
      }
    }
  `);
  const RESOLVE = graphql(`
    mutation AaResolve($id: ID!, $u: Boolean!) {
      resolveObjection(id: $id, upheld: $u, comment: "已核实") {
        id
        status
      }
    }
  `);

  it('objections: UPHOLD and DISMISS exactly as listed; 待我处理 on applications and objections agrees with allowedActions', async () => {
    const own = (
      await g(
        'branch',
        graphql(`
          query AaOwnBranch {
            branches(perPage: 1) {
              items {
                id
                category
              }
            }
          }
        `),
      )
    ).branches.items[0];
    const held = (
      await g(
        'branch',
        graphql(`
          query AaHeld($b: ID!) {
            branch(id: $b) {
              heldStars {
                starCode
              }
            }
          }
        `),
        { b: own.id },
      )
    ).branch.heldStars.map((s) => s.starCode);
    const open = (
      await g(
        'branch',
        graphql(`
          query AaOpenApps($b: ID!) {
            starApplications(filter: { branchId: $b, year: 2026 }, perPage: 100) {
              items {
                starCode
                status
              }
            }
          }
        `),
        { b: own.id },
      )
    ).starApplications.items
      .filter((a) => !['AWARDED', 'REJECTED'].includes(a.status))
      .map((a) => a.starCode);
    const types = (
      await g(
        'branch',
        graphql(`
          query AaStarTypes {
            starTypes {
              code
              categories
            }
          }
        `),
      )
    ).starTypes;
    const [tf] = await t.orm.em
      .fork()
      .execute<{ star_code: string }[]>(
        `select r.star_type_code as star_code from role_assignment r join app_user u on u.id = r.user_id where u.username = 'taskforce' and r.star_type_code is not null`,
      );
    const free = types
      .filter((x) => x.categories.includes(own.category!) && !held.includes(x.code) && !open.includes(x.code))
      .map((x) => x.code)
      // The fifth star needs STRONG_BRANCH first.
      .filter((c) => held.length < 4 || c === 'STRONG_BRANCH' || held.includes('STRONG_BRANCH'));
    const star = free.includes(tf?.star_code) ? tf.star_code : free[0];
    expect(star).toBeDefined();
    const [task] = (
      await g(
        'branch',
        graphql(`
          query AaTasks($s: String, $c: BranchCategory) {
            keyTasks(filter: { starCode: $s, category: $c }, perPage: 1) {
              items {
                id
              }
            }
          }
        `),
        { s: star, c: own.category },
      )
    ).keyTasks.items;
    const appId = (
      await g(
        'branch',
        graphql(`
          mutation AaApply($i: ApplyForStarInput!) {
            applyForStar(input: $i) {
              id
            }
          }
        `),
        { i: { branchId: own.id, starCode: star, year: 2026, items: [{ keyTaskId: task.id, met: true, score: 5 }] } },
      )
    ).applyForStar.id;
    const inQueue = async (who: Role) =>
      (await all((page) => g(who, APP_PAGE, { page, f: { actionable: true } }).then((d) => d.starApplications))).some(
        (a) => a.id === appId,
      );
    // Each stage is in the queue of its reviewers only.
    expect(await inQueue('township')).toBe(true);
    expect(await inQueue('admin')).toBe(false);
    await g('township', REVIEW, { id: appId, i: { decision: 'APPROVE' } });
    expect(await inQueue('township')).toBe(false);
    expect(await inQueue('admin')).toBe(false);
    // The task force stage belongs to the star's task force; the admin may not take it.
    const afterAdmin = (await g('admin', APP_PAGE, { page: 1, f: { ids: [appId] } })).starApplications.items[0];
    expect(afterAdmin.allowedActions).toEqual([]);
    expect(ok(await t.gql(REVIEW, { id: appId, i: { decision: 'APPROVE' } }, tok.admin))).toBe(false);
    if (star === tf?.star_code) {
      expect(await inQueue('taskforce')).toBe(true);
      await g('taskforce', REVIEW, { id: appId, i: { decision: 'APPROVE' } });
      expect(await inQueue('taskforce')).toBe(false);
    } else {
      // No demo task force for this star: its stage is skipped in the database.
      await t.orm.em
        .fork()
        .execute(`update star_application set status = 'TASK_FORCE_APPROVED' where id = ?`, [Number(appId)]);
    }
    expect(await inQueue('admin')).toBe(true);
    await g('admin', REVIEW, { id: appId, i: { decision: 'APPROVE' } });
    await g('admin', REVIEW, { id: appId, i: { decision: 'APPROVE' } }); // DECIDED → PUBLIC_NOTICE
    // In the notice period, with no objection and the period running: nobody has anything to do.
    expect(await inQueue('admin')).toBe(false);
    const objections: string[] = [];
    for (let i = 0; i < ROLES.length * 2 + 2; i++)
      objections.push((await g('township', FILE, { a: appId })).fileObjection.id);
    expect(await inQueue('admin')).toBe(true);
    // One already dismissed: nothing to do on it any more.
    const dismissed = objections.pop()!;
    await g('admin', RESOLVE, { id: dismissed, u: false });
    const seen: string[] = [];
    for (const who of ROLES) {
      const page = await t.gql(OBJECTION_PAGE, { page: 1, f: { applicationId: appId } }, tok[who]);
      const listed = new Map((page.data?.starObjections.items ?? []).map((o) => [o.id, o.allowedActions]));
      const mine = (await t.gql(OBJECTION_PAGE, { page: 1, f: { applicationId: appId, actionable: true } }, tok[who]))
        .data?.starObjections.items;
      expect({ who, mine: (mine ?? []).map((o) => o.id) }).toEqual({
        who,
        mine: [...listed.entries()].filter(([, a]) => a.length).map(([id]) => id),
      });
      for (const [action, id] of [
        ['DISMISS', dismissed],
        ['DISMISS', objections.pop()!],
      ] as const) {
        const accepted = ok(await t.gql(RESOLVE, { id, u: false }, tok[who]));
        expect({ who, action, id, accepted }).toEqual({
          who,
          action,
          id,
          accepted: !!listed.get(id)?.includes(action),
        });
        if (accepted) seen.push(`${who}:${action}`);
      }
    }
    expect(seen.sort()).toEqual(['admin:DISMISS', 'leader:DISMISS']);
    // An upheld objection ends the application, and the decider's queue with it.
    const last = objections.pop()!;
    expect(
      (await g('admin', OBJECTION_PAGE, { page: 1, f: { ids: [last] } })).starObjections.items[0].allowedActions,
    ).toEqual(['UPHOLD', 'DISMISS']);
    await g('admin', RESOLVE, { id: last, u: true });
    // Whatever remains: the queues agree with allowedActions for everyone.
    for (const who of ROLES) {
      const every = await all((page) => g(who, APP_PAGE, { page }).then((d) => d.starApplications));
      const mine = await all((page) =>
        g(who, APP_PAGE, { page, f: { actionable: true } }).then((d) => d.starApplications),
      );
      expect({ who, ids: mine.map((a) => a.id) }).toEqual({
        who,
        ids: every.filter((a) => a.allowedActions.some((x) => x !== 'FILE_OBJECTION')).map((a) => a.id),
      });
    }
  });

  it('findings are corrected and withdrawn by their team on site, in secret; withdrawn ones count nowhere', async () => {
    const STATS = graphql(`
      query AaStats {
        supervisionStats {
          findings
        }
      }
    `);
    const before = (await g('supervisor', STATS)).supervisionStats.findings;
    const CAMPAIGN = graphql(`
      query AaCampaignFindings($u: ID!) {
        campaignStats(unitId: $u, year: 2026) {
          figures {
            findings {
              total
              minor
              major
            }
          }
        }
      }
    `);
    const campaign = async () => (await g('admin', CAMPAIGN, { u: target })).campaignStats.figures.findings;
    const statsBefore = await campaign();
    const { id, findings } = await withFindings(2, false);
    const [keep, drop] = findings;
    // The target cannot even find it while the check is secret.
    for (const who of ['branch', 'township'] as const) {
      const r = await t.gql(UPDATE_FINDING, { id: keep, i: { description: '改' } }, tok[who]);
      expect({ who, reason: errorOf(r).extensions.reason }).toEqual({ who, reason: 'FINDING.NOT_FOUND' });
      const w = await t.gql(WITHDRAW_FINDING, { id: drop, r: '改' }, tok[who]);
      expect({ who, reason: errorOf(w).extensions.reason }).toEqual({ who, reason: 'FINDING.NOT_FOUND' });
    }
    // Another supervisor (not in the team) is refused.
    expect(
      errorOf(await t.gql(UPDATE_FINDING, { id: keep, i: { description: '改' } }, tok.supervisor2)).extensions.code,
    ).toMatch(/NOT_FOUND|FORBIDDEN/);
    const fixed = (
      await g('supervisor', UPDATE_FINDING, { id: keep, i: { description: '更正后的描述', severity: 'MAJOR' } })
    ).updateFinding;
    expect(fixed).toMatchObject({ description: '更正后的描述', severity: 'MAJOR', withdrawn: false });
    expect(fixed.correctedAt).not.toBeNull();
    expect(errorOf(await t.gql(WITHDRAW_FINDING, { id: drop, r: '  ' }, tok.supervisor)).extensions).toMatchObject({
      reason: 'FINDING.REASON_REQUIRED',
      field: 'reason',
    });
    const gone = (await g('supervisor', WITHDRAW_FINDING, { id: drop, r: '记录有误' })).withdrawFinding;
    expect(gone).toMatchObject({ withdrawn: true, withdrawalReason: '记录有误', withdrawnByName: expect.any(String) });
    expect(errorOf(await t.gql(WITHDRAW_FINDING, { id: drop, r: '再撤' }, tok.supervisor)).extensions.reason).toBe(
      'FINDING.WITHDRAWN',
    );
    await g('supervisor', COMPLETE, { id });
    // Closed: no more corrections, for anyone.
    expect(
      errorOf(await t.gql(UPDATE_FINDING, { id: keep, i: { description: '晚了' } }, tok.supervisor)).extensions.reason,
    ).toBe('FINDING.CHECK_NOT_IN_PROGRESS');
    // The branch now sees both, the withdrawn one as withdrawn, and cannot correct either.
    expect((await g('branch', FINDING_ACTIONS, { id: drop })).finding).toEqual({ allowedActions: [], withdrawn: true });
    expect(
      errorOf(await t.gql(UPDATE_FINDING, { id: keep, i: { description: '改' } }, tok.branch)).extensions.code,
    ).toBe('FORBIDDEN');
    // Counted: the kept one only; a withdrawn finding gets no rectification.
    expect((await g('supervisor', STATS)).supervisionStats.findings).toBe(before + 1);
    // The campaign statistics (the rollup's per-unit figures) count the corrected one, as MAJOR, and not the withdrawn one.
    expect(await campaign()).toEqual({
      total: statsBefore.total + 1,
      minor: statsBefore.minor,
      major: statsBefore.major + 1,
    });
    const count = graphql(`
      query AaFindingCount($id: ID!) {
        spotCheck(id: $id) {
          findingCount
          findings {
            id
            withdrawn
          }
        }
      }
    `);
    expect((await g('branch', count, { id })).spotCheck).toEqual({
      findingCount: 1,
      findings: [
        { id: keep, withdrawn: false },
        { id: drop, withdrawn: true },
      ],
    });
    expect(errorOf(await t.gql(ASSIGN, { f: drop, u: target }, tok.supervisor)).extensions.reason).toBe(
      'FINDING.WITHDRAWN',
    );
    // The audit trail keeps what the finding said before its correction.
    const audit = graphql(`
      query AaAudit($f: AuditFilterInput) {
        auditEntries(filter: $f, perPage: 10) {
          items {
            operation
            changes
          }
        }
      }
    `);
    const entries = (await g('admin', audit, { f: { targetType: 'Finding', targetId: keep } })).auditEntries.items;
    expect(JSON.stringify(entries.find((e) => e.operation === 'updateFinding')?.changes)).toContain('问题 0');
  });
});
