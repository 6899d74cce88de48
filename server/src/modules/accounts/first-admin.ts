/**
 * The first administrator (`npm run admin:create`, server/src/admin-create.ts): on an empty
 * database it creates the root unit, a district with the name given; it refuses when the district
 * already has an active district admin unless forced, and audits what it did (operation
 * `admin:create`, or `admin:create --force`). A forced run on an existing username resets that
 * account's password, reactivates it, grants it DISTRICT_ADMIN and ends its sessions.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { fail } from '../../common/reasons';
import { TokenKind, UserRole } from '../../common/roles';
import { appendAudit, auditCollector, entriesFromChangeSets } from '../audit/public';
import { AuthToken, hashPassword, RoleAssignment, User } from '../auth/public';
import { Unit, UnitLevel } from '../org/public';
import { AccountReasons, AdminCreateReasons } from './accounts.errors';
import { checkPassword } from './password-policy';

export interface FirstAdminInput {
  username: string;
  displayName: string;
  password: string;
  unitName?: string | null;
  force?: boolean;
  now?: Date;
}

export interface FirstAdminResult {
  user: User;
  unit: Unit;
  createdUnit: boolean;
  /** An existing account was taken over (--force on its username). */
  reusedAccount: boolean;
  /** Active admins of the district there were before (only with --force). */
  otherAdmins: string[];
}

const USERNAME_RE = /^[\p{L}\p{N}._@-]{2,60}$/u;
const LOCK = 5_000_015;

export async function createFirstAdmin(em: EntityManager, input: FirstAdminInput): Promise<FirstAdminResult> {
  const username = input.username.trim();
  if (!USERNAME_RE.test(username)) throw fail(AccountReasons.BAD_USERNAME, { field: 'username' });
  const displayName = input.displayName.trim();
  if (!displayName || displayName.length > 60) throw fail(AdminCreateReasons.BAD_ARGUMENTS);
  checkPassword(input.password, username, 'password');
  const now = input.now ?? new Date();
  const passwordHash = await hashPassword(input.password);
  return em.transactional(async (tx) => {
    // Two runs at once must not both find "no admin yet".
    await tx.execute('select pg_advisory_xact_lock(?)', [LOCK]);
    const changeSets = auditCollector.track(tx);
    const { unit, created } = await districtOf(tx, input.unitName?.trim() || null);
    const others = created
      ? []
      : await tx.execute<{ username: string }[]>(
          `select distinct u.username from role_assignment r join app_user u on u.id = r.user_id join unit x on x.id = r.unit_id
            where r.role = 'DISTRICT_ADMIN' and u.active and ? like x.path || '%' order by u.username`,
          [unit.path],
        );
    if (others.length && !input.force) {
      throw fail(AdminCreateReasons.ADMIN_EXISTS, {
        params: { unit: unit.name, admins: others.map((o) => o.username).join(', ') },
      });
    }
    const [existing] = await tx.execute<{ id: number }[]>(
      'select id from app_user where lower(trim(username)) = lower(?)',
      [username],
    );
    if (existing && !input.force) throw fail(AdminCreateReasons.USERNAME_EXISTS, { params: { username } });
    let user: User;
    if (existing) {
      user = await tx.findOneOrFail(User, { id: existing.id }, { populate: ['roleAssignments'] });
      user.passwordHash = passwordHash;
      user.active = true;
      user.mustChangePassword = false;
      user.unit ??= unit;
      await tx.nativeUpdate(AuthToken, { user: user.id, kind: TokenKind.SESSION, revokedAt: null }, { revokedAt: now });
    } else {
      user = tx.create(User, { username, displayName, passwordHash, unit, mustChangePassword: false });
    }
    const held = existing
      ? user.roleAssignments.getItems().some((r) => r.role === UserRole.DISTRICT_ADMIN && r.unit.id === unit.id)
      : false;
    if (!held) tx.create(RoleAssignment, { user, role: UserRole.DISTRICT_ADMIN, unit });
    await tx.flush();
    const operation = input.force ? 'admin:create --force' : 'admin:create';
    const entries = entriesFromChangeSets(changeSets, {
      at: now,
      userId: null,
      username: 'admin:create',
      operation,
      address: null,
    });
    if (input.force) {
      // What was overridden, on its own entry: the admins that already existed, an account taken over.
      entries.push({
        at: now,
        userId: null,
        username: 'admin:create',
        operation,
        targetType: 'User',
        targetId: String(user.id),
        action: 'FORCED',
        changes: {
          existingAdmins: { before: others.map((o) => o.username) },
          reusedAccount: { after: Boolean(existing) },
        },
        address: null,
        scopePath: unit.path,
      });
    }
    await appendAudit(tx, entries);
    return {
      user,
      unit,
      createdUnit: created,
      reusedAccount: Boolean(existing),
      otherAdmins: others.map((o) => o.username),
    };
  });
}

async function districtOf(tx: EntityManager, name: string | null): Promise<{ unit: Unit; created: boolean }> {
  if ((await tx.count(Unit, {})) === 0) {
    if (!name) throw fail(AdminCreateReasons.UNIT_NAME_REQUIRED);
    const [{ id }] = await tx.execute<{ id: number }[]>(`select nextval('unit_id_seq')::int as id`);
    const unit = tx.create(Unit, { id, name, level: UnitLevel.DISTRICT, parent: null, path: `${id}.`, depth: 0 });
    return { unit, created: true };
  }
  const districts = await tx.find(Unit, { level: UnitLevel.DISTRICT }, { orderBy: { path: 'asc' } });
  const list = districts.map((d) => d.name).join('、') || '—';
  if (name) {
    const unit = districts.find((d) => d.name === name);
    if (!unit) throw fail(AdminCreateReasons.UNIT_NOT_FOUND, { params: { name, districts: list } });
    return { unit, created: false };
  }
  if (districts.length !== 1) throw fail(AdminCreateReasons.UNIT_AMBIGUOUS, { params: { districts: list } });
  return { unit: districts[0], created: false };
}
