/**
 * Behind a transaction pooler (docs/SCALING.md § 1): the two-process scenarios
 * (test/helpers/two-processes.ts) with both processes' DATABASE_URL on a PgBouncer this file starts
 * (`pool_mode = transaction`, 5 server connections for both processes' 2 × 10), their LISTEN
 * connections, job queue and migrations on DIRECT_DATABASE_URL, and DB_PREPARED_STATEMENTS=off:
 * Debian's PgBouncer is 1.18, without `max_prepared_statements` (1.21). Then the statistics path
 * (named prepared statements when on) many times in parallel from both, proof that the statements
 * went through the pooler, and why the switch exists: named statements break there.
 *
 * PgBouncer must be installed (.ci/run installs Debian's `pgbouncer`): without it this file fails.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { adminUrl, dropDatabase, urlFor } from '../helpers/db';
import { describeTwoProcesses, gql, type Proc } from '../helpers/two-processes';
import { graphql } from '../gql';
import { openOrm } from '../../server/src/db/orm';
import { queryPrepared, usePreparedStatements } from '../../server/src/db/prepared';

/** Server connections per database and user: both processes share them. */
const POOL_SIZE = 5;

interface Bouncer {
  port: number;
  /** The database `database` through the pooler; `alias` names another [databases] entry. */
  url(database: string): string;
  /** A statement on the admin console (database `pgbouncer`): SHOW STATS, SHOW POOLS… */
  show(command: string): Promise<Record<string, unknown>[]>;
  stop(): Promise<void>;
}

function pgbouncerBinary(): string {
  for (const p of ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer']) if (fs.existsSync(p)) return p;
  try {
    return execFileSync('sh', ['-c', 'command -v pgbouncer'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('pgbouncer is not installed (Debian: apt-get install pgbouncer; .ci/run installs it)');
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * PgBouncer in front of the tests' PostgreSQL, in a temporary directory: `*` is every database there;
 * `extra` adds [databases] entries (`name = settings`). It refuses to run as root: as root it runs as
 * the postgres user (`-u postgres`), which then owns the directory.
 */
async function startPgBouncer(extra: Record<string, string>): Promise<Bouncer> {
  const binary = pgbouncerBinary();
  const server = new URL(adminUrl());
  const user = decodeURIComponent(server.username) || 'postgres';
  const password = decodeURIComponent(server.password);
  const upstream = `host=${server.hostname} port=${server.port || 5432}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fivestar-pgbouncer-'));
  const asRoot = process.getuid?.() === 0;
  let lastLog = '';
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    fs.writeFileSync(path.join(dir, 'userlist.txt'), `${quoted(user)} ${quoted(password)}\n`, { mode: 0o600 });
    fs.writeFileSync(
      path.join(dir, 'pgbouncer.ini'),
      [
        '[databases]',
        ...Object.entries(extra).map(([name, settings]) => `${name} = ${upstream} ${settings}`),
        `* = ${upstream}`,
        '[pgbouncer]',
        'listen_addr = 127.0.0.1',
        `listen_port = ${port}`,
        'unix_socket_dir =',
        'pidfile =',
        'logfile =',
        // Clients are this machine's test processes; PgBouncer logs in to PostgreSQL with the userlist's password.
        'auth_type = trust',
        `auth_file = ${path.join(dir, 'userlist.txt')}`,
        `admin_users = ${user}`,
        'pool_mode = transaction',
        `default_pool_size = ${POOL_SIZE}`,
        'max_client_conn = 200',
        // Not sent by node-postgres today; harmless if a driver starts to.
        'ignore_startup_parameters = extra_float_digits',
        '',
      ].join('\n'),
      { mode: 0o600 },
    );
    if (asRoot) {
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
      for (const f of ['', 'userlist.txt', 'pgbouncer.ini']) fs.chownSync(path.join(dir, f), uid, gid);
    }
    const child: ChildProcess = spawn(
      binary,
      [...(asRoot ? ['-u', 'postgres'] : []), path.join(dir, 'pgbouncer.ini')],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let log = '';
    child.stdout!.on('data', (b) => (log += b));
    child.stderr!.on('data', (b) => (log += b));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const kill = async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
    };
    const bouncer: Bouncer = {
      port,
      url: (database) => {
        const u = new URL(adminUrl());
        u.hostname = '127.0.0.1';
        u.port = String(port);
        u.pathname = `/${database}`;
        return u.toString();
      },
      show: async (command) => {
        const c = new pg.Client({
          host: '127.0.0.1',
          port,
          user,
          database: 'pgbouncer',
          connectionTimeoutMillis: 3000,
        });
        c.on('error', () => undefined);
        await c.connect();
        try {
          return (await c.query(command)).rows;
        } finally {
          await c.end();
        }
      },
      stop: async () => {
        await kill();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
    // Up once its admin console answers (or gone: another process took the port meanwhile).
    const deadline = Date.now() + 30_000;
    while (child.exitCode === null && Date.now() < deadline) {
      try {
        await bouncer.show('SHOW VERSION');
        return bouncer;
      } catch {
        await Promise.race([exited, new Promise((r) => setTimeout(r, 50))]);
      }
    }
    await kill();
    lastLog = log;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  throw new Error(`pgbouncer did not start:\n${lastLog}`);
}

const LOGIN = graphql(`
  mutation PgBouncerLogin($u: String!) {
    login(username: $u, password: "fivestar") {
      token
      user {
        unitId
      }
    }
  }
`);

const STATS = graphql(`
  query PgBouncerCampaignStats($u: ID!, $y: Int!) {
    campaignStats(unitId: $u, year: $y) {
      unitId
      asOf
      figures {
        dailyReports {
          submitted
          expected
        }
      }
      byChild {
        unitId
        unitName
      }
    }
  }
`);

/** Accounts the shared scenarios leave alone (each stays far below its per-minute request limit). */
const STATS_USERS = ['township2', 'township3', 'branch2', 'branch3', 'branch4', 'branch6'];
const PER_USER_AND_PROCESS = 4;

let bouncer: Bouncer | undefined;
/** A [databases] entry with a single server connection: where a statement prepared once is seen by every client. */
const single = (database: string) => `${database}_single`;
const number = (v: unknown) => Number(v ?? 0);

describeTwoProcesses('two server processes through PgBouncer 1.18 in transaction mode', {
  key: 'pgb',
  before: async (database) => {
    bouncer = await startPgBouncer({ [single(database)]: `dbname=${database} pool_size=1` });
    return {
      DATABASE_URL: bouncer.url(database),
      DIRECT_DATABASE_URL: urlFor(database),
      DB_PREPARED_STATEMENTS: 'off',
    };
  },
  after: async (database) => {
    try {
      await bouncer?.stop();
    } finally {
      // MikroORM creates the database an ORM is opened on when missing (ensureDatabase): the alias's name.
      await dropDatabase(single(database));
    }
  },
  more: (t) => {
    const dbStats = async () => {
      const row = (await bouncer!.show('SHOW STATS')).find((r) => r.database === t.database);
      return { queries: number(row?.total_query_count), transactions: number(row?.total_xact_count) };
    };

    it('answer the statistics (prepared statements when on) many times in parallel from both, through the pooler', async () => {
      const year = new Date().getUTCFullYear();
      const signedIn = await Promise.all(
        STATS_USERS.map(async (u) => {
          const r = await gql(t.a.base, LOGIN, undefined, { u });
          expect(r.errors).toBeUndefined();
          return { token: r.data.login.token, unitId: r.data.login.user.unitId! };
        }),
      );
      const before = await dbStats();
      const ask = (p: Proc, s: (typeof signedIn)[number]) => gql(p.base, STATS, s.token, { u: s.unitId, y: year });
      const answers = await Promise.all(
        signedIn.map((s) =>
          Promise.all(Array.from({ length: 2 * PER_USER_AND_PROCESS }, (_, i) => ask(i % 2 ? t.b : t.a, s))),
        ),
      );
      for (const [i, forUser] of answers.entries()) {
        for (const r of forUser) {
          expect(r.errors).toBeUndefined();
          expect(r.status).toBe(200);
          expect(r.data.campaignStats.unitId).toBe(signedIn[i].unitId);
          // Either process, any server connection: the same answer.
          expect(r.data).toEqual(forUser[0].data);
        }
      }
      // PgBouncer counted them: every request is at least its statistics statement.
      const after = await dbStats();
      const requests = STATS_USERS.length * 2 * PER_USER_AND_PROCESS;
      expect(after.queries - before.queries).toBeGreaterThanOrEqual(requests);
      expect(after.transactions - before.transactions).toBeGreaterThanOrEqual(requests);
    });

    it('went through the pooler: its clients share a few server connections; LISTEN and the job queue went direct', async () => {
      const clients = (await bouncer!.show('SHOW CLIENTS')).filter((c) => c.database === t.database);
      const servers = (await bouncer!.show('SHOW SERVERS')).filter((s) => s.database === t.database);
      const pool = (await bouncer!.show('SHOW POOLS')).find((p) => p.database === t.database);
      expect(pool?.pool_mode).toBe('transaction');
      // Both processes' pools (up to 10 connections each, grown by the parallel requests above) on at most 5.
      expect(clients.length).toBeGreaterThan(POOL_SIZE);
      expect(servers.length).toBeGreaterThan(0);
      expect(servers.length).toBeLessThanOrEqual(POOL_SIZE);
      // What needs a session of its own is not among the pooler's clients, but on PostgreSQL directly.
      const names = new Set(clients.map((c) => c.application_name));
      for (const name of ['fivestar-auth-listener', 'fivestar-events-listener', 'fivestar-job-queue']) {
        expect(names.has(name)).toBe(false);
      }
      const db = new pg.Client({ connectionString: urlFor(t.database) });
      await db.connect();
      try {
        const { rows } = await db.query<{ application_name: string; n: number }>(
          `select application_name, count(*)::int as n from pg_stat_activity
            where datname = $1 and application_name like 'fivestar-%' group by application_name`,
          [t.database],
        );
        const direct = Object.fromEntries(rows.map((r) => [r.application_name, r.n]));
        expect(direct['fivestar-auth-listener']).toBe(2);
        expect(direct['fivestar-events-listener']).toBe(2);
        expect(direct['fivestar-job-queue']).toBeGreaterThanOrEqual(2);
      } finally {
        await db.end();
      }
    });

    it('named prepared statements (DB_PREPARED_STATEMENTS=on) break through PgBouncer 1.18: why the switch exists', async () => {
      // Two processes' pools on one server connection: the second to prepare the statement finds it
      // there already (another client's); with more server connections, the next transaction may
      // find it missing instead. Unnamed, both work.
      const url = bouncer!.url(single(t.database));
      const orms: MikroORM[] = [];
      try {
        for (let i = 0; i < 2; i++) orms.push(await openOrm({ databaseUrl: url, poolMax: 1 }));
        const text = 'select count(*)::int as n from unit where depth >= $1';
        const run = (orm: MikroORM) => queryPrepared<{ n: number }>(orm.em.fork(), text, [0]);
        const first = await run(orms[0]);
        expect(first[0].n).toBeGreaterThan(0);
        await expect(run(orms[1])).rejects.toThrow(/prepared statement "fs_\w+" already exists/);
        for (const orm of orms) usePreparedStatements(orm, false);
        for (let i = 0; i < 4; i++) expect(await run(orms[i % 2])).toEqual(first);
      } finally {
        for (const orm of orms) await orm.close(true);
      }
    });
  },
});
