/**
 * `npm run bench:residents` — the residents' public form and the three rates at scale (not a test):
 * 1. 50 concurrent submitters post `submitResidentRequest` (no sign-in) to a real server; req/s,
 *    p50/p95/max, and every submission counted in the database afterwards (nothing lost);
 * 2. `residentRates` over the whole province (the province grown to --townships × --branches, each
 *    branch with --requests requests over the year) as a province-level leader: p50/p95/max.
 * Prints a table. Uses DATABASE_URL's server (or an embedded one) and its own database,
 * fivestar_bench_residents.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createApp } from '../server/src/app';
import { loadConfig } from '../server/src/config';
import { openOrm } from '../server/src/db/orm';
import { seedDemo } from '../server/src/db/demo/seed';
import { refreshStats } from '../server/src/modules/stats/stats.service';
import { benchServer } from './generate';

const DATABASE = 'fivestar_bench_residents';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

async function gql(url: string, query: string, variables: unknown, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

async function main() {
  const townships = arg('townships', 1700);
  const perTownship = arg('branches', 30);
  const perBranch = arg('requests', 4);
  const submitters = arg('submitters', 50);
  const each = arg('each', 20);
  const { adminUrl, pg } = await benchServer();
  const u = new URL(adminUrl);
  u.pathname = `/${DATABASE}`;
  const url = u.toString();
  try {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`drop database if exists "${DATABASE}" with (force)`);
    await admin.query(`create database "${DATABASE}"`);
    await admin.end();
    const orm = await openOrm({ databaseUrl: url, poolMax: 2 });
    await orm.getMigrator().up();
    await seedDemo(orm.em.fork());
    await orm.close(true);

    const c = new Client({ connectionString: url });
    await c.connect();
    const t0 = Date.now();
    // A bulk load, as a loader would do it: without the per-row triggers (the statistics are not read here).
    await c.query(`set session_replication_role = replica`);
    await c.query(`
      insert into app_user (username, display_name, password_hash) select 'province', '省级领导', password_hash from app_user where username = 'admin';
      insert into role_assignment (user_id, role, unit_id) select u.id, 'LEADER', p.id from app_user u, unit p where u.username = 'province' and p.level = 'PROVINCE';
      insert into unit (name, level, parent_id, path, depth, township_kind, is_sample)
        select '基准镇' || g, 'TOWNSHIP', d.id, '', 3, 'TOWN', true
        from generate_series(1, ${townships}) g, (select id from unit where level = 'DISTRICT' order by id limit 1) d;
      update unit t set path = p.path || t.id || '.' from unit p where t.path = '' and p.id = t.parent_id;
      insert into unit (name, level, parent_id, path, depth, branch_kind, category, is_sample)
        select t.name || '社区' || g, 'BRANCH', t.id, '', 4, 'PARTY_BRANCH', 'COMMUNITY', true
        from unit t, generate_series(1, ${perTownship}) g where t.name like '基准镇%';
      update unit t set path = p.path || t.id || '.' from unit p where t.path = '' and p.id = t.parent_id;
      insert into resident_request (unit_id, origin_unit_id, tracking_code, channel, category, stage, title, content,
          anonymous, received_at, deadline, responded_on_time, evaluation, is_sample)
        select b.id, b.id, upper(substr(md5(b.id::text || '-' || g), 1, 10)), 'ONLINE',
          (array['CONSULTATION','HELP','SUGGESTION','COMPLAINT'])[1 + (b.id + g) % 4],
          (array['REGISTERED','ACCEPTED','HANDLING','FEEDBACK','CLOSED','CLOSED','CLOSED','CLOSED'])[1 + (b.id * 7 + g) % 8],
          '基准诉求', '基准', true,
          timestamp '2026-01-05 09:00' + ((b.id * 13 + g * 37) % 330) * interval '1 day',
          date '2026-01-20' + ((b.id * 13 + g * 37) % 330),
          (b.id + g) % 10 <> 0,
          case when (b.id * 7 + g) % 8 >= 4 then (array['SATISFIED','SATISFIED','BASICALLY_SATISFIED','UNSATISFIED'])[1 + g % 4] end,
          true
        from unit b, generate_series(1, ${perBranch}) g where b.name like '基准镇%社区%';
      analyze;`);
    await c.query(`set session_replication_role = origin`);
    // The loader went around the triggers: give the new units their rollup rows (as the stats migration
    // does) and compute them, as the refresher would before the first leader opens the page.
    await c.query(`
      insert into stats_unit (unit_id, path, is_branch, township_id, year, as_of, today, touched, computed)
        select id, path, level = 'BRANCH', case level when 'TOWNSHIP' then id when 'BRANCH' then parent_id end, 0, date '1970-01-01', date '1970-01-01', 1, 0
        from unit on conflict (unit_id) do nothing;
      insert into stats_township (unit_id, path, year, as_of, today, touched, computed)
        select id, path, 0, date '1970-01-01', date '1970-01-01', 1, 0 from unit where level = 'TOWNSHIP' on conflict (unit_id) do nothing;
      update stats_district set touched = touched + 1;`);
    const refresher = await openOrm({ databaseUrl: url, poolMax: 2 });
    const r0 = Date.now();
    while ((await refreshStats(refresher.em.fork(), new Date(), 5000)) > 0);
    const refreshed = (Date.now() - r0) / 1000;
    await refresher.close(true);
    const [{ n }] = (await c.query<{ n: string }>(`select count(*) as n from resident_request`)).rows;
    const grow = (Date.now() - t0) / 1000;

    const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fivestar-bench-res-'));
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: url,
      LOG_LEVEL: 'error',
      FILES_DIR: filesDir,
      STATS_REFRESH_SECONDS: '0',
      RATE_LIMIT_USER_PER_MINUTE: '1000000',
      RESIDENT_FORM_PER_ADDRESS_PER_HOUR: '1000000',
    });
    const app = await createApp(config);
    const port = await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${port}`;
    try {
      const [{ id: community }] = (
        await c.query<{ id: number }>(`select id from unit where name = '建新南街社区' and level = 'BRANCH' limit 1`)
      ).rows;
      const SUBMIT = `mutation S($i: SubmitResidentRequestInput!) { submitResidentRequest(input: $i) { trackingCode } }`;
      const lat: number[] = [];
      const codes = new Set<string>();
      let failed = 0;
      const reasons = new Map<string, number>();
      const started = Date.now();
      await Promise.all(
        Array.from({ length: submitters }, async (_, s) => {
          for (let k = 0; k < each; k++) {
            const a = performance.now();
            try {
              const d = await gql(base, SUBMIT, {
                i: {
                  unitId: String(community),
                  category: 'HELP',
                  title: `基准提交 ${s}-${k}`,
                  content: '五十人同时提交',
                  residentName: '测试居民',
                  phone: `139${String(10_000_000 + s * 1000 + k).slice(-8)}`,
                },
              });
              codes.add((d.submitResidentRequest as { trackingCode: string }).trackingCode);
            } catch (e) {
              failed++;
              const reason = /"reason":"([A-Z_.]+)"/.exec(String(e))?.[1] ?? 'other';
              reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
            }
            lat.push(performance.now() - a);
          }
        }),
      );
      const seconds = (Date.now() - started) / 1000;
      const [{ stored }] = (
        await c.query<{ stored: string }>(
          `select count(*) as stored from resident_request where title like '基准提交 %'`,
        )
      ).rows;

      const login = (await gql(base, `mutation { login(username: "province", password: "fivestar") { token } }`, {}))
        .login as { token: string };
      const [{ id: province }] = (await c.query<{ id: number }>(`select id from unit where level = 'PROVINCE' limit 1`))
        .rows;
      const RATES = `query R($u: ID!) { residentRates(unitId: $u, year: 2026) { unit { figures { total responseRate resolutionRate satisfactionRate } } byChild { unitId } byMonth { month } } }`;
      await gql(base, RATES, { u: String(province) }, login.token);
      const rl: number[] = [];
      let total = 0;
      for (let i = 0; i < 30; i++) {
        const a = performance.now();
        const d = await gql(base, RATES, { u: String(province) }, login.token);
        rl.push(performance.now() - a);
        total = (d.residentRates as { unit: { figures: { total: number } } }).unit.figures.total;
      }

      const rows = [
        ['measure', 'value'],
        ['requests in the database (province)', Number(n).toLocaleString('en')],
        ['data set grown in', `${grow.toFixed(1)} s`],
        ['statistics rollups computed in', `${refreshed.toFixed(1)} s`],
        [`public form: ${submitters} concurrent submitters × ${each}`, `${submitters * each} sent`],
        ['  throughput', `${((submitters * each) / seconds).toFixed(1)} req/s`],
        [
          '  latency p50 / p95 / max',
          `${quantile(lat, 0.5).toFixed(0)} / ${quantile(lat, 0.95).toFixed(0)} / ${Math.max(...lat).toFixed(0)} ms`,
        ],
        ['  answered with a tracking code / refused', `${codes.size} / ${failed}`],
        ['  refusals by reason', [...reasons].map(([k, v]) => `${k} ${v}`).join(', ') || '—'],
        ['  stored (nothing lost)', `${stored}`],
        ['province-wide residentRates (30 runs)', `${total.toLocaleString('en')} requests counted`],
        [
          '  latency p50 / p95 / max',
          `${quantile(rl, 0.5).toFixed(0)} / ${quantile(rl, 0.95).toFixed(0)} / ${Math.max(...rl).toFixed(0)} ms`,
        ],
      ];
      const w = Math.max(...rows.map((r) => r[0].length));
      for (const r of rows) console.log(`${r[0].padEnd(w)}  ${r[1]}`);
    } finally {
      await app.stop();
      await c.end();
      fs.rmSync(filesDir, { recursive: true, force: true });
    }
  } finally {
    await pg?.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
