/**
 * Read views: plain rows from hand-written SQL turned into objects that answer GraphQL as the
 * entity would, without MikroORM hydration.
 *
 * Hydrating an entity (identity map, change-set snapshot, propagation setters) costs far more
 * than reading its row; on hot read paths (list pages, batch loaders) it was most of the request's
 * CPU (docs/SCALING.md). A view has the entity class as its prototype, so `instanceof`, methods
 * (`unit.pathIds()`) and type-graphql's field resolvers work, and its many-to-one relations are
 * views holding only the primary key (`branchStar.branch.id`), exactly like an unloaded reference.
 *
 * Views are read-only snapshots outside any unit of work: never persist or assign them to a
 * managed entity. Mutations load entities through the EntityManager as before.
 */
import {
  ReferenceKind,
  type EntityManager,
  type EntityMetadata,
  type EntityProperty,
  type Platform,
} from '@mikro-orm/core';

interface Column {
  prop: string;
  column: string;
  /** For many-to-one / owning one-to-one: the target's plan (its view holds the primary key). */
  target: (() => Plan) | null;
  convert: ((value: unknown) => unknown) | null;
}

interface Plan {
  /** Prototype of views: the entity prototype, with every mapped property shadowed by a data property. */
  proto: object;
  pk: string;
  columns: Column[];
}

const plans = new Map<string, Plan>();

function converter(prop: EntityProperty, platform: Platform): Column['convert'] {
  if (prop.customType) {
    const t = prop.customType;
    return (v) => (v === null || v === undefined ? v : t.convertToJSValue(v, platform));
  }
  if (prop.runtimeType === 'Date')
    return (v) => (v === null || v === undefined || v instanceof Date ? v : new Date(v as string));
  return null;
}

function planOf(em: EntityManager, meta: EntityMetadata): Plan {
  const found = plans.get(meta.className);
  if (found) return found;
  // The entity prototype defines setters for persisted properties (MikroORM's change tracking);
  // data properties on a prototype in between make plain assignment create own properties.
  const proto = Object.create(meta.prototype as object) as object;
  const plan: Plan = { proto, pk: meta.primaryKeys[0], columns: [] };
  plans.set(meta.className, plan);
  const platform = em.getPlatform();
  for (const prop of meta.props) {
    if (prop.persist === false || prop.embedded || prop.fieldNames?.length !== 1) continue;
    const reference = prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner);
    if (prop.kind !== ReferenceKind.SCALAR && prop.kind !== ReferenceKind.EMBEDDED && !reference) continue;
    Object.defineProperty(proto, prop.name, {
      value: undefined,
      writable: true,
      enumerable: false,
      configurable: true,
    });
    const targetMeta = reference ? prop.targetMeta! : null;
    plan.columns.push({
      prop: prop.name,
      column: prop.fieldNames[0],
      target: targetMeta ? () => planOf(em, targetMeta) : null,
      convert: reference ? null : converter(prop, platform),
    });
  }
  return plan;
}

function make(plan: Plan, row: Record<string, unknown>): object {
  const view = Object.create(plan.proto) as Record<string, unknown>;
  for (const c of plan.columns) {
    const v = row[c.column];
    if (c.target) {
      if (v === null || v === undefined) view[c.prop] = null;
      else {
        const ref = Object.create(c.target().proto) as Record<string, unknown>;
        ref[c.target().pk] = v;
        view[c.prop] = ref;
      }
    } else view[c.prop] = c.convert ? c.convert(v) : v;
  }
  return view;
}

/** Views of `entity` from rows of its table (column names as in the table, e.g. `select *`). */
export function readViews<T extends object>(
  em: EntityManager,
  entity: abstract new (...args: never[]) => T,
  rows: readonly Record<string, unknown>[],
): T[] {
  const plan = planOf(em, em.getMetadata().get<T>(entity.name));
  return rows.map((r) => make(plan, r) as T);
}

/** Run `sql` (with `?` placeholders) and return its rows as views of `entity`. */
export async function queryViews<T extends object>(
  em: EntityManager,
  entity: abstract new (...args: never[]) => T,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  return readViews(em, entity, await em.getConnection().execute<Record<string, unknown>[]>(sql, params));
}
