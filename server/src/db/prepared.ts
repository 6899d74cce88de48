/**
 * Named prepared statements for the few large, hot read statements (campaignStats): PostgreSQL
 * plans one once per connection and then reuses a generic plan, where an unnamed statement is
 * planned on every request (7 ms of planning for the ~10 ms province statistics statement).
 * MikroORM/knex send unnamed statements only, so this borrows a pooled connection from knex and
 * speaks node-postgres directly. Reports the statement like knex does (tests count statements).
 *
 * DB_PREPARED_STATEMENTS=off (`usePreparedStatements`): the same statements go unnamed, for a transaction
 * pooler that cannot keep a statement prepared on one server connection for the next (PgBouncer
 * before 1.21: the next transaction may get another server connection, where it does not exist).
 */
import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

interface PgConnection {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

const names = new Map<string, string>();
/** Statement shapes kept prepared (per connection, on the server too); rarer shapes run unnamed. */
const MAX_NAMED = 200;
/** The ORMs (by their configuration, shared by every fork) whose statements all go unnamed. */
const unnamed = new WeakSet<object>();

/**
 * Whether queryPrepared names its statements on this ORM (on unless told): createApp applies
 * DB_PREPARED_STATEMENTS to every ORM it reads through (the primary's, a standby's).
 */
export function usePreparedStatements(orm: { config: object }, on: boolean): void {
  if (on) unnamed.delete(orm.config);
  else unnamed.add(orm.config);
}

/** Run `text` (with `$1`… placeholders) as a named prepared statement (unless off); not inside a transaction. */
export async function queryPrepared<T>(em: EntityManager, text: string, values: unknown[]): Promise<T[]> {
  if (em.isInTransaction()) throw new Error('queryPrepared runs outside transactions only');
  const named = !unnamed.has(em.config);
  let name = named ? names.get(text) : undefined;
  if (named && !name && names.size < MAX_NAMED) {
    name = `fs_${crypto.createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  const knex = em.getConnection().getKnex();
  const connection = (await knex.client.acquireConnection()) as PgConnection;
  try {
    knex.client.emit('query', { sql: text, bindings: values, method: 'raw' });
    return (await connection.query(name ? { name, text, values } : { text, values })).rows as T[];
  } finally {
    await knex.client.releaseConnection(connection);
  }
}
