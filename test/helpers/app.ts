/**
 * A test gets the real application (same createApp as `npm start`) on its own database cloned from
 * the demo template, listening on a free loopback port, with a controllable clock and a counter of
 * SQL statements.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createApp, type App } from '../../server/src/app';
import type { ModuleManifest } from '../../server/src/graphql/module';
import { loadConfig } from '../../server/src/config';
import { openOrm } from '../../server/src/db/orm';
import { createDatabase, dropDatabase, TEST_DB_PREFIX, urlFor } from './db';

export interface GqlResult<T = any> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: { message: string; path?: string[]; extensions: Record<string, any> }[];
}

export interface TestApp {
  url: string;
  orm: MikroORM;
  app: App;
  database: string;
  /** Where this app stores evidence files. */
  filesDir: string;
  /** SQL statements sent since the last reset (`count` leaves out the token last-use bookkeeping and the rate-limit sync). */
  sql: { count: number; statements: string[]; reset(): void };
  clock: { now(): Date; set(d: Date | string): void; advance(ms: number): void };
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

let counter = 0;

export async function startTestApp(
  opts: { empty?: boolean; env?: Record<string, string>; modules?: readonly ModuleManifest[] } = {},
): Promise<TestApp> {
  const database = `${TEST_DB_PREFIX}${process.env.FIVESTAR_TEST_RUN}_${process.pid}_${++counter}`;
  await createDatabase(database, opts.empty ? undefined : process.env.FIVESTAR_TEST_TEMPLATE);
  const statements: string[] = [];
  const orm = await openOrm({ databaseUrl: urlFor(database), poolMax: 10, onQuery: (s) => statements.push(s) });
  if (opts.empty) await orm.getMigrator().up();
  let offset = 0;
  const clock = {
    now: () => new Date(Date.now() + offset),
    set: (d: Date | string) => {
      offset = new Date(d).getTime() - Date.now();
    },
    advance: (ms: number) => {
      offset += ms;
    },
  };
  // Each app stores evidence files in its own temporary folder.
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fivestar-files-'));
  // Background refreshes off: their statements would land in counted requests; tests refresh by hand.
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: urlFor(database),
    LOG_LEVEL: 'error',
    FILES_DIR: filesDir,
    STATS_REFRESH_SECONDS: '0',
    ...opts.env,
  });
  const app = await createApp(config, { orm, now: clock.now, modules: opts.modules });
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;

  const gql = async <T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>> => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: GqlResult['errors'] };
    return { status: res.status, headers: res.headers, data: body.data ?? undefined, errors: body.errors };
  };

  return {
    url,
    orm,
    app,
    database,
    filesDir,
    clock,
    sql: {
      // The token's last-use bookkeeping (at most once a minute) and the rate-limit sync (every
      // second, on a timer) fall inside a measured request by timing: they are not its own work.
      get count() {
        return statements.filter(
          (q) => !q.startsWith('update auth_token set last_used_at') && !q.startsWith('insert into rate_limit_counter'),
        ).length;
      },
      statements,
      reset: () => {
        statements.length = 0;
      },
    },
    gql,
    login: async (username, password = 'fivestar') => {
      const r = await gql<{ login: { token: string } }>(
        'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        { u: username, p: password },
      );
      if (!r.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(r.errors)}`);
      return r.data.login.token;
    },
    close: async () => {
      await app.stop();
      await orm.close(true);
      await dropDatabase(database);
      fs.rmSync(filesDir, { recursive: true, force: true });
    },
  };
}

/** The error of a result that must have failed, with a readable failure when it did not. */
export function errorOf(r: GqlResult): { message: string; extensions: Record<string, any> } {
  if (!r.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(r.data)}`);
  return r.errors[0];
}

/** The data of a result that must have succeeded. */
export function dataOf<T>(r: GqlResult<T>): T {
  if (r.errors?.length) throw new Error(`expected success, got ${JSON.stringify(r.errors)}`);
  return r.data as T;
}
