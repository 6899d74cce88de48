import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { migrationsList } from '../../../migrations';
import { auditCollector } from '../modules/audit/audit.service';
import { entities } from './entities';

export interface OrmOptions {
  databaseUrl: string;
  poolMax?: number;
  debug?: boolean;
  /** Called with every SQL statement sent (tests count them). */
  onQuery?: (sql: string) => void;
  /** Driver warnings (e.g. a connection the server closed); silent when not given. */
  onWarn?: (message: string) => void;
}

export function ormConfig(opts: OrmOptions): Options {
  return {
    clientUrl: opts.databaseUrl,
    entities,
    extensions: [Migrator],
    subscribers: [auditCollector],
    discovery: { warnWhenNoEntities: true },
    // Migrations are imported as a list (migrations/index.ts): no file globbing, so MikroORM cannot
    // silently find none under a runner it does not recognise as TypeScript (swc/jest).
    // No snapshot: a new migration is diffed against a scratch database built by the migrations
    // (server/src/db/migrate.ts), and nothing here writes into the source tree.
    migrations: {
      migrationsList,
      path: 'migrations',
      pathTs: 'migrations',
      transactional: true,
      allOrNothing: true,
      silent: true,
      snapshot: false,
      emit: 'ts',
    },
    // Fail fast while the database is down (a request waits at most 5 s for a connection), so
    // callers get a clean 503 instead of a hung request; new connections are retried per request.
    pool: {
      min: 0,
      max: opts.poolMax ?? 10,
      idleTimeoutMillis: 30_000,
      acquireTimeoutMillis: 5_000,
      createTimeoutMillis: 3_000,
      createRetryIntervalMillis: 200,
    },
    driverOptions: {
      connection: { connectionTimeoutMillis: 3_000 },
      log: {
        warn: (m: string) => opts.onWarn?.(m),
        error: (m: string) => opts.onWarn?.(m),
        deprecate: () => undefined,
        debug: () => undefined,
      },
    },
    // The statistics rollup: defined by hand in the stats migration (columns follow the figure list
    // in modules/stats/stats.sql.ts), read and written only by SQL.
    schemaGenerator: { skipTables: ['stats_unit', 'stats_township', 'stats_district'] },
    forceUtcTimezone: true,
    debug: opts.debug ?? false,
    // Reading from the identity map is fine within one request: the EntityManager is forked per request.
    allowGlobalContext: false,
    ignoreUndefinedInQuery: true,
  };
}

/**
 * Open the ORM. node-postgres emits 'error' on idle clients that the server kills (restart,
 * pg_terminate_backend) and an unheard 'error' ends the process: knex 3 (under MikroORM 6) attaches
 * a listener to every connection it opens and disposes of the broken one, which a test checks.
 */
export async function openOrm(opts: OrmOptions): Promise<MikroORM> {
  const orm = await MikroORM.init(ormConfig(opts));
  if (opts.onQuery)
    orm.em
      .getConnection()
      .getKnex()
      .on('query', (q: { sql: string }) => opts.onQuery!(q.sql));
  return orm;
}

/**
 * The ORM of a hot standby (STATS_DATABASE_URL, db/replica.ts): the same mapping, for reads only.
 * Nothing connects before the first read, and a connection attempt gives up after
 * `connectTimeoutMs` (the statistics then run on the primary).
 */
export async function openStandbyOrm(opts: {
  databaseUrl: string;
  poolMax?: number;
  connectTimeoutMs?: number;
}): Promise<MikroORM> {
  const base = ormConfig({ databaseUrl: opts.databaseUrl, poolMax: opts.poolMax });
  const timeout = opts.connectTimeoutMs ?? 1000;
  return MikroORM.init({
    ...base,
    extensions: [],
    subscribers: [],
    connect: false,
    ensureDatabase: false,
    pool: { ...base.pool, createTimeoutMillis: timeout, acquireTimeoutMillis: Math.max(3000, timeout) },
    driverOptions: { ...base.driverOptions, connection: { connectionTimeoutMillis: timeout } },
  });
}
