/**
 * Idempotent create mutations (IETF Idempotency-Key / Relay clientMutationId): a client on a poor
 * network retries with the same `clientMutationId` and gets the record the first attempt created,
 * with nothing written twice. The key is reserved inside the mutation's transaction, so concurrent
 * retries wait for the first one and then replay it. Keys are kept for 48 hours.
 */
import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { canonicalJson } from '../../common/canonical-json';
import { fail } from '../../common/reasons';
import { IdempotencyReasons } from './audit.errors';

export interface IdempotencyRequest {
  userId: number;
  key: string;
  operation: string;
  /** The mutation's input, minus the key: a retry must send the same. */
  input: unknown;
  now: Date;
}

export function checkKey(key: string): string {
  if (!/^[\w.:-]{8,64}$/.test(key)) {
    throw fail(IdempotencyReasons.BAD_KEY, { field: 'clientMutationId' });
  }
  return key;
}

/**
 * Reserve the key. Returns the earlier result to replay, or null when this is the first attempt
 * (then call `complete` with the result before the transaction commits).
 */
export async function reserve(tx: EntityManager, r: IdempotencyRequest): Promise<{ type: string; id: string } | null> {
  const hash = crypto.createHash('sha256').update(canonicalJson(r.input)).digest('hex');
  const inserted = await tx.execute<{ key: string }[]>(
    `insert into idempotency_key (user_id, key, operation, request_hash, created_at) values (?, ?, ?, ?, ?)
     on conflict (user_id, key) do nothing returning key`,
    [r.userId, r.key, r.operation, hash, r.now],
  );
  if (inserted.length) return null;
  // Another attempt holds (or held) the key: the insert above waited for it to commit.
  const [row] = await tx.execute<
    { operation: string; request_hash: string; result_type: string | null; result_id: string | null }[]
  >('select operation, request_hash, result_type, result_id from idempotency_key where user_id = ? and key = ?', [
    r.userId,
    r.key,
  ]);
  if (!row || row.operation !== r.operation || row.request_hash !== hash || !row.result_type || !row.result_id) {
    throw fail(IdempotencyReasons.KEY_REUSED, { field: 'clientMutationId' });
  }
  return { type: row.result_type, id: row.result_id };
}

export async function complete(tx: EntityManager, userId: number, key: string, result: object): Promise<void> {
  const entity = result as { id?: unknown; code?: unknown };
  await tx.execute('update idempotency_key set result_type = ?, result_id = ? where user_id = ? and key = ?', [
    result.constructor.name,
    String(entity.id ?? entity.code),
    userId,
    key,
  ]);
}

export async function pruneIdempotencyKeys(em: EntityManager, now: Date): Promise<void> {
  await em.execute('delete from idempotency_key where created_at < ?', [new Date(now.getTime() - 48 * 3_600_000)]);
}
