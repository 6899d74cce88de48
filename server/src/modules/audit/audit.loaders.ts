/**
 * Names of the records the audit trail is about (and of the users who acted), for a page of
 * entries at a constant number of statements: one query per target type on the page (with its
 * label's relation joined), whatever the number of rows. The audit module knows no other module:
 * a record's label is found through the ORM's metadata — its own name-like property, or that of
 * the record it belongs to (a transition's application's branch, a position's person).
 */
import DataLoader from 'dataloader';
import type { EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { LoaderScope } from '../../graphql/loaders';

/** Properties that name a record, in order of preference. */
const LABEL_PROPS = ['name', 'displayName', 'title', 'description', 'username', 'code'];
/** Relations through which a record without a name of its own is named, in order of preference. */
const VIA = [
  'branch',
  'person',
  'targetUnit',
  'responsibleUnit',
  'unit',
  'application',
  'finding',
  'spotCheck',
  'plan',
  'item',
  'team',
  'user',
  'starType',
];

function relationTarget(em: EntityManager, meta: EntityMetadata, rel: string): EntityMetadata | null {
  const p = meta.properties[rel];
  if (!p || (p.kind !== 'm:1' && p.kind !== '1:1')) return null;
  return em.getMetadata().find(p.type) ?? null;
}

/**
 * The paths to properties that name records of `meta`, best first ("name"; "title", then
 * "person.name" when the title is empty; "application.branch.name").
 */
function labelPaths(em: EntityManager, meta: EntityMetadata, depth = 0): string[][] {
  const own = LABEL_PROPS.filter((p) => meta.properties[p]?.kind === 'scalar').map((p) => [p]);
  if (depth >= 2) return own;
  for (const rel of VIA) {
    const target = relationTarget(em, meta, rel);
    const rest = target ? labelPaths(em, target, depth + 1) : [];
    if (rest.length) return [...own, ...rest.map((r) => [rel, ...r])];
  }
  return own;
}

function read(entity: unknown, path: string[]): string | null {
  let v: unknown = entity;
  for (const key of path) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : null;
  return v === null || v === undefined || v === '' ? null : String(v);
}

/** Label of `Type:id` keys (null for an unknown type, a record gone, or a type without a name). */
export function recordLabels(em: EntityManager) {
  return new DataLoader<string, string | null>(async (keys) => {
    const byType = new Map<string, string[]>();
    for (const k of keys) {
      const i = k.indexOf(':');
      const list = byType.get(k.slice(0, i)) ?? [];
      list.push(k.slice(i + 1));
      byType.set(k.slice(0, i), list);
    }
    const labels = new Map<string, string | null>();
    await Promise.all(
      [...byType].map(async ([type, ids]) => {
        const meta = em.getMetadata().find(type);
        const paths = meta ? labelPaths(em, meta) : [];
        if (!meta || !paths.length || meta.primaryKeys.length !== 1) return;
        const pk = meta.primaryKeys[0];
        const numeric = ['number', 'integer', 'bigint'].includes(String(meta.properties[pk].type).toLowerCase());
        const values = numeric ? ids.filter((x) => /^\d+$/.test(x)).map(Number) : ids;
        if (!values.length) return;
        const rows = await em.find(meta.class, { [pk]: { $in: values } } as never, {
          populate: [...new Set(paths.filter((p) => p.length > 1).map((p) => p.slice(0, -1).join('.')))] as never,
        });
        for (const r of rows)
          labels.set(
            `${type}:${String((r as Record<string, unknown>)[pk])}`,
            paths.map((p) => read(r, p)).find((x) => x !== null) ?? null,
          );
      }),
    );
    return keys.map((k) => labels.get(k) ?? null);
  });
}

export function auditLoaders({ em }: LoaderScope) {
  return { auditRecordLabel: recordLabels(em) };
}
