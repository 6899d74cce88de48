import { dataOf, errorOf, startTestApp, type VariablesArgs, type GqlResult, type TestApp } from '../helpers/app';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import type { SupervisionStatsQuery } from '../gql/graphql';

/**
 * Supervision: the secret spot check (四不两直) is absent for everyone outside its team, district
 * admins and leaders — in lists, totals, statistics, findings, audit and errors — until it is
 * completed; then the target's township and branch see it. The rectification loop, overdue, and
 * idempotent on-site recording.
 */
graphql(`
  fragment SpotCheckFields on SpotCheck {
    id
    status
    plannedFor
    targetUnitId
    teamId
    findingCount
  }
`);
const LIST = graphql(`
  query SpotChecksTotalItems($f: SpotCheckFilterInput) {
    spotChecks(filter: $f, perPage: 100) {
      total
      items {
        id
      }
    }
  }
`);
const STATS = graphql(`
  query SupervisionStats {
    supervisionStats {
      planned
      inProgress
      completed
      findings
      openRectifications
      overdueRectifications
      closedRectifications
    }
  }
`);
graphql(`
  fragment RectificationFields on Rectification {
    id
    status
    reopenCount
    overdue
    deadline
    events {
      action
      fromStatus
      toStatus
      byName
      comment
    }
  }
`);
const strip = (r: GqlResult) => (r.errors ?? []).map((e) => ({ message: e.message, extensions: e.extensions }));

describe('supervision', () => {
  let t: TestApp;
  const tok: Record<string, string> = {};
  let teamId: string;
  let target: { id: string; townshipId: string };
  let keyTaskIds: string[];
  const OUTSIDERS = ['taskforce', 'supervisor2', 'township', 'branch', 'integrator'] as const;
  const g = async <R, V>(who: string, q: TypedDocumentNode<R, V>, ...[v]: VariablesArgs<V>) =>
    dataOf(await t.gql(q, v, tok[who]));

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_USER_PER_MINUTE: '100000' } });
    const em = t.orm.em.fork();
    // A second supervisor of the district who is not in the team.
    await em.execute(
      `insert into app_user (username, display_name, password_hash) select 'supervisor2', '另一督导员', password_hash from app_user where username = 'supervisor'`,
    );
    await em.execute(
      `insert into role_assignment (user_id, role, unit_id) select u.id, 'SUPERVISOR', r.unit_id from app_user u, role_assignment r join app_user s on s.id = r.user_id and s.username = 'supervisor' where u.username = 'supervisor2'`,
    );
    for (const u of ['admin', 'leader', 'taskforce', 'supervisor', 'supervisor2', 'township', 'branch'])
      tok[u] = await t.login(u);
    const b = (
      await g(
        'admin',
        graphql(`
          query SupervisionBranches {
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
    target = { id: b.id, townshipId: b.township!.id };
    const district = (
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
    const api = await g(
      'admin',
      graphql(`
        mutation SupervisionCreateApiToken($u: ID!) {
          createApiToken(input: { name: "看板", unitId: $u }) {
            token
          }
        }
      `),
      { u: district },
    );
    tok.integrator = api.createApiToken.token;
    const users = await em.execute<{ id: number }[]>(`select id from app_user where username = 'supervisor'`);
    const team = await g(
      'admin',
      graphql(`
        mutation CreateSupervisionTeam($i: CreateSupervisionTeamInput!) {
          createSupervisionTeam(input: $i) {
            id
            members {
              username
            }
          }
        }
      `),
      {
        i: { name: '测试督导组', scopeUnitId: district, leaderUserId: String(users[0].id), memberUserIds: [] },
      },
    );
    teamId = team.createSupervisionTeam.id;
    const candidates = await g(
      'admin',
      graphql(`
        query Supervisors($u: ID!) {
          supervisors(unitId: $u) {
            username
          }
        }
      `),
      { u: district },
    );
    expect(candidates.supervisors.map((u) => u.username)).toEqual(['supervisor', 'supervisor2']);
    expect(
      errorOf(
        await t.gql(
          graphql(`
            query Supervisors($u: ID!) {
              supervisors(unitId: $u) {
                username
              }
            }
          `),
          { u: district },
          tok.supervisor,
        ),
      ).extensions.code,
    ).toBe('FORBIDDEN');
    expect(team.createSupervisionTeam.members.map((m) => m.username)).toEqual(['supervisor']);
    // A district admin of another township (sees nothing of 樱桃沟).
    await em.execute(
      `insert into app_user (username, display_name, password_hash) select 'admin2', '他乡管理员', password_hash from app_user where username = 'admin'`,
    );
    await em.execute(
      `insert into role_assignment (user_id, role, unit_id) select u.id, 'DISTRICT_ADMIN', (select id from unit where level = 'TOWNSHIP' and id <> ? order by id limit 1) from app_user u where u.username = 'admin2'`,
      [Number(target.townshipId)],
    );
    tok.admin2 = await t.login('admin2');
    keyTaskIds = (
      await g(
        'admin',
        graphql(`
          query SupervisionKeyTasks {
            keyTasks(perPage: 3, filter: { category: COMMUNITY }) {
              items {
                id
              }
            }
          }
        `),
      )
    ).keyTasks.items.map((k) => k.id);
  });
  afterAll(() => t.close());

  const plan = (note = '暗访') =>
    g(
      'supervisor',
      graphql(`
        mutation PlanTestSpotCheck($i: PlanSpotCheckInput!) {
          planSpotCheck(input: $i) {
            ...SpotCheckFields
          }
        }
      `),
      {
        i: {
          teamId,
          targetUnitId: target.id,
          plannedFor: '2026-12-10',
          keyTaskIds,
          starCodes: ['STRONG_BRANCH'],
          note,
        },
      },
    ).then((d) => d.planSpotCheck);

  async function absentFor(
    who: string,
    id: string,
    before: { total: number; stats: SupervisionStatsQuery['supervisionStats'] },
    findingId?: string,
  ) {
    const list = await g(who, LIST);
    expect({ who, listed: list.spotChecks.items.some((i) => i.id === id) }).toEqual({ who, listed: false });
    expect({ who, total: list.spotChecks.total }).toEqual({ who, total: before.total });
    expect({ who, byId: (await g(who, LIST, { f: { ids: [id] } })).spotChecks.total }).toEqual({ who, byId: 0 });
    expect({ who, stats: (await g(who, STATS)).supervisionStats }).toEqual({ who, stats: before.stats });
    expect({
      who,
      findings: (
        await g(
          who,
          graphql(`
            query FindingsTotal($s: ID) {
              findings(filter: { spotCheckId: $s }) {
                total
              }
            }
          `),
          { s: id },
        )
      ).findings.total,
    }).toEqual({ who, findings: 0 });
    // Fetching it, or writing to it, answers exactly like an id that never existed.
    const one = await t.gql(
      graphql(`
        query SpotCheck($x: ID!) {
          spotCheck(id: $x) {
            id
          }
        }
      `),
      { x: id },
      tok[who],
    );
    const missing = await t.gql(
      graphql(`
        query SpotCheck($x: ID!) {
          spotCheck(id: $x) {
            id
          }
        }
      `),
      { x: '999999' },
      tok[who],
    );
    expect(errorOf(one).extensions.code).toBe('NOT_FOUND');
    expect({ who, e: strip(one) }).toEqual({ who, e: strip(missing) });
    if (findingId) {
      const [f1, f2] = [
        await t.gql(
          graphql(`
            query Finding($x: ID!) {
              finding(id: $x) {
                id
              }
            }
          `),
          { x: findingId },
          tok[who],
        ),
        await t.gql(
          graphql(`
            query Finding($x: ID!) {
              finding(id: $x) {
                id
              }
            }
          `),
          { x: '999999' },
          tok[who],
        ),
      ];
      expect({ who, e: strip(f1) }).toEqual({ who, e: strip(f2) });
      expect(errorOf(f1).extensions.code).toBe('NOT_FOUND');
    }
    const rec = (x: string) =>
      t.gql(
        graphql(`
          mutation RecordFinding($x: ID!) {
            recordFinding(spotCheckId: $x, input: { severity: MINOR, description: "试探" }) {
              id
            }
          }
        `),
        { x },
        tok[who],
      );
    const [r1, r2] = [await rec(id), await rec('999999')];
    if (who !== 'integrator') expect({ who, e: strip(r1) }).toEqual({ who, e: strip(r2) });
    else expect(errorOf(r1).extensions.reason).toBe('AUTH.READ_ONLY_TOKEN');
  }

  it('a planned (and an in-progress) spot check does not exist for anyone outside its team and the district leadership', async () => {
    const before: Record<string, { total: number; stats: SupervisionStatsQuery['supervisionStats'] }> = {};
    for (const who of OUTSIDERS)
      before[who] = { total: (await g(who, LIST)).spotChecks.total, stats: (await g(who, STATS)).supervisionStats };
    const adminBefore = (await g('admin', STATS)).supervisionStats.planned;
    const sc = await plan();
    expect(sc.status).toBe('PLANNED');

    for (const who of ['supervisor', 'admin', 'leader']) {
      expect((await g(who, LIST, { f: { ids: [sc.id] } })).spotChecks.total).toBe(1);
      expect(
        (
          await g(
            who,
            graphql(`
              query SpotCheckIdTargetUnit($x: ID!) {
                spotCheck(id: $x) {
                  id
                  targetUnit {
                    name
                  }
                }
              }
            `),
            { x: sc.id },
          )
        ).spotCheck.targetUnit.name,
      ).toBe('樱桃沟社区');
    }
    expect((await g('admin', STATS)).supervisionStats.planned).toBe(adminBefore + 1);
    for (const who of OUTSIDERS) await absentFor(who, sc.id, before[who]);

    // On site: still secret, and so are its findings.
    await g(
      'supervisor',
      graphql(`
        mutation StartSpotCheck($x: ID!) {
          startSpotCheck(id: $x, input: { location: "社区党群服务中心" }) {
            status
          }
        }
      `),
      { x: sc.id },
    );
    const finding = await g(
      'supervisor',
      graphql(`
        mutation RecordFindingIdStarCode($x: ID!, $k: ID) {
          recordFinding(spotCheckId: $x, input: { keyTaskId: $k, severity: MAJOR, description: "台账不全" }) {
            id
            starCode
          }
        }
      `),
      { x: sc.id, k: keyTaskIds[0] },
    );
    for (const who of OUTSIDERS) await absentFor(who, sc.id, before[who], finding.recordFinding.id);

    // The audit trail: every entry about the check and its findings carries its visibility ref.
    const refs = await t.orm.em
      .fork()
      .execute<{ target_type: string; visibility_ref: string | null }[]>(
        `select target_type, visibility_ref from audit_entry where (target_type = 'SpotCheck' and target_id = ?) or (target_type = 'Finding' and target_id in (select id::text from finding where spot_check_id = ?))`,
        [sc.id, Number(sc.id)],
      );
    expect(refs.length).toBeGreaterThanOrEqual(3);
    expect(refs.every((r) => r.visibility_ref === `SpotCheck:${sc.id}`)).toBe(true);
    const audit = await g(
      'admin',
      graphql(`
        query SupervisionAuditEntries($x: String) {
          auditEntries(filter: { targetType: "SpotCheck", targetId: $x }) {
            total
            items {
              operation
            }
          }
        }
      `),
      { x: sc.id },
    );
    expect(audit.auditEntries.items.map((e) => e.operation).sort()).toEqual(['planSpotCheck', 'startSpotCheck']);

    // Completed: now the target's branch and township (and the rest of the district) see it.
    const done = await g(
      'supervisor',
      graphql(`
        mutation CompleteSpotCheck($x: ID!, $i: CompleteSpotCheckInput!) {
          completeSpotCheck(id: $x, input: $i) {
            status
            overallScore
          }
        }
      `),
      {
        x: sc.id,
        i: {
          summary: '总体较好',
          methodAttested: true,
          scores: [
            { keyTaskId: keyTaskIds[0], score: 80 },
            { keyTaskId: keyTaskIds[1], score: 90, comment: '好' },
          ],
        },
      },
    );
    expect(done.completeSpotCheck).toEqual({ status: 'COMPLETED', overallScore: 85 });
    for (const who of ['township', 'branch', 'taskforce', 'supervisor2', 'integrator']) {
      const one = await g(
        who,
        graphql(`
          query SpotCheckStatusFindingsScores($x: ID!) {
            spotCheck(id: $x) {
              status
              findings {
                description
              }
              scores {
                score
              }
            }
          }
        `),
        { x: sc.id },
      );
      expect({ who, ...one.spotCheck }).toEqual({
        who,
        status: 'COMPLETED',
        findings: [{ description: '台账不全' }],
        scores: [{ score: 80 }, { score: 90 }],
      });
      expect((await g(who, LIST)).spotChecks.total).toBe(before[who].total + 1);
      expect((await g(who, STATS)).supervisionStats.completed).toBe(before[who].stats.completed + 1);
    }
  });

  it('evidence photos of a secret check are 404 for everyone outside it, exactly like a missing file; visible to the target once completed', async () => {
    const PNG = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4c00000000049454e44ae426082',
      'hex',
    );
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(PNG)]), '现场.png');
    const up = (await (
      await fetch(`${t.url}/files`, {
        method: 'POST',
        body: form,
        headers: { authorization: `Bearer ${tok.supervisor}` },
      })
    ).json()) as { id: string };
    const sc = await plan('照片');
    await g(
      'supervisor',
      graphql(`
        mutation StartSpotCheckId($x: ID!) {
          startSpotCheck(id: $x, input: {}) {
            id
          }
        }
      `),
      { x: sc.id },
    );
    const f = await g(
      'supervisor',
      graphql(`
        mutation RecordFindingIdEvidence($x: ID!, $e: [ID!]) {
          recordFinding(spotCheckId: $x, input: { severity: MINOR, description: "公示栏破损", evidenceFileIds: $e }) {
            id
            evidence {
              id
              name
              mimeType
            }
          }
        }
      `),
      { x: sc.id, e: [up.id] },
    );
    expect(f.recordFinding.evidence).toEqual([{ id: up.id, name: '现场.png', mimeType: 'image/png' }]);
    // Even the audit entry of the file reference follows the check's visibility.
    const refRows = await t.orm.em
      .fork()
      .execute<{ visibility_ref: string | null }[]>(
        `select visibility_ref from audit_entry where target_type = 'FileReference' and changes->'recordId'->>'after' = ?`,
        [f.recordFinding.id],
      );
    expect(refRows).toEqual([{ visibility_ref: `SpotCheck:${sc.id}` }]);
    const get = async (who: string, id: string) => {
      const res = await fetch(`${t.url}/files/${id}`, { headers: { authorization: `Bearer ${tok[who]}` } });
      return { status: res.status, body: res.status === 200 ? null : await res.text() };
    };
    for (const who of ['supervisor', 'admin', 'leader'])
      expect({ who, status: (await get(who, up.id)).status }).toEqual({ who, status: 200 });
    for (const who of OUTSIDERS) {
      expect({ who, file: await get(who, up.id) }).toEqual({ who, file: await get(who, '999999') });
      expect((await get(who, up.id)).status).toBe(404);
    }
    // Someone else's upload cannot be attached.
    const other = new FormData();
    other.append('file', new Blob([new Uint8Array(PNG)]), 'b.png');
    const theirs = (await (
      await fetch(`${t.url}/files`, { method: 'POST', body: other, headers: { authorization: `Bearer ${tok.branch}` } })
    ).json()) as { id: string };
    const steal = await t.gql(
      graphql(`
        mutation RecordFindingId($x: ID!, $e: [ID!]) {
          recordFinding(spotCheckId: $x, input: { severity: MINOR, description: "x", evidenceFileIds: $e }) {
            id
          }
        }
      `),
      { x: sc.id, e: [theirs.id] },
      tok.supervisor,
    );
    expect(errorOf(steal).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'evidenceFileIds' });
    await g(
      'supervisor',
      graphql(`
        mutation CompleteSpotCheckId($x: ID!) {
          completeSpotCheck(id: $x, input: { summary: "完成", methodAttested: true }) {
            id
          }
        }
      `),
      { x: sc.id },
    );
    for (const who of ['branch', 'township'])
      expect({ who, status: (await get(who, up.id)).status }).toEqual({ who, status: 200 });
  });

  it('demo data: a planned check on 樱桃沟社区 that its branch and township cannot see; every state of check and rectification', async () => {
    const q = graphql(`
      query SupervisionSpotChecks($u: ID) {
        spotChecks(filter: { withinId: $u, status: PLANNED }) {
          total
          items {
            targetUnit {
              name
            }
          }
        }
      }
    `);
    const adminView = await g('admin', q, { u: target.id });
    expect(adminView.spotChecks.items.map((i) => i.targetUnit.name)).toContain('樱桃沟社区');
    for (const who of ['branch', 'township']) expect((await g(who, q, { u: target.id })).spotChecks.total).toBe(0);
    expect(
      (
        await g(
          'branch',
          graphql(`
            query SupervisionSpotChecksTotalItems {
              spotChecks {
                total
                items {
                  status
                }
              }
            }
          `),
        )
      ).spotChecks.items.every((i) => i.status === 'COMPLETED'),
    ).toBe(true);
    const states = await g(
      'admin',
      graphql(`
        query SpotChecksAndRectificationsAndRectificationsEtc {
          a: spotChecks(filter: { status: IN_PROGRESS }) {
            total
          }
          r1: rectifications(filter: { status: ASSIGNED }) {
            total
          }
          r2: rectifications(filter: { status: SUBMITTED }) {
            total
          }
          r3: rectifications(filter: { status: CLOSED }) {
            total
          }
          o: rectifications(filter: { overdue: true }) {
            total
          }
        }
      `),
    );
    expect(Object.values(states).every((x) => x.total > 0)).toBe(true);
    const mine = await g(
      'branch',
      graphql(`
        query RectificationsTotal {
          rectifications(filter: { status: ASSIGNED }) {
            total
          }
        }
      `),
    );
    expect(mine.rectifications.total).toBeGreaterThan(0);
  });

  it('a district admin of another township does not see the audit entries of a check it cannot see', async () => {
    const sc = await plan('审计');
    const audit = await g(
      'admin2',
      graphql(`
        query SupervisionAuditEntriesTotal($x: String) {
          auditEntries(filter: { targetType: "SpotCheck", targetId: $x }) {
            total
          }
        }
      `),
      { x: sc.id },
    );
    expect(audit.auditEntries.total).toBe(0);
    const all = await g(
      'admin2',
      graphql(`
        query AuditEntriesItems {
          auditEntries(perPage: 100, filter: { targetType: "SpotCheck" }) {
            items {
              targetId
            }
          }
        }
      `),
    );
    expect(all.auditEntries.items.map((e) => e.targetId)).not.toContain(sc.id);
  });

  it('the same clientMutationId sent twice records one finding (and starts once)', async () => {
    const sc = await plan('幂等');
    const start = graphql(`
      mutation StartSpotCheckIdStatusVersion($x: ID!) {
        startSpotCheck(id: $x, input: { clientMutationId: "start-0001-abc", location: "村委会" }) {
          id
          status
          version
        }
      }
    `);
    const s1 = await g('supervisor', start, { x: sc.id });
    const s2 = await g('supervisor', start, { x: sc.id });
    expect(s2).toEqual(s1);
    const rec = graphql(`
      mutation SupervisionRecordFinding($x: ID!) {
        recordFinding(
          spotCheckId: $x
          input: { clientMutationId: "finding-0001-abc", severity: CRITICAL, description: "公示栏未更新" }
        ) {
          id
        }
      }
    `);
    const f1 = await g('supervisor', rec, { x: sc.id });
    const f2 = await g('supervisor', rec, { x: sc.id });
    expect(f2.recordFinding.id).toBe(f1.recordFinding.id);
    const count = await t.orm.em
      .fork()
      .execute<{ n: string }[]>('select count(*) as n from finding where spot_check_id = ?', [Number(sc.id)]);
    expect(Number(count[0].n)).toBe(1);
    // A different payload under the same key is refused, not silently replayed.
    const other = await t.gql(
      graphql(`
        mutation SupervisionRecordFindingId($x: ID!) {
          recordFinding(
            spotCheckId: $x
            input: { clientMutationId: "finding-0001-abc", severity: MINOR, description: "别的" }
          ) {
            id
          }
        }
      `),
      { x: sc.id },
      tok.supervisor,
    );
    expect(errorOf(other).extensions.reason).toBe('IDEMPOTENCY.KEY_REUSED');
    const complete = graphql(`
      mutation CompleteSpotCheckIdStatus($x: ID!) {
        completeSpotCheck(id: $x, input: { clientMutationId: "complete-0001", summary: "完成", methodAttested: true }) {
          id
          status
        }
      }
    `);
    expect((await g('supervisor', complete, { x: sc.id })).completeSpotCheck.status).toBe('COMPLETED');
    expect((await g('supervisor', complete, { x: sc.id })).completeSpotCheck.status).toBe('COMPLETED');
  });

  it('refuses wrong transitions, an unattested method, and non-members', async () => {
    const sc = await plan('状态');
    const early = await t.gql(
      graphql(`
        mutation SupervisionRecordFindingId2($x: ID!) {
          recordFinding(spotCheckId: $x, input: { severity: MINOR, description: "早" }) {
            id
          }
        }
      `),
      { x: sc.id },
      tok.supervisor,
    );
    expect(errorOf(early).extensions).toMatchObject({ code: 'INVALID_TRANSITION', fromState: 'PLANNED' });
    const byAdmin = await t.gql(
      graphql(`
        mutation StartSpotCheckId($x: ID!) {
          startSpotCheck(id: $x, input: {}) {
            id
          }
        }
      `),
      { x: sc.id },
      tok.admin,
    );
    expect(errorOf(byAdmin).extensions.code).toBe('FORBIDDEN');
    await g(
      'supervisor',
      graphql(`
        mutation StartSpotCheckId($x: ID!) {
          startSpotCheck(id: $x, input: {}) {
            id
          }
        }
      `),
      { x: sc.id },
    );
    const unattested = await t.gql(
      graphql(`
        mutation SupervisionCompleteSpotCheck($x: ID!) {
          completeSpotCheck(id: $x, input: { summary: "x", methodAttested: false }) {
            id
          }
        }
      `),
      { x: sc.id },
      tok.supervisor,
    );
    expect(errorOf(unattested).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'methodAttested' });
    const other = await t.gql(
      graphql(`
        mutation PlanSpotCheckId($i: PlanSpotCheckInput!) {
          planSpotCheck(input: $i) {
            id
          }
        }
      `),
      { i: { teamId, targetUnitId: target.id, plannedFor: '2026-12-11' } },
      tok.supervisor2,
    );
    expect(errorOf(other).extensions.code).toBe('FORBIDDEN');
  });

  describe('rectification loop', () => {
    let findingIds: string[];
    beforeAll(async () => {
      const sc = await plan('整改');
      await g(
        'supervisor',
        graphql(`
          mutation StartSpotCheckId($x: ID!) {
            startSpotCheck(id: $x, input: {}) {
              id
            }
          }
        `),
        { x: sc.id },
      );
      findingIds = [];
      for (const d of ['问题一', '问题二']) {
        findingIds.push(
          (
            await g(
              'supervisor',
              graphql(`
                mutation SupervisionRecordFindingId3($x: ID!, $d: String!) {
                  recordFinding(spotCheckId: $x, input: { severity: MAJOR, description: $d }) {
                    id
                  }
                }
              `),
              { x: sc.id, d },
            )
          ).recordFinding.id,
        );
      }
      // Not before completion: assigning would tell the target.
      const early = await t.gql(
        graphql(`
          mutation AssignRectification($f: ID!, $i: AssignRectificationInput!) {
            assignRectification(findingId: $f, input: $i) {
              id
            }
          }
        `),
        { f: findingIds[0], i: { responsibleUnitId: target.id, measures: 'x', deadline: '2026-12-31' } },
        tok.supervisor,
      );
      expect(errorOf(early).extensions.code).toBe('INVALID_TRANSITION');
      await g(
        'supervisor',
        graphql(`
          mutation CompleteSpotCheckId($x: ID!) {
            completeSpotCheck(id: $x, input: { summary: "完成", methodAttested: true }) {
              id
            }
          }
        `),
        { x: sc.id },
      );
    });

    it('assign → submit → reject → resubmit → accept (closed), with who, when and comments', async () => {
      const assigned = await g(
        'supervisor',
        graphql(`
          mutation AssignTestRectification($f: ID!, $i: AssignRectificationInput!) {
            assignRectification(findingId: $f, input: $i) {
              ...RectificationFields
            }
          }
        `),
        {
          f: findingIds[0],
          i: { responsibleUnitId: target.id, measures: '补齐台账', deadline: '2099-12-31' },
        },
      );
      const id = assigned.assignRectification.id;
      expect(assigned.assignRectification).toMatchObject({ status: 'ASSIGNED', reopenCount: 0, overdue: false });
      expect(
        (
          await g(
            'branch',
            graphql(`
              query RectificationStatusFinding($x: ID!) {
                rectification(id: $x) {
                  status
                  finding {
                    description
                  }
                }
              }
            `),
            { x: id },
          )
        ).rectification,
      ).toEqual({ status: 'ASSIGNED', finding: { description: '问题一' } });

      const submit = (note: string) =>
        g(
          'branch',
          graphql(`
            mutation SubmitTestRectification($x: ID!, $n: String!) {
              submitRectification(id: $x, input: { note: $n }) {
                ...RectificationFields
              }
            }
          `),
          {
            x: id,
            n: note,
          },
        );
      const verify = (who: string, accept: boolean, comment?: string) =>
        t.gql(
          graphql(`
            mutation VerifyTestRectification($x: ID!, $a: Boolean!, $c: String) {
              verifyRectification(id: $x, input: { accept: $a, comment: $c }) {
                ...RectificationFields
              }
            }
          `),
          { x: id, a: accept, c: comment },
          tok[who],
        );

      // Evidence of the submission: the branch's own upload, then visible to the team, not to another township.
      const PNG = Buffer.from(
        '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4c00000000049454e44ae426082',
        'hex',
      );
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(PNG)]), '整改后.png');
      const up = (await (
        await fetch(`${t.url}/files`, {
          method: 'POST',
          body: form,
          headers: { authorization: `Bearer ${tok.branch}` },
        })
      ).json()) as { id: string };
      const first = await g(
        'branch',
        graphql(`
          mutation SubmitRectification($x: ID!, $e: [ID!]) {
            submitRectification(id: $x, input: { note: "已补齐", evidenceFileIds: $e }) {
              status
              evidence {
                name
              }
            }
          }
        `),
        { x: id, e: [up.id] },
      );
      expect(first.submitRectification).toEqual({ status: 'SUBMITTED', evidence: [{ name: '整改后.png' }] });
      const status = async (who: string) =>
        (await fetch(`${t.url}/files/${up.id}`, { headers: { authorization: `Bearer ${tok[who]}` } })).status;
      expect(await status('supervisor')).toBe(200);
      expect(await status('township')).toBe(200);
      expect(await status('admin2')).toBe(404);
      expect(errorOf(await verify('branch', true)).extensions.code).toBe('FORBIDDEN');
      expect(errorOf(await verify('supervisor', false)).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'comment',
      });
      const rejected = dataOf(await verify('supervisor', false, '缺少签字'));
      expect(rejected.verifyRectification).toMatchObject({ status: 'ASSIGNED', reopenCount: 1 });
      expect(errorOf(await verify('supervisor', true)).extensions).toMatchObject({
        code: 'INVALID_TRANSITION',
        fromState: 'ASSIGNED',
      });
      await submit('已补签字');
      const closed = dataOf(await verify('supervisor', true, '同意销号')).verifyRectification;
      expect(closed.status).toBe('CLOSED');
      expect(closed.events.map((e) => [e.action, e.fromStatus, e.toStatus, e.comment])).toEqual([
        ['ASSIGN', null, 'ASSIGNED', null],
        ['SUBMIT', 'ASSIGNED', 'SUBMITTED', '已补齐'],
        ['REJECT', 'SUBMITTED', 'ASSIGNED', '缺少签字'],
        ['SUBMIT', 'ASSIGNED', 'SUBMITTED', '已补签字'],
        ['ACCEPT', 'SUBMITTED', 'CLOSED', '同意销号'],
      ]);
      expect(closed.events[1].byName).toBeTruthy();
      const again = await t.gql(
        graphql(`
          mutation SubmitRectificationId($x: ID!) {
            submitRectification(id: $x, input: { note: "再交" }) {
              id
            }
          }
        `),
        { x: id },
        tok.branch,
      );
      expect(errorOf(again).extensions).toMatchObject({ code: 'INVALID_TRANSITION', fromState: 'CLOSED' });
    });

    it('overdue: computed from the deadline, filterable, the escalation list; closing takes it off', async () => {
      const r = await g(
        'supervisor',
        graphql(`
          mutation AssignRectificationIdOverdue($f: ID!, $i: AssignRectificationInput!) {
            assignRectification(findingId: $f, input: $i) {
              id
              overdue
            }
          }
        `),
        {
          f: findingIds[1],
          i: { responsibleUnitId: target.townshipId, measures: '乡镇督促', deadline: '2027-01-10' },
        },
      );
      const id = r.assignRectification.id;
      t.clock.set('2027-01-10T15:00:00Z'); // 23:00 in Shanghai on the deadline: not yet overdue
      for (const u of ['admin', 'supervisor', 'township']) tok[u] = await t.login(u); // sessions expire as the clock moves
      expect(
        (
          await g(
            'township',
            graphql(`
              query RectificationOverdue($x: ID!) {
                rectification(id: $x) {
                  overdue
                }
              }
            `),
            { x: id },
          )
        ).rectification.overdue,
      ).toBe(false);
      t.clock.set('2027-01-10T16:30:00Z'); // 00:30 on 11 January in Shanghai
      const esc = await g(
        'admin',
        graphql(`
          query RectificationsItems {
            rectifications(filter: { overdue: true }, perPage: 100) {
              items {
                id
                overdue
              }
            }
          }
        `),
      );
      expect(esc.rectifications.items).toContainEqual({ id, overdue: true });
      expect((await g('township', STATS)).supervisionStats.overdueRectifications).toBeGreaterThanOrEqual(1);
      await g(
        'township',
        graphql(`
          mutation SupervisionSubmitRectification($x: ID!) {
            submitRectification(id: $x, input: { note: "已整改" }) {
              id
            }
          }
        `),
        {
          x: id,
        },
      );
      await g(
        'supervisor',
        graphql(`
          mutation VerifyRectification($x: ID!) {
            verifyRectification(id: $x, input: { accept: true }) {
              id
            }
          }
        `),
        {
          x: id,
        },
      );
      const after = await g(
        'admin',
        graphql(`
          query SupervisionRectifications {
            rectifications(filter: { overdue: true }, perPage: 100) {
              items {
                id
              }
            }
          }
        `),
      );
      expect(after.rectifications.items.map((i) => i.id)).not.toContain(id);
      t.clock.set(new Date());
      for (const u of ['admin', 'supervisor', 'township']) tok[u] = await t.login(u);
    });
  });
});
