/**
 * Fixed-window rate limits kept in PostgreSQL, so that every server process behind a load
 * balancer counts against the same budget: one upsert per check. Answers 429 with Retry-After.
 */
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../common/errors';

@Entity({ tableName: 'rate_limit_counter' })
export class RateLimitCounter {
  @PrimaryKey({ length: 120 })
  bucket!: string;

  @PrimaryKey({ type: 'timestamptz' })
  windowStart!: Date;

  @Property({ type: 'integer' })
  hits!: number;
}

export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number, what: string) {
    super('FORBIDDEN', 'RATE_LIMIT.EXCEEDED', `请求过于频繁，请 ${retryAfterSeconds} 秒后再试 (too many requests ${what}; retry later)`, {
      retryAfterSeconds,
      http: { status: 429, headers: new Map([['Retry-After', String(retryAfterSeconds)]]) },
    });
  }
}

export interface RateLimits {
  perUserPerMinute: number;
  perApiTokenPerMinute: number;
  loginPerAddressPerMinute: number;
}

/**
 * Count one request in `bucket`; throw RateLimitedError past `limit` within the current window.
 * `windowSeconds` windows are aligned to the epoch, so all processes agree on them.
 */
export async function hitRateLimit(em: EntityManager, bucket: string, limit: number, windowSeconds: number, now: Date, what: string): Promise<void> {
  const windowMs = windowSeconds * 1000;
  const start = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await em.execute<{ hits: number }[]>(
    `insert into rate_limit_counter (bucket, window_start, hits) values (?, ?, 1)
     on conflict (bucket, window_start) do update set hits = rate_limit_counter.hits + 1
     returning hits`,
    [bucket.slice(0, 120), start],
  );
  if (row.hits > limit) {
    throw new RateLimitedError(Math.max(1, Math.ceil((start.getTime() + windowMs - now.getTime()) / 1000)), what);
  }
}

/** Forget windows that ended more than an hour ago. */
export async function pruneRateLimits(em: EntityManager, now: Date): Promise<void> {
  await em.execute('delete from rate_limit_counter where window_start < ?', [new Date(now.getTime() - 3_600_000)]);
}
