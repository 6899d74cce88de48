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
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { DocumentNode } from 'graphql';
import { createApp, type App } from '../../server/src/app';
import type { DestinationStream } from '../../server/src/logger';
import type { ModuleManifest } from '../../server/src/graphql/module';
import { loadConfig } from '../../server/src/config';
import { openOrm } from '../../server/src/db/orm';
import { graphql } from '../gql';
import { createDatabase, dropDatabase, TEST_DB_PREFIX, urlFor } from './db';
import { post, type GqlResult } from './graphql';

export {
  caseDocument,
  dataOf,
  errorOf,
  jsonObject,
  postGraphql,
  type CaseDocument,
  type VariablesArgs,
  type GqlError,
  type GqlErrorExtensions,
  type GqlResult,
} from './graphql';

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
  /** Sends a document written with test/gql's graphql(): its answer and its variables are typed. */
  gql<R, V>(document: TypedDocumentNode<R, V>, variables?: V, token?: string): Promise<GqlResult<R>>;
  /**
   * Sends text as it is, for tests that must send raw or malformed documents, or documents built at
   * run time; the answer is whatever the caller says it is.
   */
  gql<T = unknown>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

let counter = 0;

export async function startTestApp(
  opts: {
    empty?: boolean;
    env?: Record<string, string>;
    modules?: readonly ModuleManifest[];
    /** Where the app's log lines go (tests that read them); default standard output. */
    logDestination?: DestinationStream;
    /**
     * A database the test made itself (e.g. on a PostgreSQL server it started), used as it is:
     * neither created from the template nor dropped by close().
     */
    databaseUrl?: string;
  } = {},
): Promise<TestApp> {
  const given = opts.databaseUrl;
  const database = given
    ? decodeURIComponent(new URL(given).pathname.slice(1))
    : `${TEST_DB_PREFIX}${process.env.FIVESTAR_TEST_RUN}_${process.pid}_${++counter}`;
  if (!given) await createDatabase(database, opts.empty ? undefined : process.env.FIVESTAR_TEST_TEMPLATE);
  const databaseUrl = given ?? urlFor(database);
  const statements: string[] = [];
  const orm = await openOrm({ databaseUrl, poolMax: 10, onQuery: (s) => statements.push(s) });
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
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'error',
    FILES_DIR: filesDir,
    STATS_REFRESH_SECONDS: '0',
    INBOX_SWEEP_MINUTES: '0',
    ...opts.env,
  });
  const app = await createApp(config, {
    orm,
    now: clock.now,
    modules: opts.modules,
    logDestination: opts.logDestination,
  });
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;

  const gql: TestApp['gql'] = <T>(document: string | DocumentNode, variables?: unknown, token?: string) =>
    post<T>(url, document, variables, token);

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
      const r = await gql(
        graphql(`
          mutation LogIn($u: String!, $p: String!) {
            login(username: $u, password: $p) {
              token
            }
          }
        `),
        { u: username, p: password },
      );
      if (!r.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(r.errors)}`);
      return r.data.login.token;
    },
    close: async () => {
      await app.stop();
      await orm.close(true);
      if (!given) await dropDatabase(database);
      fs.rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
