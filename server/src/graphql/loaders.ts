/**
 * Per-request batch loaders: a field resolver asks for one record, the loader fetches every record
 * asked for in the same tick with one `IN (...)` query. This is what keeps list pages from N+1.
 * Each module adds its own (`loaders` in its manifest) and merges their types into `Loaders`.
 */
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName } from '@mikro-orm/core';
import { assembleLazily } from './lazy-parts';

/** What a module's loader factory gets: the request's EntityManager and clock. */
export interface LoaderScope {
  em: EntityManager;
  /** The Asia/Shanghai calendar date of the request. */
  today: () => string;
  now: () => Date;
}

/** The part of a module manifest that builds loaders (graphql/module.ts has the whole manifest). */
export interface LoaderContribution {
  loaders?: (scope: LoaderScope) => object;
}

/** Merged into by each module's index.ts (`declare module`) with the return type of its loader factory. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface Loaders {}

/** The value a loader resolves to: `Loaded<'heldStars'>` is `BranchStar[]`. */
export type Loaded<K extends keyof Loaders> = Loaders[K] extends DataLoader<never, infer V> ? V : never;

/** Records of one entity by a unique key (null for a key with no record). */
export function byKey<T extends object, K extends string | number>(
  em: EntityManager,
  entity: EntityName<T>,
  key: string,
) {
  return new DataLoader<K, T | null>(async (keys) => {
    const rows = await em.find(entity, { [key]: { $in: [...keys] } } as never);
    const map = new Map(rows.map((r) => [(r as Record<string, unknown>)[key] as K, r]));
    return keys.map((k) => map.get(k) ?? null);
  });
}

/** The loaders of one request; a module's loaders are built when one of them is first asked for (lazy-parts.ts). */
export function createLoaders(
  em: EntityManager,
  modules: readonly LoaderContribution[],
  today: () => string,
  now: () => Date = () => new Date(`${today()}T12:00:00+08:00`),
): Loaders {
  const scope: LoaderScope = { em, today, now };
  return assembleLazily(
    {} as Loaders,
    modules,
    modules.map((m) => (m.loaders ? () => m.loaders!(scope) : null)),
  );
}
