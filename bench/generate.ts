/**
 * `npm run bench:generate -- --scale district|province [--database name]`
 *
 * A deterministic data set for the benchmark, generated inside PostgreSQL (INSERT … SELECT over
 * generate_series: no row passes through Node, which is what makes ten million rows a matter of
 * minutes). The same arguments always give the same rows.
 *
 * - district: the demo data (二七区, 200 branches) plus a year of campaign activity.
 * - province: the demo province grown to 18 cities, 160 districts, 1,700 township-level units and
 *   50,000 branches (the demo district is one of them), with a year of plans, applications, awards,
 *   spot checks, findings, rectifications and daily reports.
 *
 * Uses DATABASE_URL's server (the database is created or replaced), or the embedded PostgreSQL
 * under .data/bench.
 */
import 'reflect-metadata';
import path from 'node:path';
import { Client } from 'pg';
import { projectRoot } from '../server/src/config';
import { startEmbeddedPostgres, type RunningPostgres } from '../server/src/db/embedded-postgres';
import { openOrm } from '../server/src/db/orm';
import { seedDemo } from '../server/src/db/demo/seed';
import { hashPassword } from '../server/src/modules/auth/auth.service';
import { refreshStats } from '../server/src/modules/stats/stats.service';

export type Scale = 'district' | 'province';

export const SCALES = {
  district: { cities: 0, districts: 0, townships: 0, branches: 0 },
  province: { cities: 17, districts: 159, townships: 1_682, branches: 49_800 },
} as const;

/** The generated year, and the day the data set ends ("today" for the benchmark). */
export const BENCH_YEAR = 2026;
export const BENCH_TODAY = '2026-11-27';

export interface Step {
  name: string;
  sql: string;
}

/** Grow the demo province to the province scale: every extra unit hangs under the demo province. */
function treeSteps(scale: Scale): Step[] {
  const s = SCALES[scale];
  if (s.branches === 0) return [];
  return [
    {
      name: 'cities',
      sql: `
        insert into unit (name, code, level, parent_id, path, depth, sort_order)
        select '第' || g || '市', 'B-C' || g, 'CITY', p.id, p.path, 1, g
        from generate_series(1, ${s.cities}) g, (select id, path from unit where level = 'PROVINCE' order by id limit 1) p;
        update unit set path = path || id || '.' where code like 'B-C%';`,
    },
    {
      name: 'districts',
      sql: `
        with c as (select id, path, row_number() over (order by id) - 1 as i from unit where code like 'B-C%'),
             n as (select count(*) as n from c)
        insert into unit (name, code, level, parent_id, path, depth, sort_order)
        select '第' || g || '区', 'B-D' || g, 'DISTRICT', c.id, c.path, 2, g
        from generate_series(1, ${s.districts}) g join c on c.i = g % (select n from n);
        update unit set path = path || id || '.' where code like 'B-D%';`,
    },
    {
      name: 'townships',
      sql: `
        with d as (select id, path, row_number() over (order by id) - 1 as i from unit where code like 'B-D%'),
             n as (select count(*) as n from d)
        insert into unit (name, code, level, township_kind, parent_id, path, depth, sort_order)
        select '第' || g || (case when g % 3 = 0 then '镇' else '街道' end), 'B-T' || g, 'TOWNSHIP',
               case when g % 3 = 0 then 'TOWN' else 'SUBDISTRICT' end, d.id, d.path, 3, g
        from generate_series(1, ${s.townships}) g join d on d.i = g % (select n from n);
        update unit set path = path || id || '.' where code like 'B-T%';`,
    },
    {
      name: 'branches',
      sql: `
        with t as (select id, path, row_number() over (order by id) - 1 as i from unit where code like 'B-T%'),
             n as (select count(*) as n from t)
        insert into unit (name, code, level, branch_kind, category, parent_id, path, depth, sort_order)
        select '第' || g || (case when g % 5 < 2 then '社区' else '村' end) || '党支部', 'B-B' || g, 'BRANCH', 'PARTY_BRANCH',
               case when g % 5 < 2 then 'COMMUNITY' else 'RURAL' end, t.id, t.path, 4, g
        from generate_series(1, ${s.branches}) g join t on t.i = g % (select n from n);
        update unit set path = path || id || '.' where code like 'B-B%';`,
    },
    {
      name: 'secretaries (people and positions)',
      sql: `
        insert into person (name, unit_id)
        select '书记' || u.id, u.id from unit u where u.code like 'B-B%' or u.code like 'B-T%';
        insert into position (person_id, role, unit_id, scope_unit_id, start_date)
        select p.id, case when u.level = 'BRANCH' then 'BRANCH_SECRETARY' else 'TOWNSHIP_SECRETARY' end, u.id, u.id, date '${BENCH_YEAR - 1}-01-01'
        from person p join unit u on u.id = p.unit_id where u.code like 'B-B%' or u.code like 'B-T%';`,
    },
  ];
}

/** A deterministic pseudo-random 0–999 from integers (no random(): the same rows every run). */
const h = (...xs: string[]) =>
  `(abs(${xs.map((x, i) => `(${x})::bigint * ${[7919, 104729, 1299709, 15485863][i % 4]}`).join(' + ')} + 12345) % 1000)::int`;

/**
 * A year of campaign activity for every branch that has none yet (the demo district's own demo
 * records are kept): held stars with some history, a plan of ten items, two spot checks with
 * scores, findings and rectifications, and daily reports from branches and township-level units.
 * "Today" is BENCH_TODAY. Triggers are off while loading (session_replication_role = replica), so
 * the statistics rollup is rebuilt at the end.
 */
export function activitySteps(): Step[] {
  const Y = BENCH_YEAR;
  const today = `date '${BENCH_TODAY}'`;
  const actor = `(select id from app_user order by id limit 1)`;
  const fresh = `not exists (select 1 from plan x where x.unit_id = b.id and x.year = ${Y})`;
  return [
    { name: 'triggers off', sql: `set session_replication_role = replica` },
    {
      name: 'held stars (branch_star) with history',
      sql: `
        with b as (
          select u.id, case when ${h('u.id')} < 100 then 0 when ${h('u.id')} < 300 then 1 when ${h('u.id')} < 550 then 2
                            when ${h('u.id')} < 780 then 3 when ${h('u.id')} < 930 then 4 else 5 end as level
          from unit u where u.level = 'BRANCH' and not exists (select 1 from branch_star x where x.branch_id = u.id)
        )
        insert into branch_star (branch_id, star_type_code, since, awarded_by_name)
        select b.id, st.code, date '2024-01-01' + ((${h('b.id', 'st.sort_order')} * 7) % 1060), '区委'
        from b join star_type st on st.sort_order between 1 and b.level;
        -- One branch in ten lost a star in the past (revoked), which the trend must see.
        insert into branch_star (branch_id, star_type_code, since, until, end_kind, end_reason, ended_by_name, awarded_by_name)
        select u.id, st.code, date '2024-03-01', date '2025-06-30', 'REVOKED', '复查不达标', '区委', '区委'
        from unit u join star_type st on st.sort_order = 5
        where u.level = 'BRANCH' and ${h('u.id', '3')} < 100
          and not exists (select 1 from branch_star x where x.branch_id = u.id and x.star_type_code = st.code);`,
    },
    {
      name: 'plans and plan items',
      sql: `
        insert into plan (unit_id, year, level, title)
        select b.id, ${Y}, case b.level when 'BRANCH' then 'BRANCH' when 'TOWNSHIP' then 'TOWNSHIP' else 'DISTRICT' end, b.name || ' ${Y} 年创建规划'
        from unit b where b.level in ('BRANCH', 'TOWNSHIP', 'DISTRICT') and ${fresh};
        with kt as (select id, category, row_number() over (partition by category order by sort_order, id) - 1 as k, count(*) over (partition by category) as n from key_task),
        items as (
          select p.id as plan_id, u.id as unit_id, g.k, date '${Y}-01-20' + g.k * 36 + ${h('u.id', 'g.k', '5')} % 20 as deadline, ${h('u.id', 'g.k')} as r,
                 (select kt.id from kt where kt.category = coalesce(u.category, 'RURAL') and kt.k = g.k % kt.n) as key_task_id
          from plan p join unit u on u.id = p.unit_id and u.level = 'BRANCH' cross join generate_series(0, 9) g(k)
          where p.year = ${Y} and not exists (select 1 from plan_item x where x.plan_id = p.id)
        )
        insert into plan_item (plan_id, unit_id, key_task_id, title, deadline, status, progress, completed_at, sort_order)
        select plan_id, unit_id, key_task_id, '重点任务 ' || (k + 1), deadline,
               case when deadline < ${today} then (case when r < 800 then 'DONE' when r < 900 then 'IN_PROGRESS' else 'NOT_STARTED' end)
                    else (case when r < 150 then 'DONE' when r < 600 then 'IN_PROGRESS' else 'NOT_STARTED' end) end,
               case when deadline < ${today} then (case when r < 800 then 100 when r < 900 then 60 else 0 end)
                    else (case when r < 150 then 100 when r < 600 then 40 else 0 end) end,
               case when (deadline < ${today} and r < 800) or (deadline >= ${today} and r < 150)
                    then (least(deadline, ${today} - 1) - (r % 20))::timestamp + interval '2 hours' end,
               k
        from items;`,
    },
    {
      name: 'supervision teams, spot checks and scores',
      sql: `
        insert into supervision_team (name, scope_unit_id, leader_id)
        select d.name || '督导组', d.id, ${actor} from unit d
        where d.level = 'DISTRICT' and not exists (select 1 from supervision_team x where x.scope_unit_id = d.id);
        with b as (
          select u.id, (select t.id from supervision_team t join unit d on d.id = t.scope_unit_id where u.path like d.path || '%' order by t.id limit 1) as team
          from unit u where u.level = 'BRANCH' and not exists (select 1 from spot_check x where x.target_unit_id = u.id)
        ), c as (
          select b.id, b.team, g.n, ${h('b.id', 'g.n', '7')} as r, date '${Y}-01-05' + ((${h('b.id', 'g.n')} * 331) / 1000) as day
          from b cross join generate_series(1, 2) g(n)
        )
        insert into spot_check (team_id, target_unit_id, status, planned_for, planned_by_id, started_at, completed_at, location, summary, method_attested, overall_score, completed_by_id)
        select team, id,
               case when day >= ${today} or r >= 950 then 'PLANNED' when r >= 900 then 'IN_PROGRESS' else 'COMPLETED' end,
               case when r >= 950 then ${today} + 1 + (r % 30) else day end, ${actor},
               case when day < ${today} and r < 950 then day::timestamp + interval '1 hour' end,
               case when day < ${today} and r < 900 then day::timestamp + interval '5 hours' end,
               case when day < ${today} and r < 950 then '村委会' end,
               case when day < ${today} and r < 900 then '现场查看并随机走访群众' end,
               day < ${today} and r < 900,
               case when day < ${today} and r < 900 then 60 + (r % 40) end,
               case when day < ${today} and r < 900 then ${actor} end
        from c;
        insert into spot_check_score (spot_check_id, key_task_id, score)
        select sc.id, kt.id, 60 + ${h('sc.id', 'kt.id')} % 40
        from spot_check sc join unit u on u.id = sc.target_unit_id
        join lateral (select id from key_task where category = coalesce(u.category, 'RURAL') order by sort_order, id limit 2) kt on true
        where sc.status = 'COMPLETED' and not exists (select 1 from spot_check_score x where x.spot_check_id = sc.id);`,
    },
    {
      name: 'findings and rectifications',
      sql: `
        insert into finding (spot_check_id, star_code, severity, description, recorded_at, recorded_by_id)
        select sc.id, 'STRONG_BRANCH', case when ${h('sc.id', 'g.n')} < 600 then 'MINOR' when ${h('sc.id', 'g.n')} < 900 then 'MAJOR' else 'CRITICAL' end,
               '台账不完整（第 ' || g.n || ' 项）', sc.started_at + interval '2 hours', ${actor}
        from spot_check sc cross join generate_series(1, 3) g(n)
        where sc.status in ('IN_PROGRESS', 'COMPLETED') and g.n <= ${h('sc.id')} % 4
          and not exists (select 1 from finding x where x.spot_check_id = sc.id);
        insert into rectification (finding_id, spot_check_id, responsible_unit_id, measures, deadline, status, submitted_at, closed_at, created_at)
        select f.id, sc.id, sc.target_unit_id, '限期补齐台账',
               (sc.completed_at + interval '30 days')::date,
               case when r < 700 then 'CLOSED' when r < 800 then 'SUBMITTED' else 'ASSIGNED' end,
               case when r < 800 then sc.completed_at + ((r % 40) || ' days')::interval end,
               case when r < 700 then sc.completed_at + ((r % 40) || ' days')::interval + interval '1 day' end,
               sc.completed_at + interval '1 hour'
        from finding f join spot_check sc on sc.id = f.spot_check_id,
             lateral (select ${h('f.id')} as r) x
        where sc.status = 'COMPLETED' and not exists (select 1 from rectification y where y.finding_id = f.id);`,
    },
    {
      name: 'daily reports (branches and township-level units, 85 % of days)',
      sql: `
        insert into daily_report (unit_id, report_date, done_today, reporter_id, reporter_name)
        select u.id, d::date, '完成当日创建工作', ${actor}, '书记'
        from unit u cross join generate_series(date '${Y}-01-01', ${today}, interval '1 day') d
        where u.level in ('BRANCH', 'TOWNSHIP') and ${h('u.id', 'extract(doy from d)::int')} < 850
          and not exists (select 1 from daily_report x where x.unit_id = u.id and x.report_date >= date '${Y}-01-01');`,
    },
    { name: 'triggers on', sql: `set session_replication_role = origin` },
  ];
}

async function ensureFreshDatabase(adminUrl: string, name: string): Promise<void> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`database name must be [a-z0-9_]: ${name}`);
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(`drop database if exists "${name}" with (force)`);
    await c.query(`create database "${name}"`);
  } finally {
    await c.end();
  }
}

export async function generate(opts: {
  scale: Scale;
  adminUrl: string;
  database: string;
  log?: (s: string) => void;
}): Promise<{ rows: number; seconds: number }> {
  const log = opts.log ?? (() => undefined);
  const started = Date.now();
  await ensureFreshDatabase(opts.adminUrl, opts.database);
  const u = new URL(opts.adminUrl);
  u.pathname = `/${opts.database}`;
  const url = u.toString();
  const orm = await openOrm({ databaseUrl: url, poolMax: 2 });
  try {
    await orm.getMigrator().up();
    await seedDemo(orm.em.fork());
    // The statistics user of the benchmark: a leader over the whole province.
    const hash = await hashPassword('fivestar');
    await orm.em.fork().execute(
      `insert into app_user (username, display_name, password_hash) values ('province', '省级领导', ?);
       insert into role_assignment (user_id, role, unit_id) select u.id, 'LEADER', p.id from app_user u, unit p where u.username = 'province' and p.level = 'PROVINCE';`,
      [hash],
    );
  } finally {
    await orm.close(true);
  }
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    for (const step of [...treeSteps(opts.scale), ...activitySteps()]) {
      const t0 = Date.now();
      await c.query(step.sql);
      log(`  ${step.name}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
    const t0 = Date.now();
    const orm2 = await openOrm({ databaseUrl: url, poolMax: 1 });
    try {
      while ((await refreshStats(orm2.em.fork(), new Date(`${BENCH_TODAY}T12:00:00+08:00`), 5000)) > 0);
    } finally {
      await orm2.close(true);
    }
    log(`  statistics rollup: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    // A bulk load rewrote the rollups many times over: compact them, as a loader would.
    await c.query('vacuum full stats_unit, stats_township');
    await c.query('vacuum analyze');
    const r = await c.query<{ rows: string }>(`select sum(n_live_tup)::bigint as rows from pg_stat_user_tables`);
    return { rows: Number(r.rows[0].rows), seconds: (Date.now() - started) / 1000 };
  } finally {
    await c.end();
  }
}

/** DATABASE_URL's server, or the embedded PostgreSQL under .data/bench. */
export async function benchServer(): Promise<{ adminUrl: string; pg: RunningPostgres | null }> {
  if (process.env.DATABASE_URL) {
    const u = new URL(process.env.DATABASE_URL);
    u.pathname = '/postgres';
    return { adminUrl: u.toString(), pg: null };
  }
  const pg = await startEmbeddedPostgres({ dataDir: path.join(projectRoot, '.data', 'bench') });
  return { adminUrl: pg.url('postgres'), pg };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const scale = (arg('scale') ?? 'district') as Scale;
  if (!(scale in SCALES)) throw new Error('--scale must be district or province');
  const database = arg('database') ?? `fivestar_bench_${scale}`;
  const { adminUrl, pg } = await benchServer();
  try {
    console.log(`generating the ${scale} data set into ${database} …`);
    const r = await generate({ scale, adminUrl, database, log: console.log });
    console.log(`done: ${r.rows.toLocaleString('en')} rows in ${r.seconds.toFixed(0)} s`);
  } finally {
    await pg?.stop();
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
