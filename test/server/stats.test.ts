/**
 * Leadership statistics on a generated district data set (the benchmark generator's activity on top
 * of the demo data): every figure equals an independent plain-SQL computation written here, through
 * the live path and through the rollup; scope and confidentiality hold.
 */
import { Client } from 'pg';
import { activitySteps, BENCH_TODAY } from '../../bench/generate';
import { refreshStats } from '../../server/src/modules/stats/stats.service';
import { dataOf, errorOf, startTestApp, type TestApp } from '../helpers/app';
import { urlFor } from '../helpers/db';
import { graphql } from '../gql';

graphql(`
  fragment AllFigures on StatsFigures {
    branches
    levelDistribution {
      level
      branches
    }
    starHolders {
      starCode
      branches
    }
    threeStarShare
    fourStar
    fourStarLastYear
    fourStarRatio
    fiveStar
    newFiveStar
    keyTasks {
      total
      done
      completionRate
      overdue
    }
    spotChecksThisQuarter
    findings {
      minor
      major
      critical
      total
    }
    rectifications {
      total
      closed
      closureRate
      overdue
    }
    dailyReports {
      submitted
      expected
      rate
    }
  }
`);
const STATS = graphql(`
  query CampaignStatsWithChildren($u: ID!, $y: Int!) {
    campaignStats(unitId: $u, year: $y) {
      unitId
      unitName
      year
      asOf
      figures {
        ...AllFigures
      }
      byChild {
        unitId
        unitName
        unitLevel
        figures {
          ...AllFigures
        }
      }
    }
  }
`);

const YEAR = Number(BENCH_TODAY.slice(0, 4));
const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

/** The figures of the subtree at `path`, computed independently of fs_unit_stats. */
async function expected(db: Client, path: string, year: number, asOf: string, today: string) {
  const one = async (sql: string, params: unknown[] = []) =>
    Number(Object.values((await db.query(sql, params)).rows[0])[0] ?? 0);
  const like = `${path}%`;
  const prevEnd = `${year - 1}-12-31`;
  const levels = (
    await db.query(
      `select b.id, count(s.id) filter (where daterange(s.since, s.until, '[)') @> $2::date) as now,
            count(s.id) filter (where daterange(s.since, s.until, '[)') @> $3::date) as prev
     from unit b left join branch_star s on s.branch_id = b.id
     where b.level = 'BRANCH' and b.path like $1 group by b.id`,
      [like, asOf, prevEnd],
    )
  ).rows.map((r) => ({ now: Number(r.now), prev: Number(r.prev) }));
  const holders = (
    await db.query(
      `select st.code, (select count(distinct s.branch_id) from branch_star s join unit b on b.id = s.branch_id
                      where s.star_type_code = st.code and b.path like $1 and daterange(s.since, s.until, '[)') @> $2::date) as n
     from star_type st order by st.sort_order`,
      [like, asOf],
    )
  ).rows.map((r) => ({ starCode: r.code, branches: Number(r.n) }));
  const items = (
    await db.query(
      `select count(*) as total, count(*) filter (where i.status = 'DONE') as done, count(*) filter (where i.status <> 'DONE' and i.deadline < $3::date) as overdue
     from plan_item i join plan p on p.id = i.plan_id join unit u on u.id = i.unit_id where u.path like $1 and p.year = $2`,
      [like, year, today],
    )
  ).rows[0];
  const q0 = `${asOf.slice(0, 4)}-${String(Math.floor((Number(asOf.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
  const checks = await one(
    `select count(*) from spot_check c join unit u on u.id = c.target_unit_id
     where u.path like $1 and c.status = 'COMPLETED' and (c.completed_at at time zone 'Asia/Shanghai')::date between $2::date and $3::date`,
    [like, q0, asOf],
  );
  const findings: Record<string, number> = {};
  for (const r of (
    await db.query(
      `select f.severity, count(*) as n from finding f join spot_check c on c.id = f.spot_check_id join unit u on u.id = c.target_unit_id
     where u.path like $1 and c.status = 'COMPLETED' and to_char(f.recorded_at at time zone 'Asia/Shanghai', 'YYYY') = $2
       and (f.recorded_at at time zone 'Asia/Shanghai')::date <= $3::date group by f.severity`,
      [like, String(year), asOf],
    )
  ).rows)
    findings[r.severity] = Number(r.n);
  const rect = (
    await db.query(
      `select count(*) as total, count(*) filter (where r.status = 'CLOSED') as closed, count(*) filter (where r.status <> 'CLOSED' and r.deadline < $4::date) as overdue
     from rectification r join spot_check c on c.id = r.spot_check_id join unit u on u.id = r.responsible_unit_id
     where u.path like $1 and c.status = 'COMPLETED' and to_char(r.created_at at time zone 'Asia/Shanghai', 'YYYY') = $2
       and (r.created_at at time zone 'Asia/Shanghai')::date <= $3::date`,
      [like, String(year), asOf, today],
    )
  ).rows[0];
  const reporting = await one(
    `select count(*) from unit u where u.path like $1 and u.level in ('BRANCH', 'TOWNSHIP')`,
    [like],
  );
  const reports = await one(
    `select count(*) from daily_report d join unit u on u.id = d.unit_id where u.path like $1 and d.report_date between $2::date - 6 and $2::date`,
    [like, asOf],
  );
  const n = levels.length;
  const four = levels.filter((l) => l.now >= 4).length;
  const fourPrev = levels.filter((l) => l.prev >= 4).length;
  const [fMinor, fMajor, fCritical] = [findings.MINOR ?? 0, findings.MAJOR ?? 0, findings.CRITICAL ?? 0];
  return {
    branches: n,
    levelDistribution: [0, 1, 2, 3, 4, 5].map((level) => ({
      level,
      branches: levels.filter((l) => l.now === level).length,
    })),
    starHolders: holders,
    threeStarShare: ratio(levels.filter((l) => l.now >= 3).length, n),
    fourStar: four,
    fourStarLastYear: fourPrev,
    fourStarRatio: ratio(four, fourPrev),
    fiveStar: levels.filter((l) => l.now === 5).length,
    newFiveStar: levels.filter((l) => l.now === 5 && l.prev < 5).length,
    keyTasks: {
      total: Number(items.total),
      done: Number(items.done),
      completionRate: ratio(Number(items.done), Number(items.total)),
      overdue: Number(items.overdue),
    },
    spotChecksThisQuarter: checks,
    findings: { minor: fMinor, major: fMajor, critical: fCritical, total: fMinor + fMajor + fCritical },
    rectifications: {
      total: Number(rect.total),
      closed: Number(rect.closed),
      closureRate: ratio(Number(rect.closed), Number(rect.total)),
      overdue: Number(rect.overdue),
    },
    dailyReports: { submitted: reports, expected: reporting * 7, rate: ratio(reports, reporting * 7) },
  };
}

/** Floats compared to 12 digits; everything else exactly. */
function rounded<T>(v: T): T {
  return JSON.parse(
    JSON.stringify(v, (_k, x) => (typeof x === 'number' && !Number.isInteger(x) ? Number(x.toFixed(12)) : x)),
  );
}

describe('campaign statistics', () => {
  let t: TestApp;
  let db: Client;
  let admin: string;
  let districtId: string;
  let district: { id: number; path: string };
  let province: { id: number; path: string };
  let provinceLeader: string;
  const noon = `${BENCH_TODAY}T12:00:00+08:00`;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(noon);
    db = new Client({ connectionString: urlFor(t.database) });
    await db.connect();
    for (const step of activitySteps()) await db.query(step.sql);
    admin = await t.login('admin');
    district = (await db.query(`select id, path from unit where level = 'DISTRICT'`)).rows[0];
    districtId = String(district.id);
    // A leader over the whole province: its statistics add up district rollups.
    await db.query(`insert into app_user (username, display_name, password_hash) select 'provleader', '省级领导', password_hash from app_user where username = 'admin';
                    insert into role_assignment (user_id, role, unit_id) select u.id, 'LEADER', p.id from app_user u, unit p where u.username = 'provleader' and p.level = 'PROVINCE'`);
    provinceLeader = await t.login('provleader');
    province = (await db.query(`select id, path from unit where level = 'PROVINCE'`)).rows[0];
  });

  /** The province and each of its cities: exactly what plain SQL gives. */
  async function checkProvince() {
    const s = dataOf(await t.gql(STATS, { u: String(province.id), y: YEAR }, provinceLeader)).campaignStats;
    expect(rounded(s.figures)).toEqual(rounded(await expected(db, province.path, YEAR, BENCH_TODAY, BENCH_TODAY)));
    expect(s.byChild.length).toBeGreaterThan(0);
    for (const c of s.byChild) {
      const path = (await db.query('select path from unit where id = $1', [c.unitId])).rows[0].path;
      expect({ unit: c.unitName, figures: rounded(c.figures) }).toEqual({
        unit: c.unitName,
        figures: rounded(await expected(db, path, YEAR, BENCH_TODAY, BENCH_TODAY)),
      });
    }
    return s;
  }
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  it('gives the province, each city, the district and each township exactly what plain SQL gives, live and from the rollup', async () => {
    const check = async () => {
      const s = dataOf(await t.gql(STATS, { u: districtId, y: YEAR }, admin)).campaignStats;
      expect(s).toMatchObject({ unitId: districtId, year: YEAR, asOf: BENCH_TODAY });
      expect(rounded(s.figures)).toEqual(rounded(await expected(db, district.path, YEAR, BENCH_TODAY, BENCH_TODAY)));
      expect(s.byChild).toHaveLength(18);
      for (const c of s.byChild) {
        const path = (await db.query('select path from unit where id = $1', [c.unitId])).rows[0].path;
        expect({ unit: c.unitName, figures: rounded(c.figures) }).toEqual({
          unit: c.unitName,
          figures: rounded(await expected(db, path, YEAR, BENCH_TODAY, BENCH_TODAY)),
        });
      }
      return s;
    };
    const live = await check();
    const provinceLive = await checkProvince();
    expect(provinceLive.figures.branches).toBe(200);
    // The data set has something in every figure.
    expect(live.figures.branches).toBe(200);
    expect(live.figures.levelDistribution.every((l) => l.branches > 0)).toBe(true);
    for (const k of ['fourStar', 'fiveStar', 'newFiveStar', 'spotChecksThisQuarter'] as const)
      expect(live.figures[k]).toBeGreaterThan(0);
    expect(live.figures.keyTasks.overdue).toBeGreaterThan(0);
    expect(live.figures.rectifications.overdue).toBeGreaterThan(0);
    expect(live.figures.findings.critical).toBeGreaterThan(0);

    // Through the rollup: the same answer.
    const em = t.orm.em.fork();
    let written = 0;
    for (let n; (n = await refreshStats(em, t.clock.now())) > 0;) written += n;
    expect(written).toBeGreaterThan(200);
    const fresh = await db.query(
      `select (select count(*) from stats_unit where touched = computed and as_of = $1)::int + (select count(*) from stats_township where touched = computed and as_of = $1)::int
              + (select count(*) from stats_district where touched = computed and as_of = $1)::int as n`,
      [BENCH_TODAY],
    );
    expect(fresh.rows[0].n).toBe(written);
    expect(
      (
        await db.query(`select count(*)::int as n from stats_unit where touched <> computed or as_of <> $1`, [
          BENCH_TODAY,
        ])
      ).rows[0].n,
    ).toBe(0);
    expect(rounded(await check())).toEqual(rounded(live));
    // The province from fresh district rollups: the same answer.
    expect(
      (
        await db.query(`select count(*)::int as n from stats_district where touched <> computed or as_of <> $1`, [
          BENCH_TODAY,
        ])
      ).rows[0].n,
    ).toBe(0);
    expect(rounded(await checkProvince())).toEqual(rounded(provinceLive));
  });

  it('follows a write at once, before the rollup is refreshed', async () => {
    const em = t.orm.em.fork();
    while ((await refreshStats(em, t.clock.now())) > 0);
    const branch = (
      await db.query(
        `select u.id from unit u where u.level = 'BRANCH' and u.path like $1 and not exists (select 1 from daily_report d where d.unit_id = u.id and d.report_date = $2) order by u.id limit 1`,
        [`${district.path}%`, BENCH_TODAY],
      )
    ).rows[0];
    const before = dataOf(await t.gql(STATS, { u: districtId, y: YEAR }, admin)).campaignStats.figures.dailyReports
      .submitted;
    await db.query(
      `insert into daily_report (unit_id, report_date, done_today, reporter_id, reporter_name) values ($1, $2, '补报', (select id from app_user limit 1), '书记')`,
      [branch.id, BENCH_TODAY],
    );
    expect(
      (await db.query('select touched <> computed as stale from stats_unit where unit_id = $1', [branch.id])).rows[0]
        .stale,
    ).toBe(true);
    expect(
      (
        await db.query(
          'select touched <> computed as stale from stats_township where unit_id = (select parent_id from unit where id = $1)',
          [branch.id],
        )
      ).rows[0].stale,
    ).toBe(true);
    expect(
      (await db.query('select touched <> computed as stale from stats_district where unit_id = $1', [districtId]))
        .rows[0].stale,
    ).toBe(true);
    expect(
      dataOf(await t.gql(STATS, { u: districtId, y: YEAR }, admin)).campaignStats.figures.dailyReports.submitted,
    ).toBe(before + 1);
    // The province reads inside the stale district from its townships and units.
    expect((await checkProvince()).figures.dailyReports.submitted).toBe(before + 1);
    expect(await refreshStats(em, t.clock.now())).toBe(3); // the branch's row, its township's and its district's
    expect(
      dataOf(await t.gql(STATS, { u: districtId, y: YEAR }, admin)).campaignStats.figures.dailyReports.submitted,
    ).toBe(before + 1);
    expect((await checkProvince()).figures.dailyReports.submitted).toBe(before + 1);
  });

  it('answers for a past year as of its last day', async () => {
    const s = dataOf(await t.gql(STATS, { u: districtId, y: YEAR - 1 }, admin)).campaignStats;
    expect(s.asOf).toBe(`${YEAR - 1}-12-31`);
    expect(rounded(s.figures)).toEqual(
      rounded(await expected(db, district.path, YEAR - 1, `${YEAR - 1}-12-31`, BENCH_TODAY)),
    );
  });

  it("covers only a township user's own township; elsewhere the unit does not exist", async () => {
    const township = await t.login('township');
    const own = (await db.query(`select id, path from unit where level = 'TOWNSHIP' and name = '樱桃沟景区管委会'`))
      .rows[0];
    const s = dataOf(await t.gql(STATS, { u: String(own.id), y: YEAR }, township)).campaignStats;
    expect(rounded(s.figures)).toEqual(rounded(await expected(db, own.path, YEAR, BENCH_TODAY, BENCH_TODAY)));
    expect(s.byChild.map((c) => c.unitLevel)).toEqual(new Array(9).fill('BRANCH'));
    const other = (
      await db.query(`select id from unit where level = 'TOWNSHIP' and id <> $1 order by id limit 1`, [own.id])
    ).rows[0];
    const missing = errorOf(await t.gql(STATS, { u: '99999999', y: YEAR }, township));
    for (const id of [districtId, String(other.id)]) {
      const e = errorOf(await t.gql(STATS, { u: id, y: YEAR }, township));
      expect([e.message, e.extensions]).toEqual([missing.message, missing.extensions]);
      expect(e.extensions.code).toBe('NOT_FOUND');
    }
    // A branch secretary gets their branch, with no children.
    const branch = await t.login('branch');
    const mine = (await db.query(`select id, path from unit where name = '樱桃沟社区'`)).rows[0];
    const b = dataOf(await t.gql(STATS, { u: String(mine.id), y: YEAR }, branch)).campaignStats;
    expect(b.byChild).toEqual([]);
    expect(rounded(b.figures)).toEqual(rounded(await expected(db, mine.path, YEAR, BENCH_TODAY, BENCH_TODAY)));
  });

  it('does not move by one digit for a planned or running spot check, for anyone; a completed one counts', async () => {
    const target = (await db.query(`select u.id, u.parent_id from unit u where u.name = '樱桃沟社区'`)).rows[0];
    const viewers: [string, string][] = [
      [await t.login('admin'), districtId],
      [await t.login('leader'), districtId],
      [await t.login('township'), String(target.parent_id)],
      [await t.login('branch'), String(target.id)],
      [await t.login('supervisor'), districtId],
    ];
    const snapshot = async () =>
      Promise.all(
        viewers.map(async ([tok, u]) => rounded(dataOf(await t.gql(STATS, { u, y: YEAR }, tok)).campaignStats)),
      );
    const before = await snapshot();
    const team = (await db.query(`select id from supervision_team order by id limit 1`)).rows[0].id;
    const planned = (
      await db.query(
        `insert into spot_check (team_id, target_unit_id, status, planned_for, planned_by_id) values ($1, $2, 'PLANNED', $3::date + 3, (select id from app_user limit 1)) returning id`,
        [team, target.id, BENCH_TODAY],
      )
    ).rows[0].id;
    const running = (
      await db.query(
        `insert into spot_check (team_id, target_unit_id, status, planned_for, planned_by_id, started_at, location) values ($1, $2, 'IN_PROGRESS', $3, (select id from app_user limit 1), now() - interval '1 hour', '村委会') returning id`,
        [team, target.id, BENCH_TODAY],
      )
    ).rows[0].id;
    const finding = (
      await db.query(
        `insert into finding (spot_check_id, severity, description, recorded_at, recorded_by_id) values ($1, 'CRITICAL', '现场发现', $2, (select id from app_user limit 1)) returning id`,
        [running, `${BENCH_TODAY}T10:00:00+08:00`],
      )
    ).rows[0].id;
    await db.query(
      `insert into rectification (finding_id, spot_check_id, responsible_unit_id, measures, deadline, status, created_at) values ($1, $2, $3, '整改', $4::date - 1, 'ASSIGNED', $5)`,
      [finding, running, target.id, BENCH_TODAY, `${BENCH_TODAY}T10:30:00+08:00`],
    );
    expect(await snapshot()).toEqual(before);
    await refreshStats(t.orm.em.fork(), t.clock.now());
    expect(await snapshot()).toEqual(before);
    expect(planned).toBeGreaterThan(0);

    await db.query(
      `update spot_check set status = 'COMPLETED', completed_at = $2, summary = '完成', method_attested = true where id = $1`,
      [running, `${BENCH_TODAY}T11:00:00+08:00`],
    );
    const after = dataOf(await t.gql(STATS, { u: String(target.id), y: YEAR }, await t.login('branch'))).campaignStats
      .figures;
    const was = before[3].figures;
    expect(after.findings.critical).toBe(was.findings.critical + 1);
    expect(after.spotChecksThisQuarter).toBe(was.spotChecksThisQuarter + 1);
    expect(after.rectifications).toMatchObject({
      total: was.rectifications.total + 1,
      overdue: was.rectifications.overdue + 1,
    });
  });

  it('issues the same number of SQL statements for a district as for a branch', async () => {
    const branchId = (await db.query(`select id from unit where level = 'BRANCH' order by id limit 1`)).rows[0].id;
    // Warm: the token's last-use bookkeeping writes at most once a minute and is not ours to count,
    // and each unit is read once before the catalog cache answers for it (catalog-cache.test.ts).
    dataOf(await t.gql(STATS, { u: districtId, y: YEAR }, admin));
    dataOf(await t.gql(STATS, { u: String(branchId), y: YEAR }, admin));
    t.sql.reset();
    dataOf(await t.gql(STATS, { u: districtId, y: YEAR }, admin));
    const forDistrict = t.sql.count;
    t.sql.reset();
    dataOf(await t.gql(STATS, { u: String(branchId), y: YEAR }, admin));
    expect(t.sql.count).toBe(forDistrict);
    expect(forDistrict).toBeLessThanOrEqual(6);
  });

  it('reconstructs a monthly trend from history, matching plain SQL at every month end', async () => {
    const q = graphql(`
      query Trend($u: ID!, $m: StatsMetric!, $f: String!, $t: String!, $i: TrendInterval) {
        trend(unitId: $u, metric: $m, from: $f, to: $t, interval: $i) {
          periodStart
          periodEnd
          value
        }
      }
    `);
    const avg = dataOf(
      await t.gql(q, { u: districtId, m: 'AVERAGE_LEVEL', f: '2025-01-01', t: BENCH_TODAY }, admin),
    ).trend;
    expect(avg).toHaveLength(23);
    expect(avg[0]).toMatchObject({ periodStart: '2025-01-01', periodEnd: '2025-01-31' });
    expect(avg[22]).toMatchObject({ periodStart: '2026-11-01', periodEnd: BENCH_TODAY });
    for (const p of avg) {
      const r = await db.query(
        `select avg(n)::float8 as v from (select b.id, count(s.id) filter (where daterange(s.since, s.until, '[)') @> $2::date) as n
           from unit b left join branch_star s on s.branch_id = b.id where b.level = 'BRANCH' and b.path like $1 group by b.id) x`,
        [`${district.path}%`, p.periodEnd],
      );
      expect(p.value).toBeCloseTo(r.rows[0].v, 10);
    }
    // The revoked stars of mid-2025 show as a drop in five-star branches.
    const five = dataOf(
      await t.gql(q, { u: districtId, m: 'FIVE_STAR_COUNT', f: '2025-01-01', t: '2025-12-31', i: 'QUARTER' }, admin),
    ).trend;
    expect(five.map((p) => p.periodEnd)).toEqual(['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31']);
    const fiveAt = async (d: string) =>
      Number(
        (
          await db.query(
            `select count(*) as n from (select b.id from unit b join branch_star s on s.branch_id = b.id and daterange(s.since, s.until, '[)') @> $2::date
           where b.level = 'BRANCH' and b.path like $1 group by b.id having count(*) = 5) x`,
            [`${district.path}%`, d],
          )
        ).rows[0].n,
      );
    for (const p of five) expect(p.value).toBe(await fiveAt(p.periodEnd));
    const reports = dataOf(
      await t.gql(q, { u: districtId, m: 'DAILY_REPORT_RATE', f: '2026-10-01', t: '2026-10-31' }, admin),
    ).trend;
    const rate = await db.query(
      `select (select count(*) from daily_report d join unit u on u.id = d.unit_id where u.path like $1 and d.report_date between '2026-10-01' and '2026-10-31')::float8
              / ((select count(*) from unit u where u.path like $1 and u.level in ('BRANCH', 'TOWNSHIP')) * 31) as v`,
      [`${district.path}%`],
    );
    expect(reports[0].value).toBeCloseTo(rate.rows[0].v, 10);
  });

  it('refuses bad periods and years with coded errors', async () => {
    const q = graphql(`
      query AverageLevelTrend($u: ID!, $f: String!, $t: String!) {
        trend(unitId: $u, metric: AVERAGE_LEVEL, from: $f, to: $t) {
          value
        }
      }
    `);
    expect(
      errorOf(await t.gql(q, { u: districtId, f: '2026-05-01', t: '2026-04-01' }, admin)).extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'to',
      reason: 'INPUT.END_BEFORE_START',
    });
    expect(
      errorOf(await t.gql(q, { u: districtId, f: '2026-02-30', t: '2026-04-01' }, admin)).extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'from',
    });
    expect(
      errorOf(await t.gql(q, { u: districtId, f: '1990-01-01', t: '2026-04-01' }, admin)).extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'STATS.TOO_MANY_POINTS',
    });
    expect(errorOf(await t.gql(STATS, { u: districtId, y: YEAR + 1 }, admin)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'year',
    });
  });
});
