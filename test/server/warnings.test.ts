/**
 * 预警 (docs/domain/warnings.md): held stars scored with reasons, listed per township and district
 * by risk, with district parameters as data, counted in campaignStats at district, township and
 * branch level (live and after the rollups), and — confidentiality — not moved, nor any reminder
 * sent, by a planned or running spot check, while every rule runs and every role reads.
 */
import { Client } from 'pg';
import { sweepReminders } from '../../server/src/modules/inbox/public';
import { refreshStats } from '../../server/src/modules/stats/stats.service';
import { dataOf, errorOf, startTestApp, type TestApp } from '../helpers/app';
import { urlFor } from '../helpers/db';

const LIST = `query ($u: ID!, $all: Boolean, $star: String) {
  starWarnings(unitId: $u, atRiskOnly: $all, starCode: $star, perPage: 100) {
    total atRisk items { starCode score atRisk threshold branch { id name } reasons { code count points } } } }`;
interface List {
  starWarnings: {
    total: number;
    atRisk: number;
    items: {
      starCode: string;
      score: number;
      atRisk: boolean;
      threshold: number;
      branch: { id: string; name: string };
      reasons: { code: string; count: number; points: number }[];
    }[];
  };
}
const STATS = `query ($u: ID!) { campaignStats(unitId: $u, year: 2026) {
  figures { warnings { atRisk held } } byChild { unitId figures { warnings { atRisk held } } } } }`;
interface Stats {
  campaignStats: {
    figures: { warnings: { atRisk: number; held: number } };
    byChild: { unitId: string; figures: { warnings: { atRisk: number; held: number } } }[];
  };
}
const RULE_INPUT = {
  overdueTaskPoints: 20,
  incompleteTaskPoints: 5,
  incompleteWithinDays: 30,
  majorFindingPoints: 15,
  criticalFindingPoints: 30,
  findingWithinDays: 365,
  overdueRectificationPoints: 20,
  threshold: 30,
};
const SET_RULE = `mutation ($i: WarningRuleInput!) { setWarningRule(districtId: 3, input: $i) { id threshold districtId } }`;

describe('early warning', () => {
  let t: TestApp;
  let db: Client;
  const tokens: Record<string, string> = {};
  const roles = ['admin', 'leader', 'taskforce', 'supervisor', 'township', 'township2', 'branch', 'branch4'];
  const BRANCH = 207; // in township 203, holds STRONG_BRANCH
  const sql = async <R = Record<string, unknown>>(q: string, params: unknown[] = []) =>
    (await db.query(q, params)).rows as R[];
  const list = async (who: string, unit: number, all = false, star?: string) =>
    dataOf(await t.gql<List>(LIST, { u: String(unit), all: !all, star }, tokens[who])).starWarnings;
  const stats = async (unit: number) =>
    dataOf(await t.gql<Stats>(STATS, { u: String(unit) }, tokens.admin)).campaignStats;
  const ours = async () =>
    (await list('admin', 203, true)).items.find(
      (i) => i.branch.id === String(BRANCH) && i.starCode === 'STRONG_BRANCH',
    )!;

  beforeAll(async () => {
    t = await startTestApp();
    db = new Client({ connectionString: urlFor(t.database) });
    await db.connect();
    t.clock.set('2026-12-10T02:00:00Z');
    for (const u of roles) tokens[u] = await t.login(u);
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  it('scores a held star with its reasons and lists the township and the district by risk', async () => {
    const before = await ours();
    const [kt] = await sql<{ id: number }>(
      `select id from key_task where star_type_code = 'STRONG_BRANCH' order by id limit 1`,
    );
    const [plan] = await sql<{ plan_id: number }>(`select plan_id from plan_item where unit_id = $1 limit 1`, [BRANCH]);
    await sql(
      `insert into plan_item (plan_id, unit_id, key_task_id, title, deadline, status, progress, sort_order)
       values ($1, $2, $3, '示例逾期任务', '2026-12-01', 'IN_PROGRESS', 40, 99)`,
      [plan.plan_id, BRANCH, kt.id],
    );
    const [sc] = await sql<{ id: number }>(
      `insert into spot_check (team_id, target_unit_id, status, planned_for, planned_by_id, completed_at)
       values (1, $1, 'COMPLETED', '2026-11-20', 1, '2026-11-20T08:00:00Z') returning id`,
      [BRANCH],
    );
    await sql(
      `insert into finding (spot_check_id, star_code, severity, description, recorded_at, recorded_by_id)
       values ($1, 'STRONG_BRANCH', 'CRITICAL', '示例严重问题', '2026-11-20T08:00:00Z', 1)`,
      [sc.id],
    );
    const after = await ours();
    expect(after.score - before.score).toBe(50);
    const reason = (code: string, w: typeof after) => w.reasons.find((r) => r.code === code) ?? { count: 0, points: 0 };
    expect(reason('OVERDUE_TASKS', after).count - reason('OVERDUE_TASKS', before).count).toBe(1);
    expect(reason('CRITICAL_FINDINGS', after).points - reason('CRITICAL_FINDINGS', before).points).toBe(30);
    expect(after.atRisk).toBe(true);
    expect(after.reasons.reduce((s, r) => s + r.points, 0)).toBe(after.score);

    for (const unit of [3, 203]) {
      const l = await list('admin', unit);
      expect(l.items.length).toBeGreaterThan(0);
      expect(l.items.every((i) => i.atRisk)).toBe(true);
      expect(l.total).toBe(l.atRisk);
      const scores = l.items.map((i) => i.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
    const township = await list('admin', 203);
    expect(
      township.items.every((i) =>
        ['204', '205', '206', '207', '208', '209', '210', '211', '212'].includes(i.branch.id),
      ),
    ).toBe(true);
  });

  it('counts the stars at risk in campaignStats at district, township and branch, live and from the rollups', async () => {
    const check = async () => {
      const district = await stats(3);
      expect(district.figures.warnings.atRisk).toBe((await list('admin', 3)).atRisk);
      expect(district.figures.warnings.held).toBe((await list('admin', 3, true)).total);
      const child = district.byChild.find((c) => c.unitId === '203')!;
      expect(child.figures.warnings.atRisk).toBe((await list('admin', 203)).atRisk);
      const township = await stats(203);
      expect(township.figures.warnings.atRisk).toBe(child.figures.warnings.atRisk);
      const branch = await stats(BRANCH);
      const mine = (await list('admin', 203)).items.filter((i) => i.branch.id === String(BRANCH)).length;
      expect(branch.figures.warnings.atRisk).toBe(mine);
      return district.figures.warnings.atRisk;
    };
    const live = await check();
    while ((await refreshStats(t.orm.em.fork(), t.clock.now())) > 0);
    expect(await check()).toBe(live);
    // The district's parameters are data: a higher threshold takes our branch off the list.
    dataOf(await t.gql(SET_RULE, { i: { ...RULE_INPUT, threshold: 1000 } }, tokens.admin));
    expect((await ours()).atRisk).toBe(false);
    expect((await ours()).threshold).toBe(1000);
    expect(await check()).toBe(0);
    while ((await refreshStats(t.orm.em.fork(), t.clock.now())) > 0);
    expect(await check()).toBe(0);
    dataOf(await t.gql(SET_RULE, { i: RULE_INPUT }, tokens.admin));
    expect(await check()).toBe(live);
  });

  it('shows each reader their part: task forces their star, townships their township, branches nothing', async () => {
    const tf = await list('taskforce', 3, true);
    expect(tf.items.length).toBeGreaterThan(0);
    expect(new Set(tf.items.map((i) => i.starCode))).toEqual(new Set(['INDUSTRY_PROSPERITY']));
    expect((await list('leader', 3, true)).total).toBe((await list('admin', 3, true)).total);
    expect((await list('township', 203, true)).total).toBe((await list('admin', 203, true)).total);
    // Outside the subtree: the NOT_FOUND of a missing id.
    const outside = errorOf(await t.gql(LIST, { u: '4', all: false }, tokens.township));
    const missing = errorOf(await t.gql(LIST, { u: '999999', all: false }, tokens.township));
    expect(outside.extensions).toEqual(missing.extensions);
    expect(outside.extensions?.code).toBe('NOT_FOUND');
    expect(errorOf(await t.gql(LIST, { u: String(BRANCH) }, tokens.branch4)).extensions?.code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(LIST, { u: '3' })).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('costs the same statements for a page of 10 and of 100 (branch and star through loaders)', async () => {
    const page = async (n: number) => {
      t.sql.reset();
      const r = dataOf(
        await t.gql<List>(
          `query ($n: Int!) { starWarnings(unitId: 3, atRiskOnly: false, perPage: $n) { total items { score branch { id name } star { code nameZh } } } }`,
          { n },
          tokens.admin,
        ),
      );
      expect(r.starWarnings.items).toHaveLength(n);
      return t.sql.count;
    };
    expect(await page(100)).toBe(await page(10));
  });

  it('lets only district admins set the parameters, each checked with its field', async () => {
    const read = dataOf(
      await t.gql<{ warningRule: { threshold: number } }>(
        `{ warningRule(districtId: 3) { threshold } }`,
        {},
        tokens.township,
      ),
    );
    expect(read.warningRule.threshold).toBe(30);
    for (const who of ['leader', 'taskforce', 'township']) {
      expect([who, errorOf(await t.gql(SET_RULE, { i: RULE_INPUT }, tokens[who])).extensions?.code]).toEqual([
        who,
        'FORBIDDEN',
      ]);
    }
    const bad = errorOf(await t.gql(SET_RULE, { i: { ...RULE_INPUT, threshold: 0 } }, tokens.admin));
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'threshold' });
    const missing = errorOf(
      await t.gql(SET_RULE.replace('districtId: 3', 'districtId: 999999'), { i: RULE_INPUT }, tokens.admin),
    );
    expect(missing.extensions?.code).toBe('NOT_FOUND');
  });

  it('reveals no planned or running spot check: every rule runs, every role reads', async () => {
    const snapshot = async () => ({
      warnings: await list('admin', 3, true),
      stats: (await stats(3)).figures.warnings,
      township: (await stats(203)).figures.warnings,
    });
    const sweepAll = async () => {
      for (const at of ['2026-12-10T02:00:00Z', '2026-12-10T09:00:00Z', '2026-12-20T09:00:00Z', '2027-01-20T09:00:00Z'])
        await sweepReminders(t.orm.em.fork(), new Date(at));
    };
    await sweepAll();
    const before = await snapshot();
    const notesBefore = await sql(`select count(*)::int as n from notification`);

    // A planned and a running check on our branch, with critical findings for its star, and (as no
    // screen allows, to test the rules themselves) an overdue rectification of the running one.
    const secret: number[] = [];
    for (const status of ['PLANNED', 'IN_PROGRESS']) {
      const [sc] = await sql<{ id: number }>(
        `insert into spot_check (team_id, target_unit_id, status, planned_for, planned_by_id) values (1, $1, $2, '2026-12-09', 1) returning id`,
        [BRANCH, status],
      );
      secret.push(sc.id);
      const [f] = await sql<{ id: number }>(
        `insert into finding (spot_check_id, star_code, severity, description, recorded_at, recorded_by_id)
         values ($1, 'STRONG_BRANCH', 'CRITICAL', '暗访秘密问题', now(), 1) returning id`,
        [sc.id],
      );
      await sql(
        `insert into rectification (finding_id, spot_check_id, responsible_unit_id, measures, deadline, status)
         values ($1, $2, $3, '秘密整改', '2026-11-01', 'ASSIGNED')`,
        [f.id, sc.id, BRANCH],
      );
    }
    const secretRects = (
      await sql<{ id: number }>(`select id from rectification where spot_check_id = any($1::int[])`, [secret])
    ).map((r) => String(r.id));

    await sweepAll();
    expect(await snapshot()).toEqual(before);
    expect(await sql(`select count(*)::int as n from notification`)).toEqual(notesBefore);
    expect(
      await sql(`select 1 from notification where record_type = 'Rectification' and record_id = any($1::int[])`, [
        secretRects.map(Number),
      ]),
    ).toHaveLength(0);

    for (const who of roles) {
      const n = dataOf(
        await t.gql<{
          notifications: { items: { recordType: string; recordId: string; reasonZh: string; title: string }[] };
        }>(`{ notifications(perPage: 100) { items { recordType recordId reasonZh title } } }`, {}, tokens[who]),
      );
      for (const x of n.notifications.items) {
        expect(x.recordType === 'Rectification' && secretRects.includes(x.recordId)).toBe(false);
        expect(`${x.reasonZh}${x.title}`).not.toMatch(/秘密|暗访/);
      }
      const m = dataOf(
        await t.gql<{ myTasks: { items: { recordType: string; recordId: string; title: string }[] } }>(
          `{ myTasks(first: 100) { items { recordType recordId title } } }`,
          {},
          tokens[who],
        ),
      );
      for (const x of m.myTasks.items) {
        expect(x.recordType === 'Rectification' && secretRects.includes(x.recordId)).toBe(false);
        expect(x.title).not.toMatch(/秘密/);
      }
    }
  });
});
