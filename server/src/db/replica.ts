/**
 * Statistics reads on a PostgreSQL hot standby (STATS_DATABASE_URL; docs/SCALING.md § 2).
 *
 * The statistics (campaignStats, trend, the live quarterly ranking, the dashboard's supervision
 * counts) are read-only statements outside transactions. With a standby configured they run on a
 * second ORM opened on it (db/orm.ts `openStandbyOrm`: the same mapping, so `em.count`, `em.execute`
 * and `queryPrepared` send exactly the SQL they would send to the primary, and a hot statement stays
 * a named prepared statement there). Who may read what is decided before, on the primary, as
 * without a standby: the standby only runs the statement the primary would have run.
 *
 * The standby is used only while its last check (at most CHECK_MS old, on a background check that
 * no request waits for unless the verdict is twice that old) found it in recovery and no more than
 * `maxLagSeconds` behind. Lag: 0 when it has replayed the primary's current WAL position (the replay
 * timestamp alone would age while the primary is idle), else the age of the last transaction it
 * replayed. Down, unreachable (connection attempts give up after a second), promoted or lagging: the
 * statement runs on the primary; a statement failing on the standby is run once more on the
 * primary. One warn line when the reads leave the standby, one info line when they come back.
 * Statements run on the standby are reported on the primary's knex 'query' event too (tests count
 * statements there), the checks are not.
 */
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';

/** The application's logger, as far as this uses it (graphql/errors.ts' Logger). */
interface Logger {
  info(msg: string, meta?: unknown): void;
  warn(msg: string, meta?: unknown): void;
}

export type StatsSource = 'replica' | 'primary';

/** How long a check of the standby is trusted. */
export const CHECK_MS = 1000;

interface RawConnection {
  query(text: string): Promise<{ rows: Record<string, unknown>[] }>;
}

interface KnexClient {
  acquireConnection(): Promise<unknown>;
  releaseConnection(c: unknown): Promise<unknown>;
  emit(event: string, payload: unknown): boolean;
}

/** One statement on a pooled connection of `orm`, past knex (so it is not reported as a statement). */
async function rawQuery(orm: MikroORM, text: string): Promise<Record<string, unknown>[]> {
  const client = orm.em.getConnection().getKnex().client as KnexClient;
  const connection = (await client.acquireConnection()) as RawConnection;
  try {
    return (await connection.query(text)).rows;
  } finally {
    await client.releaseConnection(connection);
  }
}

/** A pg_lsn ("16/B374D848") as a number of bytes. */
function lsnBytes(lsn: string): bigint {
  const [hi, lo] = lsn.split('/');
  return (BigInt(`0x${hi}`) << 32n) + BigInt(`0x${lo}`);
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * Whether an error says the standby (not the statement) is the problem: no SQLSTATE (refused,
 * reset, timed out, the pool), or a connection, resources, shutdown or internal class. A statement
 * error (e.g. cancelled by a recovery conflict, 40001) is run again on the primary all the same.
 */
function standbyProblem(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return true;
  return /^(08|53|57|58|XX)/.test(code);
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
      timer.unref();
    }),
  ]).finally(() => clearTimeout(timer));
}

export interface StatsReplicaOptions {
  /** The ORM opened on the standby (openStandbyOrm). Closed by close(). */
  standby: MikroORM;
  /** The application's ORM: its WAL position, and its 'query' event. */
  primary: MikroORM;
  /** STATS_MAX_LAG_SECONDS. */
  maxLagSeconds: number;
  log: Logger;
  /** Milliseconds a check may take before the standby counts as unreachable. */
  checkTimeoutMs?: number;
}

export class StatsReplica {
  readonly orm: MikroORM;
  /** Statistics reads answered so far, by where they ran (fivestar_stats_reads_total). */
  readonly served: Record<StatsSource, number> = { replica: 0, primary: 0 };
  /** The standby's lag at the last check, in seconds; null while unknown (down, unreachable). */
  lagSeconds: number | null = null;
  private usable = false;
  /** Whether a verdict was reached yet (the first one is logged either way). */
  private known = false;
  private checkedAt = 0;
  private checking: Promise<void> | null = null;
  private closed = false;
  private readonly opts: StatsReplicaOptions;

  private constructor(opts: StatsReplicaOptions) {
    this.opts = opts;
    this.orm = opts.standby;
    const primary = opts.primary.em.getConnection().getKnex().client as KnexClient;
    this.orm.em
      .getConnection()
      .getKnex()
      .on('query', (q: unknown) => primary.emit('query', q));
  }

  /** Start using the standby: resolves after the first check (a standby that is down only makes it the primary). */
  static async start(opts: StatsReplicaOptions): Promise<StatsReplica> {
    const r = new StatsReplica(opts);
    await r.refresh();
    return r;
  }

  /** True while statistics reads go to the standby. */
  inUse(): boolean {
    return this.usable && !this.closed;
  }

  /**
   * Run a statistics read: `run` gets the standby's EntityManager while the standby is usable, else
   * (and inside a transaction, and once more after a failure on the standby) `em`, the primary's.
   */
  async read<T>(em: EntityManager, run: (em: EntityManager) => Promise<T>): Promise<T> {
    if (em.isInTransaction() || !(await this.decide())) {
      this.served.primary++;
      return run(em);
    }
    try {
      const answer = await run(this.orm.em.fork());
      this.served.replica++;
      return answer;
    } catch (e) {
      if (standbyProblem(e)) this.verdict(false, `a statement failed there (${messageOf(e)})`);
      else this.opts.log.warn('statistics replica: a statement failed there, running it on the primary', messageOf(e));
      this.served.primary++;
      return run(em);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.checking;
    await this.orm.close(true);
  }

  /** The verdict to act on: a fresh one, or the last while the next is being reached. */
  private async decide(): Promise<boolean> {
    const age = Date.now() - this.checkedAt;
    if (age >= CHECK_MS) void this.refresh();
    // Reading from a standby checked long ago could break the lag bound: wait for the new check.
    // Falling back to the primary needs no such care.
    if (this.usable && age >= 2 * CHECK_MS) await this.checking;
    return this.inUse();
  }

  private refresh(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return (this.checking ??= this.check().finally(() => {
      this.checking = null;
    }));
  }

  private async check(): Promise<void> {
    const timeout = this.opts.checkTimeoutMs ?? 3000;
    try {
      const { ok, reason, lag } = await withTimeout(this.measure(), timeout, 'checking the standby');
      this.lagSeconds = lag;
      this.verdict(ok, reason);
    } catch (e) {
      this.lagSeconds = null;
      this.verdict(false, `unreachable (${messageOf(e)})`);
    }
  }

  private async measure(): Promise<{ ok: boolean; reason: string; lag: number | null }> {
    // The primary's position first: a standby that has replayed up to it is not behind at all.
    const primaryLsn = await rawQuery(this.opts.primary, 'select pg_current_wal_lsn()::text as lsn').then(
      (rows) => (rows[0]?.lsn as string | null) ?? null,
      () => null,
    );
    const [s] = await rawQuery(
      this.orm,
      `select pg_is_in_recovery() as standby, pg_last_wal_replay_lsn()::text as replay_lsn,
              extract(epoch from now() - pg_last_xact_replay_timestamp())::float8 as replay_age`,
    );
    if (!s.standby) return { ok: false, reason: 'it is not a standby (not in recovery)', lag: null };
    const replayLsn = s.replay_lsn as string | null;
    const caughtUp = primaryLsn !== null && replayLsn !== null && lsnBytes(replayLsn) >= lsnBytes(primaryLsn);
    const lag = caughtUp ? 0 : s.replay_age === null ? null : Math.max(0, Number(s.replay_age));
    if (lag === null) return { ok: false, reason: 'its lag is unknown (behind, nothing replayed yet)', lag };
    const max = this.opts.maxLagSeconds;
    if (lag > max) return { ok: false, reason: `it lags ${lag.toFixed(1)} s (STATS_MAX_LAG_SECONDS=${max})`, lag };
    return { ok: true, reason: '', lag };
  }

  private verdict(ok: boolean, reason: string): void {
    this.checkedAt = Date.now();
    const was = this.known ? this.usable : null;
    this.known = true;
    this.usable = ok;
    if (this.closed) return;
    if (ok && was !== true)
      this.opts.log.info('statistics reads: on the replica (STATS_DATABASE_URL)', { lagSeconds: this.lagSeconds });
    else if (!ok && was !== false)
      this.opts.log.warn(`statistics reads: on the primary, the replica is unusable: ${reason}`, { reason });
  }
}

/** Run a statistics read on the standby when one is configured and usable, else on `em` (the primary). */
export function readStats<T>(
  replica: StatsReplica | undefined,
  em: EntityManager,
  run: (em: EntityManager) => Promise<T>,
): Promise<T> {
  return replica ? replica.read(em, run) : run(em);
}
