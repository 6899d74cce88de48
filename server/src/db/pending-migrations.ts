/** Which of the code's migrations the database has not applied (readiness: /readyz). */
import type { EntityManager } from '@mikro-orm/postgresql';
import { migrationsList } from '../../../migrations';

const strip = (name: string) => name.replace(/\.[jt]s$/, '');

export async function pendingMigrations(em: EntityManager): Promise<string[]> {
  const [{ present }] = await em.execute<{ present: boolean }[]>(
    `select to_regclass('mikro_orm_migrations') is not null as present`,
  );
  const applied = present
    ? new Set((await em.execute<{ name: string }[]>('select name from mikro_orm_migrations')).map((r) => strip(r.name)))
    : new Set<string>();
  return migrationsList.map((m) => strip(m.name)).filter((n) => !applied.has(n));
}
