/**
 * `npm start`: read config, start embedded PostgreSQL when DATABASE_URL is unset, migrate, load the
 * demo data once, listen; stop cleanly on SIGINT/SIGTERM (embedded PostgreSQL included).
 */
import 'reflect-metadata';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from './db/demo/seed';
import { startEmbeddedPostgres, type RunningPostgres } from './db/embedded-postgres';
import { ensureDatabase } from './db/migrate';
import { openOrm } from './db/orm';
import { createLogger } from './logger';

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
    const applied = await orm.getMigrator().up();
    if (applied.length) log.info(`applied ${applied.length} migration(s)`);
    if (config.seedDemo && (await seedDemo(orm.em.fork()))) log.info('demo data loaded (示例数据已载入)');

    const app = await createApp(config, { orm });
    const port = await app.listen().catch(async (e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE') {
        await app.stop();
        throw new ConfigError(`端口 ${config.port} 已被占用 Port ${config.port} is in use: set PORT to another port`);
      }
      throw e;
    });
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
    ];
    if (config.seedDemo) {
      lines.push(`  示例账号 Demo accounts (password "${DEMO_PASSWORD}"):`);
      for (const a of DEMO_ACCOUNTS) lines.push(`    ${a.username.padEnd(11)} ${a.description}`);
    }
    // The banner is the command's answer to whoever started it, printed whatever LOG_LEVEL says;
    // the log gets its own structured line.
    process.stdout.write(lines.join('\n') + '\n\n');
    log.info(`listening on port ${port}`, { port, metricsPort: app.metricsPort() ?? undefined });

    let stopping = false;
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      log.info(`${signal}: stopping (finishing requests in flight)`);
      app.drain();
      const force = setTimeout(() => {
        log.error('still stopping after 15 s: exiting now');
        pg?.kill();
        process.exit(1);
      }, 15_000);
      force.unref();
      let code = 0;
      try {
        await app.stop();
        log.info('HTTP server stopped; requests in flight finished');
        await orm.close(true);
        await stopPg();
        if (pg) log.info('embedded PostgreSQL stopped');
      } catch (e) {
        log.error('error while stopping', e instanceof Error ? e.message : e);
        code = 1;
      } finally {
        process.exit(code);
      }
    };
    process.on('SIGINT', () => void shutdown('SIGINT'));
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
  } catch (e) {
    await stopPg();
    throw e;
  }
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
