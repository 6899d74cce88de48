/**
 * Faults: a PostgreSQL restart under load, SIGTERM with requests in flight, and a process killed in
 * the middle of a mutation. Loopback only, bounded in time.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createApp } from '../../server/src/app';
import { loadConfig } from '../../server/src/config';
import { startEmbeddedPostgres, type RunningPostgres } from '../../server/src/db/embedded-postgres';
import { ensureDatabase } from '../../server/src/db/migrate';
import { openOrm } from '../../server/src/db/orm';
import { dataOf, startTestApp } from '../helpers/app';
import { urlFor } from '../helpers/db';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import { postGraphql } from '../helpers/graphql';

const root = path.resolve(__dirname, '..', '..');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ALLOWED = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'INVALID_TRANSITION',
]);

/** The status and body of an answer, its data read as present: a test that reads past a missing one fails on it. */
const post = <R, V>(url: string, document: TypedDocumentNode<R, V>, token?: string, variables?: V) =>
  postGraphql(url, document, variables, token).then((r) => ({
    status: r.status,
    body: { data: r.data as R, errors: r.errors },
  }));

describe('PostgreSQL restarted under load', () => {
  let pg: RunningPostgres;
  const dir = fs.mkdtempSync(path.join(fs.existsSync('/var/tmp') ? '/var/tmp' : os.tmpdir(), 'fivestar-faults-'));
  fs.chmodSync(dir, 0o755);
  afterAll(async () => {
    await pg?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('fails cleanly while it is down and serves again within 5 s of its return', async () => {
    pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), log: () => undefined });
    const port = pg.port;
    await ensureDatabase(pg.url('postgres'), 'fivestar');
    const prep = spawnSync(
      process.execPath,
      [
        path.join(root, 'scripts', 'run-ts.cjs'),
        path.join(root, 'test', 'helpers', 'prepare-template.ts'),
        pg.url('fivestar'),
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(prep.status).toBe(0);
    const url = pg.url('fivestar');
    const orm = await openOrm({ databaseUrl: url, poolMax: 5 });
    const app = await createApp(
      loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, LOG_LEVEL: 'error', RATE_LIMIT_USER_PER_MINUTE: '1000000' }),
      { orm },
    );
    const base = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
    try {
      const token = (
        await post(
          base,
          graphql(`
            mutation Login {
              login(username: "admin", password: "fivestar") {
                token
              }
            }
          `),
        )
      ).body.data.login.token;
      const outcomes: { at: number; status: number; ok: boolean; code?: string; reason?: string }[] = [];
      let running = true;
      const worker = async () => {
        while (running) {
          try {
            const r = await post(
              base,
              graphql(`
                query BranchesTotalItems {
                  branches(perPage: 5) {
                    total
                    items {
                      name
                      township {
                        name
                      }
                    }
                  }
                }
              `),
              token,
            );
            const e = r.body.errors?.[0]?.extensions;
            outcomes.push({
              at: Date.now(),
              status: r.status,
              ok: !e && r.body.data?.branches.total === 200,
              code: e?.code,
              reason: e?.reason,
            });
          } catch (err) {
            outcomes.push({ at: Date.now(), status: 0, ok: false, reason: String(err) });
          }
          await sleep(20);
        }
      };
      const workers = Array.from({ length: 8 }, worker);
      await sleep(1000);
      await pg.stop();
      const downAt = Date.now();
      await sleep(2500);
      const health = await fetch(`${base}/healthz`);
      expect(health.status).toBe(503);
      pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), port, log: () => undefined });
      const upAt = Date.now();
      // Wait for the first success after the return, then keep the load a moment longer.
      for (let i = 0; i < 100 && !outcomes.some((o) => o.at > upAt && o.ok); i++) await sleep(100);
      await sleep(1000);
      running = false;
      await Promise.all(workers);

      const during = outcomes.filter((o) => o.at > downAt && o.at < upAt);
      const firstOk = outcomes.find((o) => o.at > upAt && o.ok);
      const recoveryMs = firstOk ? firstOk.at - upAt : Infinity;

      console.log(
        `PostgreSQL restart under load: ${outcomes.length} requests, ${during.length} while down (statuses ${[...new Set(during.map((o) => o.status))].join('/')}), first success ${recoveryMs} ms after it was back`,
      );
      expect(during.length).toBeGreaterThan(0);
      // While down: a coded 503 "database unavailable", never a crash, a hang or a bare 500.
      for (const o of during) {
        expect(o.status).toBe(503);
        expect(o.reason).toBe('SERVER.DATABASE_UNAVAILABLE');
      }
      expect(recoveryMs).toBeLessThanOrEqual(5000);
      // After recovery everything succeeds again.
      const after = outcomes.filter((o) => firstOk && o.at > firstOk.at + 200);
      expect(after.length).toBeGreaterThan(0);
      expect(after.every((o) => o.ok || (o.code && ALLOWED.has(o.code)))).toBe(true);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    } finally {
      await app.stop();
      await orm.close(true);
    }
  }, 120_000);
});

describe('stopping with requests in flight', () => {
  it('SIGTERM-style stop finishes the request in flight, then refuses new ones', async () => {
    const t = await startTestApp();
    try {
      const admin = await t.login('admin');
      const unit = dataOf(
        await t.gql(
          graphql(`
            query FaultsUnits {
              units(filter: { level: TOWNSHIP }, perPage: 1) {
                items {
                  id
                  version
                }
              }
            }
          `),
          {},
          admin,
        ),
      ).units.items[0];
      // Hold a lock on the row so that the update below is in flight, waiting, when the stop begins.
      const locker = new Client({ connectionString: urlFor(t.database) });
      await locker.connect();
      await locker.query('begin');
      await locker.query('select id from unit where id = $1 for update', [Number(unit.id)]);
      const inFlight = t.gql(
        graphql(`
          mutation UpdateUnitName($id: ID!) {
            updateUnit(id: $id, input: { name: "停机前的修改" }) {
              name
            }
          }
        `),
        { id: unit.id },
        admin,
      );
      for (let i = 0; i < 100; i++) {
        const { rows } = await locker.query(
          `select count(*)::int as n from pg_stat_activity where datname = $1 and wait_event_type = 'Lock'`,
          [t.database],
        );
        if (rows[0].n > 0) break;
        await sleep(50);
      }
      const stopping = t.app.stop();
      await sleep(200);
      await expect(fetch(`${t.url}/healthz`)).rejects.toThrow();
      await locker.query('commit');
      await locker.end();
      const r = await inFlight;
      expect(r.status).toBe(200);
      expect(dataOf(r).updateUnit.name).toBe('停机前的修改');
      await stopping;
    } finally {
      await t.close();
    }
  }, 60_000);
});

describe('a process killed in the middle of a mutation', () => {
  it('leaves no partial write', async () => {
    const t = await startTestApp();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: urlFor(t.database),
      PORT: '0',
      SEED_DEMO: '0',
      LOG_LEVEL: 'info',
      NODE_ENV: 'development',
    };
    const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs')], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout!.on('data', (b) => (out += b));
    child.stderr!.on('data', (b) => (out += b));
    const locker = new Client({ connectionString: urlFor(t.database) });
    try {
      const base = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 150_000);
        child.stdout!.on('data', () => {
          const m = out.match(/GraphQL:\s+(http:\/\/localhost:\d+)\/graphql/);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]);
          }
        });
      });
      const token = (
        await post(
          base,
          graphql(`
            mutation Login {
              login(username: "admin", password: "fivestar") {
                token
              }
            }
          `),
        )
      ).body.data.login.token;
      const unit = (
        await post(
          base,
          graphql(`
            query FaultsUnitsItems {
              units(filter: { level: TOWNSHIP }, perPage: 1) {
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
      ).body.data.units.items[0];
      const auditBefore = Number(
        (await t.orm.em.fork().execute<{ n: string }[]>('select count(*) as n from audit_entry'))[0].n,
      );
      // The mutation writes the unit, then its audit entry; holding the audit chains' locks (the
      // shared one and every district's) stops it between the two.
      await locker.connect();
      await locker.query('begin');
      await locker.query(
        `select count(pg_advisory_xact_lock(5000001, hashtext(c)))
           from (select '' as c union all select 'district:' || id from unit where level = 'DISTRICT') chains`,
      );
      void post(
        base,
        graphql(`
          mutation FaultsUpdateUnit($id: ID!) {
            updateUnit(id: $id, input: { name: "被中断的修改" }) {
              name
            }
          }
        `),
        token,
        {
          id: unit.id,
        },
      ).catch(() => undefined);
      let waiting = 0;
      for (let i = 0; i < 100 && !waiting; i++) {
        await sleep(50);
        const { rows } = await locker.query(
          `select count(*)::int as n from pg_stat_activity where datname = $1 and wait_event_type = 'Lock' and pid <> pg_backend_pid()`,
          [t.database],
        );
        waiting = rows[0].n;
      }
      expect(waiting).toBe(1);
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      await locker.query('commit');
      // The dead client's backend finishes its statement, cannot commit, and rolls back.
      for (let i = 0; i < 100; i++) {
        const { rows } = await locker.query(
          `select count(*)::int as n from pg_stat_activity where datname = $1 and pid <> pg_backend_pid() and state <> 'idle'`,
          [t.database],
        );
        if (rows[0].n === 0) break;
        await sleep(50);
      }
      const [row] = await t.orm.em
        .fork()
        .execute<{ name: string; version: number }[]>('select name, version from unit where id = ?', [Number(unit.id)]);
      expect(row).toEqual({ name: unit.name, version: unit.version });
      const auditAfter = Number(
        (await t.orm.em.fork().execute<{ n: string }[]>('select count(*) as n from audit_entry'))[0].n,
      );
      expect(auditAfter).toBe(auditBefore);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await locker.end().catch(() => undefined);
      await t.close();
    }
  }, 200_000);
});
