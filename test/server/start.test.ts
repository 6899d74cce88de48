/**
 * The product as a user starts it: `npm start` (scripts/start.mjs) with no DATABASE_URL runs on an
 * embedded PostgreSQL, prints where it is, keeps its data across restarts and stops cleanly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import { postGraphql, type GqlResult } from '../helpers/graphql';

const root = path.resolve(__dirname, '..', '..');

interface Running {
  child: ChildProcess;
  output: () => string;
  base: string;
}

async function start(dataDir: string): Promise<Running> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    PG_DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    NODE_ENV: 'development',
  };
  delete env.DATABASE_URL;
  delete env.SEED_DEMO;
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs')], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (b) => (out += b));
  child.stderr!.on('data', (b) => (out += b));
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not started in time:\n${out}`)), 150_000);
    const check = () => {
      const m = out.match(/GraphQL:\s+(http:\/\/localhost:\d+)\/graphql/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${out}`)));
  });
  return { child, output: () => out, base };
}

function stop(r: Running, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  return new Promise((resolve) => {
    r.child.once('exit', (code) => resolve(code));
    r.child.kill(signal);
  });
}

const gql = <R, V>(base: string, document: TypedDocumentNode<R, V>, token?: string, variables?: V) =>
  postGraphql(base, document, variables, token).then(dataOrErrors);

/** The answer's data, read as present: a test that reads past a missing one fails on it. */
const dataOrErrors = <R>(r: GqlResult<R>) => ({ data: r.data as R, errors: r.errors });

describe('npm start on embedded PostgreSQL', () => {
  const dir = fs.mkdtempSync(path.join(fs.existsSync('/var/tmp') ? '/var/tmp' : os.tmpdir(), 'fivestar-start-'));
  fs.chmodSync(dir, 0o755);
  const dataDir = path.join(dir, 'postgres');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('starts, serves, keeps its data across a restart, and stops cleanly on SIGTERM', async () => {
    const first = await start(dataDir);
    try {
      expect(first.output()).toContain('/admin/');
      expect(first.output()).toMatch(/admin\s+区级管理员/);
      expect(first.output()).toContain('demo data loaded');
      const health = await fetch(`${first.base}/healthz`);
      expect(health.status).toBe(200);
      const token = (
        await gql(
          first.base,
          graphql(`
            mutation Login {
              login(username: "admin", password: "fivestar") {
                token
              }
            }
          `),
        )
      ).data.login.token;
      const district = (
        await gql(
          first.base,
          graphql(`
            query Units {
              units(filter: { level: DISTRICT }) {
                items {
                  id
                }
              }
            }
          `),
          token,
        )
      ).data.units.items[0].id;
      const created = await gql(
        first.base,
        graphql(`
          mutation CreateRestartTownship($parentId: ID!) {
            createUnit(
              input: { name: "重启测试街道", level: TOWNSHIP, townshipKind: SUBDISTRICT, parentId: $parentId }
            ) {
              id
            }
          }
        `),
        token,
        { parentId: district },
      );
      expect(created.errors).toBeUndefined();
    } finally {
      expect(await stop(first)).toBe(0);
    }
    // The embedded server went down with the process.
    expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);

    const second = await start(dataDir);
    try {
      expect(second.output()).not.toContain('demo data loaded');
      const token = (
        await gql(
          second.base,
          graphql(`
            mutation Login {
              login(username: "admin", password: "fivestar") {
                token
              }
            }
          `),
        )
      ).data.login.token;
      const found = await gql(
        second.base,
        graphql(`
          query UnitsTotal {
            units(filter: { search: "重启测试街道" }) {
              total
            }
          }
        `),
        token,
      );
      expect(found.data.units.total).toBe(1);
      // Demo data was loaded once only.
      expect(
        (
          await gql(
            second.base,
            graphql(`
              query StartBranches {
                branches {
                  total
                }
              }
            `),
            token,
          )
        ).data.branches.total,
      ).toBe(200);
    } finally {
      expect(await stop(second, 'SIGINT')).toBe(0);
    }
    expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
  }, 300_000);
});
