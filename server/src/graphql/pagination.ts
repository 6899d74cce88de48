import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { InputReasons } from '../common/common.errors';
import { fail } from '../common/reasons';

export enum SortOrder {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortOrder, {
  name: 'SortOrder',
  description: '排序方向 Sort direction',
  valuesConfig: { ASC: { description: '升序 Ascending' }, DESC: { description: '降序 Descending' } },
});

/** The one list contract (docs/ARCHITECTURE.md): `page`, `perPage` (1–100), `sortField`, `sortOrder` in; `{ items, total }` out. */
@ArgsType()
export class ListArgs {
  @Field(() => Int, { defaultValue: 1, description: '页码（从 1 开始）Page number, from 1' })
  @Min(1, { message: 'page 必须 ≥ 1 (page must be at least 1)' })
  @Max(1_000_000, { message: 'page 过大 (page too large)' })
  page: number = 1;

  @Field(() => Int, { defaultValue: 25, description: '每页条数 1–100 Items per page, 1 to 100' })
  @Min(1, { message: 'perPage 必须在 1 到 100 之间 (perPage must be between 1 and 100)' })
  @Max(100, { message: 'perPage 必须在 1 到 100 之间 (perPage must be between 1 and 100)' })
  perPage: number = 25;

  @Field(() => String, { nullable: true, description: '排序字段 Field to sort by' })
  sortField?: string | null;

  @Field(() => SortOrder, { nullable: true, description: '排序方向 Sort direction (default ASC)' })
  sortOrder?: SortOrder | null;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export function PageType<T extends object>(itemType: ClassType<T>, name: string, description: string) {
  @ObjectType(name, { description })
  class PageClass implements Page<T> {
    @Field(() => [itemType], { description: '本页记录 Items on this page' })
    items!: T[];

    @Field(() => Int, { description: '符合条件的总数 Total number of matching items' })
    total!: number;
  }
  return PageClass;
}

/**
 * Resolve `sortField`/`sortOrder` against the fields a list allows, into a MikroORM `orderBy`
 * (always ending with the id so that pages are stable).
 */
export function orderBy(args: ListArgs, allowed: Record<string, string>, fallback: string): Record<string, unknown> {
  const field = args.sortField ?? fallback;
  // Own keys only: "__proto__" or "constructor" must not find Object.prototype's members.
  const column = Object.hasOwn(allowed, field) ? allowed[field] : undefined;
  if (!column) {
    throw fail(InputReasons.UNKNOWN_SORT_FIELD, {
      field: 'sortField',
      params: { field, allowed: Object.keys(allowed).join(', ') },
    });
  }
  // A column named '-x' sorts by x the other way round (days waiting ascending = latest date first).
  const inverted = column.startsWith('-');
  const desc = (args.sortOrder === SortOrder.DESC) !== inverted;
  const dir = desc ? 'desc' : 'asc';
  if (column === 'id') return { id: dir };
  // 'starType.sortOrder' → { starType: { sortOrder: dir } }
  const nested = column
    .replace(/^-/, '')
    .split('.')
    .reduceRight<unknown>((acc, key) => ({ [key]: acc }), dir) as Record<string, unknown>;
  return { ...nested, id: dir };
}

export function offset(args: ListArgs): { limit: number; offset: number } {
  return { limit: args.perPage, offset: (args.page - 1) * args.perPage };
}

/**
 * Whether the query asks for a page's `total`. Counting every matching row is most of a deep list
 * page's cost on a large table (50,000 branches: ~20 ms of a ~25 ms request), so lists skip it when
 * nobody reads it.
 */
export function wantsTotal(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.some((node) => selects(node.selectionSet, 'total', info));
}

/**
 * Names of the fields a list query asks of each row (`items { … }`, through fragments), so that a
 * list can fetch what its rows will need in its own statement (look-ahead).
 */
export function itemFields(info: GraphQLResolveInfo): Set<string> {
  const out = new Set<string>();
  const collect = (
    set: SelectionSetNode | undefined,
    into: (name: string, sub: SelectionSetNode | undefined) => void,
  ) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) into(sel.name.value, sel.selectionSet);
      else if (sel.kind === Kind.INLINE_FRAGMENT) collect(sel.selectionSet, into);
      else {
        const fragment = info.fragments[sel.name.value];
        if (fragment) collect(fragment.selectionSet, into);
      }
    }
  };
  for (const node of info.fieldNodes) {
    collect(node.selectionSet, (name, sub) => {
      if (name === 'items') collect(sub, (field) => out.add(field));
    });
  }
  return out;
}

function selects(set: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo): boolean {
  if (!set) return false;
  return set.selections.some((sel) => {
    if (sel.kind === Kind.FIELD) return sel.name.value === name;
    if (sel.kind === Kind.INLINE_FRAGMENT) return selects(sel.selectionSet, name, info);
    const fragment = info.fragments[sel.name.value];
    return fragment ? selects(fragment.selectionSet, name, info) : false;
  });
}
