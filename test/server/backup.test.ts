/**
 * `npm run db:backup` / `npm run db:restore`: back up, destroy the database and the evidence files,
 * restore, and find every record, every file byte for byte and the audit chain intact; the same
 * through the embedded server of `npm start`. And the refusals: a restore over data without
 * --force, PostgreSQL tools of the server's version that are missing, a data folder of another
 * PostgreSQL major version.
 */
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createApp } from '../../server/src/app';
import { loadConfig } from '../../server/src/config';
import { findPgTools } from '../../server/src/db/backup';
import { startEmbeddedPostgres } from '../../server/src/db/embedded-postgres';
import { AppError } from '../../server/src/common/errors';
import { dataOf, startTestApp, postGraphql, type TestApp } from '../helpers/app';
import { dropDatabase, urlFor } from '../helpers/db';
import { graphql } from '../gql';

const root = path.resolve(__dirname, '..', '..');

/** Run `npm run db:<command> -- args` (the script itself, as npm would) with this environment. */
function cli(
  command: 'backup' | 'restore',
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const clean = { ...process.env };
  delete clean.DATABASE_URL;
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [path.join(root, 'scripts', 'run-ts.cjs'), 'server/src/db/backup.ts', command, ...args],
      { cwd: root, env: { ...clean, NODE_ENV: 'test', ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (b) => (output += b));
    child.stderr.on('data', (b) => (output += b));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

/** Every table's rows (count and a digest of their text) and every sequence's position. */
async function contents(url: string): Promise<Record<string, string>> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const out: Record<string, string> = {};
    const tables = await c.query<{ t: string }>(
      `select tablename as t from pg_tables where schemaname = 'public' order by 1`,
    );
    for (const { t } of tables.rows) {
      const r = await c.query<{ n: number; h: string }>(
        `select count(*)::int as n, md5(coalesce(string_agg(x::text, E'\\n' order by x::text), '')) as h from "${t}" x`,
      );
      out[t] = `${r.rows[0].n} ${r.rows[0].h}`;
    }
    const seqs = await c.query<{ s: string; v: string | null }>(
      `select sequencename as s, last_value::text as v from pg_sequences where schemaname = 'public' order by 1`,
    );
    for (const { s, v } of seqs.rows) out[`sequence ${s}`] = String(v);
    return out;
  } finally {
    await c.end();
  }
}

/** The evidence files on disk: relative path → sha256 of the bytes. */
function filesOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const full = path.join(e.parentPath, e.name);
    const rel = path.relative(dir, full);
    if (rel.startsWith('tmp')) continue;
    out[rel] = crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex');
  }
  return out;
}

const VERIFY = graphql(`
  query BackupVerifyAuditChain {
    verifyAuditChain {
      valid
      checked
      firstInvalidId
    }
  }
`);

/** Upload `bytes` as `name`; returns the file's id. */
async function upload(t: TestApp, token: string, bytes: Buffer, name: string): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  const res = await fetch(`${t.url}/files`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

describe('backup and restore', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'fivestar-backup-test-'));
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('backs up, and after the database and the files are destroyed, restores every record and every byte', async () => {
    const t = await startTestApp();
    const database = t.database;
    const filesDir = t.filesDir;
    const env = { DATABASE_URL: urlFor(database), FILES_DIR: filesDir };
    let restored: Awaited<ReturnType<typeof createApp>> | null = null;
    let open = true;
    try {
      // Evidence files: a photo, a PDF, a larger random file; uploads write audit entries too.
      const admin = await t.login('admin');
      const uploads = [
        { name: '公开栏.jpg', bytes: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), crypto.randomBytes(2000)]) },
        {
          name: '方案.pdf',
          bytes: Buffer.concat([Buffer.from('%PDF-1.7\n'), crypto.randomBytes(5000), Buffer.from('\n%%EOF\n')]),
        },
        {
          name: '大图.png',
          bytes: Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), crypto.randomBytes(400_000)]),
        },
      ];
      const ids: string[] = [];
      for (const u of uploads) ids.push(await upload(t, admin, u.bytes, u.name));
      const chain = dataOf(await t.gql(VERIFY, {}, admin)).verifyAuditChain;
      expect(chain).toMatchObject({ valid: true, firstInvalidId: null });
      expect(chain.checked).toBeGreaterThan(0);
      // Quiet (no rate-limit counters being written) so that "before" is what the backup holds.
      await t.app.stop();
      const before = await contents(urlFor(database));
      const filesBefore = filesOf(filesDir);
      expect(Object.keys(filesBefore).length).toBeGreaterThanOrEqual(uploads.length);

      const archive = path.join(work, 'one.tar');
      const b = await cli('backup', [archive], env);
      expect([b.code, b.output]).toEqual([0, expect.stringContaining('backup written')]);
      expect(fs.existsSync(`${archive}.partial`)).toBe(false);

      // Destroy both (closing the test app drops its database and deletes its files folder).
      open = false;
      await t.close();
      expect(fs.existsSync(filesDir)).toBe(false);
      await expect(contents(urlFor(database))).rejects.toThrow(/does not exist/);

      const r = await cli('restore', [archive], env);
      expect([r.code, r.output]).toEqual([0, expect.stringContaining('restored')]);
      expect(await contents(urlFor(database))).toEqual(before);
      expect(filesOf(filesDir)).toEqual(filesBefore);

      // The restored platform serves it all: the chain verifies, each upload downloads byte for byte.
      restored = await createApp(
        loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'error', STATS_REFRESH_SECONDS: '0', ...env }),
        {},
      );
      const port = await restored.listen(0, '127.0.0.1');
      const url = `http://127.0.0.1:${port}`;
      const login = await postGraphql<{ login: { token: string } }>(
        url,
        'mutation { login(username: "admin", password: "fivestar") { token } }',
      );
      const token = login.data!.login.token;
      const verified = await postGraphql<{ verifyAuditChain: { valid: boolean; checked: number } }>(
        url,
        '{ verifyAuditChain { valid checked } }',
        {},
        token,
      );
      // One more entry than before: the sign-in just made.
      expect(verified.data!.verifyAuditChain).toEqual({ valid: true, checked: chain.checked + 1 });
      for (const [i, u] of uploads.entries()) {
        const res = await fetch(`${url}/files/${ids[i]}`, { headers: { authorization: `Bearer ${token}` } });
        expect([u.name, res.status]).toEqual([u.name, 200]);
        expect(Buffer.from(await res.arrayBuffer()).equals(u.bytes)).toBe(true);
      }

      // Over a database with data, a restore needs --force; the files there are kept aside.
      const refused = await cli('restore', [archive], env);
      expect([refused.code, refused.output]).toEqual([1, expect.stringContaining('BACKUP.TARGET_NOT_EMPTY')]);
      await restored.stop();
      restored = null;
      const forced = await cli('restore', [archive, '--force'], env);
      expect([forced.code, forced.output]).toEqual([0, expect.stringContaining('restored')]);
      expect(await contents(urlFor(database))).toEqual(before);
      expect(filesOf(filesDir)).toEqual(filesBefore);
      const aside = fs
        .readdirSync(path.dirname(filesDir))
        .filter((n) => n.startsWith(`${path.basename(filesDir)}.before-restore-`));
      expect(aside).toHaveLength(1);
      expect(filesOf(path.join(path.dirname(filesDir), aside[0]))).toEqual(filesBefore);
      fs.rmSync(path.join(path.dirname(filesDir), aside[0]), { recursive: true, force: true });
    } finally {
      if (open) await t.close();
      await restored?.stop();
      await dropDatabase(database);
      fs.rmSync(filesDir, { recursive: true, force: true });
    }
  }, 180_000);

  it('works on the embedded server of npm start: started for the command, the same data folder', async () => {
    // A backup of a test database, restored into a fresh embedded server and backed up from there.
    const t = await startTestApp();
    const database = t.database;
    const source = { DATABASE_URL: urlFor(database), FILES_DIR: t.filesDir };
    const admin = await t.login('admin');
    const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), crypto.randomBytes(3000)]);
    await upload(t, admin, photo, '现场.jpg');
    await t.app.stop();
    const before = await contents(urlFor(database));
    const filesBefore = filesOf(t.filesDir);
    const first = path.join(work, 'from-url.tar');
    try {
      expect((await cli('backup', [first], source)).code).toBe(0);
    } finally {
      await t.close();
    }

    // /var/tmp: reachable by the postgres OS user when the tests run as root.
    const base = fs.mkdtempSync(path.join(fs.existsSync('/var/tmp') ? '/var/tmp' : os.tmpdir(), 'fivestar-bk-'));
    fs.chmodSync(base, 0o755);
    const embedded = { PG_DATA_DIR: path.join(base, 'postgres'), FILES_DIR: path.join(base, 'files') };
    try {
      const r = await cli('restore', [first], embedded);
      expect([r.code, r.output]).toEqual([0, expect.stringContaining('restored')]);
      const second = path.join(work, 'from-embedded.tar');
      const b = await cli('backup', [second], embedded);
      expect([b.code, b.output]).toEqual([0, expect.stringContaining('backup written')]);
      expect(filesOf(embedded.FILES_DIR)).toEqual(filesBefore);

      // What the embedded server holds is what the source held.
      const pg = await startEmbeddedPostgres({ dataDir: embedded.PG_DATA_DIR, log: () => undefined });
      try {
        expect(await contents(pg.url('fivestar'))).toEqual(before);
        // While it runs (as under npm start), a backup uses it and leaves it running; a restore refuses.
        const third = path.join(work, 'while-running.tar');
        const during = await cli('backup', [third], embedded);
        expect(during.code).toBe(0);
        expect(await contents(pg.url('fivestar'))).toEqual(before);
        const refused = await cli('restore', [third, '--force'], embedded);
        expect([refused.code, refused.output]).toEqual([1, expect.stringContaining('BACKUP.SERVER_RUNNING')]);
      } finally {
        await pg.stop();
      }
    } finally {
      fs.rmSync(base, { recursive: true, force: true });
    }
  }, 240_000);

  it('names the Debian package when no pg_dump of the server version is found', () => {
    let error: unknown;
    try {
      findPgTools(15, { libRoot: path.join(work, 'none'), path: '' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).extensions.reason).toBe('BACKUP.TOOLS_MISSING');
    expect((error as AppError).message).toContain('apt-get install postgresql-client-15');
    // And finds Debian's own for the version here.
    const here = findPgTools(15);
    expect(here.pgDump).toMatch(/pg_dump$/);
  });

  it('says what to do with a data folder made by another PostgreSQL major version', async () => {
    const dir = fs.mkdtempSync(path.join(fs.existsSync('/var/tmp') ? '/var/tmp' : os.tmpdir(), 'fivestar-pg17-'));
    fs.chmodSync(dir, 0o755);
    const dataDir = path.join(dir, 'postgres');
    fs.mkdirSync(dataDir);
    fs.writeFileSync(path.join(dataDir, 'PG_VERSION'), '17\n');
    fs.writeFileSync(path.join(dir, 'postgres.password'), 'x');
    try {
      await expect(startEmbeddedPostgres({ dataDir, log: () => undefined })).rejects.toThrow(
        /made by PostgreSQL 17; this version embeds PostgreSQL 15[\s\S]*mv "[^"]+" "[^"]+-pg17" && npm start/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
