/**
 * Accounts and their roles, passwords and sessions. Who manages an account is decided by its
 * place: its own unit and every unit it holds a role over.
 * - District admins manage the accounts whose places all lie in their subtrees.
 * - Township staff manage BRANCH_STAFF accounts of their own township's branches (every grant a
 *   BRANCH_STAFF one, every place inside the township), and only create, deactivate and reset them.
 * - Only district admins grant DISTRICT_ADMIN, LEADER, SUPERVISOR and TASK_FORCE; nobody changes
 *   their own roles; the last active district admin over a district stays (ACCOUNT.LAST_ADMIN).
 * An account outside the caller's reach does not exist for them (NOT_FOUND, as a missing id).
 * Deactivation, a role change and a password change or reset end the account's sessions: the
 * revocation notifies every process (`fivestar_auth`, modules/auth/principal-cache.ts).
 */
import argon2 from 'argon2';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { InputReasons } from '../../common/common.errors';
import { fail } from '../../common/reasons';
import { checkText, likeEscape } from '../../common/validate';
import type { Principal } from '../../common/principal';
import { TokenKind, UserRole } from '../../common/roles';
import type { ListArgs, Page } from '../../graphql/pagination';
import { AuthToken, hashPassword, RoleAssignment, User } from '../auth/public';
import { Person, StarCodeReasons, StarType, Unit, UnitLevel, UnitReasons } from '../org/public';
import { AccountReasons, PasswordReasons } from './accounts.errors';
import { checkPassword, temporaryPassword } from './password-policy';

/** Roles only district admins grant; township staff grant BRANCH_STAFF only. */
export const ADMIN_GRANTED_ROLES = [
  UserRole.DISTRICT_ADMIN,
  UserRole.LEADER,
  UserRole.SUPERVISOR,
  UserRole.TASK_FORCE,
  UserRole.TOWNSHIP_STAFF,
  UserRole.BRANCH_STAFF,
] as const;

/** The unit levels a role is granted at. */
const ROLE_LEVELS: Record<string, UnitLevel[]> = {
  [UserRole.DISTRICT_ADMIN]: [UnitLevel.PROVINCE, UnitLevel.CITY, UnitLevel.DISTRICT],
  [UserRole.LEADER]: [UnitLevel.PROVINCE, UnitLevel.CITY, UnitLevel.DISTRICT],
  [UserRole.SUPERVISOR]: [UnitLevel.PROVINCE, UnitLevel.CITY, UnitLevel.DISTRICT],
  [UserRole.TASK_FORCE]: [UnitLevel.PROVINCE, UnitLevel.CITY, UnitLevel.DISTRICT],
  [UserRole.TOWNSHIP_STAFF]: [UnitLevel.TOWNSHIP],
  [UserRole.BRANCH_STAFF]: [UnitLevel.BRANCH],
};

const USERNAME_RE = /^[\p{L}\p{N}._@-]{2,60}$/u;
/** One lock for every change that could remove a district's last admin: such changes run one at a time. */
const LAST_ADMIN_LOCK = 5_000_014;

export interface RoleSpec {
  role: UserRole;
  unitId: number;
  starCode?: string | null;
}

export interface UserCreate {
  username: string;
  displayName: string;
  personId?: number | null;
  /** The account's own unit; by default the highest unit among its roles. */
  unitId?: number | null;
  roles: RoleSpec[];
}

export interface UserUpdate {
  username?: string | null;
  displayName?: string | null;
  personId?: number | null;
  unitId?: number | null;
}

export interface UserFilter {
  withinId?: number | null;
  role?: UserRole | null;
  active?: boolean | null;
  search?: string | null;
  ids?: number[];
}

export interface WithTemporaryPassword {
  user: User;
  /** Shown once to the administrator; stored only as its hash. */
  temporaryPassword: string;
}

export type UpsertOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED';

export interface UpsertResult {
  outcome: UpsertOutcome;
  user: User;
  /** Only for a created account. */
  temporaryPassword: string | null;
}

type Action = 'read' | 'update' | 'deactivate' | 'reactivate' | 'grant' | 'revoke' | 'reset';
/** What township staff may do to the branch accounts they reach. */
const TOWNSHIP_ACTIONS = new Set<Action>(['read', 'deactivate', 'reset']);

const SORT_COLUMNS: Record<string, string> = {
  id: 'u.id',
  username: 'lower(u.username)',
  displayName: 'u.display_name',
  active: 'u.active',
  lastLoginAt: 'u.last_login_at',
  createdAt: 'u.created_at',
};

const USER_COLUMNS =
  'u.id, u.created_at, u.updated_at, u.version, u.username, u.display_name, u.person_id, u.active, u.last_login_at, u.unit_id, u.must_change_password';

const prefixesOf = (p: Principal, role: UserRole) => [
  ...new Set(p.grants.filter((g) => g.role === role).map((g) => g.unitPath)),
];
const inside = (path: string, prefixes: string[]) => prefixes.some((x) => path.startsWith(x));
/**
 * A PostgreSQL array literal of unit paths or ids (digits and dots only), for `= any(?::text[])`:
 * the driver would otherwise spread an array parameter into a list.
 */
const pgArray = (values: readonly (string | number)[]) => `{${values.map((v) => `"${String(v)}"`).join(',')}}`;

export class AccountService {
  constructor(
    private readonly em: EntityManager,
    private readonly now: () => Date,
  ) {}

  // ---- reading ----

  async list(p: Principal, filter: UserFilter, args: ListArgs, wantTotal = true): Promise<Page<User>> {
    const admin = prefixesOf(p, UserRole.DISTRICT_ADMIN);
    const township = prefixesOf(p, UserRole.TOWNSHIP_STAFF);
    const like = (xs: string[]) => pgArray(xs.map((x) => `${x}%`));
    const scopes: string[] = [];
    const params: unknown[] = [];
    if (admin.length) {
      // Every place inside the caller's subtrees, and at least one place.
      scopes.push(`((h.path like any(?::text[]) or (u.unit_id is null and exists (select 1 from role_assignment r0 where r0.user_id = u.id)))
        and not exists (select 1 from role_assignment r1 join unit x1 on x1.id = r1.unit_id
                         where r1.user_id = u.id and not x1.path like any(?::text[])))`);
      params.push(like(admin), like(admin));
    }
    if (township.length) {
      scopes.push(`((u.unit_id is null or h.path like any(?::text[]))
        and exists (select 1 from role_assignment r2 where r2.user_id = u.id)
        and not exists (select 1 from role_assignment r3 join unit x3 on x3.id = r3.unit_id
                         where r3.user_id = u.id and (r3.role <> 'BRANCH_STAFF' or not x3.path like any(?::text[]))))`);
      params.push(like(township), like(township));
    }
    if (!scopes.length) return { items: [], total: 0 };
    const where = [`(${scopes.join(' or ')})`];
    if (filter.withinId) {
      where.push(`(h.path like (select path from unit where id = ?) || '%'
        or exists (select 1 from role_assignment r4 join unit x4 on x4.id = r4.unit_id
                    where r4.user_id = u.id and x4.path like (select path from unit where id = ?) || '%'))`);
      params.push(filter.withinId, filter.withinId);
    }
    if (filter.role) {
      where.push('exists (select 1 from role_assignment r5 where r5.user_id = u.id and r5.role = ?)');
      params.push(filter.role);
    }
    if (filter.active !== undefined && filter.active !== null) {
      where.push('u.active = ?');
      params.push(filter.active);
    }
    if (filter.search?.trim()) {
      const s = `%${likeEscape(filter.search.trim().toLowerCase())}%`;
      where.push('(lower(u.username) like ? or lower(u.display_name) like ?)');
      params.push(s, s);
    }
    if (filter.ids) {
      where.push('u.id = any(?::int[])');
      params.push(pgArray(filter.ids));
    }
    const field = args.sortField ?? 'username';
    const column = Object.hasOwn(SORT_COLUMNS, field) ? SORT_COLUMNS[field] : undefined;
    if (!column) {
      throw fail(InputReasons.UNKNOWN_SORT_FIELD, {
        field: 'sortField',
        params: { field, allowed: Object.keys(SORT_COLUMNS).join(', ') },
      });
    }
    const dir = args.sortOrder === 'DESC' ? 'desc' : 'asc';
    const from = `from app_user u left join unit h on h.id = u.unit_id where ${where.join(' and ')}`;
    const rows = await this.em.execute<(Record<string, unknown> & { total: string })[]>(
      `select ${USER_COLUMNS}${wantTotal ? ', count(*) over () as total' : ''} ${from}
        order by ${column} ${dir} nulls last, u.id ${dir} limit ? offset ?`,
      [...params, args.perPage, (args.page - 1) * args.perPage],
    );
    let total = rows.length ? Number(rows[0].total ?? 0) : 0;
    if (wantTotal && !rows.length && args.page > 1) {
      const [c] = await this.em.execute<{ n: string }[]>(`select count(*) as n ${from}`, params);
      total = Number(c.n);
    }
    const items = rows.map(({ total: _t, ...row }) => this.em.map(User, row));
    return { items, total };
  }

  async get(p: Principal, id: number): Promise<User> {
    const user = await this.load(id);
    this.assertManages(p, user, 'read');
    return user;
  }

  // ---- changing accounts ----

  async create(p: Principal, data: UserCreate): Promise<WithTemporaryPassword> {
    const username = await this.checkUsername(data.username, null);
    const displayName = checkText(data.displayName, 'displayName', 60);
    if (!data.roles.length) throw fail(AccountReasons.ROLE_REQUIRED_FOR_NEW, { field: 'roles' });
    const grants: { unit: Unit; role: UserRole; starType: StarType | null }[] = [];
    for (const [i, spec] of data.roles.entries()) grants.push(await this.checkGrant(p, spec, `roles[${i}]`));
    const unit = data.unitId
      ? await this.readableUnit(p, data.unitId, 'unitId')
      : [...grants].sort((a, b) => a.unit.path.length - b.unit.path.length)[0].unit;
    this.assertPlaces(p, [unit.path, ...grants.map((g) => g.unit.path)], grants, 'read');
    const person = data.personId ? await this.readablePerson(p, data.personId) : null;
    const secret = temporaryPassword();
    const user = this.em.create(User, {
      username,
      displayName,
      passwordHash: await hashPassword(secret),
      person,
      unit,
      mustChangePassword: true,
    });
    for (const g of grants) this.em.create(RoleAssignment, { user, role: g.role, unit: g.unit, starType: g.starType });
    return { user, temporaryPassword: secret };
  }

  async update(p: Principal, id: number, data: UserUpdate, version?: number): Promise<User> {
    const user = await this.load(id);
    this.assertManages(p, user, 'update');
    if (version !== undefined) await this.em.lock(user, LockMode.OPTIMISTIC, version);
    if (data.username !== undefined && data.username !== null)
      user.username = await this.checkUsername(data.username, user.id);
    if (data.displayName !== undefined && data.displayName !== null)
      user.displayName = checkText(data.displayName, 'displayName', 60);
    if (data.personId !== undefined)
      user.person = data.personId === null ? null : await this.readablePerson(p, data.personId);
    if (data.unitId !== undefined && data.unitId !== null) {
      const unit = await this.readableUnit(p, data.unitId, 'unitId');
      if (!p.hasRoleOver(unit.path, UserRole.DISTRICT_ADMIN)) {
        throw fail(UnitReasons.NOT_FOUND, { code: 'BAD_USER_INPUT', field: 'unitId' });
      }
      user.unit = unit;
    }
    return user;
  }

  async deactivate(p: Principal, id: number): Promise<User> {
    const user = await this.load(id);
    this.assertManages(p, user, 'deactivate');
    if (user.id === p.userId) throw fail(AccountReasons.SELF_DEACTIVATION);
    if (!user.active) throw fail(AccountReasons.ALREADY_INACTIVE);
    await this.assertNotLastAdmin(user, user.roleAssignments.getItems());
    user.active = false;
    await this.endSessions(user.id);
    return user;
  }

  async reactivate(p: Principal, id: number): Promise<User> {
    const user = await this.load(id);
    this.assertManages(p, user, 'reactivate');
    if (user.active) throw fail(AccountReasons.ALREADY_ACTIVE);
    user.active = true;
    return user;
  }

  async grantRole(p: Principal, userId: number, spec: RoleSpec): Promise<User> {
    const user = await this.load(userId);
    this.assertManages(p, user, 'grant');
    if (user.id === p.userId) throw fail(AccountReasons.OWN_ROLES);
    const g = await this.checkGrant(p, spec, 'input');
    const held = user.roleAssignments
      .getItems()
      .some(
        (r) =>
          r.role === g.role && r.unit.id === g.unit.id && (r.starType?.code ?? null) === (g.starType?.code ?? null),
      );
    if (held) throw fail(AccountReasons.ROLE_ALREADY_HELD);
    user.roleAssignments.add(
      this.em.create(RoleAssignment, { user, role: g.role, unit: g.unit, starType: g.starType }),
    );
    await this.endSessions(user.id);
    return user;
  }

  async revokeRole(p: Principal, roleAssignmentId: number): Promise<User> {
    const ra = await this.em.findOne(RoleAssignment, { id: roleAssignmentId });
    if (!ra) throw fail(AccountReasons.GRANT_NOT_FOUND);
    const user = await this.load(ra.user.id);
    // A grant of an account out of reach is missing, like the account.
    try {
      this.assertManages(p, user, 'revoke');
    } catch (e) {
      if ((e as { extensions?: { code?: string } }).extensions?.code === 'NOT_FOUND')
        throw fail(AccountReasons.GRANT_NOT_FOUND);
      throw e;
    }
    if (user.id === p.userId) throw fail(AccountReasons.OWN_ROLES);
    if (user.active) await this.assertNotLastAdmin(user, [ra]);
    user.roleAssignments.remove(ra);
    this.em.remove(ra);
    await this.endSessions(user.id);
    return user;
  }

  async resetPassword(p: Principal, id: number): Promise<WithTemporaryPassword> {
    const user = await this.load(id);
    this.assertManages(p, user, 'reset');
    // One's own password is changed with the current one (changePassword), never reset.
    if (user.id === p.userId) throw fail(AccountReasons.OWN_PASSWORD);
    const secret = temporaryPassword();
    user.passwordHash = await hashPassword(secret);
    user.mustChangePassword = true;
    await this.endSessions(user.id);
    return { user, temporaryPassword: secret };
  }

  /**
   * For imports: create the account, or bring an existing one (same username, regardless of case)
   * to the given display name, person and roles (missing roles are granted; none is withdrawn),
   * under the same delegation and validation rules as the operations above.
   */
  async upsertUser(p: Principal, data: UserCreate): Promise<UpsertResult> {
    const [found] = await this.em.execute<{ id: number }[]>(
      'select id from app_user where lower(trim(username)) = lower(trim(?))',
      [data.username],
    );
    if (!found) {
      const r = await this.create(p, data);
      return { outcome: 'CREATED', user: r.user, temporaryPassword: r.temporaryPassword };
    }
    const user = await this.load(found.id);
    // An account left as it is needs only to be within reach (township staff re-importing their
    // branch accounts); any change needs the right to update it.
    this.assertManages(p, user, 'read');
    const mayUpdate = () => this.assertManages(p, user, 'update');
    let changed = false;
    const displayName = checkText(data.displayName, 'displayName', 60);
    if (displayName !== user.displayName) {
      mayUpdate();
      user.displayName = displayName;
      changed = true;
    }
    if (data.personId !== undefined && (user.person?.id ?? null) !== (data.personId ?? null)) {
      mayUpdate();
      user.person = data.personId ? await this.readablePerson(p, data.personId) : null;
      changed = true;
    }
    for (const [i, spec] of data.roles.entries()) {
      const held = user.roleAssignments
        .getItems()
        .some(
          (r) =>
            r.role === spec.role && r.unit.id === spec.unitId && (r.starType?.code ?? null) === (spec.starCode ?? null),
        );
      if (held) continue;
      mayUpdate();
      if (user.id === p.userId) throw fail(AccountReasons.OWN_ROLES);
      const g = await this.checkGrant(p, spec, `roles[${i}]`);
      user.roleAssignments.add(
        this.em.create(RoleAssignment, { user, role: g.role, unit: g.unit, starType: g.starType }),
      );
      changed = true;
    }
    if (changed) await this.endSessions(user.id);
    return { outcome: changed ? 'UPDATED' : 'UNCHANGED', user, temporaryPassword: null };
  }

  // ---- the caller's own password and sessions ----

  async changePassword(p: Principal, currentPassword: string, newPassword: string): Promise<User> {
    if (p.tokenKind !== TokenKind.SESSION) throw fail(AccountReasons.SESSIONS_ONLY);
    const user = await this.em.findOneOrFail(User, { id: p.userId }, { populate: ['passwordHash'] });
    const ok = await argon2.verify(user.passwordHash, currentPassword).catch(() => false);
    if (!ok) throw fail(PasswordReasons.WRONG_CURRENT, { field: 'currentPassword' });
    checkPassword(newPassword, user.username, 'newPassword');
    if (newPassword === currentPassword) throw fail(PasswordReasons.SAME_AS_CURRENT, { field: 'newPassword' });
    user.passwordHash = await hashPassword(newPassword);
    user.mustChangePassword = false;
    // Every other session ends; this one stays (its holder just proved the password).
    await this.endSessions(user.id, p.tokenId);
    return user;
  }

  async mySessions(p: Principal): Promise<AuthToken[]> {
    if (p.tokenKind !== TokenKind.SESSION) throw fail(AccountReasons.SESSIONS_ONLY);
    return this.em.find(
      AuthToken,
      { user: p.userId, kind: TokenKind.SESSION, revokedAt: null, expiresAt: { $gt: this.now() } },
      { orderBy: { lastUsedAt: 'desc nulls last', createdAt: 'desc', id: 'desc' } as never },
    );
  }

  async revokeSession(p: Principal, id: number): Promise<boolean> {
    if (p.tokenKind !== TokenKind.SESSION) throw fail(AccountReasons.SESSIONS_ONLY);
    const t = await this.em.findOne(AuthToken, { id, user: p.userId, kind: TokenKind.SESSION });
    if (!t) throw fail(AccountReasons.SESSION_NOT_FOUND);
    if (t.revokedAt) return false;
    t.revokedAt = this.now();
    return true;
  }

  // ---- rules ----

  private async load(id: number): Promise<User> {
    const user = await this.em.findOne(User, { id }, { populate: ['roleAssignments.unit', 'unit'] });
    if (!user) throw fail(AccountReasons.NOT_FOUND);
    return user;
  }

  /** NOT_FOUND unless the caller reaches the account; FORBIDDEN when they may not do this to it. */
  private assertManages(p: Principal, user: User, action: Action): void {
    const grants = user.roleAssignments.getItems().map((r) => ({ role: r.role, unit: r.unit }));
    const places = [...(user.unit ? [user.unit.path] : []), ...grants.map((g) => g.unit.path)];
    this.assertPlaces(p, places, grants, action);
  }

  private assertPlaces(p: Principal, places: string[], grants: { role: UserRole; unit: Unit }[], action: Action): void {
    const admin = prefixesOf(p, UserRole.DISTRICT_ADMIN);
    if (places.length && places.every((x) => inside(x, admin))) return;
    const township = prefixesOf(p, UserRole.TOWNSHIP_STAFF);
    const branchAccount =
      grants.length > 0 &&
      grants.every((g) => g.role === UserRole.BRANCH_STAFF) &&
      places.every((x) => inside(x, township));
    if (!branchAccount) throw fail(AccountReasons.NOT_FOUND, { code: 'NOT_FOUND' });
    if (!TOWNSHIP_ACTIONS.has(action)) throw fail(AccountReasons.FORBIDDEN);
  }

  /** A grant the caller may give: over a unit in their scope, a role they may grant, at its level. */
  private async checkGrant(
    p: Principal,
    spec: RoleSpec,
    field: string,
  ): Promise<{ unit: Unit; role: UserRole; starType: StarType | null }> {
    const unit = await this.readableUnit(p, spec.unitId, `${field}.unitId`);
    const grantable = p.hasRoleOver(unit.path, UserRole.DISTRICT_ADMIN)
      ? (ADMIN_GRANTED_ROLES as readonly UserRole[])
      : p.hasRoleOver(unit.path, UserRole.TOWNSHIP_STAFF)
        ? [UserRole.BRANCH_STAFF]
        : [];
    if (!grantable.includes(spec.role)) {
      throw fail(AccountReasons.ROLE_NOT_GRANTABLE, { field: `${field}.role`, params: { role: spec.role } });
    }
    const levels = ROLE_LEVELS[spec.role];
    if (!levels.includes(unit.level)) {
      throw fail(AccountReasons.ROLE_UNIT_LEVEL, {
        field: `${field}.unitId`,
        params: { role: spec.role, level: levels.join('/') },
      });
    }
    let starType: StarType | null = null;
    if (spec.role === UserRole.TASK_FORCE) {
      if (!spec.starCode) throw fail(AccountReasons.STAR_REQUIRED, { field: `${field}.starCode` });
      starType = await this.em.findOne(StarType, { code: spec.starCode });
      if (!starType) {
        throw fail(StarCodeReasons.UNKNOWN_STAR_CODE, { field: `${field}.starCode`, params: { code: spec.starCode } });
      }
    } else if (spec.starCode) {
      throw fail(AccountReasons.STAR_NOT_ALLOWED, { field: `${field}.starCode` });
    }
    return { unit, role: spec.role, starType };
  }

  private async readableUnit(p: Principal, id: number, field: string): Promise<Unit> {
    const unit = await this.em.findOne(Unit, { id });
    if (!unit || !p.canRead(unit.path)) throw fail(UnitReasons.NOT_FOUND, { code: 'BAD_USER_INPUT', field });
    return unit;
  }

  private async readablePerson(p: Principal, id: number): Promise<Person> {
    const person = await this.em.findOne(Person, { id }, { populate: ['unit'] });
    if (!person || !p.canRead(person.unit.path)) throw fail(AccountReasons.PERSON_NOT_FOUND, { field: 'personId' });
    return person;
  }

  /** Trimmed, well-formed, and no other account's regardless of case. */
  private async checkUsername(raw: string, self: number | null): Promise<string> {
    const username = raw.trim();
    if (!USERNAME_RE.test(username)) throw fail(AccountReasons.BAD_USERNAME, { field: 'username' });
    const [taken] = await this.em.execute<{ id: number }[]>(
      'select id from app_user where lower(trim(username)) = lower(?) and id <> ?',
      [username, self ?? 0],
    );
    if (taken) throw fail(AccountReasons.USERNAME_TAKEN, { field: 'username', params: { username } });
    return username;
  }

  /**
   * Refuse when losing these grants (or the account, when they are all of its grants) would leave a
   * district (or any unit an admin role is held over) without an active admin of its own: admins
   * above it (a city's) do not count, since they are not the district's own staff. Such changes wait for one another (an advisory lock
   * held to the end of the transaction), so two admins cannot remove each other at once.
   */
  private async assertNotLastAdmin(user: User, losing: RoleAssignment[]): Promise<void> {
    const admins = losing.filter((r) => r.role === UserRole.DISTRICT_ADMIN);
    if (!admins.length) return;
    await this.em.execute('select pg_advisory_xact_lock(?)', [LAST_ADMIN_LOCK]);
    const losingIds = losing.map((r) => r.id);
    const all = losing.length === user.roleAssignments.length;
    for (const r of admins) {
      const [other] = await this.em.execute<{ id: number }[]>(
        `select r.id from role_assignment r join app_user u on u.id = r.user_id
          where r.role = 'DISTRICT_ADMIN' and u.active and r.unit_id = ?
            and r.id <> all(?::int[]) and (? = false or r.user_id <> ?)
          limit 1`,
        [r.unit.id, pgArray(losingIds), all, user.id],
      );
      if (!other) throw fail(AccountReasons.LAST_ADMIN);
    }
  }

  /** End the account's sign-in sessions (but `except`): every process hears of it (fivestar_auth). */
  private async endSessions(userId: number, except?: number): Promise<number> {
    return this.em.nativeUpdate(
      AuthToken,
      {
        user: userId,
        kind: TokenKind.SESSION,
        revokedAt: null,
        ...(except ? { id: { $ne: except } } : {}),
      },
      { revokedAt: this.now() },
    );
  }
}
