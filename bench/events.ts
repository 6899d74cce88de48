/**
 * `npm run bench:events` — what the event outbox costs and how fast it fans out (not a test):
 * 1. `recordFinding` through GraphQL with and without the event append (the audit trail's trigger
 *    switched off and on in alternating rounds): median and p95 per mode and their ratio (target ≤ 1.10);
 * 2. 1,000 events/s for 5 s to 10 graphql-ws subscribers (they and the writer in a child process): achieved rate per subscriber and the lag
 *    from commit to arrival (p50, p95).
 * Uses DATABASE_URL's server (or an embedded one) and its own database, fivestar_bench_events.
 */
import 'reflect-metadata';
import { fork } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { createApp } from '../server/src/app';
import { loadConfig } from '../server/src/config';
import { openOrm } from '../server/src/db/orm';
import { seedDemo } from '../server/src/db/demo/seed';
import { migrateJobQueue } from '../server/src/graphql/job-queue';
import { benchServer } from './generate';

const DATABASE = 'fivestar_bench_events';
const ROUNDS = 8;
const PER_ROUND = 40;
const SUBSCRIBERS = 10;
const RATE = 1000;
const SECONDS = 5;

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

async function main() {
  const { adminUrl, pg } = await benchServer();
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${DATABASE} with (force)`);
  await admin.query(`create database ${DATABASE}`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${DATABASE}`;
  const url = u.toString();
  const orm = await openOrm({ databaseUrl: url, poolMax: 10 });
  await orm.getMigrator().up();
  await seedDemo(orm.em.fork());
  await migrateJobQueue(url);
  const app = await createApp(
    loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: url,
      LOG_LEVEL: 'error',
      STATS_REFRESH_SECONDS: '0',
      RATE_LIMIT_USER_PER_MINUTE: '1000000',
    }),
    { orm },
  );
  const port = await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${port}`;
  const gql = async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
    const r = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const b = (await r.json()) as { data: T; errors?: unknown[] };
    if (b.errors) throw new Error(JSON.stringify(b.errors));
    return b.data;
  };
  const login = async (u: string) =>
    (
      await gql<{ login: { token: string } }>(
        `mutation($u: String!) { login(username: $u, password: "fivestar") { token } }`,
        { u },
      )
    ).login.token;
  try {
    const adminTok = await login('admin');
    const supTok = await login('supervisor');
    const em = orm.em.fork();
    const [district] = await em.execute<{ id: number }[]>(`select id from unit where level = 'DISTRICT' limit 1`);
    const [branch] = await em.execute<{ id: number; path: string }[]>(
      `select id, path from unit where level = 'BRANCH' order by id limit 1`,
    );
    const [sup] = await em.execute<{ id: number }[]>(`select id from app_user where username = 'supervisor'`);
    const team = await gql<{ createSupervisionTeam: { id: string } }>(
      `mutation($i: CreateSupervisionTeamInput!) { createSupervisionTeam(input: $i) { id } }`,
      { i: { name: '压测督导组', scopeUnitId: String(district.id), leaderUserId: String(sup.id), memberUserIds: [] } },
      adminTok,
    );
    const sc = await gql<{ planSpotCheck: { id: string } }>(
      `mutation($i: PlanSpotCheckInput!) { planSpotCheck(input: $i) { id } }`,
      { i: { teamId: team.createSupervisionTeam.id, targetUnitId: String(branch.id), plannedFor: '2026-12-20' } },
      supTok,
    );
    await gql(`mutation($x: ID!) { startSpotCheck(id: $x, input: {}) { id } }`, { x: sc.planSpotCheck.id }, supTok);
    const record = async () => {
      const t0 = process.hrtime.bigint();
      await gql(
        `mutation($x: ID!) { recordFinding(spotCheckId: $x, input: { severity: MINOR, description: "压测问题" }) { id } }`,
        { x: sc.planSpotCheck.id },
        supTok,
      );
      return Number(process.hrtime.bigint() - t0) / 1e6;
    };
    for (let i = 0; i < 20; i++) await record(); // warm-up
    const times: Record<'with' | 'without', number[]> = { with: [], without: [] };
    for (let r = 0; r < ROUNDS; r++) {
      const mode = r % 2 ? 'with' : 'without';
      await em.execute(`alter table audit_entry ${mode === 'with' ? 'enable' : 'disable'} trigger audit_entry_events`);
      for (let i = 0; i < PER_ROUND; i++) times[mode].push(await record());
    }
    await em.execute(`alter table audit_entry enable trigger audit_entry_events`);
    const med = { with: pct(times.with, 50), without: pct(times.without, 50) };
    console.log('\nrecordFinding through GraphQL (ms), alternating rounds of', PER_ROUND);
    console.table({
      'without event append': {
        n: times.without.length,
        p50: med.without.toFixed(2),
        p95: pct(times.without, 95).toFixed(2),
      },
      'with event append': { n: times.with.length, p50: med.with.toFixed(2), p95: pct(times.with, 95).toFixed(2) },
      ratio: {
        n: '',
        p50: (med.with / med.without).toFixed(3),
        p95: (pct(times.with, 95) / pct(times.without, 95)).toFixed(3),
      },
    });

    // Fan-out: 10 subscribers (each its own connection, as the district admin), 1,000 events/s. The
    // subscribers and the writer run in a child process, as they would on other machines: in this
    // one the server's event loop does only the server's work.
    const r = await fanOutInChild({
      ws: `${base.replace('http', 'ws')}/graphql`,
      token: adminTok,
      url,
      unitPath: branch.path,
    });
    console.log(
      `\nfan-out: ${r.sent} events in ${r.sendSeconds.toFixed(1)} s (${(r.sent / r.sendSeconds).toFixed(0)}/s sent) to ${SUBSCRIBERS} subscribers (in another process)`,
    );
    console.table({
      received: { value: `${r.received} of ${r.sent * SUBSCRIBERS}` },
      'achieved rate per subscriber (events/s)': { value: r.ratePerSubscriber.toFixed(0) },
      'lag p50 (ms)': { value: r.p50 },
      'lag p95 (ms)': { value: r.p95 },
      'lag max (ms)': { value: r.max },
    });
  } finally {
    await app.stop();
    await orm.close(true);
    await pg?.stop();
  }
}

interface FanOutJob {
  ws: string;
  token: string;
  url: string;
  unitPath: string;
}
interface FanOutResult {
  sent: number;
  sendSeconds: number;
  received: number;
  ratePerSubscriber: number;
  p50: number;
  p95: number;
  max: number;
}

/** Runs `fanOut` in a child process (this file, through the same TypeScript runner). */
function fanOutInChild(job: FanOutJob): Promise<FanOutResult> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, '..', 'scripts', 'run-ts.cjs'), [__filename, '--fan-out'], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('message', (m) => resolve(m as FanOutResult));
    child.once('error', reject);
    child.once('exit', (code) => code && reject(new Error(`fan-out child exited with ${code}`)));
    child.send(job);
  });
}

async function fanOut({ ws, token, url, unitPath }: FanOutJob): Promise<FanOutResult> {
  const lags: number[][] = Array.from({ length: SUBSCRIBERS }, () => []);
  const clients = Array.from({ length: SUBSCRIBERS }, () =>
    createClient({ url: ws, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` } }),
  );
  const ready = clients.map(
    (c, i) =>
      new Promise<void>((resolve) => {
        c.subscribe<{ eventAdded: { committedAt: string; resourceId: string } }>(
          { query: `subscription { eventAdded(types: ["bench.*"]) { committedAt resourceId } }` },
          {
            next: (v) => {
              const e = v.data!.eventAdded;
              if (e.resourceId === 'ready') return resolve();
              lags[i].push(Date.now() - Number(e.resourceId));
            },
            error: (e) => console.error(e),
            complete: () => undefined,
          },
        );
      }),
  );
  const writer = new Client({ connectionString: url });
  await writer.connect();
  const insert = (n: number, id: () => string) =>
    writer.query(
      `insert into event (type, resource_type, resource_id, unit_path, payload, committed_at)
       select 'bench.tick', 'Unit', x, $1, '{"operation":"bench","action":"update","fields":[]}', now() from unnest($2::text[]) x`,
      [unitPath, Array.from({ length: n }, id)],
    );
  const waitReady = setInterval(() => void insert(1, () => 'ready'), 200);
  await Promise.all(ready);
  clearInterval(waitReady);
  // 20 transactions a second of 50 events each; the resource id carries the send time.
  const started = Date.now();
  let sent = 0;
  const perTick = RATE / 20;
  while (Date.now() - started < SECONDS * 1000) {
    const due = Math.floor(((Date.now() - started) / 1000) * RATE);
    if (sent < due) {
      const n = Math.min(perTick, due - sent + perTick);
      await insert(n, () => String(Date.now()));
      sent += n;
    } else await new Promise((r) => setTimeout(r, 5));
  }
  const sendSeconds = (Date.now() - started) / 1000;
  const deadline = Date.now() + 30_000;
  while (lags.some((l) => l.length < sent) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const all = lags.flat();
  await writer.end();
  for (const c of clients) await c.dispose();
  return {
    sent,
    sendSeconds,
    received: all.length,
    ratePerSubscriber: Math.min(...lags.map((l) => l.length)) / sendSeconds,
    p50: pct(all, 50),
    p95: pct(all, 95),
    max: Math.max(...all),
  };
}

if (process.argv.includes('--fan-out'))
  process.once('message', (job) => {
    fanOut(job as FanOutJob).then(
      (r) => process.send!(r, () => process.exit(0)),
      (e: unknown) => {
        console.error(e);
        process.exit(1);
      },
    );
  });
else
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
