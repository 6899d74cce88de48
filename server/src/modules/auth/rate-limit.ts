/**
 * Fixed-window rate limits kept in PostgreSQL, so that every server process behind a load
 * balancer counts against the same budget: one upsert per check. Answers 429 with Retry-After.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../common/errors';
import { errorArgs } from '../../common/reasons';
import { RateLimitReasons } from './auth.errors';

/** Whose budget a request counted against: `user`, `apiToken`, `address` (sent in the error's params). */
type RateLimitScope = string;

export class RateLimitedError extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    per: RateLimitScope,
  ) {
    super(
      ...errorArgs(RateLimitReasons.EXCEEDED, {
        params: { retryAfterSeconds, per },
        extra: {
          retryAfterSeconds,
          http: { status: 429, headers: new Map([['Retry-After', String(retryAfterSeconds)]]) },
        },
      }),
    );
  }
}

export interface RateLimits {
  perUserPerMinute: number;
  perApiTokenPerMinute: number;
  loginPerAddressPerMinute: number;
  syncMs?: number;
}

/**
 * Count one request in `bucket`; throw RateLimitedError past `limit` within the current window.
 * `windowSeconds` windows are aligned to the epoch, so all processes agree on them.
 */
export async function hitRateLimit(
  em: EntityManager,
  bucket: string,
  limit: number,
  windowSeconds: number,
  now: Date,
  per: RateLimitScope,
): Promise<void> {
  const windowMs = windowSeconds * 1000;
  const start = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await em.execute<{ hits: number }[]>(
    `insert into rate_limit_counter (bucket, window_start, hits) values (?, ?, 1)
     on conflict (bucket, window_start) do update set hits = rate_limit_counter.hits + 1
     returning hits`,
    [bucket.slice(0, 120), start],
  );
  if (row.hits > limit) {
    throw new RateLimitedError(Math.max(1, Math.ceil((start.getTime() + windowMs - now.getTime()) / 1000)), per);
  }
}

/** Forget windows that ended more than an hour ago. */
export async function pruneRateLimits(em: EntityManager, now: Date): Promise<void> {
  await em.execute('delete from rate_limit_counter where window_start < ?', [new Date(now.getTime() - 3_600_000)]);
}

interface Window {
  start: number;
  /** Hits of every process in this window, as of this process's last sync. */
  shared: number;
  /** Hits counted here and not yet added to the shared counter. */
  pending: number;
  /** Hits on their way to the shared counter (a sync in flight): still counted until it answers. */
  sending: number;
}

/**
 * Per-request limits counted in memory and added to the shared PostgreSQL counter in one
 * statement per sync (every `syncMs`), so that a request costs no database write. One process
 * enforces its limit exactly; across processes each one learns the others' hits at its next sync,
 * so a client spreading requests over N processes gets at most about a second of extra requests
 * from each before every process refuses it. Sign-in attempts keep the exact per-attempt counter
 * (`hitRateLimit`): they are rare, and guessing passwords is what the limit is for.
 */
export class SharedRateLimiter {
  private readonly windows = new Map<string, Window>();
  private syncing: Promise<void> | null = null;

  constructor(private readonly em: () => EntityManager) {}

  /** Count one request in `bucket`; throw RateLimitedError past `limit` within the current window. */
  hit(bucket: string, limit: number, windowSeconds: number, now: Date, per: RateLimitScope): void {
    const windowMs = windowSeconds * 1000;
    const start = Math.floor(now.getTime() / windowMs) * windowMs;
    const key = `${bucket.slice(0, 120)}@${windowSeconds}`;
    let w = this.windows.get(key);
    if (!w || w.start !== start) {
      w = { start, shared: 0, pending: 0, sending: 0 };
      this.windows.set(key, w);
    }
    w.pending++;
    if (w.shared + w.sending + w.pending > limit) {
      throw new RateLimitedError(Math.max(1, Math.ceil((start + windowMs - now.getTime()) / 1000)), per);
    }
  }

  /** Add pending hits to the shared counters and learn the totals; forget windows long past. */
  sync(now: Date): Promise<void> {
    this.syncing ??= this.flush(now).finally(() => {
      this.syncing = null;
    });
    return this.syncing;
  }

  private async flush(now: Date): Promise<void> {
    const batch: { key: string; bucket: string; w: Window; n: number }[] = [];
    for (const [key, w] of this.windows) {
      const windowMs = Number(key.slice(key.lastIndexOf('@') + 1)) * 1000;
      if (w.start + windowMs < now.getTime() - windowMs) {
        this.windows.delete(key);
        continue;
      }
      if (w.pending > 0) batch.push({ key, bucket: key.slice(0, key.lastIndexOf('@')), w, n: w.pending });
    }
    if (!batch.length) return;
    // Moved, not dropped: until the sync answers, these hits count as `sending`, so a request
    // arriving meanwhile cannot slip under the limit.
    for (const b of batch) {
      b.w.pending -= b.n;
      b.w.sending += b.n;
    }
    try {
      const rows = await this.em().execute<{ bucket: string; window_start: string | Date; hits: number }[]>(
        `insert into rate_limit_counter (bucket, window_start, hits)
         select bucket, window_start, hits from json_to_recordset(?::json) as b(bucket text, window_start timestamptz, hits int)
         on conflict (bucket, window_start) do update set hits = rate_limit_counter.hits + excluded.hits
         returning bucket, window_start, hits`,
        [
          JSON.stringify(
            batch.map((b) => ({ bucket: b.bucket, window_start: new Date(b.w.start).toISOString(), hits: b.n })),
          ),
        ],
      );
      const totals = new Map(rows.map((r) => [`${r.bucket}|${new Date(r.window_start).getTime()}`, Number(r.hits)]));
      for (const b of batch) {
        b.w.sending -= b.n;
        const total = totals.get(`${b.bucket}|${b.w.start}`);
        // The total includes the hits just sent; it never lowers what this process already knew.
        b.w.shared = Math.max(b.w.shared + b.n, total ?? 0);
      }
    } catch (e) {
      // Keep the hits for the next sync; enforcement here goes on with what is known.
      for (const b of batch) {
        b.w.sending -= b.n;
        b.w.pending += b.n;
      }
      throw e;
    }
  }
}
