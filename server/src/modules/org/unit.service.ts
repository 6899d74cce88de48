import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { assertRoleOver } from '../../common/access';
import { fail } from '../../common/reasons';
import { checkText, likeEscape } from '../../common/validate';
import { UserRole } from '../../common/roles';
import type { Principal } from '../../common/principal';
import { orderBy, offset, type ListArgs, type Page } from '../../graphql/pagination';
import { BranchCategory, BranchKind, LEVEL_RANK, TownshipKind, UnitLevel } from './org.enums';
import { BranchReasons, UnitReasons } from './org.errors';
import { Unit } from './unit.entity';
import { readViews } from '../../db/read-view';
import { queryPrepared } from '../../db/prepared';
import type { Loaded } from '../../graphql/loaders';

export interface UnitFilter {
  parentId?: number | null;
  level?: UnitLevel | null;
  category?: BranchCategory | null;
  search?: string | null;
  /** Only units inside this unit's subtree (the unit itself excluded). */
  withinId?: number | null;
  ids?: number[] | null;
  /** Only branches holding exactly this many stars now. */
  starLevel?: number | null;
  /** Only branches holding at least this many stars now. */
  minStarLevel?: number | null;
}

/** What a unit list may fetch along with its rows (see `list`). */
export interface UnitPrefetch {
  township?: boolean;
  heldStars?: boolean;
}

/**
 * What a list page fetched with its rows, by row view: field resolvers answer from here
 * synchronously. Through the (primed) loaders every row's field was a promise for graphql-js to
 * await, and resolving those was a fifth of a list page's CPU. Keyed by the view objects of one
 * request, so nothing outlives it.
 */
export const prefetched = {
  township: new WeakMap<Unit, Unit | null>(),
  heldStars: new WeakMap<Unit, Loaded<'heldStars'>>(),
};

export interface UnitPage extends Page<Unit> {
  /** By row id: the township-level unit at or above it (null when none). */
  townships?: Map<number, Unit | null>;
  /** By row id: the stars held now. */
  /** Read by name: the stars module owns branch_star and the `heldStars` loader these prime. */
  heldStars?: Map<number, Loaded<'heldStars'>>;
}

export interface UnitData {
  name?: string;
  code?: string | null;
  level?: UnitLevel;
  townshipKind?: TownshipKind | null;
  branchKind?: BranchKind | null;
  category?: BranchCategory | null;
  parentId?: number;
  sortOrder?: number;
}

const SORTABLE = {
  id: 'id',
  name: 'name',
  code: 'code',
  level: 'depth',
  sortOrder: 'sortOrder',
  category: 'category',
  createdAt: 'createdAt',
};
const EDITORS = [UserRole.DISTRICT_ADMIN, UserRole.TOWNSHIP_STAFF];

/** Who may create or edit a unit of this level (over its parent's path, and its own). */
export function unitEditorRoles(level: UnitLevel): UserRole[] {
  return level === UnitLevel.BRANCH ? EDITORS : [UserRole.DISTRICT_ADMIN];
}

export class UnitService {
  constructor(private readonly em: EntityManager) {}

  /**
   * A page of units inside the principal's subtrees, as read views (no entity hydration: this is
   * the busiest list). With `withTotal: false` the page's total is not counted (and reads 0).
   * `prefetch` fetches, in the page's own statement, what its rows will be asked for: each row's
   * township-level unit and the stars each branch holds (for the resolver to prime its loaders).
   */
  async list(
    p: Principal,
    filter: UnitFilter,
    args: ListArgs,
    withTotal = true,
    prefetch: UnitPrefetch = {},
  ): Promise<UnitPage> {
    // Hand-written SQL (the busiest statement there is): building it through the query builder
    // cost more CPU than PostgreSQL spent running it.
    const where: string[] = [];
    const params: unknown[] = [];
    const prefixes = p.readPrefixes();
    where.push(prefixes.length ? `(${prefixes.map(() => 'u.path like ?').join(' or ')})` : 'false');
    params.push(...prefixes.map((x) => `${x}%`));
    const add = (condition: string, ...values: unknown[]) => {
      where.push(condition);
      params.push(...values);
    };
    if (filter.parentId !== undefined && filter.parentId !== null) add('u.parent_id = ?', filter.parentId);
    if (filter.level) add('u.level = ?', filter.level);
    if (filter.category) add('u.category = ?', filter.category);
    if (filter.ids) {
      where.push(filter.ids.length ? `u.id in (${filter.ids.map(() => '?').join(', ')})` : 'false');
      params.push(...filter.ids);
    }
    if (filter.starLevel !== undefined && filter.starLevel !== null) {
      where.push(
        `u.level = 'BRANCH' and (select count(*) from branch_star b where b.branch_id = u.id and b.until is null) = ?`,
      );
      params.push(filter.starLevel);
    }
    if (filter.minStarLevel !== undefined && filter.minStarLevel !== null) {
      where.push(
        `u.level = 'BRANCH' and (select count(*) from branch_star b where b.branch_id = u.id and b.until is null) >= ?`,
      );
      params.push(filter.minStarLevel);
    }
    if (filter.search?.trim()) {
      where.push('(u.name ilike ? or u.code ilike ?)');
      const s = `%${likeEscape(filter.search.trim())}%`;
      params.push(s, s);
    }
    if (filter.withinId) {
      const [root] = await this.em.execute<{ path: string }[]>('select path from unit where id = ?', [filter.withinId]);
      if (!root) return { items: [], total: 0 };
      where.push('u.path like ? and u.id <> ?');
      params.push(`${root.path}%`, filter.withinId);
    }
    const { limit, offset: skip } = offset(args);
    const props = this.em.getMetadata().get(Unit.name).properties as Record<string, { fieldNames: string[] }>;
    const order = Object.entries(orderBy(args, SORTABLE, 'sortOrder') as Record<string, 'asc' | 'desc'>).map(
      ([prop, dir]) => `${props[prop].fieldNames[0]} ${dir === 'desc' ? 'desc' : 'asc'}`,
    );
    const condition = where.join(' and ');
    let sql = `select u.* from unit u where ${condition} order by ${order.map((o) => `u.${o}`).join(', ')} limit ? offset ?`;
    // The extras are computed for the page's rows only: in the page query itself they would be
    // computed for every row OFFSET skips too.
    const extras: string[] = [];
    if (prefetch.township) {
      extras.push(
        `(select to_json(t) from unit t where t.level = 'TOWNSHIP' and t.id = any(string_to_array(rtrim(p.path, '.'), '.')::int[])) as township_json`,
      );
    }
    if (prefetch.heldStars) {
      extras.push(
        `(select coalesce(json_agg(b order by b.since, b.id), '[]') from branch_star b where b.branch_id = p.id and b.until is null) as held_json`,
      );
    }
    if (extras.length)
      sql = `select p.*, ${extras.join(', ')} from (${sql}) p order by ${order.map((o) => `p.${o}`).join(', ')}`;
    const values = [...params, limit, skip];
    let n = 0;
    const query: Promise<Record<string, unknown>[]> = this.em.isInTransaction()
      ? this.em.execute(sql, values)
      : // A named prepared statement per list shape: planned once per connection. (No '?' appears in this SQL but placeholders.)
        queryPrepared(
          this.em,
          sql.replace(/\?/g, () => `$${++n}`),
          values,
        );
    const counted = withTotal
      ? this.em
          .execute<{ n: number }[]>(`select count(*)::int as n from unit u where ${condition}`, params)
          .then((r) => r[0].n)
      : 0;
    const [rows, total] = await Promise.all([query, counted]);
    const items = readViews(this.em, Unit, rows);
    const out: UnitPage = { items, total };
    if (prefetch.township) {
      const townships = rows.map((r) => r.township_json as Record<string, unknown> | null);
      const views = readViews(
        this.em,
        Unit,
        townships.filter((t) => t !== null),
      );
      let k = 0;
      out.townships = new Map(
        items.map((u, i) => {
          const township = townships[i] ? views[k++] : null;
          prefetched.township.set(u, township);
          return [u.id, township];
        }),
      );
    }
    if (prefetch.heldStars) {
      type HeldStar = Loaded<'heldStars'>[number];
      const branchStar = this.em.getMetadata().get<HeldStar>('BranchStar').class as abstract new () => HeldStar;
      out.heldStars = new Map(
        items.map((u, i) => {
          const held = readViews(this.em, branchStar, rows[i].held_json as Record<string, unknown>[]);
          prefetched.heldStars.set(u, held);
          return [u.id, held];
        }),
      );
    }
    return out;
  }

  /** A unit the principal may read, or NOT_FOUND (also for units outside the scope). */
  async get(p: Principal, id: number, level?: UnitLevel): Promise<Unit> {
    const unit = await this.em.findOne(Unit, { id });
    if (!unit || !p.canRead(unit.path) || (level && unit.level !== level))
      throw fail(level === UnitLevel.BRANCH ? BranchReasons.NOT_FOUND : UnitReasons.NOT_FOUND);
    return unit;
  }

  /** Units by id, unscoped: for field resolvers of records already authorized. */
  byIds(ids: readonly number[]): Promise<Unit[]> {
    return this.em.find(Unit, { id: { $in: [...ids] } });
  }

  async create(p: Principal, data: UnitData): Promise<Unit> {
    if (data.parentId === undefined) throw fail(UnitReasons.PARENT_REQUIRED, { field: 'parentId' });
    const parent = await this.get(p, data.parentId).catch(() => {
      throw fail(UnitReasons.PARENT_NOT_FOUND, { field: 'parentId' });
    });
    this.assertMayEdit(p, parent, data.level!);
    const unit = this.em.create(Unit, {
      name: checkText(data.name ?? '', 'name', 100),
      level: data.level!,
      path: '',
      depth: 0,
    });
    this.applyData(unit, data);
    this.checkShape(unit, parent);
    // Take the id first: the path contains it.
    const [{ id }] = await this.em.execute<{ id: number }[]>(`select nextval('unit_id_seq')::int as id`);
    unit.id = id;
    unit.parent = parent;
    unit.path = `${parent.path}${id}.`;
    unit.depth = parent.depth + 1;
    await this.em.flush();
    return unit;
  }

  /**
   * Edit a unit; a new `parentId` moves it with its whole subtree (paths rewritten in one
   * statement). Moving a unit under itself or one of its descendants is refused.
   * Runs inside the mutation's transaction (see GraphQL context), so the subtree moves as one.
   */
  async update(p: Principal, id: number, data: UnitData, version?: number): Promise<Unit> {
    const unit = await this.get(p, id);
    this.assertMayEdit(p, unit, unit.level);
    if (version !== undefined) await this.em.lock(unit, LockMode.OPTIMISTIC, version);
    if (data.name !== undefined) unit.name = checkText(data.name, 'name', 100);
    if (data.level !== undefined && data.level !== unit.level) {
      throw fail(UnitReasons.LEVEL_IMMUTABLE, { field: 'level' });
    }
    this.applyData(unit, data);
    const oldPath = unit.path;
    if (data.parentId !== undefined && data.parentId !== unit.parent?.id) {
      const parent = await this.get(p, data.parentId).catch(() => {
        throw fail(UnitReasons.PARENT_NOT_FOUND, { field: 'parentId' });
      });
      if (parent.path.startsWith(unit.path)) {
        throw fail(UnitReasons.CYCLE, { field: 'parentId' });
      }
      this.assertMayEdit(p, parent, unit.level);
      unit.parent = parent;
      unit.path = `${parent.path}${unit.id}.`;
      unit.depth = parent.depth + 1;
    }
    this.checkShape(unit, unit.parent ? await this.em.findOneOrFail(Unit, unit.parent.id) : null);
    await this.em.flush();
    if (unit.path !== oldPath) {
      await this.em.execute(
        `update unit set path = ? || substr(path, ?), depth = depth + ?, updated_at = now() where path like ? and id <> ?`,
        [unit.path, oldPath.length + 1, unit.depth - (oldPath.split('.').length - 2), `${oldPath}%`, unit.id],
      );
    }
    return unit;
  }

  private applyData(unit: Unit, data: UnitData): void {
    if (data.code !== undefined) unit.code = data.code?.trim() || null;
    if (data.townshipKind !== undefined) unit.townshipKind = data.townshipKind;
    if (data.branchKind !== undefined) unit.branchKind = data.branchKind;
    if (data.category !== undefined) unit.category = data.category;
    if (data.sortOrder !== undefined) unit.sortOrder = data.sortOrder;
  }

  /** District admins edit their subtree; township staff only the branches of their township. */
  private assertMayEdit(p: Principal, place: Unit, level: UnitLevel): void {
    assertRoleOver(p, place.path, UnitReasons, unitEditorRoles(level));
  }

  private checkShape(unit: Unit, parent: Unit | null): void {
    checkUnitShape(unit, parent);
  }
}

/** Level and kind fields must agree with each other and with the parent. */
export function checkUnitShape(
  unit: Pick<Unit, 'level' | 'townshipKind' | 'branchKind' | 'category'>,
  parent: Pick<Unit, 'level'> | null,
): void {
  if (parent && LEVEL_RANK[parent.level] !== LEVEL_RANK[unit.level] - 1) {
    throw fail(UnitReasons.WRONG_PARENT_LEVEL, { field: 'parentId', params: { level: unit.level } });
  }
  if (unit.level === UnitLevel.TOWNSHIP && !unit.townshipKind) {
    throw fail(UnitReasons.TOWNSHIP_KIND_REQUIRED, { field: 'townshipKind' });
  }
  if (unit.level !== UnitLevel.TOWNSHIP && unit.townshipKind) {
    throw fail(UnitReasons.TOWNSHIP_KIND_NOT_ALLOWED, { field: 'townshipKind' });
  }
  if (unit.level === UnitLevel.BRANCH) {
    if (!unit.category) throw fail(UnitReasons.CATEGORY_REQUIRED, { field: 'category' });
    if (!unit.branchKind) throw fail(UnitReasons.BRANCH_KIND_REQUIRED, { field: 'branchKind' });
  } else if (unit.category || unit.branchKind) {
    throw fail(UnitReasons.BRANCH_FIELDS_NOT_ALLOWED, { field: unit.category ? 'category' : 'branchKind' });
  }
}
