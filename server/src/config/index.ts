/**
 * All environment parsing and validation lives here: the rest of the server receives a typed,
 * frozen `AppConfig` and never reads `process.env` itself.
 */
import path from 'node:path';

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Unset: start the embedded PostgreSQL under `embeddedDataDir`. */
  databaseUrl: string | null;
  embeddedDataDir: string;
  /** Load the demo data set (never in production). */
  seedDemo: boolean;
  sessionTtlHours: number;
  loginMaxFailures: number;
  loginWindowMinutes: number;
  /** Directory of the built admin console (served at /admin). */
  adminDir: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** JSON lines (for a log collector) or coloured lines for a terminal (LOG_FORMAT=pretty). */
  logFormat: 'json' | 'pretty';
  /**
   * /metrics: on the main port only with this bearer token; on METRICS_PORT (loopback only) without
   * one. Neither set: no /metrics anywhere (404). Port 0 picks a free port (tests).
   */
  metrics: { token: string | null; port: number | null };
  /**
   * A request refused before its body was read (413, 401 …) is answered once its body has been read
   * and discarded, so the client, still sending, reads the answer; past this many bytes the answer is
   * sent and the connection closed.
   */
  discardMaxBytes: number;
  /** Pool size per process. */
  dbPoolMax: number;
  /**
   * WORKERS: server processes on this machine (node:cluster, all on PORT); 1 runs no cluster. Each
   * worker opens its own pool (`dbPoolMax`) and, with METRICS_PORT, serves /metrics on a port of its
   * own (METRICS_PORT + its index).
   */
  workers: number;
  /**
   * DIRECT_DATABASE_URL: PostgreSQL itself, for when DATABASE_URL is a transaction pooler (PgBouncer
   * `pool_mode = transaction`). What needs a session of its own connects here: the LISTEN
   * connections (session cache, subscriptions), the job queue and migrations (also
   * `npm run db:migrate` and `db:backup`/`db:restore`). Null: all of it uses DATABASE_URL.
   */
  directDatabaseUrl: string | null;
  /**
   * DB_PREPARED_STATEMENTS (on): hot reads run as protocol-level named prepared statements. Off
   * sends every statement unnamed, for a transaction pooler that cannot keep them (PgBouncer before
   * 1.21; from 1.21 with `max_prepared_statements` set, on works).
   */
  dbPreparedStatements: boolean;
  rateLimits: {
    perUserPerMinute: number;
    perApiTokenPerMinute: number;
    loginPerAddressPerMinute: number;
    syncMs: number;
  };
  authCacheSeconds: number;
  apiTokenMaxDays: number;
  /** The rating lifecycle: days of public notice, the fifth-star rule, minutes between award sweeps. */
  stars: { noticeDays: number; strongBranchRequiredForFifth: boolean; sweepMinutes: number };
  /** Seconds between statistics rollup refreshes; 0 turns the refresher off (tests refresh by hand). */
  statsRefreshSeconds: number;
  /**
   * STATS_DATABASE_URL: a PostgreSQL hot standby (streaming replica) of DATABASE_URL that the
   * statistics reads (campaignStats, trend, quarterly rankings, the dashboard's supervision figures)
   * run on; null: they run on the primary like everything else (server/src/db/replica.ts).
   */
  statsDatabaseUrl: string | null;
  /**
   * STATS_MAX_LAG_SECONDS: the most the standby may lag behind the primary and still serve them;
   * beyond it (or while it is down, unreachable or not in recovery) they run on the primary.
   */
  statsMaxLagSeconds: number;
  /** Evidence files: where they are stored (by content hash) and the largest accepted upload. */
  files: { dir: string; maxBytes: number };
  /**
   * PUBLIC_BASE_URL: where the public feed is reached from outside (behind a proxy), for its absolute
   * links; null: the request's own scheme and host.
   */
  publicBaseUrl: string | null;
  /** Spreadsheet imports: the largest upload, the most data rows, the most bytes an .xlsx may unzip to. */
  imports: { maxBytes: number; maxRows: number; maxUnzippedBytes: number };
  /** The residents' public form: submissions (and evaluations) per client address and hour. */
  residents: { submissionsPerAddressPerHour: number };
  /** The event feed: days events are kept, minutes between prunings. */
  events: { retentionDays: number; pruneMinutes: number };
  /**
   * Webhook delivery. `allowedHosts`: host patterns (`*.intranet.example`, `10.1.2.*`, `127.0.0.1`) a
   * target URL must match, and its resolved address too unless the address is itself listed; retries
   * wait `retryBaseMs` × 2^(attempt − 1), `maxAttempts` in all; a webhook is disabled after
   * `disableAfterFailures` failed attempts in a row; a rotated secret still signs for `rotationHours`.
   */
  webhooks: {
    allowedHosts: readonly string[];
    timeoutMs: number;
    retryBaseMs: number;
    maxAttempts: number;
    disableAfterFailures: number;
    rotationHours: number;
  };
  /** The PostgreSQL job queue (graphile-worker): off only for processes that must not deliver. */
  jobQueue: { enabled: boolean; concurrency: number; pollMs: number };
  /** Open subscriptions re-check their token this often (revocations are also heard at once). */
  subscriptions: { recheckMs: number };
  /** Reminders and escalations: minutes between sweeps of the rules (0: no scheduled sweep). */
  inbox: { sweepMinutes: number };
}

export class ConfigError extends Error {}

const projectRoot = path.resolve(
  __dirname,
  '..',
  '..',
  '..',
  ...(__dirname.includes(`${path.sep}dist${path.sep}`) ? ['..'] : []),
);

function int(env: NodeJS.ProcessEnv, name: string, def: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return def;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name} must be a whole number, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new ConfigError(`${name} must be between ${min} and ${max}, got ${n}`);
  return n;
}

/** An http(s) origin with an optional path, no query: the feed's links are built on it. */
function publicBaseUrl(env: NodeJS.ProcessEnv): string | null {
  const raw = env.PUBLIC_BASE_URL?.trim();
  if (!raw) return null;
  let u: URL | null;
  try {
    u = new URL(raw);
  } catch {
    u = null;
  }
  if (!u || !/^https?:$/.test(u.protocol) || u.search || u.hash || u.username || u.password)
    throw new ConfigError(
      `PUBLIC_BASE_URL must be an http(s) address without query, e.g. https://wx.example.cn, got "${raw}"`,
    );
  return raw.replace(/\/+$/, '');
}

function bool(env: NodeJS.ProcessEnv, name: string, def: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return def;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be 1/0, true/false, yes/no or on/off, got "${raw}"`);
}

/** WEBHOOK_ALLOWED_HOSTS: comma-separated host names, addresses or patterns with `*` for one label or more. */
function hostPatterns(raw: string | undefined): string[] {
  const list = (raw ?? '')
    .split(',')
    .map((x) => x.trim().toLowerCase())
    .filter(Boolean);
  for (const x of list) {
    if (!/^[a-z0-9*.:-]+$/.test(x) || x === '*' || /^\*\.?$/.test(x)) {
      throw new ConfigError(`WEBHOOK_ALLOWED_HOSTS: "${x}" is not a host pattern (e.g. *.intranet.example, 10.1.2.*)`);
    }
  }
  return list;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnvRaw = env.NODE_ENV || 'development';
  if (!['development', 'production', 'test'].includes(nodeEnvRaw)) {
    throw new ConfigError(`NODE_ENV must be development, production or test, got "${nodeEnvRaw}"`);
  }
  const nodeEnv = nodeEnvRaw as AppConfig['nodeEnv'];
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const directDatabaseUrl = env.DIRECT_DATABASE_URL?.trim() || null;
  if (directDatabaseUrl && !/^postgres(ql)?:\/\//.test(directDatabaseUrl)) {
    throw new ConfigError('DIRECT_DATABASE_URL must start with postgres:// or postgresql://');
  }
  if (directDatabaseUrl && !databaseUrl) {
    throw new ConfigError('DIRECT_DATABASE_URL is used only with DATABASE_URL (the pooler): set DATABASE_URL too');
  }
  const logLevel = (env.LOG_LEVEL || (nodeEnv === 'test' ? 'warn' : 'info')) as AppConfig['logLevel'];
  if (!['debug', 'info', 'warn', 'error'].includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be debug, info, warn or error, got "${logLevel}"`);
  }
  const logFormat = (env.LOG_FORMAT || 'json') as AppConfig['logFormat'];
  if (!['json', 'pretty'].includes(logFormat)) {
    throw new ConfigError(`LOG_FORMAT must be json or pretty, got "${logFormat}"`);
  }
  const statsDatabaseUrl = env.STATS_DATABASE_URL?.trim() || null;
  if (statsDatabaseUrl && !/^postgres(ql)?:\/\//.test(statsDatabaseUrl)) {
    throw new ConfigError('STATS_DATABASE_URL must start with postgres:// or postgresql://');
  }
  const metricsToken = env.METRICS_TOKEN?.trim() || null;
  if (metricsToken && metricsToken.length < 16) {
    throw new ConfigError('METRICS_TOKEN must be at least 16 characters (e.g. openssl rand -hex 24)');
  }
  const metricsPort = env.METRICS_PORT?.trim() ? int(env, 'METRICS_PORT', 0, 0, 65535) : null;
  const workers = int(env, 'WORKERS', 1, 1, 64);
  if (metricsPort && metricsPort + workers - 1 > 65535) {
    throw new ConfigError(
      `METRICS_PORT ${metricsPort} + WORKERS ${workers}: each worker needs a port of its own up to 65535`,
    );
  }
  const fileMaxMb = int(env, 'FILE_MAX_MB', 20, 1, 1024);
  // Demo data: always with the embedded database (it exists to show the product), on request
  // with an external one, never in production.
  const seedDemo = nodeEnv !== 'production' && bool(env, 'SEED_DEMO', databaseUrl === null);
  return Object.freeze({
    nodeEnv,
    port: int(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    embeddedDataDir: path.resolve(projectRoot, env.PG_DATA_DIR || '.data/postgres'),
    seedDemo,
    sessionTtlHours: int(env, 'SESSION_TTL_HOURS', 12, 1, 24 * 30),
    loginMaxFailures: int(env, 'LOGIN_MAX_FAILURES', 5, 1, 1000),
    loginWindowMinutes: int(env, 'LOGIN_WINDOW_MINUTES', 15, 1, 24 * 60),
    adminDir: path.resolve(projectRoot, env.ADMIN_DIR || 'admin/dist'),
    logLevel,
    logFormat,
    metrics: { token: metricsToken, port: metricsPort },
    discardMaxBytes: int(env, 'REQUEST_DISCARD_MAX_MB', Math.max(64, 2 * fileMaxMb), 1, 4096) * 1024 * 1024,
    dbPoolMax: int(env, 'DB_POOL_MAX', 10, 1, 200),
    workers,
    directDatabaseUrl,
    dbPreparedStatements: bool(env, 'DB_PREPARED_STATEMENTS', true),
    rateLimits: {
      perUserPerMinute: int(env, 'RATE_LIMIT_USER_PER_MINUTE', 600, 1, 1_000_000),
      perApiTokenPerMinute: int(env, 'RATE_LIMIT_API_TOKEN_PER_MINUTE', 1200, 1, 1_000_000),
      loginPerAddressPerMinute: int(env, 'RATE_LIMIT_LOGIN_PER_ADDRESS_PER_MINUTE', 30, 1, 1_000_000),
      // How often each process adds its counted requests to the shared counters (and learns the others').
      syncMs: int(env, 'RATE_LIMIT_SYNC_MS', 1000, 50, 60_000),
    },
    // How long a resolved session may be reused without reading it again (0 = read it on every request).
    authCacheSeconds: int(env, 'AUTH_CACHE_SECONDS', 30, 0, 3600),
    apiTokenMaxDays: int(env, 'API_TOKEN_MAX_DAYS', 366, 1, 3660),
    statsRefreshSeconds: int(env, 'STATS_REFRESH_SECONDS', 60, 0, 24 * 3600),
    statsDatabaseUrl,
    statsMaxLagSeconds: int(env, 'STATS_MAX_LAG_SECONDS', 5, 0, 24 * 3600),
    stars: {
      noticeDays: int(env, 'STAR_NOTICE_DAYS', 7, 1, 90),
      strongBranchRequiredForFifth: bool(env, 'STAR_STRONG_BRANCH_REQUIRED_FOR_FIFTH', true),
      sweepMinutes: int(env, 'STAR_AWARD_SWEEP_MINUTES', 60, 1, 24 * 60),
    },
    files: {
      dir: path.resolve(projectRoot, env.FILES_DIR || '.data/files'),
      maxBytes: fileMaxMb * 1024 * 1024,
    },
    publicBaseUrl: publicBaseUrl(env),
    imports: {
      maxBytes: int(env, 'IMPORT_MAX_MB', 20, 1, 1024) * 1024 * 1024,
      maxRows: int(env, 'IMPORT_MAX_ROWS', 250_000, 1, 10_000_000),
      maxUnzippedBytes: int(env, 'IMPORT_MAX_UNZIPPED_MB', 300, 1, 10_240) * 1024 * 1024,
    },
    residents: {
      submissionsPerAddressPerHour: int(env, 'RESIDENT_FORM_PER_ADDRESS_PER_HOUR', 10, 1, 1_000_000),
    },
    events: {
      retentionDays: int(env, 'EVENTS_RETENTION_DAYS', 90, 1, 3660),
      pruneMinutes: int(env, 'EVENTS_PRUNE_MINUTES', 60, 0, 24 * 60),
    },
    webhooks: {
      allowedHosts: hostPatterns(env.WEBHOOK_ALLOWED_HOSTS),
      timeoutMs: int(env, 'WEBHOOK_TIMEOUT_MS', 10_000, 100, 60_000),
      // 20 s doubling over 12 attempts: the last about 23 hours after the first.
      retryBaseMs: int(env, 'WEBHOOK_RETRY_BASE_MS', 20_000, 10, 3_600_000),
      maxAttempts: int(env, 'WEBHOOK_MAX_ATTEMPTS', 12, 1, 30),
      disableAfterFailures: int(env, 'WEBHOOK_DISABLE_AFTER_FAILURES', 50, 1, 100_000),
      rotationHours: int(env, 'WEBHOOK_ROTATION_HOURS', 24, 0, 24 * 30),
    },
    jobQueue: {
      enabled: bool(env, 'JOB_QUEUE', true),
      concurrency: int(env, 'JOB_QUEUE_CONCURRENCY', 4, 1, 100),
      pollMs: int(env, 'JOB_QUEUE_POLL_MS', 2000, 50, 60_000),
    },
    subscriptions: { recheckMs: int(env, 'SUBSCRIPTION_RECHECK_MS', 30_000, 50, 3_600_000) },
    inbox: { sweepMinutes: int(env, 'INBOX_SWEEP_MINUTES', 5, 0, 59) },
  });
}

export { projectRoot };
