/**
 * Scaling out (docs/SCALING.md): the server keeps no state of its own — sessions, rate limits,
 * idempotency keys and the audit chain live in PostgreSQL — so two processes on one database answer
 * alike and accept each other's sessions.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createDatabase, dropDatabase, TEST_DB_PREFIX, urlFor } from '../helpers/db';

const root = path.resolve(__dirname, '..', '..');

interface Proc {
  child: ChildProcess;
  base: string;
}

function startProcess(databaseUrl: string): Promise<Proc> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', DATABASE_URL: databaseUrl, SEED_DEMO: '0', LOG_LEVEL: 'warn', NODE_ENV: 'development' };
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (b) => (out += b));
  child.stderr!.on('data', (b) => (out += b));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not started in time:\n${out}`)), 150_000);
    child.stdout!.on('data', () => {
      const m = out.match(/GraphQL:\s+(http:\/\/localhost:\d+)\/graphql/);
      if (m) {
        clearTimeout(timer);
        resolve({ child, base: m[1] });
      }
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${out}`)));
  });
}

function stopProcess(p: Proc): Promise<number | null> {
  return new Promise((resolve) => {
    if (p.child.exitCode !== null) return resolve(p.child.exitCode);
    p.child.once('exit', (code) => resolve(code));
    p.child.kill('SIGTERM');
  });
}

async function gql(base: string, query: string, token?: string, variables?: Record<string, unknown>) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as { data?: any; errors?: any[] }) };
}

const SAME_ANSWERS = [
  '{ branches(perPage: 25, page: 3, sortField: "name") { total items { id name township { name } } } }',
  '{ units(filter: { level: TOWNSHIP }, perPage: 100) { total items { id name childCount } } }',
  '{ people(perPage: 50, filter: { search: "王" }) { total items { id name } } }',
  '{ starTypes { code nameZh categories } keyTasks(perPage: 100) { total items { id } } }',
];

describe('two server processes on one database', () => {
  const database = `${TEST_DB_PREFIX}${process.env.FIVESTAR_TEST_RUN}_two_${process.pid}`;
  let a: Proc;
  let b: Proc;
  beforeAll(async () => {
    await createDatabase(database, process.env.FIVESTAR_TEST_TEMPLATE);
    a = await startProcess(urlFor(database));
    b = await startProcess(urlFor(database));
  }, 300_000);
  afterAll(async () => {
    await Promise.all([a && stopProcess(a), b && stopProcess(b)]);
    await dropDatabase(database);
  });

  it('answer the same queries identically', async () => {
    const token = (await gql(a.base, 'mutation { login(username: "admin", password: "fivestar") { token } }')).data.login.token;
    for (const q of SAME_ANSWERS) {
      const [ra, rb] = [await gql(a.base, q, token), await gql(b.base, q, token)];
      expect(ra.errors).toBeUndefined();
      expect(rb).toEqual(ra);
    }
  });

  it("accept each other's sessions, see each other's writes, and share sign-out", async () => {
    const token = (await gql(a.base, 'mutation { login(username: "township", password: "fivestar") { token } }')).data.login.token;
    expect((await gql(b.base, '{ me { username } }', token)).data.me.username).toBe('township');
    const branch = (await gql(b.base, '{ branches(perPage: 1, sortField: "name") { items { id name version } } }', token)).data.branches.items[0];
    const renamed = await gql(b.base, 'mutation ($id: ID!, $v: Int) { updateUnit(id: $id, input: { name: "双进程测试社区", version: $v }) { name version } }', token, { id: branch.id, v: branch.version });
    expect(renamed.errors).toBeUndefined();
    expect((await gql(a.base, `{ branch(id: "${branch.id}") { name version } }`, token)).data.branch).toEqual(renamed.data.updateUnit);
    // A stale version is refused by the other process too.
    const stale = await gql(a.base, 'mutation ($id: ID!, $v: Int) { updateUnit(id: $id, input: { name: "旧版本", version: $v }) { name } }', token, { id: branch.id, v: branch.version });
    expect(stale.errors![0].extensions.code).toBe('CONFLICT');
    // Signed out on A: refused on B.
    expect((await gql(a.base, 'mutation { logout }', token)).errors).toBeUndefined();
    const after = await gql(b.base, '{ me { username } }', token);
    expect(after.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('count failed sign-ins together: the throttle cannot be dodged by switching process', async () => {
    for (let i = 0; i < 5; i++) {
      const p = i % 2 ? a : b;
      expect((await gql(p.base, 'mutation { login(username: "leader", password: "wrong") { token } }')).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    }
    const blocked = await gql(a.base, 'mutation { login(username: "leader", password: "fivestar") { token } }');
    expect(blocked.status).toBe(429);
  });
});
