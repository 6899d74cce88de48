/**
 * Two server processes on one database (docs/SCALING.md), and the scenarios that prove the server
 * keeps no state of its own — sessions, rate limits, idempotency keys and the audit chain live in
 * PostgreSQL (what a process keeps in memory, its session cache and rate-limit counts, follows the
 * database) — so two processes answer alike, accept each other's sessions and share one rate limit.
 * Run directly (test/server/two-processes.test.ts) and through PgBouncer (pgbouncer.test.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { createDatabase, dropDatabase, TEST_DB_PREFIX, urlFor } from './db';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import { postGraphql } from './graphql';

const root = path.resolve(__dirname, '..', '..');

export interface Proc {
  child: ChildProcess;
  base: string;
}

const USER_LIMIT = 60;
const SYNC_MS = 200;

function startProcess(databaseUrl: string, more: NodeJS.ProcessEnv): Promise<Proc> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    DATABASE_URL: databaseUrl,
    SEED_DEMO: '0',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'development',
    RATE_LIMIT_USER_PER_MINUTE: String(USER_LIMIT),
    RATE_LIMIT_SYNC_MS: String(SYNC_MS),
    ...more,
  };
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs')], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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

/** The status and body of an answer, its data read as present: a test that reads past a missing one fails on it. */
export const gql = <R, V>(base: string, document: TypedDocumentNode<R, V>, token?: string, variables?: V) =>
  postGraphql(base, document, variables, token).then((r) => ({
    status: r.status,
    data: r.data as R,
    errors: r.errors,
  }));

const LOG_IN_AS = graphql(`
  mutation LogInAs($u: String!) {
    login(username: $u, password: "fivestar") {
      token
    }
  }
`);

/** A demo account's session token, signed in on `base`. */
export async function signIn(base: string, username: string): Promise<string> {
  return (await gql(base, LOG_IN_AS, undefined, { u: username })).data.login.token;
}

// Compared whole, not read: their answer types do not matter here.
const SAME_ANSWERS: TypedDocumentNode<unknown, Record<string, never>>[] = [
  graphql(`
    query TwoProcessesBranches {
      branches(perPage: 25, page: 3, sortField: "name") {
        total
        items {
          id
          name
          township {
            name
          }
        }
      }
    }
  `),
  graphql(`
    query TwoProcessesUnits {
      units(filter: { level: TOWNSHIP }, perPage: 100) {
        total
        items {
          id
          name
          childCount
        }
      }
    }
  `),
  graphql(`
    query TwoProcessesPeople {
      people(perPage: 50, filter: { search: "王" }) {
        total
        items {
          id
          name
        }
      }
    }
  `),
  graphql(`
    query StarTypesAndKeyTasks {
      starTypes {
        code
        nameZh
        categories
      }
      keyTasks(perPage: 100) {
        total
        items {
          id
        }
      }
    }
  `),
];

/**
 * What B answers a session that A has just ended: a write is refused at once (a mutation reads its
 * session from the database); a read once B's session cache has heard of it through PostgreSQL's
 * notification (milliseconds; up to 10 s allowed on a loaded machine). Each error's extensions.
 */
async function endedOnB(base: string, token: string) {
  const write = await gql(
    base,
    graphql(`
      mutation TwoProcessesWrite {
        changePassword(currentPassword: "not-the-password", newPassword: "Zwei-Prozesse-2027") {
          mustChangePassword
        }
      }
    `),
    token,
  );
  const ME = graphql(`
    query TwoProcessesEndedMe {
      me {
        username
      }
    }
  `);
  const start = Date.now();
  let read = await gql(base, ME, token);
  while (!read.errors && Date.now() - start < 10_000) {
    await new Promise((r) => setTimeout(r, 20));
    read = await gql(base, ME, token);
  }
  return { write: write.errors?.[0]?.extensions, read: read.errors?.[0]?.extensions };
}

/** What a file that runs the scenarios adds: how the processes reach the database, and scenarios of its own. */
export interface TwoProcessesOptions {
  /** Part of the test database's name (`two` unless told), so that two files never share one. */
  key?: string;
  /**
   * Once the database exists, before the processes start: their environment on top of the
   * scenarios' (DATABASE_URL is the database itself unless this sets it).
   */
  before?: (database: string) => Promise<NodeJS.ProcessEnv>;
  /** Once both processes have stopped, before the database is dropped (runs even when `before` failed). */
  after?: (database: string) => Promise<void>;
  /** More scenarios, run after the shared ones, on the same processes. */
  more?: (t: TwoProcesses) => void;
}

/** The running pair, for `more` (read it inside a test: the processes start in beforeAll). */
export interface TwoProcesses {
  readonly a: Proc;
  readonly b: Proc;
  readonly database: string;
}

/**
 * Two `scripts/start.mjs` processes on one database cloned from the template, and the scenarios
 * that prove they act as one: identical answers, shared sessions, sign-out and rate limits, each
 * other's writes.
 */
export function describeTwoProcesses(name: string, options: TwoProcessesOptions = {}): void {
  describe(name, () => scenarios(options));
}

function scenarios(options: TwoProcessesOptions) {
  const database = `${TEST_DB_PREFIX}${process.env.FIVESTAR_TEST_RUN}_${options.key ?? 'two'}_${process.pid}`;
  let a: Proc;
  let b: Proc;
  beforeAll(async () => {
    await createDatabase(database, process.env.FIVESTAR_TEST_TEMPLATE);
    const env = (await options.before?.(database)) ?? {};
    const url = env.DATABASE_URL ?? urlFor(database);
    a = await startProcess(url, env);
    b = await startProcess(url, env);
  }, 300_000);
  afterAll(async () => {
    try {
      await Promise.all([a && stopProcess(a), b && stopProcess(b)]);
      await options.after?.(database);
    } finally {
      await dropDatabase(database);
    }
  }, 60_000);

  it('answer the same queries identically', async () => {
    const token = await signIn(a.base, 'admin');
    for (const q of SAME_ANSWERS) {
      const [ra, rb] = [await gql(a.base, q, token), await gql(b.base, q, token)];
      expect(ra.errors).toBeUndefined();
      expect(rb).toEqual(ra);
    }
  });

  it("accept each other's sessions, see each other's writes, and share sign-out", async () => {
    const token = await signIn(a.base, 'township');
    expect(
      (
        await gql(
          b.base,
          graphql(`
            query MeUsername {
              me {
                username
              }
            }
          `),
          token,
        )
      ).data.me.username,
    ).toBe('township');
    const branch = (
      await gql(
        b.base,
        graphql(`
          query TwoProcessesBranchesItems {
            branches(perPage: 1, sortField: "name") {
              items {
                id
                name
                version
              }
            }
          }
        `),
        token,
      )
    ).data.branches.items[0];
    const renamed = await gql(
      b.base,
      graphql(`
        mutation UpdateUnitNameVersion($id: ID!, $v: Int) {
          updateUnit(id: $id, input: { name: "双进程测试社区", version: $v }) {
            name
            version
          }
        }
      `),
      token,
      { id: branch.id, v: branch.version },
    );
    expect(renamed.errors).toBeUndefined();
    expect(
      (
        await gql(
          a.base,
          graphql(`
            query BranchNameVersion($id: ID!) {
              branch(id: $id) {
                name
                version
              }
            }
          `),
          token,
          { id: branch.id },
        )
      ).data.branch,
    ).toEqual(renamed.data.updateUnit);
    // A stale version is refused by the other process too.
    const stale = await gql(
      a.base,
      graphql(`
        mutation TwoProcessesUpdateUnit($id: ID!, $v: Int) {
          updateUnit(id: $id, input: { name: "旧版本", version: $v }) {
            name
          }
        }
      `),
      token,
      { id: branch.id, v: branch.version },
    );
    expect(stale.errors![0].extensions.code).toBe('CONFLICT');
    // Signed out on A: refused on B.
    expect(
      (
        await gql(
          a.base,
          graphql(`
            mutation Logout {
              logout
            }
          `),
          token,
        )
      ).errors,
    ).toBeUndefined();
    const after = await endedOnB(b.base, token);
    expect(after.write?.code).toBe('UNAUTHENTICATED');
    expect(after.read?.code).toBe('UNAUTHENTICATED');
  });

  it('end an account’s sessions in the other process: writes at once, reads once notified (deactivation, password reset, role change)', async () => {
    const LOGIN = graphql(`
      mutation TwoProcessesAccountLogin($u: String!, $p: String!) {
        login(username: $u, password: $p) {
          token
          user {
            id
          }
        }
      }
    `);
    const ME = graphql(`
      query TwoProcessesAccountMe {
        me {
          username
          mustChangePassword
        }
      }
    `);
    const admin = (await gql(a.base, LOGIN, undefined, { u: 'admin', p: 'fivestar' })).data.login.token;
    const signIn = async (p: Proc, password = 'fivestar') => {
      const r = (await gql(p.base, LOGIN, undefined, { u: 'branch5', p: password })).data.login;
      // Resolved once on B, so that B holds it in its session cache.
      expect((await gql(b.base, ME, r.token)).data.me.username).toBe('branch5');
      return r;
    };
    const first = await signIn(b);
    const id = first.user.id;
    const deactivated = await gql(
      a.base,
      graphql(`
        mutation TwoProcessesDeactivate($id: ID!) {
          deactivateUser(id: $id) {
            active
          }
        }
      `),
      admin,
      { id },
    );
    expect(deactivated.data.deactivateUser.active).toBe(false);
    const inactive = await endedOnB(b.base, first.token);
    expect(inactive.write?.code).toBe('UNAUTHENTICATED');
    expect(inactive.read?.code).toBe('UNAUTHENTICATED');
    await gql(
      a.base,
      graphql(`
        mutation TwoProcessesReactivate($id: ID!) {
          reactivateUser(id: $id) {
            active
          }
        }
      `),
      admin,
      { id },
    );
    const second = await signIn(b);
    const reset = await gql(
      a.base,
      graphql(`
        mutation TwoProcessesReset($id: ID!) {
          resetPassword(userId: $id) {
            temporaryPassword
          }
        }
      `),
      admin,
      { id },
    );
    const reset2 = await endedOnB(b.base, second.token);
    expect(reset2.write?.reason).toBe('AUTH.TOKEN_REVOKED');
    expect(reset2.read?.reason).toBe('AUTH.TOKEN_REVOKED');
    // The temporary password: B allows nothing but the change; once changed on B, A lets the session work.
    const temp = await signIn(b, reset.data.resetPassword.temporaryPassword);
    const UNITS = graphql(`
      query TwoProcessesAccountUnits {
        units(perPage: 1) {
          total
        }
      }
    `);
    expect((await gql(a.base, UNITS, temp.token)).errors![0].extensions.reason).toBe('AUTH.PASSWORD_CHANGE_REQUIRED');
    const changed = await gql(
      b.base,
      graphql(`
        mutation TwoProcessesChangePassword($c: String!, $n: String!) {
          changePassword(currentPassword: $c, newPassword: $n) {
            mustChangePassword
          }
        }
      `),
      temp.token,
      { c: reset.data.resetPassword.temporaryPassword, n: 'Zwei-Prozesse-2026' },
    );
    expect(changed.data.changePassword.mustChangePassword).toBe(false);
    expect((await gql(a.base, UNITS, temp.token)).data.units.total).toBeGreaterThan(0);
    // A role change on A ends the session on B.
    const district = (
      await gql(
        a.base,
        graphql(`
          query TwoProcessesDistrict {
            units(filter: { level: DISTRICT }) {
              items {
                id
              }
            }
          }
        `),
        admin,
      )
    ).data.units.items[0].id;
    const granted2 = await gql(
      a.base,
      graphql(`
        mutation TwoProcessesGrantLeader($id: ID!, $u: ID!) {
          grantRole(userId: $id, input: { role: LEADER, unitId: $u }) {
            roles
          }
        }
      `),
      admin,
      { id, u: district },
    );
    expect(granted2.data.grantRole.roles).toEqual(['BRANCH_STAFF', 'LEADER']);
    const regranted = await endedOnB(b.base, temp.token);
    expect(regranted.write?.reason).toBe('AUTH.TOKEN_REVOKED');
    expect(regranted.read?.reason).toBe('AUTH.TOKEN_REVOKED');
  });

  it('count failed sign-ins together: the throttle cannot be dodged by switching process', async () => {
    for (let i = 0; i < 5; i++) {
      const p = i % 2 ? a : b;
      expect(
        (
          await gql(
            p.base,
            graphql(`
              mutation TwoProcessesLoginToken {
                login(username: "leader", password: "wrong") {
                  token
                }
              }
            `),
          )
        ).errors![0].extensions.code,
      ).toBe('UNAUTHENTICATED');
    }
    const blocked = await gql(
      a.base,
      graphql(`
        mutation TwoProcessesLoginToken2 {
          login(username: "leader", password: "fivestar") {
            token
          }
        }
      `),
    );
    expect(blocked.status).toBe(429);
  });

  it("share one rate limit: each learns the other's requests at its next sync", async () => {
    const db = new pg.Client({ connectionString: urlFor(database) });
    await db.connect();
    try {
      // Each attempt runs within one rate-limit window (a minute) and with a user of its own; on a
      // machine so busy that the minute turns or a request fails otherwise, the next attempt reruns it.
      for (const username of ['branch', 'taskforce', 'supervisor']) {
        const left = 60_000 - (Date.now() % 60_000);
        if (left < 40_000) await new Promise((r) => setTimeout(r, left + 100));
        const minute = Math.floor(Date.now() / 60_000);
        const outcome = await shareOneLimit(db, username);
        if (outcome === 'retry' || Math.floor(Date.now() / 60_000) !== minute) continue;
        const { passedOnB, afterB, aAfterSync } = outcome;
        // 41 counted when B starts: it lets 19 more through, then refuses (on a busy machine B may
        // take in the total a request or two late: never more than one sync's worth), and keeps refusing.
        expect(passedOnB).toBeGreaterThanOrEqual(USER_LIMIT - 41);
        expect(passedOnB).toBeLessThan(25);
        expect(afterB.every((s) => s === 429)).toBe(true);
        // A had nothing to add meanwhile: it learns B's requests with its next own one, then refuses too.
        expect(aAfterSync).toBe(true);
        return;
      }
      throw new Error('no attempt ran within one rate-limit window');
    } finally {
      await db.end();
    }
  }, 240_000);

  options.more?.({
    get a() {
      return a;
    },
    get b() {
      return b;
    },
    database,
  });

  async function shareOneLimit(db: pg.Client, username: string) {
    const token = await signIn(a.base, username);
    // The shared count of this window, once a process has synced it (then a moment for it to take in the answer).
    const shared = async (n: number) => {
      for (let i = 0; i < 200; i++) {
        const { rows } = await db.query(
          `select coalesce(sum(hits), 0)::int as n from rate_limit_counter where window_start = date_trunc('minute', now()) and bucket = (select 'user:' || id from app_user where username = $1)`,
          [username],
        );
        if (rows[0].n === n) return new Promise((r) => setTimeout(r, SYNC_MS * 4));
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`the shared count never reached ${n}`);
    };
    const me = async (p: Proc) =>
      (
        await gql(
          p.base,
          graphql(`
            query MeUsername {
              me {
                username
              }
            }
          `),
          token,
        )
      ).status;
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push(await me(a));
    if (statuses.some((s) => s !== 200)) return 'retry' as const;
    await shared(40);
    // B has not met this user yet: its first request passes, and its sync learns A's 40.
    if ((await me(b)) !== 200) return 'retry' as const;
    await shared(41);
    const onB: number[] = [];
    for (let i = 0; i < 25; i++) onB.push(await me(b));
    if (onB.some((s) => s !== 200 && s !== 429)) return 'retry' as const;
    const passedOnB = onB.filter((s) => s === 200).length;
    await me(a);
    await shared(40 + 1 + 25 + 1);
    let aAfterSync = false;
    for (let i = 0; i < 20 && !aAfterSync; i++) {
      aAfterSync = (await me(a)) === 429;
      if (!aAfterSync) await new Promise((r) => setTimeout(r, SYNC_MS));
    }
    return { passedOnB, afterB: onB.slice(passedOnB), aAfterSync };
  }
}
