/**
 * The audit trail: change sets of a mutation's flush become append-only, hash-chained entries in
 * the same transaction. There is one chain per district (the entries placed in its subtree) and one
 * shared chain (catalog records, sign-ins, the units above the districts). Appending takes each
 * touched chain's transaction-scoped advisory lock, so a chain's entries are chained in commit order
 * even under concurrent mutations, while writes in different districts never wait on each other.
 */
import crypto from 'node:crypto';
import { ChangeSetType, wrap, type ChangeSet, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { assertRole } from '../../common/access';
import { canonicalJson } from '../../common/canonical-json';
import { orderBy, offset, type ListArgs, type Page } from '../../graphql/pagination';
import { UserRole } from '../../common/roles';
import { AuditReasons } from './audit.errors';
import type { Principal } from '../../common/principal';
import type { AuditVisibility } from '../../common/visibility';
import { AuditEntry } from './audit.entity';

export const GENESIS_HASH = '0'.repeat(64);
/** The advisory lock space of the chains: pg_advisory_xact_lock(AUDIT_LOCK_SPACE, hashtext(chain)); fs_audit_begin (migration audit_chains) takes them with the same number. */
export const AUDIT_LOCK_SPACE = 5_000_001;
/** The chain of entries placed in no district (and of every entry written before chains existed). */
export const SHARED_CHAIN = '';
const AUDIT_ROWS_PER_STATEMENT = 4000;
/** Never copied into the trail. */
const SECRET_FIELDS = new Set(['passwordHash', 'tokenHash', 'secret', 'previousSecret']);
/** Bookkeeping that would only add noise. */
const SKIPPED_FIELDS = new Set(['updatedAt', 'createdAt']);
/** Entities whose writes are bookkeeping of the auth layer, audited as events instead. */
const UNAUDITED = new Set(['LoginAttempt', 'AuditEntry', 'RateLimitCounter', 'IdempotencyKey']);

export interface AuditInput {
  at: Date;
  userId: number | null;
  username: string | null;
  operation: string;
  targetType: string;
  targetId: string | null;
  action: string;
  changes: Record<string, { before?: unknown; after?: unknown }>;
  address: string | null;
  scopePath: string | null;
  visibilityRef?: string | null;
  /** The import batch that made the change (its records' entries carry it). */
  importBatchId?: number | null;
}

/** Collects the change sets of flushes on registered EntityManagers (one per mutation). */
export class AuditCollector implements EventSubscriber {
  private readonly pending = new WeakMap<object, ChangeSet<object>[]>();

  track(em: EntityManager): ChangeSet<object>[] {
    const list: ChangeSet<object>[] = [];
    this.pending.set(em, list);
    return list;
  }

  onFlush(args: FlushEventArgs): void {
    const list = this.pending.get(args.em);
    if (list) list.push(...args.uow.getChangeSets());
  }
}

/** One collector per process: every ORM instance registers it as a subscriber. */
export const auditCollector = new AuditCollector();

function plain(v: unknown): unknown {
  if (v === null || v === undefined) return v ?? null;
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(plain);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('id' in o && o.id !== undefined) return o.id;
    if ('code' in o && typeof o.code === 'string') return o.code;
    return JSON.parse(JSON.stringify(o));
  }
  return v;
}

/** The unit path that places an entity in the tree (for scoped searches), when it is loaded. */
function scopeOf(entity: Record<string, unknown>): string | null {
  if (typeof entity.path === 'string') return entity.path;
  for (const key of ['scopeUnit', 'unit', 'branch', 'district']) {
    const rel = entity[key] as Record<string, unknown> | null | undefined;
    if (rel && typeof rel === 'object' && wrap(rel).isInitialized() && typeof rel.path === 'string') return rel.path;
  }
  return null;
}

export function entriesFromChangeSets(
  changeSets: ChangeSet<object>[],
  base: Omit<AuditInput, 'targetType' | 'targetId' | 'action' | 'changes' | 'scopePath' | 'visibilityRef'>,
): AuditInput[] {
  const out: AuditInput[] = [];
  for (const cs of changeSets) {
    if (UNAUDITED.has(cs.name)) continue;
    const entity = cs.entity as Record<string, unknown>;
    const changes: AuditInput['changes'] = {};
    const before = (cs.originalEntity ?? {}) as Record<string, unknown>;
    const fields = cs.type === ChangeSetType.DELETE ? Object.keys(before) : Object.keys(cs.payload);
    for (const f of fields) {
      if (SKIPPED_FIELDS.has(f)) continue;
      if (SECRET_FIELDS.has(f)) {
        changes[f] = { after: '[hidden]' };
        continue;
      }
      const entry: { before?: unknown; after?: unknown } = {};
      // Records holding personal data give the form the trail may keep (residents' names masked).
      const kept = (v: unknown) =>
        typeof entity.auditValue === 'function' ? (entity.auditValue as (f: string, v: unknown) => unknown)(f, v) : v;
      if (cs.type !== ChangeSetType.CREATE) entry.before = kept(plain(before[f]));
      if (cs.type !== ChangeSetType.DELETE)
        entry.after = kept(plain(entity[f] ?? (cs.payload as Record<string, unknown>)[f]));
      changes[f] = entry;
    }
    // Records may place themselves (and name the confidential record they follow, e.g. "SpotCheck:12").
    const placement =
      typeof entity.auditPlacement === 'function'
        ? (entity.auditPlacement as () => { scopePath: string | null; visibilityRef: string | null })()
        : null;
    out.push({
      ...base,
      targetType: cs.name,
      targetId: String(entity.id ?? entity.code ?? cs.getPrimaryKey() ?? ''),
      action: cs.type.toUpperCase(),
      changes,
      scopePath: placement?.scopePath ?? scopeOf(entity),
      visibilityRef: placement?.visibilityRef ?? null,
    });
  }
  return out;
}

export function entryHash(
  prevHash: string,
  e: {
    id: string;
    at: Date | string;
    userId: number | null;
    username: string | null;
    operation: string;
    targetType: string;
    targetId: string | null;
    action: string;
    changes: unknown;
    address: string | null;
    scopePath: string | null;
    visibilityRef: string | null;
    importBatchId?: number | null;
    chain?: string | null;
  },
): string {
  const body = canonicalJson({
    id: String(e.id),
    at: new Date(e.at).toISOString(),
    userId: e.userId,
    username: e.username,
    operation: e.operation,
    targetType: e.targetType,
    targetId: e.targetId,
    action: e.action,
    changes: e.changes,
    address: e.address,
    scopePath: e.scopePath,
    visibilityRef: e.visibilityRef,
    // Hashed only when set, so that the entries written before the field existed keep their hashes.
    importBatchId: e.importBatchId ?? undefined,
    // Likewise the chain: the shared chain's entries hash as they did before there were chains,
    // and moving an entry to another chain changes its hash.
    chain: e.chain || undefined,
  });
  return crypto.createHash('sha256').update(prevHash).update(body).digest('hex');
}

/** `{"a","b"}`: a PostgreSQL array literal of chain names (letters, digits, ':' only). */
function textArray(values: string[]): string {
  return `{${values.map((v) => `"${v}"`).join(',')}}`;
}

/**
 * Whether a unit id is a district's, learnt once per process: a unit's level never changes
 * (LEVEL_IMMUTABLE) and ids are never reused, so the answer never goes stale. A province has ~50,000
 * units; the bound only guards against an unforeseen growth.
 */
const isDistrictById = new Map<number, boolean>();
const DISTRICT_CACHE_MAX = 500_000;

/**
 * The chain of each entry: `district:<id>` of the district on its unit path, else the shared chain.
 * At most one primary-key lookup, for the ids on the entries' paths not seen before; the district's
 * id (not its path) names the chain, so moving a subtree keeps its chain's name.
 */
async function chainsOf(em: EntityManager, entries: AuditInput[]): Promise<string[]> {
  const paths = entries.map((e) =>
    (e.scopePath ?? '')
      .split('.')
      .filter((x) => /^\d+$/.test(x))
      .map(Number),
  );
  const unknown = [...new Set(paths.flat())].filter((id) => !isDistrictById.has(id));
  if (unknown.length) {
    const rows = await em.execute<{ id: number; district: boolean }[]>(
      `select id, level = 'DISTRICT' as district from unit where id = any (?::int[])`,
      [`{${unknown.join(',')}}`],
    );
    if (isDistrictById.size + rows.length > DISTRICT_CACHE_MAX) isDistrictById.clear();
    for (const r of rows) isDistrictById.set(Number(r.id), r.district);
  }
  return paths.map((path) => {
    const district = path.find((id) => isDistrictById.get(id) === true);
    return district === undefined ? SHARED_CHAIN : `district:${district}`;
  });
}

/**
 * Append entries inside the caller's transaction (the locks are released at commit). The caller
 * appends once per transaction: all its chains are locked here, in one sorted order, so two
 * transactions touching the same chains cannot deadlock.
 */
export async function appendAudit(em: EntityManager, entries: AuditInput[]): Promise<void> {
  if (!entries.length) return;
  const chainOf = await chainsOf(em, entries);
  const chains = [...new Set(chainOf)].sort();
  // One round trip: the chains' locks in this sorted order, their last hashes, the entries' ids.
  const [begun] = await em.execute<{ b: { prev: Record<string, string | null>; ids: string[] } }[]>(
    `select fs_audit_begin(?::text[], ?) as b`,
    [textArray(chains), entries.length],
  );
  const prevOf = new Map(chains.map((c) => [c, begun.b.prev[c] ?? GENESIS_HASH]));
  const ids = begun.b.ids;
  const rows = entries.map((e, i) => {
    const id = ids[i];
    const chain = chainOf[i];
    const prev = prevOf.get(chain)!;
    const row = { ...e, id, chain, visibilityRef: e.visibilityRef ?? null };
    const hash = entryHash(prev, row);
    prevOf.set(chain, hash);
    return [
      id,
      e.at,
      e.userId,
      e.username,
      e.operation,
      e.targetType,
      e.targetId,
      e.action,
      JSON.stringify(e.changes),
      e.address,
      e.scopePath,
      row.visibilityRef,
      e.importBatchId ?? null,
      chain,
      prev,
      hash,
    ];
  });
  // In slices: a statement takes at most 65,535 parameters (an import appends hundreds of thousands of entries).
  for (let i = 0; i < rows.length; i += AUDIT_ROWS_PER_STATEMENT) {
    const slice = rows.slice(i, i + AUDIT_ROWS_PER_STATEMENT);
    await em.execute(
      `insert into audit_entry (id, at, user_id, username, operation, target_type, target_id, action, changes, address, scope_path, visibility_ref, import_batch_id, chain, prev_hash, hash)
       values ${slice.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      slice.flat(),
    );
  }
}

/** The operations of signing in and out (their entries are hidden by `excludeSignIns`). */
export const SIGN_IN_OPERATIONS = ['login', 'logout'];

export interface AuditFilter {
  /** Leave out sign-ins and sign-outs (succeeded, failed, throttled). */
  excludeSignIns?: boolean | null;
  userId?: number | null;
  targetType?: string | null;
  targetId?: string | null;
  operation?: string | null;
  from?: Date | null;
  to?: Date | null;
}

export interface ChainVerification {
  valid: boolean;
  checked: number;
  /** How many chains the entries checked belong to (the shared one and one per district written in). */
  chains: number;
  /** Each chain's newest entry checked: the hashes to keep a copy of elsewhere (they prove nothing was cut off the end). */
  heads: { chain: string; id: string; hash: string }[];
  firstInvalidId: string | null;
}

/** An audit row as stored, read back by hand-written SQL to re-check its hash. */
interface StoredEntryRow {
  id: string;
  at: Date;
  user_id: number | null;
  username: string | null;
  operation: string;
  target_type: string;
  target_id: string;
  action: string;
  changes: Record<string, unknown> | null;
  address: string | null;
  scope_path: string | null;
  visibility_ref: string | null;
  import_batch_id: number | null;
  chain: string;
  prev_hash: string;
  hash: string;
}

export class AuditService {
  constructor(
    private readonly em: EntityManager,
    /** The modules' `auditVisibility`: entries carrying a visibility ref none of these lists stay hidden. */
    private readonly visibility: readonly AuditVisibility[] = [],
  ) {}

  /** District admins search the trail of their subtree (and catalog changes, which have no place). */
  async search(p: Principal, filter: AuditFilter, args: ListArgs): Promise<Page<AuditEntry>> {
    assertRole(p, [UserRole.DISTRICT_ADMIN], AuditReasons.FORBIDDEN);
    const prefixes = p.grants.filter((g) => g.role === UserRole.DISTRICT_ADMIN).map((g) => g.unitPath);
    const where: FilterQuery<AuditEntry>[] = [
      { $or: [{ scopePath: null }, ...prefixes.map((x) => ({ scopePath: { $like: `${x}%` } }))] },
    ];
    // Entries about confidential records (visibilityRef "Type:id") follow that record's visibility:
    // each registered resolver returns the refs among those present that this principal may see.
    const refs = await this.visibleRefs(p);
    where.push(
      refs.length ? { $or: [{ visibilityRef: null }, { visibilityRef: { $in: refs } }] } : { visibilityRef: null },
    );
    if (filter.userId) where.push({ userId: filter.userId });
    if (filter.targetType) where.push({ targetType: filter.targetType });
    if (filter.targetId) where.push({ targetId: filter.targetId });
    if (filter.operation) where.push({ operation: filter.operation });
    if (filter.excludeSignIns) where.push({ operation: { $nin: SIGN_IN_OPERATIONS } });
    if (filter.from) where.push({ at: { $gte: filter.from } });
    if (filter.to) where.push({ at: { $lt: filter.to } });
    const [items, total] = await this.em.findAndCount(
      AuditEntry,
      { $and: where },
      { orderBy: orderBy(args, { id: 'id', at: 'at' }, 'id') as never, ...offset(args) },
    );
    return { items, total };
  }

  /** The confidential records ("SpotCheck:12") whose entries this principal may see now. */
  async visibleRefs(p: Principal): Promise<string[]> {
    return (await Promise.all(this.visibility.map((v) => v(this.em, p)))).flat();
  }

  /**
   * Recompute every hash from the first entry, each chain from its own genesis, in one pass in id
   * order (a chain's ids grow in its commit order); report the first entry that does not match.
   */
  async verify(p: Principal): Promise<ChainVerification> {
    assertRole(p, [UserRole.DISTRICT_ADMIN], AuditReasons.FORBIDDEN);
    const prevOf = new Map<string, string>();
    const heads = new Map<string, { chain: string; id: string; hash: string }>();
    const result = (firstInvalidId: string | null): ChainVerification => ({
      valid: firstInvalidId === null,
      checked,
      chains: prevOf.size,
      heads: [...heads.values()].sort((a, b) => a.chain.localeCompare(b.chain)),
      firstInvalidId,
    });
    let checked = 0;
    let after = '0';
    for (;;) {
      const rows = await this.em.execute<StoredEntryRow[]>(
        `select id::text as id, at, user_id, username, operation, target_type, target_id, action, changes, address, scope_path, visibility_ref, import_batch_id, chain, prev_hash, hash
           from audit_entry where id > ?::bigint order by audit_entry.id limit 2000`,
        [after],
      );
      if (!rows.length) break;
      for (const r of rows) {
        const prev = prevOf.get(r.chain) ?? GENESIS_HASH;
        const expected = entryHash(prev, {
          id: r.id,
          at: r.at,
          userId: r.user_id,
          username: r.username,
          operation: r.operation,
          targetType: r.target_type,
          targetId: r.target_id,
          action: r.action,
          changes: r.changes,
          address: r.address,
          scopePath: r.scope_path,
          visibilityRef: r.visibility_ref,
          importBatchId: r.import_batch_id,
          chain: r.chain,
        });
        if (r.prev_hash !== prev || r.hash !== expected) return result(r.id);
        prevOf.set(r.chain, r.hash);
        heads.set(r.chain, { chain: r.chain, id: r.id, hash: r.hash });
        checked++;
      }
      after = rows[rows.length - 1].id;
    }
    return result(null);
  }
}
