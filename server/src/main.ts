/**
 * `npm start`: read config, start embedded PostgreSQL when DATABASE_URL is unset, migrate, load the
 * demo data once, listen; stop cleanly on SIGINT/SIGTERM (embedded PostgreSQL included).
 *
 * WORKERS=N (> 1): this process does the one-time work above and becomes the node:cluster primary:
 * it forks N workers, each with its own pool and app, all listening on PORT (the primary shares the
 * socket), replaces a worker that dies, and stops them all on SIGINT/SIGTERM.
 */
import 'reflect-metadata';
import cluster, { type Worker } from 'node:cluster';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createApp, type App } from './app';
import { ConfigError, loadConfig, projectRoot, type AppConfig } from './config';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from './db/demo/seed';
import { startEmbeddedPostgres, type RunningPostgres } from './db/embedded-postgres';
import { ensureDatabase } from './db/migrate';
import { openOrm } from './db/orm';
import { createLogger, type AppLogger } from './logger';

async function main() {
  let config;
  try {
    // A terminal gets readable lines unless told otherwise; a pipe (a log collector) gets JSON.
    config = loadConfig({
      ...process.env,
      LOG_FORMAT: process.env.LOG_FORMAT || (process.stdout.isTTY ? 'pretty' : 'json'),
    });
  } catch (e) {
    if (e instanceof ConfigError) {
      bootLogger().error(`配置错误 Configuration error: ${e.message}`);
      process.exit(2);
    }
    throw e;
  }
  const log = createLogger(config);
  if (cluster.isWorker) return runWorker(config, log);
  let pg: RunningPostgres | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    log.info(`starting embedded PostgreSQL (data in ${config.embeddedDataDir})`);
    pg = await startEmbeddedPostgres({ dataDir: config.embeddedDataDir, log: (s) => log.info(`[postgres] ${s}`) });
    await ensureDatabase(pg.url('postgres'), 'fivestar');
    databaseUrl = pg.url('fivestar');
  }

  const stopPg = async () => {
    if (pg) await pg.stop();
  };
  try {
    const orm = await openOrm({ databaseUrl, poolMax: config.dbPoolMax, onWarn: (m) => log.warn(`[database] ${m}`) });
    // Behind a transaction pooler, migrations run on a short-lived direct connection (DIRECT_DATABASE_URL).
    const migrating = config.directDatabaseUrl
      ? await openOrm({ databaseUrl: config.directDatabaseUrl, poolMax: 1 })
      : orm;
    let applied;
    try {
      applied = await migrating.getMigrator().up();
    } finally {
      if (migrating !== orm) await migrating.close(true);
    }
    if (applied.length) log.info(`applied ${applied.length} migration(s)`);
    if (config.seedDemo && (await seedDemo(orm.em.fork()))) log.info('demo data loaded (示例数据已载入)');
    // WORKERS > 1: the one-time work is done; the workers serve, each with a pool of its own.
    if (config.workers > 1) {
      await orm.close(true);
      return await runPrimary(config, log, pg, databaseUrl);
    }

    const { app, port } = await startApp(config, orm);
    // The banner is the command's answer to whoever started it, printed whatever LOG_LEVEL says;
    // the log gets its own structured line.
    process.stdout.write(banner(port, pg, config));
    log.info(`listening on port ${port}`, { port, metricsPort: app.metricsPort() ?? undefined });
    stopOnSignals(log, app, orm, pg);
  } catch (e) {
    await stopPg();
    throw e;
  }
}

/** createApp on an open ORM and listen on PORT; a port already in use is a configuration error. */
async function startApp(config: AppConfig, orm: MikroORM): Promise<{ app: App; port: number }> {
  const app = await createApp(config, { orm });
  const port = await app.listen().catch(async (e: NodeJS.ErrnoException) => {
    if (e.code === 'EADDRINUSE') {
      await app.stop();
      throw new ConfigError(`端口 ${config.port} 已被占用 Port ${config.port} is in use: set PORT to another port`);
    }
    throw e;
  });
  return { app, port };
}

/** What `npm start` prints once it listens; `extra` lines follow the database's. */
function banner(port: number, pg: RunningPostgres | null, config: AppConfig, extra: string[] = []): string {
  const base = `http://localhost:${port}`;
  const lines = [
    '',
    '五星支部创建监督平台 Five-Star platform is running',
    `  管理后台 Admin console:  ${base}/admin/`,
    `  GraphQL:                 ${base}/graphql`,
    `  健康检查 Health:          ${base}/healthz`,
    pg
      ? `  数据库 Database:          embedded PostgreSQL on 127.0.0.1:${pg.port} (${pg.dataDir})`
      : '  数据库 Database:          DATABASE_URL',
    ...extra,
  ];
  if (config.seedDemo) {
    lines.push(`  示例账号 Demo accounts (password "${DEMO_PASSWORD}"):`);
    for (const a of DEMO_ACCOUNTS) lines.push(`    ${a.username.padEnd(11)} ${a.description}`);
  }
  return lines.join('\n') + '\n\n';
}

/**
 * On the first SIGINT/SIGTERM: `begin` (say what stops), then `stop` (false or a throw: exit 1),
 * then stop the embedded PostgreSQL (when this process started it), exit; after 15 s `force` and
 * exit 1. One process and the cluster primary stop alike.
 */
function exitOnSignals(
  log: AppLogger,
  pg: RunningPostgres | null,
  begin: (signal: string) => void,
  stop: () => Promise<boolean>,
  force: () => void = () => undefined,
): void {
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    begin(signal);
    const timer = setTimeout(() => {
      log.error('still stopping after 15 s: exiting now');
      force();
      pg?.kill();
      process.exit(1);
    }, 15_000);
    timer.unref();
    let code = 0;
    try {
      if (!(await stop())) code = 1;
      if (pg) {
        await pg.stop();
        log.info('embedded PostgreSQL stopped');
      }
    } catch (e) {
      log.error('error while stopping', e instanceof Error ? e.message : e);
      code = 1;
    } finally {
      process.exit(code);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

/**
 * SIGINT/SIGTERM: say "draining", stop accepting, finish the requests in flight, close the pool,
 * stop the embedded PostgreSQL (when this process started it), exit; forced after 15 s.
 */
function stopOnSignals(log: AppLogger, app: App, orm: MikroORM, pg: RunningPostgres | null): void {
  exitOnSignals(
    log,
    pg,
    (signal) => {
      log.info(`${signal}: stopping (finishing requests in flight)`);
      app.drain();
    },
    async () => {
      await app.stop();
      log.info('HTTP server stopped; requests in flight finished');
      await orm.close(true);
      return true;
    },
  );
}

/** What a worker tells the primary once it listens (both ports, as bound). */
interface ListeningMessage {
  fivestar: 'listening';
  port: number;
  metricsPort: number | null;
}

const isListening = (m: unknown): m is ListeningMessage =>
  typeof m === 'object' && m !== null && (m as { fivestar?: unknown }).fivestar === 'listening';

/** A worker that exits this soon after it was started counts as crashing; the restarts back off. */
const QUICK_EXIT_MS = 10_000;
const MAX_RESTART_DELAY_MS = 30_000;

/**
 * A cluster worker: the database is ready (the primary migrated it and loaded the demo data; its URL
 * is in DATABASE_URL), so open a pool, build the app and listen on the port the primary shares.
 * With METRICS_PORT, /metrics is on METRICS_PORT + this worker's index (0: a free port each), so that
 * every worker is a Prometheus target of its own.
 */
async function runWorker(config: AppConfig, log: AppLogger): Promise<void> {
  const index = Number(process.env.FIVESTAR_WORKER_INDEX ?? 0);
  const own: AppConfig = config.metrics.port
    ? Object.freeze({ ...config, metrics: { ...config.metrics, port: config.metrics.port + index } })
    : config;
  const orm = await openOrm({
    databaseUrl: config.databaseUrl!,
    poolMax: config.dbPoolMax,
    onWarn: (m) => log.warn(`[database] ${m}`),
  });
  try {
    const { app, port } = await startApp(own, orm);
    const metricsPort = app.metricsPort();
    const message: ListeningMessage = { fivestar: 'listening', port, metricsPort };
    process.send?.(message);
    log.info(`worker ${index + 1} (pid ${process.pid}) listening on port ${port}`, {
      port,
      metricsPort: metricsPort ?? undefined,
    });
    stopOnSignals(log, app, orm, null);
  } catch (e) {
    await orm.close(true);
    throw e;
  }
}

/**
 * The cluster primary (WORKERS > 1), once the database is migrated and seeded: fork the workers,
 * print the banner when all of them listen, replace one that dies (at once; after 1 s, 2 s … 30 s
 * when it keeps dying within 10 s of starting), and on SIGINT/SIGTERM send each SIGTERM, wait for
 * them, then stop the embedded PostgreSQL. A worker that exits before all have listened (a port in
 * use, a database refusing) ends the start: the others are stopped and the primary exits.
 */
async function runPrimary(
  config: AppConfig,
  log: AppLogger,
  pg: RunningPostgres | null,
  databaseUrl: string,
): Promise<void> {
  const n = config.workers;
  // The workers run this file itself (not scripts/start.mjs, which would check the build again).
  cluster.setupPrimary(
    __filename.endsWith('.ts')
      ? { exec: path.join(projectRoot, 'scripts', 'run-ts.cjs'), args: [__filename] }
      : { exec: __filename, args: [] },
  );
  const workerEnv = (index: number): NodeJS.ProcessEnv => ({
    DATABASE_URL: databaseUrl,
    // Decided here (the demo data follows the embedded database); only the banner reads it there.
    SEED_DEMO: config.seedDemo ? '1' : '0',
    LOG_FORMAT: config.logFormat,
    FIVESTAR_WORKER_INDEX: String(index),
  });
  interface Slot {
    worker: Worker | null;
    startedAt: number;
    quickExits: number;
    restart: NodeJS.Timeout | null;
    metricsPort: number | null;
  }
  const slots: Slot[] = Array.from({ length: n }, () => ({
    worker: null,
    startedAt: 0,
    quickExits: 0,
    restart: null,
    metricsPort: null,
  }));
  let stopping = false;
  let booted = false;
  let onBoot: { listening: (index: number, port: number) => void; failed: (e: Error) => void } | null = null;

  const fork = (index: number) => {
    const slot = slots[index];
    slot.restart = null;
    slot.startedAt = Date.now();
    const worker = cluster.fork(workerEnv(index));
    slot.worker = worker;
    worker.on('message', (m: unknown) => {
      if (!isListening(m)) return;
      slot.metricsPort = m.metricsPort;
      if (onBoot) onBoot.listening(index, m.port);
      else log.info(`worker ${index + 1} (pid ${worker.process.pid}) listening on port ${m.port}`, m);
    });
    worker.once('exit', (code, signal) => {
      if (slot.worker === worker) slot.worker = null;
      if (stopping) return;
      const how = signal ? `signal ${signal}` : `code ${code}`;
      if (!booted) {
        onBoot?.failed(new Error(`worker ${index + 1} (pid ${worker.process.pid}) exited (${how}) before listening`));
        return;
      }
      slot.quickExits = Date.now() - slot.startedAt < QUICK_EXIT_MS ? slot.quickExits + 1 : 0;
      const delay = slot.quickExits > 1 ? Math.min(MAX_RESTART_DELAY_MS, 1000 * 2 ** (slot.quickExits - 2)) : 0;
      log.error(
        `worker ${index + 1} (pid ${worker.process.pid}) exited (${how}): starting another` +
          (delay ? ` in ${delay / 1000} s (${slot.quickExits} exits in a row within 10 s of starting)` : ''),
      );
      slot.restart = setTimeout(() => fork(index), delay);
    });
  };

  /** SIGTERM to every worker and their exits; false when one did not stop cleanly. */
  const stopWorkers = async (): Promise<boolean> => {
    for (const s of slots) if (s.restart) clearTimeout(s.restart);
    const live = slots.map((s) => s.worker).filter((w): w is Worker => w !== null);
    const clean = await Promise.all(
      live.map(
        (w) =>
          new Promise<boolean>((resolve) => {
            // Killed by the signal before its own handler was installed (still starting) is clean too.
            w.once('exit', (code, signal) => resolve(code === 0 || signal === 'SIGTERM' || signal === 'SIGINT'));
            w.process.kill('SIGTERM');
          }),
      ),
    );
    return clean.every(Boolean);
  };

  let shuttingDown = false;
  exitOnSignals(
    log,
    pg,
    (signal) => {
      shuttingDown = stopping = true;
      log.info(`${signal}: stopping ${n} workers (finishing requests in flight)`);
    },
    async () => {
      const clean = await stopWorkers();
      log.info('workers stopped; requests in flight finished');
      return clean;
    },
    () => {
      for (const s of slots) s.worker?.process.kill('SIGKILL');
    },
  );

  let port = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const waiting = new Set(slots.keys());
      onBoot = {
        listening: (index, p) => {
          port = p;
          waiting.delete(index);
          if (!waiting.size) resolve();
        },
        failed: reject,
      };
      for (let i = 0; i < n; i++) fork(i);
    });
  } catch (e) {
    if (shuttingDown) return;
    stopping = true;
    await stopWorkers();
    throw e;
  } finally {
    onBoot = null;
  }
  booted = true;
  const metricsPorts = slots.map((s) => s.metricsPort).filter((p): p is number => p !== null);
  process.stdout.write(
    banner(port, pg, config, [
      `  进程 Processes:           ${n} workers (node:cluster), pids ${slots.map((s) => s.worker?.process.pid).join(', ')}`,
      ...(metricsPorts.length
        ? [`  指标 Metrics:             ${metricsPorts.map((p) => `127.0.0.1:${p}`).join(', ')} (one per worker)`]
        : []),
    ]),
  );
  log.info(`listening on port ${port} with ${n} workers`, { port, workers: n, metricsPorts });
}

/** A logger for what happens before the configuration is read (or when reading it fails). */
function bootLogger() {
  return createLogger({ logLevel: 'info', logFormat: process.env.LOG_FORMAT === 'pretty' ? 'pretty' : 'json' });
}

main().catch((e) => {
  if (e instanceof ConfigError) bootLogger().error(`配置错误 Configuration error: ${e.message}`);
  else bootLogger().error('the server could not start', e instanceof Error ? e : String(e));
  process.exit(1);
});
