import { OptimisticLockError, Utils, type EntityManager, type EntityName } from '@mikro-orm/core';

/** The record a mutation changes, and the version its client read (optimistic locking), if it sent one. */
export interface RecordWrite {
  entity: EntityName<object>;
  id: number | string;
  version?: number | null;
}

/** What the writers of a record so far have shown: its version (null: unknown) and who may write it. */
interface Known {
  version: number | null;
  writers: ReadonlySet<number>;
}

/**
 * Writers of one record in this process, in line: each entry settles, never rejecting, with what is
 * known once the last writer in line has finished. Losers of an optimistic-lock race would otherwise
 * each hold a pooled connection, blocked on the record's row until the winner commits, and a burst of
 * them exhausts the pool; in line they hold nothing while they wait, and a stale version is refused
 * without touching the database. Writers in other processes still race in PostgreSQL, which stays
 * the arbiter: the UPDATE itself checks the version again.
 */
const lines = new Map<string, Promise<Known>>();

const nobody: Known = { version: null, writers: new Set() };

/**
 * Run `write` once the writers of the same record ahead of it in this process are done. It is refused
 * as stale at once when one of them has moved the record past the version it carries and `userId` has
 * already been let through to this record (an answer of CONFLICT must not tell a user who may not see
 * the record that it exists: services check access before the version, so a user whose write reached
 * the version check may see it). `versionAfter` tells the version `write` left the record at.
 */
export function writeInTurn<T>(
  record: RecordWrite,
  userId: number | null,
  write: () => Promise<T>,
  versionAfter: () => number | null,
): Promise<T> {
  const key = `${Utils.className(record.entity)}#${record.id}`;
  const ahead = lines.get(key) ?? Promise.resolve(nobody);
  const admit = (known: Known): Known =>
    userId === null || known.writers.has(userId) ? known : { ...known, writers: new Set(known.writers).add(userId) };
  const mine = ahead.then((known) => {
    if (
      known.version !== null &&
      record.version != null &&
      record.version < known.version &&
      userId !== null &&
      known.writers.has(userId)
    ) {
      throw new OptimisticLockError(
        `The optimistic lock failed, version ${record.version} was expected, but is actually ${known.version}`,
      );
    }
    return write();
  });
  const settled = ahead.then((known) =>
    mine.then(
      () => admit({ ...known, version: versionAfter() ?? known.version }),
      // A writer that failed changed nothing; one refused for its version had passed the access check.
      (error: unknown) => (error instanceof OptimisticLockError ? admit(known) : known),
    ),
  );
  lines.set(key, settled);
  void settled.then(() => {
    if (lines.get(key) === settled) lines.delete(key);
  });
  return mine;
}

/** The version of `record` as `em` holds it now (after a flush: as written), or null. */
export function versionOf(em: EntityManager, record: RecordWrite): number | null {
  const meta = em.getMetadata().find(Utils.className(record.entity));
  if (!meta?.versionProperty) return null;
  const managed = em.getUnitOfWork().getById<Record<string, unknown>>(meta.className, record.id as never);
  const version = managed?.[meta.versionProperty];
  return typeof version === 'number' ? version : null;
}
