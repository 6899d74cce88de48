/**
 * `npm run db:backup [-- FILE]` and `npm run db:restore -- FILE [--force]`: one archive (a tar) with
 * the database in pg_dump's custom format and every evidence file the database references (their
 * bytes live on disk, under FILES_DIR, named by content hash: modules/files/file.service.ts).
 *
 * The database and the list of files are read in one snapshot (pg_dump --snapshot), so the archive
 * holds exactly the blobs its dump references. Works against DATABASE_URL, or the embedded server of
 * `npm start` (the same data folder; started for the command when not running, used as it is when
 * running). PostgreSQL's own tools of the server's major version do the work: /usr/lib/postgresql/
 * <major>/bin first (Debian's postgresql-client-<major>), then PATH.
 */
import 'reflect-metadata';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { AppError } from '../common/errors';
import { fail } from '../common/reasons';
import { loadConfig, projectRoot, type AppConfig } from '../config';
import { createLogger, type AppLogger } from '../logger';
import { BackupReasons } from './backup.errors';
import { startEmbeddedPostgres } from './embedded-postgres';
import { ensureDatabase } from './migrate';

const FORMAT = 'fivestar-backup';
const MANIFEST = 'manifest.json';
const DUMP = 'database.dump';
const FILES = 'files';

export interface Manifest {
  format: typeof FORMAT;
  version: 1;
  createdAt: string;
  /** server_version_num of the server dumped. */
  serverVersion: number;
  files: number;
  fileBytes: number;
}

export interface PgTools {
  pgDump: string;
  pgRestore: string;
  major: number;
}

/** The major version of a `pg_dump --version` answer ("pg_dump (PostgreSQL) 15.14 (Debian …)" → 15). */
function toolMajor(bin: string): number | null {
  const r = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  const m = r.status === 0 ? /\(PostgreSQL\)\s+(\d+)/.exec(r.stdout) : null;
  return m ? Number(m[1]) : null;
}

/**
 * pg_dump and pg_restore of PostgreSQL `major`: Debian's per-version folder first, then any on PATH
 * that says it is that version.
 */
export function findPgTools(major: number, where: { libRoot?: string; path?: string } = {}): PgTools {
  const libDir = path.join(where.libRoot ?? '/usr/lib/postgresql', String(major), 'bin');
  const pathDirs = (where.path ?? process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const dir of [libDir, ...pathDirs]) {
    const pgDump = path.join(dir, 'pg_dump');
    const pgRestore = path.join(dir, 'pg_restore');
    if (!fs.existsSync(pgDump) || !fs.existsSync(pgRestore)) continue;
    if (toolMajor(pgDump) === major && toolMajor(pgRestore) === major) return { pgDump, pgRestore, major };
  }
  throw fail(BackupReasons.TOOLS_MISSING, { params: { major, searched: [libDir, 'PATH'].join(', ') } });
}

/** A connection string without its password (given to the tools in PGPASSWORD, not on their command line). */
function toolEnv(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return { dbname: u.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

function run(bin: string, args: string[], env: NodeJS.ProcessEnv, tool = path.basename(bin)): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr = (stderr + b.toString('utf8')).slice(-4000)));
    child.once('error', (e) => reject(fail(BackupReasons.TOOL_FAILED, { params: { tool, detail: e.message } })));
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(fail(BackupReasons.TOOL_FAILED, { params: { tool, detail: stderr.trim() || `exit ${code}` } })),
    );
  });
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url, application_name: 'fivestar-backup' });
  c.on('error', () => undefined);
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

const serverVersion = (url: string) =>
  withClient(url, async (c) =>
    Number((await c.query<{ v: string }>(`select current_setting('server_version_num') as v`)).rows[0].v),
  );

const blobRelPath = (sha256: string) => path.join(sha256.slice(0, 2), sha256);

/** Back up the database at `url` and the evidence files under `filesDir` into `file`. */
export async function backup(opts: { url: string; filesDir: string; file: string; log: AppLogger }): Promise<Manifest> {
  const version = await serverVersion(opts.url);
  const tools = findPgTools(Math.floor(version / 10000));
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'fivestar-backup-'));
  const partial = `${opts.file}.partial`;
  try {
    // One snapshot for the dump and the list of files it references.
    const manifest = await withClient(opts.url, async (c) => {
      await c.query('begin transaction isolation level repeatable read read only');
      const snapshot = (await c.query<{ id: string }>('select pg_export_snapshot() as id')).rows[0].id;
      const hasFiles = (await c.query(`select to_regclass('stored_file') is not null as t`)).rows[0].t as boolean;
      const blobs = hasFiles
        ? (await c.query<{ sha256: string }>('select distinct sha256 from stored_file order by sha256')).rows
        : [];
      const { dbname, env } = toolEnv(opts.url);
      await run(
        tools.pgDump,
        ['--format=custom', `--snapshot=${snapshot}`, `--file=${path.join(staging, DUMP)}`, `--dbname=${dbname}`],
        env,
      );
      await c.query('commit');
      let bytes = 0;
      let count = 0;
      for (const { sha256 } of blobs) {
        if (!/^[0-9a-f]{64}$/.test(sha256)) continue;
        const source = path.join(opts.filesDir, blobRelPath(sha256));
        if (!fs.existsSync(source)) {
          opts.log.warn(`evidence file ${sha256} is referenced but missing on disk; backed up without it`);
          continue;
        }
        const target = path.join(staging, FILES, blobRelPath(sha256));
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.symlinkSync(source, target);
        bytes += fs.statSync(source).size;
        count++;
      }
      fs.mkdirSync(path.join(staging, FILES), { recursive: true });
      const m: Manifest = {
        format: FORMAT,
        version: 1,
        createdAt: new Date().toISOString(),
        serverVersion: version,
        files: count,
        fileBytes: bytes,
      };
      fs.writeFileSync(path.join(staging, MANIFEST), `${JSON.stringify(m, null, 2)}\n`);
      return m;
    });
    fs.mkdirSync(path.dirname(path.resolve(opts.file)), { recursive: true });
    // --dereference: the staged files are links to the stored blobs. Written aside, then renamed:
    // a backup that failed midway never looks like a good one.
    await run(
      'tar',
      ['--create', '--dereference', `--file=${partial}`, `--directory=${staging}`, MANIFEST, DUMP, FILES],
      process.env,
    );
    fs.renameSync(partial, opts.file);
    return manifest;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
    fs.rmSync(partial, { force: true });
  }
}

/** Does the database hold any table of ours? */
const hasTables = (url: string) =>
  withClient(
    url,
    async (c) => (await c.query(`select count(*)::int as n from pg_tables where schemaname = 'public'`)).rows[0].n > 0,
  );

/** Replace the database at `url` and the files under `filesDir` with the backup in `file`. */
export async function restore(opts: {
  url: string;
  filesDir: string;
  file: string;
  force: boolean;
  log: AppLogger;
}): Promise<Manifest> {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'fivestar-restore-'));
  try {
    await run('tar', ['--extract', `--file=${opts.file}`, `--directory=${staging}`], process.env).catch(() => {
      throw fail(BackupReasons.NOT_A_BACKUP, { params: { file: opts.file } });
    });
    const manifestFile = path.join(staging, MANIFEST);
    const manifest = fs.existsSync(manifestFile)
      ? (JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest)
      : null;
    if (manifest?.format !== FORMAT || !fs.existsSync(path.join(staging, DUMP))) {
      throw fail(BackupReasons.NOT_A_BACKUP, { params: { file: opts.file } });
    }

    // The database: created when missing; one with tables is replaced only when told to.
    const u = new URL(opts.url);
    const name = decodeURIComponent(u.pathname.slice(1));
    const maintenance = new URL(opts.url);
    maintenance.pathname = '/postgres';
    await ensureDatabase(maintenance.toString(), name);
    const existingFiles = fs.existsSync(opts.filesDir)
      ? fs.readdirSync(opts.filesDir).filter((d) => /^[0-9a-f]{2}$/.test(d))
      : [];
    if (!opts.force && (await hasTables(opts.url))) {
      throw fail(BackupReasons.TARGET_NOT_EMPTY, { params: { what: `数据库 database "${name}"` } });
    }
    if (!opts.force && existingFiles.length) {
      throw fail(BackupReasons.TARGET_NOT_EMPTY, { params: { what: `文件目录 folder ${opts.filesDir}` } });
    }
    const tools = findPgTools(Math.floor((await serverVersion(opts.url)) / 10000));
    // Every schema the platform made goes, not only public: the job queue keeps its own
    // (graphile_worker), which the archive creates again.
    await withClient(opts.url, async (c) => {
      const { rows } = await c.query<{ name: string }>(
        `select nspname as name from pg_namespace
          where nspname not like 'pg\\_%' and nspname <> 'information_schema'`,
      );
      for (const { name: schema } of rows) await c.query(`drop schema "${schema.replace(/"/g, '""')}" cascade`);
      await c.query('create schema public');
    });
    const { dbname, env } = toolEnv(opts.url);
    await run(
      tools.pgRestore,
      [
        '--no-owner',
        '--no-privileges',
        '--exit-on-error',
        '--single-transaction',
        `--dbname=${dbname}`,
        path.join(staging, DUMP),
      ],
      env,
    );

    // The files: the folder's blobs replaced by the backup's (kept aside, not deleted).
    fs.mkdirSync(opts.filesDir, { recursive: true });
    if (existingFiles.length) {
      const aside = `${opts.filesDir.replace(/\/+$/, '')}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      fs.mkdirSync(aside, { recursive: true });
      for (const d of existingFiles) fs.renameSync(path.join(opts.filesDir, d), path.join(aside, d));
      opts.log.info(`the evidence files that were there are kept in ${aside}`);
    }
    const from = path.join(staging, FILES);
    for (const d of fs.existsSync(from) ? fs.readdirSync(from) : []) {
      fs.cpSync(path.join(from, d), path.join(opts.filesDir, d), { recursive: true });
    }
    return manifest;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Where the command works: DIRECT_DATABASE_URL (pg_dump and pg_restore need a session of their own,
 * not a transaction pooler), DATABASE_URL, or the embedded server of `npm start`.
 */
async function target(config: AppConfig, log: AppLogger, command: 'backup' | 'restore') {
  const url = config.directDatabaseUrl ?? config.databaseUrl;
  if (url) return { url, close: async () => undefined };
  const server = await startEmbeddedPostgres({
    dataDir: config.embeddedDataDir,
    attach: true,
    log: (s) => log.info(`[postgres] ${s}`),
  });
  if (command === 'restore' && !server.startedHere) {
    const pid = fs.readFileSync(`${server.dataDir}.owner`, 'utf8').trim();
    throw fail(BackupReasons.SERVER_RUNNING, { params: { pid } });
  }
  await ensureDatabase(server.url('postgres'), 'fivestar');
  return { url: server.url('fivestar'), close: () => server.stop() };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger({ logLevel: 'info', logFormat: process.stdout.isTTY ? 'pretty' : config.logFormat });
  const [command, ...rest] = process.argv.slice(2);
  const force = rest.includes('--force');
  const fileArg = rest.find((a) => !a.startsWith('--'));
  if (command !== 'backup' && command !== 'restore') throw new Error('usage: backup.ts backup|restore [FILE]');
  if (command === 'restore' && !fileArg) throw fail(BackupReasons.FILE_REQUIRED);
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
  const file = path.resolve(fileArg ?? path.join(projectRoot, '.data', 'backups', `fivestar-${stamp}.tar`));
  const where = await target(config, log, command);
  try {
    if (command === 'backup') {
      const m = await backup({ url: where.url, filesDir: config.files.dir, file, log });
      log.info(`备份完成 backup written: ${file} (${m.files} evidence files, ${fs.statSync(file).size} bytes)`, {
        file,
        files: m.files,
      });
    } else {
      const m = await restore({ url: where.url, filesDir: config.files.dir, file, force, log });
      log.info(`恢复完成 restored ${file} (made ${m.createdAt}, ${m.files} evidence files)`, { file, files: m.files });
    }
  } finally {
    await where.close();
  }
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (e: unknown) => {
      const log = createLogger({ logLevel: 'info', logFormat: process.stdout.isTTY ? 'pretty' : 'json' });
      if (e instanceof AppError)
        log.error(`${String(e.extensions.reason)}: ${e.message}`, { reason: e.extensions.reason });
      else log.error('failed', e instanceof Error ? e : String(e));
      process.exit(1);
    },
  );
}
