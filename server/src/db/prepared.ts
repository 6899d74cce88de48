/**
 * Named prepared statements for the few large, hot read statements (campaignStats): PostgreSQL
 * plans one once per connection and then reuses a generic plan, where an unnamed statement is
 * planned on every request (7 ms of planning for the ~10 ms province statistics statement).
 * MikroORM/knex send unnamed statements only, so this borrows a pooled connection from knex and
 * speaks node-postgres directly. Reports the statement like knex does (tests count statements).
 */
import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

interface PgConnection {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

const names = new Map<string, string>();
/** Statement shapes kept prepared (per connection, on the server too); rarer shapes run unnamed. */
const MAX_NAMED = 200;

/** Run `text` (with `$1`… placeholders) as a named prepared statement; not inside a transaction. */
export async function queryPrepared<T>(em: EntityManager, text: string, values: unknown[]): Promise<T[]> {
  if (em.isInTransaction()) throw new Error('queryPrepared runs outside transactions only');
  let name = names.get(text);
  if (!name && names.size < MAX_NAMED) {
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
