/**
 * Access decisions shared by every module: role AND place in the unit tree.
 * Outside a principal's readable subtree a record does not exist (NOT_FOUND, the same answer as a
 * missing id); inside it but without the right role, the answer is FORBIDDEN.
 */
import { UserRole } from './roles';
import type { Principal } from './principal';
import { fail, type Reason, type RecordReasons } from './reasons';

/** MikroORM condition on a `path` column: inside any of the principal's subtrees. */
export function pathScope(p: Principal): { $or: { path: { $like: string } }[] } | typeof NOTHING {
  return anyOf(p.readPrefixes().map((prefix) => ({ path: { $like: `${prefix}%` } })));
}

/** A condition no record meets. */
export const NOTHING = { id: { $lt: 0 } } as const;

/**
 * `$or` of scope conditions. MikroORM drops an empty `$or` (no condition: every row), so a
 * principal with no grants would read everything; here no conditions means no rows.
 */
export function anyOf<T>(conditions: T[]): { $or: T[] } | typeof NOTHING {
  return conditions.length ? { $or: conditions } : NOTHING;
}

/**
 * MikroORM condition for star-specific records: inside a subtree, and for star-limited grants
 * (task forces) only that star. `unitKey`/`starKey` name the relations on the record.
 */
export function starScope(
  p: Principal,
  unitKey: string,
  starKey: string,
): { $or: Record<string, unknown>[] } | typeof NOTHING {
  return anyOf(
    p.grants.map((g) => ({
      [unitKey]: { path: { $like: `${g.unitPath}%` } },
      ...(g.starCode ? { [starKey]: { code: g.starCode } } : {}),
    })),
  );
}

/** A record is named by its catalogue's reasons (`PersonReasons`): its NOT_FOUND and FORBIDDEN. */
type RecordName = RecordReasons;

// Out of scope reads as missing: NOT_FOUND, whatever code the catalogue gives the reason for inputs that name it.
const missing = (what: RecordName) => fail(what.NOT_FOUND, { code: 'NOT_FOUND' });

export function assertReadable(p: Principal, unitPath: string, what: RecordName): void {
  if (!p.canRead(unitPath)) throw missing(what);
}

/**
 * The caller must hold one of `roles` over `unitPath`. Callers who cannot even read the place get
 * NOT_FOUND, so that refusals reveal nothing about records outside their scope. `visible` overrides
 * that test for records readable beyond the subtree (a district's departments, read from below).
 */
export function assertRoleOver(
  p: Principal,
  unitPath: string,
  what: RecordName,
  roles: UserRole[],
  visible = p.canRead(unitPath),
): void {
  if (p.hasRoleOver(unitPath, ...roles)) return;
  if (!visible) throw missing(what);
  throw fail(what.FORBIDDEN);
}

export function assertRole(p: Principal, roles: UserRole[], reason: Reason): void {
  if (!p.hasRole(...roles)) throw fail(reason);
}
