/**
 * `npm run bench [-- --scale province|district] [--duration 10] [--rounds 3] [--connections 10] [--workers 1]`
 *
 * `--workers N` starts our API with WORKERS=N (node:cluster: N processes on one port, each with its
 * own pool of DB_POOL_MAX connections).
 *
 * One database, one machine, one run: our API, PostGraphile 4 (serving the same tables) and
 * hand-written SQL through node-postgres answer the same workloads, measured in alternating order
 * with autocannon. Writes a markdown table to bench/results/ and prints it. Generates the data set
 * first when it is missing (bench/generate.ts).
 */
import 'reflect-metadata';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Client } from 'pg';
import { projectRoot } from '../server/src/config';
import { campaignStatsSql, refreshStats } from '../server/src/modules/stats/stats.service';
import { shanghaiDate } from '../server/src/common/dates';
import { openOrm } from '../server/src/db/orm';
import { BENCH_YEAR, benchServer, generate, type Scale } from './generate';
import { CONTENDERS, WORKLOADS, type Contender, type Request, type Targets } from './workloads';

const peerDir = path.join(projectRoot, 'bench', 'peer');

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
}

function ensurePeer(): void {
  if (fs.existsSync(path.join(peerDir, 'node_modules', 'postgraphile'))) return;
  console.log('installing the benchmark peer (bench/peer: PostGraphile 4, autocannon) …');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: peerDir, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm ci in bench/peer failed');
}

async function databaseExists(adminUrl: string, name: string): Promise<boolean> {
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return (await c.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
  } finally {
    await c.end();
  }
}

/** Start a contender process and wait for its READY line (or our server's GraphQL URL). */
function startProcess(
  name: string,
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: RegExp,
): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(cmd, args, {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start:\n${out}`)), 120_000);
    const onData = (b: Buffer) => {
      out += b;
      const m = ready.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]) });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}:\n${out}`)));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

async function call(base: string, r: Request): Promise<any> {
  const res = await fetch(`${base}${r.path}`, { method: r.method, headers: r.headers, body: r.body });
  const body = await res.json();
  if (res.status !== 200 || body.errors)
    throw new Error(`${base}${r.path} answered ${res.status}: ${JSON.stringify(body).slice(0, 500)}`);
  return body;
}

interface Measure {
  rps: number;
  latencies: number[];
  errors: number;
}

async function load(autocannon: any, base: string, r: Request, seconds: number, connections: number): Promise<Measure> {
  const latencies: number[] = [];
  const instance = autocannon({
    url: `${base}${r.path}`,
    method: r.method,
    headers: r.headers,
    body: r.body,
    connections,
    duration: seconds,
  });
  instance.on('response', (_c: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  const result = await instance;
  return { rps: result.requests.total / seconds, latencies, errors: result.errors + result.non2xx + result.timeouts };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};
const median = (xs: number[]) => pct(xs, 50);

async function main() {
  const scale = arg('scale', 'province') as Scale;
  const seconds = Number(arg('duration', '10'));
  const rounds = Number(arg('rounds', '3'));
  const connections = Number(arg('connections', '10'));
  const workers = Number(arg('workers', '1'));
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new Error('--workers must be 1 to 64');
  const database = arg('database', `fivestar_bench_${scale}`);
  ensurePeer();
  const requirePeer = createRequire(path.join(peerDir, 'package.json'));
  const autocannon = requirePeer('autocannon');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('../scripts/build-if-stale.cjs').buildServerIfStale();

  const { adminUrl, pg } = await benchServer();
  const children: ChildProcess[] = [];
  try {
    if (!(await databaseExists(adminUrl, database)) || process.argv.includes('--generate')) {
      console.log(`generating the ${scale} data set …`);
      await generate({ scale, adminUrl, database, log: console.log });
    }
    const u = new URL(adminUrl);
    u.pathname = `/${database}`;
    const url = u.toString();
    const db = new Client({ connectionString: url });
    await db.connect();
    // The peer's view of campaignStats: the very statement our service runs, as a function.
    for (const [fn, scope] of [
      ['bench_campaign_stats', 'upper'],
      ['bench_campaign_stats_above', 'above'],
    ] as const) {
      await db.query(`create or replace function ${fn}(p_depth_pos int, p_like text, p_year int, p_as_of date, p_today date) returns json language sql stable as $$
        select json_agg(row_to_json(x)) from (${campaignStatsSql(['p_depth_pos', 'p_like', 'p_year', 'p_as_of', 'p_today'], scope)}) x $$`);
    }
    const province = (await db.query(`select id, path from unit where level = 'PROVINCE' order by id limit 1`)).rows[0];
    const district = (await db.query(`select id, path, depth from unit where level = 'DISTRICT' and code = '410103'`))
      .rows[0];
    const check = (
      await db.query(`select id, team_id from spot_check where status = 'IN_PROGRESS' order by id limit 1`)
    ).rows[0];
    const user = (await db.query(`select id from app_user where username = 'province'`)).rows[0];
    // The benchmark user also supervises: a member of the team whose check it records findings in.
    await db.query(
      `insert into role_assignment (user_id, role, unit_id) select $1, 'SUPERVISOR', $2 where not exists (select 1 from role_assignment where user_id = $1 and role = 'SUPERVISOR')`,
      [user.id, province.id],
    );
    await db.query(
      `insert into supervision_team_member (team_id, user_id) select $1, $2 where not exists (select 1 from supervision_team_member where team_id = $1 and user_id = $2)`,
      [check.team_id, user.id],
    );
    // Our server judges "today" by the real clock: bring the statistics rollup to today first, as
    // its refresher would, so that every contender reads the same fresh rows.
    const today = shanghaiDate(new Date());
    const orm = await openOrm({ databaseUrl: url, poolMax: 1 });
    try {
      const t0 = Date.now();
      let n = 0;
      for (let k; (k = await refreshStats(orm.em.fork(), new Date(), 5000)) > 0;) n += k;
      console.log(`statistics rollup brought to ${today}: ${n} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      // Rewriting every rollup row for a new day leaves as many dead rows: clear them as autovacuum would.
      if (n > 0) await orm.em.fork().getConnection().execute('vacuum analyze stats_unit, stats_township');
    } finally {
      await orm.close(true);
    }
    const counts = (
      await db.query(
        `select relname, n_live_tup::bigint as n from pg_stat_user_tables where n_live_tup > 0 order by n_live_tup desc`,
      )
    ).rows;
    const pgVersion = (await db.query('show server_version')).rows[0].server_version;
    await db.end();

    const env = {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: url,
      DB_POOL_MAX: '10',
      RATE_LIMIT_USER_PER_MINUTE: '1000000',
      RATE_LIMIT_API_TOKEN_PER_MINUTE: '1000000',
    };
    const [pOurs, pPeer, pSql] = [await freePort(), await freePort(), await freePort()];
    const ours = await startProcess(
      'our API',
      process.execPath,
      [path.join(projectRoot, 'dist/server/src/main.js')],
      { ...env, PORT: String(pOurs), HOST: '127.0.0.1', WORKERS: String(workers) },
      /GraphQL:\s+http:\/\/localhost:(\d+)\/graphql/,
    );
    children.push(ours.child);
    const peer = await startProcess(
      'PostGraphile',
      process.execPath,
      [path.join(peerDir, 'postgraphile-server.cjs'), url, String(pPeer)],
      {},
      /READY (\d+)/,
    );
    children.push(peer.child);
    const sql = await startProcess(
      'hand-written SQL',
      process.execPath,
      [
        path.join(projectRoot, 'scripts/run-ts.cjs'),
        path.join(projectRoot, 'bench/raw-sql-server.ts'),
        url,
        String(pSql),
      ],
      {},
      /READY (\d+)/,
    );
    children.push(sql.child);
    const base: Record<Contender, string> = {
      ours: `http://127.0.0.1:${ours.port}`,
      postgraphile: `http://127.0.0.1:${peer.port}`,
      sql: `http://127.0.0.1:${sql.port}`,
    };

    const login = await call(base.ours, {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(username: "province", password: "fivestar") { token } }' }),
    });
    const targets: Targets = {
      provinceId: province.id,
      provincePath: province.path,
      districtId: district.id,
      districtPath: district.path,
      districtDepth: district.depth,
      listOffset: 1000,
      spotCheckId: check.id,
      year: BENCH_YEAR,
      asOf: Number(today.slice(0, 4)) === BENCH_YEAR ? today : `${BENCH_YEAR}-12-31`,
      today,
      token: login.data.login.token,
      userId: user.id,
    };

    // Same answers before any measurement.
    for (const w of WORKLOADS) {
      const answers = await Promise.all(
        CONTENDERS.map(async (c) => w.normalize[c](await call(base[c], w.request[c](targets)))),
      );
      if (!w.mutation && !answers.every((a) => isDeepStrictEqual(a, answers[0]))) {
        throw new Error(
          `contenders disagree on "${w.name}":\n${answers.map((a, i) => `${CONTENDERS[i]}: ${JSON.stringify(a).slice(0, 400)}`).join('\n')}`,
        );
      }
    }
    console.log('all contenders give the same answers; measuring …');

    const results = new Map<string, Measure[]>();
    for (let round = 0; round < rounds; round++) {
      for (const w of WORKLOADS) {
        const order = CONTENDERS.map((_, i) => CONTENDERS[(i + round) % CONTENDERS.length]);
        for (const c of order) {
          const r = w.request[c](targets);
          await load(autocannon, base[c], r, 1, connections); // warm-up, not counted
          const m = await load(autocannon, base[c], r, seconds, connections);
          const key = `${w.name}|${c}`;
          results.set(key, [...(results.get(key) ?? []), m]);
          console.log(
            `  round ${round + 1} · ${w.name} · ${c}: ${m.rps.toFixed(0)} req/s, p95 ${pct(m.latencies, 95)} ms${m.errors ? `, ${m.errors} errors` : ''}`,
          );
        }
      }
    }

    const fmt = (n: number, d = 0) =>
      Number.isFinite(n) ? n.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d }) : '—';
    const lines = [
      `# Benchmark: ${scale} scale`,
      '',
      `- Run: ${new Date().toISOString()} · \`npm run bench -- --scale ${scale} --duration ${seconds} --rounds ${rounds} --connections ${connections} --workers ${workers}\``,
      `- Our API: ${workers === 1 ? 'one process' : `${workers} worker processes (WORKERS=${workers}, node:cluster)`}, DB_POOL_MAX ${env.DB_POOL_MAX}${workers === 1 ? '' : ' each'}`,
      `- Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${fmt(os.totalmem() / 2 ** 30, 0)} GiB, ${os.type()} ${os.release()}, Node ${process.version}, PostgreSQL ${pgVersion}; load generator, servers and database share the machine`,
      `- Data set: \`${database}\` — ${counts.reduce((s: number, r: any) => s + Number(r.n), 0).toLocaleString('en')} rows (${counts
        .slice(0, 8)
        .map((r: any) => `${r.relname} ${Number(r.n).toLocaleString('en')}`)
        .join(', ')} …)`,
      `- Each cell: median of ${rounds} rounds of ${seconds} s with ${connections} connections (contender order rotated per round); latency percentiles over all requests of all rounds`,
      '',
      '| workload | contender | req/s | p50 ms | p95 ms | errors | throughput vs PostGraphile | vs hand-written SQL |',
      '|---|---|---:|---:|---:|---:|---:|---:|',
    ];
    for (const w of WORKLOADS) {
      const rps = (c: Contender) => median(results.get(`${w.name}|${c}`)!.map((m) => m.rps));
      for (const c of CONTENDERS) {
        const ms = results.get(`${w.name}|${c}`)!;
        const all = ms.flatMap((m) => m.latencies);
        const errors = ms.reduce((s, m) => s + m.errors, 0);
        lines.push(
          `| ${c === 'ours' ? w.name : ''} | ${c === 'ours' ? `**our API**${workers > 1 ? ` (${workers} workers)` : ''}` : c === 'postgraphile' ? 'PostGraphile 4' : 'hand-written SQL'} | ${fmt(rps(c))} | ${fmt(pct(all, 50), 1)} | ${fmt(pct(all, 95), 1)} | ${errors} | ${c === 'ours' ? `${fmt(rps('ours') / rps('postgraphile'), 2)}×` : ''} | ${c === 'ours' ? `${fmt(rps('ours') / rps('sql'), 2)}×` : ''} |`,
        );
      }
    }
    const table = lines.join('\n');
    fs.mkdirSync(path.join(projectRoot, 'bench', 'results'), { recursive: true });
    const file = path.join(
      projectRoot,
      'bench',
      'results',
      `${scale}-${workers > 1 ? `w${workers}-` : ''}${new Date().toISOString().slice(0, 16).replace(/[:T]/g, '')}.md`,
    );
    fs.writeFileSync(file, `${table}\n`);
    console.log(`\n${table}\n\nwritten to ${path.relative(projectRoot, file)}`);
  } finally {
    // Each stops (our API: its workers too) before the embedded database does.
    await Promise.all(
      children.map(
        (c) =>
          new Promise((resolve) => {
            if (c.exitCode !== null || c.signalCode !== null) return resolve(null);
            c.once('exit', resolve);
            c.kill('SIGTERM');
          }),
      ),
    );
    await pg?.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
