/**
 * The event feed. Events are written by a trigger on the audit trail (see the migration
 * Migration20261203150000_events); this service reads them for one principal, in the order of the
 * transactions that wrote them, and only below the oldest transaction still running, so a cursor
 * handed out never has an event committed behind it later.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../common/principal';
import { fail } from '../../common/reasons';
import { UserRole } from '../../common/roles';
import type { AuditVisibility, RecordVisibility } from '../../common/visibility';
import type { UnitOfWorkContribution } from '../../graphql/services';
import { Unit, UnitReasons } from '../org/public';
import { EventReasons } from './events.errors';
import { EVENT_COLUMNS, toEvent, type DomainEvent, type EventConnection, type EventRow } from './event.types';

const TYPE_PATTERN = /^[a-z][A-Za-z0-9]{0,58}\.(\*|[a-z][A-Za-z0-9]{0,58})$/;
/** Rows read per statement while looking for visible events, and the most one request reads. */
const SCAN_BATCH = 200;
const SCAN_MAX = 5000;

export interface EventFilter {
  types?: readonly string[] | null;
  /** Unit path: only events placed at or below it. */
  withinPath?: string | null;
}

/** The visibility rules of every module, gathered once per unit of work. */
export interface EventRules {
  byType: Readonly<Record<string, RecordVisibility>>;
  audit: readonly AuditVisibility[];
}

export function eventRules(modules: readonly UnitOfWorkContribution[]): EventRules {
  return {
    byType: Object.assign({}, ...modules.map((m) => m.eventVisibility ?? {})) as Record<string, RecordVisibility>,
    audit: modules.flatMap((m) => m.auditVisibility ?? []),
  };
}

/** Types as given (`rectification.closed`, `rectification.*`), checked. */
export function checkTypes(types: readonly string[] | null | undefined, field = 'types'): string[] {
  const list = [...new Set(types ?? [])];
  for (const t of list) if (!TYPE_PATTERN.test(t)) throw fail(EventReasons.BAD_TYPE, { field });
  return list;
}

export function typeMatches(types: readonly string[], type: string): boolean {
  if (!types.length) return true;
  return types.some((t) => (t.endsWith('.*') ? type.startsWith(t.slice(0, -1)) : t === type));
}

/**
 * The events among `rows` this principal may read now: a module's rule for the resource type when
 * it has one (the same function its lists use), else the confidential record the entry names
 * (visibility ref: hidden unless some module's audit rule lists it), else the reader's subtree;
 * records without a place (catalogs, accounts) are for district admins.
 */
export async function visibleEvents(
  em: EntityManager,
  p: Principal,
  rows: readonly EventRow[],
  rules: EventRules,
): Promise<EventRow[]> {
  const allowed = new Map<string, Set<number>>();
  const byType = new Map<string, number[]>();
  for (const r of rows) {
    if (!rules.byType[r.resource_type]) continue;
    const id = Number(r.resource_id);
    if (!Number.isSafeInteger(id)) continue;
    byType.set(r.resource_type, [...(byType.get(r.resource_type) ?? []), id]);
  }
  for (const [type, ids] of byType) allowed.set(type, await rules.byType[type](em, p, [...new Set(ids)]));
  let refs: Set<string> | null = null;
  if (rows.some((r) => !rules.byType[r.resource_type] && r.visibility_ref)) {
    refs = new Set((await Promise.all(rules.audit.map((v) => v(em, p)))).flat());
  }
  const admin = p.hasRole(UserRole.DISTRICT_ADMIN);
  return rows.filter((r) => {
    if (rules.byType[r.resource_type]) return allowed.get(r.resource_type)?.has(Number(r.resource_id)) ?? false;
    if (r.visibility_ref) return refs!.has(r.visibility_ref) && (!r.unit_path || p.canRead(r.unit_path));
    return r.unit_path ? p.canRead(r.unit_path) : admin;
  });
}

/** An array literal of checked event types (the driver would spread an array parameter into a list). */
const pgArray = (values: readonly string[]) => `{${values.map((v) => `"${v}"`).join(',')}}`;

export function encodeCursor(txid: string, id: string): string {
  return Buffer.from(`${txid}.${id}`).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): { txid: string; id: string } {
  if (!cursor) return { txid: '0', id: '0' };
  const m = /^(\d{1,20})\.(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw fail(EventReasons.BAD_CURSOR, { field: 'after' });
  return { txid: m[1], id: m[2] };
}

export class EventService {
  constructor(
    private readonly em: EntityManager,
    private readonly rules: EventRules,
  ) {}

  /** The unit path of `withinId`, or the NOT_FOUND of a missing unit when the reader cannot read it. */
  async withinPath(p: Principal, withinId: number | null | undefined): Promise<string | null> {
    if (withinId == null) return null;
    const unit = await this.em.findOne(Unit, { id: withinId }, { fields: ['id', 'path'] });
    if (!unit || !p.canRead(unit.path)) throw fail(UnitReasons.NOT_FOUND, { code: 'NOT_FOUND', field: 'withinId' });
    return unit.path;
  }

  /** Committed events after a cursor, as far as every earlier transaction has ended (no visibility applied). */
  async committedAfter(
    after: { txid: string; id: string },
    filter: EventFilter,
    limit: number,
    /** A transaction id below which every transaction had ended (default: as of this statement). */
    horizon?: string,
  ): Promise<EventRow[]> {
    const where = [
      '(txid, id) > (?::text::xid8, ?::bigint)',
      horizon ? 'txid < ?::text::xid8' : 'txid < (select fs_event_horizon())',
    ];
    const params: unknown[] = horizon ? [after.txid, after.id, horizon] : [after.txid, after.id];
    const exact = (filter.types ?? []).filter((t) => !t.endsWith('.*'));
    const prefixes = (filter.types ?? []).filter((t) => t.endsWith('.*')).map((t) => `${t.slice(0, -1)}%`);
    if (exact.length || prefixes.length) {
      where.push('(type = any(?::text[]) or type like any(?::text[]))');
      params.push(pgArray(exact), pgArray(prefixes));
    }
    if (filter.withinPath) {
      where.push(`unit_path like ? || '%'`);
      params.push(filter.withinPath);
    }
    params.push(limit);
    return this.em.execute<EventRow[]>(
      `select ${EVENT_COLUMNS} from event where ${where.join(' and ')} order by txid, id limit ?`,
      params,
    );
  }

  async list(
    p: Principal,
    args: { first?: number | null; after?: string | null; types?: string[] | null; withinId?: number | null },
  ): Promise<EventConnection> {
    const first = args.first ?? 25;
    if (!Number.isInteger(first) || first < 1 || first > 100) throw fail(EventReasons.BAD_FIRST, { field: 'first' });
    const types = checkTypes(args.types);
    let position = decodeCursor(args.after);
    const withinPath = await this.withinPath(p, args.withinId);
    const found: DomainEvent[] = [];
    let scanned = 0;
    let exhausted = false;
    while (found.length <= first && scanned < SCAN_MAX) {
      const rows = await this.committedAfter(position, { types, withinPath }, SCAN_BATCH);
      scanned += rows.length;
      if (rows.length < SCAN_BATCH) exhausted = true;
      const visible = await visibleEvents(this.em, p, rows, this.rules);
      for (const r of visible) found.push(toEvent(r));
      if (rows.length) position = { txid: rows[rows.length - 1].txid, id: rows[rows.length - 1].id };
      if (exhausted) break;
    }
    const page = found.slice(0, first);
    const hasNextPage = found.length > first || (!exhausted && scanned >= SCAN_MAX);
    const last = page[page.length - 1];
    // A short page ends where the scan ended, so that polling skips events hidden from this reader.
    const end =
      found.length > first && last
        ? encodeCursor(last.txid, last.id)
        : position.id !== '0'
          ? encodeCursor(position.txid, position.id)
          : (args.after ?? null);
    return {
      edges: page.map((node) => ({ cursor: encodeCursor(node.txid, node.id), node })),
      pageInfo: { endCursor: end, hasNextPage },
    };
  }

  /**
   * Every transaction of this database below the returned id has ended (committed or rolled back):
   * fs_event_horizon (migration event_horizon), which transactions of other databases of the
   * cluster do not hold back.
   */
  async horizon(): Promise<string> {
    const [r] = await this.em.execute<{ h: string }[]>('select fs_event_horizon()::text as h');
    return r.h;
  }

  /** Events by id range (just announced, hence committed), in id order. */
  async byIdRange(from: string, to: string): Promise<EventRow[]> {
    return this.em.execute<EventRow[]>(
      `select ${EVENT_COLUMNS} from event where id between ?::bigint and ?::bigint order by id`,
      [from, to],
    );
  }

  /** Events older than the retention period go (with their webhook deliveries). */
  async prune(now: Date, retentionDays: number): Promise<number> {
    const r = await this.em.execute<{ n: number }[]>(
      `with gone as (delete from event where committed_at < ? returning 1) select count(*)::int as n from gone`,
      [new Date(now.getTime() - retentionDays * 86_400_000)],
    );
    return r[0]?.n ?? 0;
  }
}
