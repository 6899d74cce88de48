/**
 * The quarterly ranking's rule for a component without data is a district setting: RESCALE (left
 * out, the other weights scaled up) or ZERO (counted as 0). Set by district admins only; used by
 * the ranking query and the duty-review export; every row shows its coverage. Timeliness is the
 * responsible unit's own: evidence submitted by the deadline, whether or not the team has verified it.
 */
import ExcelJS from 'exceljs';
import { dataOf, errorOf, startTestApp, type TestApp } from '../helpers/app';
import { graphql } from '../gql';

const RANK = graphql(`
  query RuleRanking($u: ID!) {
    quarterlyRanking(unitId: $u, year: 2026, quarter: 2) {
      missingComponents
      rows {
        unitName
        rank
        score
        rectificationClosure
        rectificationTimeliness
        coverage
      }
    }
  }
`);

const SET_RULE = graphql(`
  mutation SetAppraisalRule($d: ID!, $r: MissingComponentRule!) {
    setAppraisalRule(districtId: $d, missingComponents: $r) {
      districtId
      missingComponents
      planCompletion
    }
  }
`);

const WEIGHTS = graphql(`
  query RuleWeights($d: ID!) {
    appraisalWeights(districtId: $d) {
      missingComponents
      planCompletion
      tour
    }
  }
`);

describe('the appraisal rule for missing components', () => {
  let t: TestApp;
  const tok: Record<string, string> = {};
  let district: string;
  let township: string;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await startTestApp();
    for (const u of ['admin', 'leader', 'supervisor', 'township', 'branch']) tok[u] = await t.login(u);
    district = dataOf(
      await t.gql<{ units: { items: { id: string }[] } }>(
        '{ units(filter: { level: DISTRICT }) { items { id } } }',
        {},
        tok.admin,
      ),
    ).units.items[0].id;
    // A township of two branches: 甲 inspected (plan 100, check 50, one of two rectifications
    // submitted on time and still waiting for verification), 乙 never inspected (plan 100).
    const create = async (input: Record<string, unknown>) =>
      dataOf(
        await t.gql<{ createUnit: { id: string } }>(
          'mutation ($i: CreateUnitInput!) { createUnit(input: $i) { id } }',
          { i: input },
          tok.admin,
        ),
      ).createUnit.id;
    township = await create({
      name: '规则测试街道',
      level: 'TOWNSHIP',
      townshipKind: 'SUBDISTRICT',
      parentId: district,
    });
    for (const [k, name] of [
      ['A', '甲支部'],
      ['B', '乙支部'],
    ])
      ids[k] = Number(
        await create({ name, level: 'BRANCH', category: 'COMMUNITY', branchKind: 'PARTY_BRANCH', parentId: township }),
      );
    const em = t.orm.em.fork();
    const sup = (await em.execute<{ id: number }[]>(`select id from app_user where username = 'supervisor'`))[0].id;
    for (const b of [ids.A, ids.B]) {
      const [p] = await em.execute<{ id: number }[]>(
        `insert into plan (unit_id, year, level, title) values (?, 2026, 'BRANCH', '计划') returning id`,
        [b],
      );
      await em.execute(
        `insert into plan_item (plan_id, unit_id, title, deadline, status, completed_at) values (?, ?, '任务', '2026-05-31', 'DONE', '2026-05-20T02:00:00Z')`,
        [p.id, b],
      );
    }
    const [team] = await em.execute<{ id: number }[]>(
      `insert into supervision_team (name, scope_unit_id, leader_id) values ('规则组', ?, ?) returning id`,
      [Number(district), sup],
    );
    const [sc] = await em.execute<{ id: number }[]>(
      `insert into spot_check (team_id, target_unit_id, status, planned_for, planned_by_id, overall_score, completed_at, method_attested)
       values (?, ?, 'COMPLETED', '2026-05-01', ?, 50, '2026-05-10T02:00:00Z', true) returning id`,
      [team.id, ids.A, sup],
    );
    const rect = async (status: string, submittedAt: string | null) => {
      const [f] = await em.execute<{ id: number }[]>(
        `insert into finding (spot_check_id, severity, description, recorded_at, recorded_by_id) values (?, 'MINOR', '问题', '2026-05-10T02:00:00Z', ?) returning id`,
        [sc.id, sup],
      );
      await em.execute(
        `insert into rectification (finding_id, spot_check_id, responsible_unit_id, measures, deadline, status, submitted_at)
         values (?, ?, ?, '措施', '2026-06-10', ?, ?)`,
        [f.id, sc.id, ids.A, status, submittedAt],
      );
    };
    await rect('SUBMITTED', '2026-06-08T02:00:00Z');
    await rect('ASSIGNED', null);
  });

  afterAll(() => t.close());

  const ranking = async () => dataOf(await t.gql(RANK, { u: township }, tok.leader)).quarterlyRanking;

  it('rescales by default, and every row shows which components had data', async () => {
    const r = await ranking();
    expect(r.missingComponents).toBe('RESCALE');
    expect(r.rows).toEqual([
      // 乙: its plan alone, the other weights left out.
      {
        unitName: '乙支部',
        rank: 1,
        score: 100,
        rectificationClosure: null,
        rectificationTimeliness: null,
        coverage: ['PLAN_COMPLETION'],
      },
      // 甲: (100×30 + 50×25 + 0×15 + 50×10) / 80 — submitted on time counts as timely though not yet verified.
      {
        unitName: '甲支部',
        rank: 2,
        score: 59.38,
        rectificationClosure: 0,
        rectificationTimeliness: 50,
        coverage: ['PLAN_COMPLETION', 'SPOT_CHECK', 'RECTIFICATION_CLOSURE', 'RECTIFICATION_TIMELINESS'],
      },
    ]);
  });

  it('only a district admin sets the rule; elsewhere the district does not exist', async () => {
    for (const who of ['leader', 'supervisor']) {
      const e = errorOf(await t.gql(SET_RULE, { d: district, r: 'ZERO' }, tok[who]));
      expect([who, e.extensions.code, e.extensions.reason]).toEqual([who, 'FORBIDDEN', 'APPRAISAL.FORBIDDEN']);
    }
    // A township secretary or a branch cannot read the district: the same answer as a missing id.
    const missing = errorOf(await t.gql(SET_RULE, { d: '999999', r: 'ZERO' }, tok.branch));
    expect(missing.extensions.code).toBe('NOT_FOUND');
    for (const who of ['township', 'branch'])
      expect(errorOf(await t.gql(SET_RULE, { d: district, r: 'ZERO' }, tok[who]))).toEqual(missing);
    // A township is no district: NOT_FOUND even for the admin.
    expect(errorOf(await t.gql(SET_RULE, { d: township, r: 'ZERO' }, tok.admin)).extensions.code).toBe('NOT_FOUND');
    expect(dataOf(await t.gql(WEIGHTS, { d: district }, tok.admin)).appraisalWeights.missingComponents).toBe('RESCALE');
    expect((await ranking()).missingComponents).toBe('RESCALE');
  });

  it('counting missing components as 0 puts the inspected branch first, in the ranking and the export', async () => {
    const set = dataOf(await t.gql(SET_RULE, { d: district, r: 'ZERO' }, tok.admin)).setAppraisalRule;
    expect(set).toEqual({ districtId: district, missingComponents: 'ZERO', planCompletion: 30 });
    expect(dataOf(await t.gql(WEIGHTS, { d: district }, tok.leader)).appraisalWeights).toEqual({
      missingComponents: 'ZERO',
      planCompletion: 30,
      tour: 20,
    });
    const r = await ranking();
    expect(r.missingComponents).toBe('ZERO');
    // 甲: (3000 + 1250 + 0 + 500) / 100; 乙: 100×30 / 100.
    expect(r.rows.map((x) => [x.unitName, x.rank, x.score])).toEqual([
      ['甲支部', 1, 47.5],
      ['乙支部', 2, 30],
    ]);
    const res = await fetch(`${t.url}/exports/duty-review/${ids.B}?year=2026&quarter=2`, {
      headers: { authorization: `Bearer ${tok.admin}` },
    });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    expect(wb.getWorksheet('季度 Quarter')!.getRow(2).values).toEqual([
      undefined,
      '2026 Q2',
      2,
      30,
      100,
      '',
      '',
      '',
      '',
    ]);
    const summary = wb.getWorksheet('概况 Summary')!;
    const ruleRow = [...Array(summary.rowCount).keys()].map((i) => summary.getRow(i + 1).values as unknown[]);
    expect(ruleRow).toContainEqual([undefined, '缺项规则 Missing components', '缺项按 0 分计 Counted as 0']);
    // The rule is audited like every change.
    const [{ n }] = await t.orm.em
      .fork()
      .execute<{ n: string }[]>(`select count(*) as n from audit_entry where operation = 'setAppraisalRule'`);
    expect(Number(n)).toBe(1);
  });
});
