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

/**
 * Campaign activity for every branch in the data set (stars, plans, supervision, daily reports).
 * Each module adds its steps here.
 */
function activitySteps(_scale: Scale): Step[] {
  return [];
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

export async function generate(opts: { scale: Scale; adminUrl: string; database: string; log?: (s: string) => void }): Promise<{ rows: number; seconds: number }> {
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
    for (const step of [...treeSteps(opts.scale), ...activitySteps(opts.scale)]) {
      const t0 = Date.now();
      await c.query(step.sql);
      log(`  ${step.name}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
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
