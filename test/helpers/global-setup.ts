/**
 * Once per `npm test`: a PostgreSQL server (DATABASE_URL's, or an embedded one in a fresh temporary
 * directory when none is set) and a template database with the migrations and the demo data.
 */
import 'reflect-metadata';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { startEmbeddedPostgres, type RunningPostgres } from '../../server/src/db/embedded-postgres';
import { createDatabase, TEST_DB_PREFIX, urlFor } from './db';

declare global {
  var __fivestarPg: RunningPostgres | undefined;

  var __fivestarPgDir: string | undefined;
}

export default async function globalSetup(): Promise<void> {
  // The browser tests and the start test need the compiled console and server.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildAdminIfStale } = require('../../scripts/build-if-stale.cjs');
  buildAdminIfStale({ quiet: true });
  const run = crypto.randomBytes(3).toString('hex');
  if (process.env.DATABASE_URL) {
    process.env.FIVESTAR_TEST_ADMIN_URL = process.env.DATABASE_URL;
  } else {
    // /var/tmp rather than os.tmpdir(): it must be reachable by the postgres OS user when we run as root.
    const base = fs.existsSync('/var/tmp') ? '/var/tmp' : os.tmpdir();
    const dir = fs.mkdtempSync(path.join(base, 'fivestar-test-pg-'));
    fs.chmodSync(dir, 0o755);
    const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), log: () => undefined });
    globalThis.__fivestarPg = pg;
    globalThis.__fivestarPgDir = dir;
    process.env.FIVESTAR_TEST_ADMIN_URL = pg.url('postgres');
  }
  process.env.FIVESTAR_TEST_RUN = run;
  const template = `${TEST_DB_PREFIX}tmpl_${run}`;
  await createDatabase(template);
  const root = path.resolve(__dirname, '..', '..');
  const r = spawnSync(
    process.execPath,
    [path.join(root, 'scripts', 'run-ts.cjs'), path.join(__dirname, 'prepare-template.ts'), urlFor(template)],
    { cwd: root, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`preparing the template database failed:\n${r.stdout}\n${r.stderr}`);
  process.env.FIVESTAR_TEST_TEMPLATE = template;
}
