import 'reflect-metadata';
/**
 * `npm run admin:create` as an operator runs it (spawned like `npm start` in start.test.ts): on an
 * empty database it creates the district and its first admin, who can then sign in; a second run is
 * refused while that admin is active, `--force` goes through and is audited as such; on the demo
 * database it refuses too, and a generated password is printed once. Also on the embedded
 * PostgreSQL, in a data directory of its own.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { graphql } from '../gql';
import { createDatabase, dropDatabase, TEST_DB_PREFIX, urlFor } from '../helpers/db';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createApp } from '../../server/src/app';
import { loadConfig } from '../../server/src/config';
import { dataOf } from '../helpers/app';
import { postGraphql } from '../helpers/graphql';

const root = path.resolve(__dirname, '..', '..');

function adminCreate(
  args: string[],
  opts: { databaseUrl?: string; dataDir?: string; stdin?: string },
): Promise<{ code: number | null; out: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  if (opts.databaseUrl) env.DATABASE_URL = opts.databaseUrl;
  if (opts.dataDir) env.PG_DATA_DIR = opts.dataDir;
  const child = spawn(
    process.execPath,
    [path.join(root, 'scripts', 'run-ts.cjs'), 'server/src/admin-create.ts', ...args],
    {
      cwd: root,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout.on('data', (b) => (out += b));
  child.stderr.on('data', (b) => (out += b));
  child.stdin.end(opts.stdin ?? '');
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, out })));
}

async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows as T[];
  } finally {
    await c.end();
  }
}

const LOGIN = graphql(`
  mutation AdminCreateLogin($u: String!, $p: String!) {
    login(username: $u, password: $p) {
      user {
        roles
        mustChangePassword
      }
    }
  }
`);

describe('npm run admin:create', () => {
  const name = `${TEST_DB_PREFIX}${process.env.FIVESTAR_TEST_RUN}_admincreate_${process.pid}`;
  const url = () => urlFor(name);
  beforeAll(() => createDatabase(name));
  afterAll(() => dropDatabase(name));

  it('on an empty database creates the district and its first admin, then refuses a second unless forced', async () => {
    const usage = await adminCreate(['--username', 'root'], { databaseUrl: url() });
    expect(usage.code).toBe(2);
    expect(usage.out).toContain('npm run admin:create');
    const noUnit = await adminCreate(['--username', 'root', '--display-name', '管理员'], {
      databaseUrl: url(),
      stdin: 'Erster-Verwalter-2026\n',
    });
    expect(noUnit.code).toBe(1);
    expect(noUnit.out).toContain('--unit-name');
    const weak = await adminCreate(['--username', 'root', '--display-name', '管理员', '--unit-name', '二七区'], {
      databaseUrl: url(),
      stdin: 'password123\n',
    });
    expect(weak.code).toBe(1);
    expect(weak.out).toContain('密码过于常见');
    expect(weak.out).not.toContain('password123');

    const first = await adminCreate(
      ['--username', ' Root ', '--display-name', '区委组织部管理员', '--unit-name', '二七区'],
      { databaseUrl: url(), stdin: 'Erster-Verwalter-2026\n' },
    );
    expect({ code: first.code, out: first.out }).toEqual({ code: 0, out: expect.stringContaining('二七区') });
    // A piped password is not echoed.
    expect(first.out).not.toContain('Erster-Verwalter-2026');
    const units = await query<{ name: string; level: string; path: string }>(
      url(),
      'select name, level, path from unit',
    );
    expect(units).toEqual([{ name: '二七区', level: 'DISTRICT', path: expect.stringMatching(/^\d+\.$/) }]);
    const grants = await query<{ username: string; role: string }>(
      url(),
      'select u.username, r.role from role_assignment r join app_user u on u.id = r.user_id',
    );
    expect(grants).toEqual([{ username: 'Root', role: 'DISTRICT_ADMIN' }]);

    const again = await adminCreate(['--username', 'second', '--display-name', '第二', '--unit-name', '二七区'], {
      databaseUrl: url(),
      stdin: 'Zweiter-Verwalter-2026\n',
    });
    expect(again.code).toBe(1);
    expect(again.out).toContain('Root');
    expect(again.out).toContain('--force');
    const forced = await adminCreate(
      ['--username', 'second', '--display-name', '第二', '--unit-name', '二七区', '--force'],
      { databaseUrl: url(), stdin: 'Zweiter-Verwalter-2026\n' },
    );
    expect(forced.code).toBe(0);
    const audit = await query<{ operation: string; action: string; target_type: string; changes: unknown }>(
      url(),
      'select operation, action, target_type, changes from audit_entry order by id',
    );
    expect(audit.map((a) => `${a.operation} ${a.target_type} ${a.action}`)).toEqual([
      'admin:create Unit CREATE',
      'admin:create User CREATE',
      'admin:create RoleAssignment CREATE',
      'admin:create --force User CREATE',
      'admin:create --force RoleAssignment CREATE',
      'admin:create --force User FORCED',
    ]);
    expect(audit[5].changes).toMatchObject({ existingAdmins: { before: ['Root'] } });
    const text = JSON.stringify(audit);
    expect(text).not.toContain('Erster-Verwalter-2026');
    expect(text).not.toMatch(/\$argon2id\$/);

    // The admin signs in to the real app (regardless of case), with no forced change.
    const t = await startTestAppOn(name);
    try {
      const r = dataOf(await t.gql(LOGIN, { u: 'root', p: 'Erster-Verwalter-2026' }));
      expect(r.login.user).toEqual({ roles: ['DISTRICT_ADMIN'], mustChangePassword: false });
    } finally {
      await t.close();
    }
  }, 300_000);

  it('on the demo database refuses without --force; a generated password is printed once', async () => {
    const demo = `${TEST_DB_PREFIX}${process.env.FIVESTAR_TEST_RUN}_admindemo_${process.pid}`;
    await createDatabase(demo, process.env.FIVESTAR_TEST_TEMPLATE);
    try {
      const [district] = await query<{ name: string }>(urlFor(demo), `select name from unit where level = 'DISTRICT'`);
      const refused = await adminCreate(['--username', 'ops', '--display-name', '运维', '--unit-name', district.name], {
        databaseUrl: urlFor(demo),
      });
      expect(refused.code).toBe(1);
      expect(refused.out).toContain('admin');
      const unknown = await adminCreate(['--username', 'ops', '--display-name', '运维', '--unit-name', '无此区'], {
        databaseUrl: urlFor(demo),
      });
      expect(unknown.code).toBe(1);
      expect(unknown.out).toContain(district.name);
      const taken = await adminCreate(['--username', 'ADMIN', '--display-name', '运维', '--force'], {
        databaseUrl: urlFor(demo),
      });
      expect(taken.code).toBe(0);
      const generated = taken.out.match(/\n {2}(\S{17})\s*$/)?.[1];
      expect(generated).toMatch(/^\w{5}-\w{5}-\w{5}$/);
      // The existing account was taken over (password reset, still one account named admin).
      const rows = await query<{ n: string }>(
        urlFor(demo),
        `select count(*) as n from app_user where lower(username) = 'admin'`,
      );
      expect(rows[0].n).toBe('1');
      const t = await startTestAppOn(demo);
      try {
        expect(dataOf(await t.gql(LOGIN, { u: 'admin', p: generated! })).login.user.roles).toContain('DISTRICT_ADMIN');
      } finally {
        await t.close();
      }
    } finally {
      await dropDatabase(demo);
    }
  }, 300_000);

  it('works on the embedded PostgreSQL (the data directory npm start uses)', async () => {
    const dir = fs.mkdtempSync(path.join(fs.existsSync('/var/tmp') ? '/var/tmp' : os.tmpdir(), 'fivestar-admin-'));
    fs.chmodSync(dir, 0o755);
    try {
      const dataDir = path.join(dir, 'postgres');
      const args = ['--username', 'root', '--display-name', '管理员', '--unit-name', '二七区'];
      const first = await adminCreate(args, { dataDir, stdin: 'Erster-Verwalter-2026\n' });
      expect({ code: first.code, out: first.out }).toEqual({ code: 0, out: expect.stringContaining('二七区') });
      // The data stayed: a second run finds the admin.
      const second = await adminCreate(['--username', 'other', '--display-name', '其他'], {
        dataDir,
        stdin: 'Zweiter-Verwalter-2026\n',
      });
      expect(second.code).toBe(1);
      expect(second.out).toContain('root');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});

/** The real app (createApp, as `npm start` builds it) on a database this file made, not a template clone. */
async function startTestAppOn(database: string) {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: urlFor(database),
    LOG_LEVEL: 'error',
    STATS_REFRESH_SECONDS: '0',
  });
  const app = await createApp(config);
  const port = await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${port}`;
  return {
    gql: <R, V>(doc: TypedDocumentNode<R, V>, v: V) => postGraphql(base, doc, v),
    close: () => app.stop(),
  };
}
