/**
 * WORKERS=N (docs/SCALING.md § 1): `npm start` runs N server processes through node:cluster on one
 * port. Two different processes answer on that port (told apart by /metrics' fivestar_process_pid),
 * each worker serves /metrics on a loopback port of its own, a worker killed with SIGKILL is replaced
 * while the port keeps answering, and SIGTERM to the primary stops every worker and exits 0. A bad
 * WORKERS is refused as a configuration error (exit 2).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createDatabase, dropDatabase, TEST_DB_PREFIX, urlFor } from '../helpers/db';

const root = path.resolve(__dirname, '..', '..');
const TOKEN = 'metrics-token-for-tests-0123456789';

interface Cluster {
  child: ChildProcess;
  output: () => string;
  port: number;
  metricsPorts: number[];
}

function spawnServer(env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs')], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (b) => (out += b));
  child.stderr!.on('data', (b) => (out += b));
  return { child, output: () => out };
}

function startCluster(databaseUrl: string): Promise<Cluster> {
  const { child, output } = spawnServer({
    WORKERS: '2',
    PORT: '0',
    DATABASE_URL: databaseUrl,
    SEED_DEMO: '0',
    METRICS_TOKEN: TOKEN,
    METRICS_PORT: '0',
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not started in time:\n${output()}`)), 150_000);
    child.stdout!.on('data', () => {
      const out = output();
      const m = out.match(/GraphQL:\s+http:\/\/localhost:(\d+)\/graphql/);
      const metrics = out.match(/指标 Metrics:\s+(.*) \(one per worker\)/);
      if (m && metrics) {
        clearTimeout(timer);
        const metricsPorts = [...metrics[1].matchAll(/127\.0\.0\.1:(\d+)/g)].map((x) => Number(x[1]));
        resolve({ child, output, port: Number(m[1]), metricsPorts });
      }
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${output()}`)));
  });
}

const exited = (child: ChildProcess): Promise<number | null> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
    child.once('exit', (code) => resolve(code));
  });

/** GET on a new connection (no keep-alive: the cluster hands each connection to one worker). */
function get(port: number, urlPath: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: urlPath, headers, agent: false, timeout: 10_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('timeout', () => req.destroy(new Error(`GET ${urlPath} on ${port}: no answer in 10 s`)));
    req.on('error', reject);
  });
}

/** The pid of the process that answered /metrics on `port` (the main port needs the token). */
async function pidAt(port: number, token = true): Promise<number> {
  const r = await get(port, '/metrics', token ? { authorization: `Bearer ${TOKEN}` } : {});
  expect(r.status).toBe(200);
  const m = /^fivestar_process_pid (\d+)$/m.exec(r.body);
  expect(m).not.toBeNull();
  return Number(m![1]);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Run `step` until it returns true, failing after `ms`. */
async function until(what: string, ms: number, step: () => Promise<boolean> | boolean): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await step())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The primary's child processes, from /proc (Linux); null elsewhere. */
function childrenOf(pid: number): number[] | null {
  const file = `/proc/${pid}/task/${pid}/children`;
  if (!fs.existsSync(file)) return null;
  return fs.readFileSync(file, 'utf8').split(/\s+/).filter(Boolean).map(Number);
}

describe('WORKERS=2: one port, two processes (node:cluster)', () => {
  const database = `${TEST_DB_PREFIX}${process.env.FIVESTAR_TEST_RUN}_workers_${process.pid}`;
  let c: Cluster;
  beforeAll(async () => {
    await createDatabase(database, process.env.FIVESTAR_TEST_TEMPLATE);
    c = await startCluster(urlFor(database));
  }, 200_000);
  afterAll(async () => {
    if (c && c.child.exitCode === null && c.child.signalCode === null) {
      c.child.kill('SIGTERM');
      await exited(c.child);
    }
    await dropDatabase(database);
  });

  it('prints one banner naming the workers, and two processes answer on the one port', async () => {
    expect(c.output()).toMatch(/进程 Processes:\s+2 workers \(node:cluster\)/);
    expect(c.output().match(/Five-Star platform is running/g)).toHaveLength(1);
    expect((await get(c.port, '/healthz')).status).toBe(200);
    const seen = new Set<number>();
    await until('both workers answer', 30_000, async () => {
      seen.add(await pidAt(c.port));
      return seen.size === 2;
    });
    expect(seen.has(c.child.pid!)).toBe(false);
  });

  it('gives each worker a metrics port of its own (a Prometheus target per process)', async () => {
    expect(c.metricsPorts).toHaveLength(2);
    const pids = await Promise.all(c.metricsPorts.map((p) => pidAt(p, false)));
    expect(new Set(pids).size).toBe(2);
    const children = childrenOf(c.child.pid!);
    if (children) expect([...children].sort()).toEqual([...pids].sort());
  });

  it('replaces a worker killed with SIGKILL, and the port keeps answering', async () => {
    const [victim, survivor] = await Promise.all(c.metricsPorts.map((p) => pidAt(p, false)));
    process.kill(victim, 'SIGKILL');
    await until('the killed worker is gone', 10_000, () => !alive(victim));
    const seen = new Set<number>();
    await until('a new worker answers beside the survivor', 60_000, async () => {
      const pid = await pidAt(c.port);
      expect(pid).not.toBe(victim);
      seen.add(pid);
      return seen.size === 2;
    });
    expect(seen.has(survivor)).toBe(true);
    expect(c.output()).toMatch(new RegExp(`pid ${victim}\\) exited \\(signal SIGKILL\\): starting another`));
    const children = childrenOf(c.child.pid!);
    if (children) expect([...children].sort()).toEqual([...seen].sort());
  }, 90_000);

  it('stops every worker and exits 0 on SIGTERM to the primary', async () => {
    const workers = new Set<number>(childrenOf(c.child.pid!) ?? []);
    for (const p of c.metricsPorts) workers.add(await pidAt(p, false).catch(() => 0));
    workers.delete(0);
    expect(workers.size).toBeGreaterThanOrEqual(2);
    c.child.kill('SIGTERM');
    expect(await exited(c.child)).toBe(0);
    // The primary waited for its workers: none is left once it has exited.
    expect([...workers].filter(alive)).toEqual([]);
  }, 30_000);
});

describe('WORKERS out of range', () => {
  it.each(['0', 'abc', '65'])('WORKERS=%s: a configuration error, exit 2', async (workers) => {
    const { child, output } = spawnServer({ WORKERS: workers, PORT: '0', DATABASE_URL: urlFor('postgres') });
    expect(await exited(child)).toBe(2);
    expect(output()).toMatch(/Configuration error: WORKERS must be/);
  });
});
