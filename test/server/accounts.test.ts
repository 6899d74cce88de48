/**
 * Accounts (docs/domain/accounts.md): the lists each manager sees, creating an account with a
 * temporary password, the forced change at first sign-in (GraphQL and REST), every password rule,
 * usernames unique regardless of case and spaces, sessions (listed, ended one by one, ended by a
 * deactivation, a role change and a password reset), the last district admin, and that no secret
 * reaches the audit trail or an error.
 */
import { graphql } from '../gql';
import { dataOf, errorOf, jsonObject, startTestApp, type TestApp } from '../helpers/app';

const USERS = graphql(`
  query AccUsers($f: UserFilterInput, $page: Int, $perPage: Int, $sortField: String, $sortOrder: SortOrder) {
    users(filter: $f, page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder) {
      total
      items {
        id
        username
        displayName
        active
        mustChangePassword
        roles
        unitId
        unit {
          name
        }
        grants {
          id
          role
          unitId
        }
      }
    }
  }
`);

const USER = graphql(`
  query AccUser($id: ID!) {
    user(id: $id) {
      id
      username
      active
    }
  }
`);

const CREATE = graphql(`
  mutation AccCreateUser($i: CreateUserInput!) {
    createUser(input: $i) {
      temporaryPassword
      user {
        id
        username
        mustChangePassword
        roles
        unitId
      }
    }
  }
`);

const RESET = graphql(`
  mutation AccResetPassword($id: ID!) {
    resetPassword(userId: $id) {
      temporaryPassword
      user {
        id
        mustChangePassword
      }
    }
  }
`);

const CHANGE = graphql(`
  mutation AccChangePassword($c: String!, $n: String!) {
    changePassword(currentPassword: $c, newPassword: $n) {
      id
      mustChangePassword
    }
  }
`);

const ME = graphql(`
  query AccMe {
    me {
      username
      mustChangePassword
    }
  }
`);

const UNITS = graphql(`
  query AccUnits {
    units(perPage: 1) {
      total
    }
  }
`);

const DEACTIVATE = graphql(`
  mutation AccDeactivate($id: ID!) {
    deactivateUser(id: $id) {
      id
      active
    }
  }
`);

const REACTIVATE = graphql(`
  mutation AccReactivate($id: ID!) {
    reactivateUser(id: $id) {
      id
      active
    }
  }
`);

const GRANT = graphql(`
  mutation AccGrant($u: ID!, $i: RoleGrantInput!) {
    grantRole(userId: $u, input: $i) {
      id
      grants {
        id
        role
      }
    }
  }
`);

const REVOKE = graphql(`
  mutation AccRevoke($id: ID!) {
    revokeRole(roleAssignmentId: $id) {
      id
      roles
    }
  }
`);

const UPDATE = graphql(`
  mutation AccUpdate($id: ID!, $i: UpdateUserInput!) {
    updateUser(id: $id, input: $i) {
      id
      username
      displayName
    }
  }
`);

const SESSIONS = graphql(`
  query AccSessions {
    mySessions {
      id
      userAgent
      address
      createdAt
      lastUsedAt
      current
    }
  }
`);

const REVOKE_SESSION = graphql(`
  mutation AccRevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);

const LOGOUT = graphql(`
  mutation AccLogout {
    logout
  }
`);

describe('accounts', () => {
  let t: TestApp;
  let admin: string;
  let township: string;
  const ids: Record<string, string> = {};
  const unit: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_USER_PER_MINUTE: '100000' } });
    admin = await t.login('admin');
    township = await t.login('township');
    const em = t.orm.em.fork();
    for (const r of await em.execute<{ id: number; username: string }[]>('select id, username from app_user'))
      ids[r.username] = String(r.id);
    const rows = await em.execute<{ key: string; id: number }[]>(
      `select 'district' as key, id from unit where level = 'DISTRICT'
       union all select 'cherry', unit_id from role_assignment where user_id = ? and role = 'TOWNSHIP_STAFF'
       union all select 'cherryBranch', unit_id from role_assignment where user_id = ? and role = 'BRANCH_STAFF'
       union all select 'otherTownship', unit_id from role_assignment where user_id = ?
       union all (select 'cherryBranch2', u.id from unit u join unit t on u.parent_id = t.id
                  join role_assignment r on r.unit_id = t.id and r.user_id = ?
                  where u.level = 'BRANCH' order by u.id desc limit 1)`,
      [Number(ids.township), Number(ids.branch), Number(ids.township2), Number(ids.township)],
    );
    for (const r of rows) unit[r.key] = String(r.id);
  });
  afterAll(() => t.close());

  it('district admins list their subtree, township staff their branches’ accounts, others are refused', async () => {
    const all = dataOf(await t.gql(USERS, { perPage: 100 }, admin)).users;
    expect(all.total).toBeGreaterThanOrEqual(15);
    expect(all.items.map((u) => u.username)).toEqual(expect.arrayContaining(['admin', 'township2', 'branch9']));
    const mine = dataOf(await t.gql(USERS, { perPage: 100 }, township)).users;
    expect(mine.items.length).toBeGreaterThanOrEqual(2);
    expect(mine.items.every((u) => u.roles.every((r) => r === 'BRANCH_STAFF'))).toBe(true);
    expect(mine.items.map((u) => u.username)).toContain('branch');
    expect(mine.items.map((u) => u.username)).not.toContain('township');
    for (const who of ['leader', 'branch', 'supervisor', 'taskforce']) {
      const e = errorOf(await t.gql(USERS, {}, await t.login(who)));
      expect(e.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.ROLE_REQUIRED' });
    }
    // Out of reach reads as missing.
    const e = errorOf(await t.gql(USER, { id: ids.admin }, township));
    const m = errorOf(await t.gql(USER, { id: '999999' }, township));
    expect(e).toEqual(m);
    expect(e.extensions.code).toBe('NOT_FOUND');
  });

  it('filters by role, activity and search, and sorts', async () => {
    const inactive = dataOf(await t.gql(USERS, { f: { active: false } }, admin)).users;
    expect(inactive.items.map((u) => u.username)).toEqual(['branch9']);
    const townshipStaff = dataOf(await t.gql(USERS, { f: { role: 'TOWNSHIP_STAFF' } }, admin)).users;
    expect(townshipStaff.items.map((u) => u.username).sort()).toEqual(['township', 'township2', 'township3']);
    const found = dataOf(await t.gql(USERS, { f: { search: 'TOWNSHIP2' } }, admin)).users;
    expect(found.items.map((u) => u.username)).toEqual(['township2']);
    const within = dataOf(await t.gql(USERS, { f: { withinId: unit.cherry } }, admin)).users;
    expect(within.items.map((u) => u.username)).toEqual(expect.arrayContaining(['township', 'branch']));
    expect(within.items.map((u) => u.username)).not.toContain('township2');
    const desc = dataOf(await t.gql(USERS, { sortField: 'username', sortOrder: 'DESC', perPage: 2 }, admin)).users;
    expect(desc.items[0].username >= desc.items[1].username).toBe(true);
    expect(errorOf(await t.gql(USERS, { sortField: 'passwordHash' }, admin)).extensions).toMatchObject({
      reason: 'INPUT.UNKNOWN_SORT_FIELD',
      field: 'sortField',
    });
  });

  it('creates an account with a temporary password that must be changed at first sign-in', async () => {
    const r = dataOf(
      await t.gql(
        CREATE,
        {
          i: {
            username: '  Cherry.Clerk ',
            displayName: '樱桃沟社区文书',
            roles: [{ role: 'BRANCH_STAFF', unitId: unit.cherryBranch }],
          },
        },
        township,
      ),
    ).createUser;
    expect(r.user).toMatchObject({ username: 'Cherry.Clerk', mustChangePassword: true, roles: ['BRANCH_STAFF'] });
    expect(r.user.unitId).toBe(unit.cherryBranch);
    expect(r.temporaryPassword).toMatch(/^[\w]{5}-[\w]{5}-[\w]{5}$/);
    // Sign-in matches regardless of case and surrounding spaces.
    const token = await t.login(' cherry.clerk ', r.temporaryPassword);
    expect(dataOf(await t.gql(ME, {}, token)).me).toEqual({ username: 'Cherry.Clerk', mustChangePassword: true });
    // Until the password is changed, everything else is refused, GraphQL and REST alike.
    expect(errorOf(await t.gql(UNITS, {}, token)).extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'AUTH.PASSWORD_CHANGE_REQUIRED',
    });
    expect(errorOf(await t.gql('{ x: mySessions { id } }', {}, token)).extensions.reason).toBe(
      'AUTH.PASSWORD_CHANGE_REQUIRED',
    );
    // An alias cannot pass another operation off as an allowed one, nor can a fragment.
    expect(errorOf(await t.gql('{ me: units { total } }', {}, token)).extensions.reason).toBe(
      'AUTH.PASSWORD_CHANGE_REQUIRED',
    );
    expect(
      errorOf(await t.gql('query { ...F } fragment F on Query { me: units { total } }', {}, token)).extensions.reason,
    ).toBe('AUTH.PASSWORD_CHANGE_REQUIRED');
    const rest = await fetch(`${t.url}/files/1`, { headers: { authorization: `Bearer ${token}` } });
    expect(rest.status).toBe(403);
    expect(((await rest.json()) as { errors: { extensions: { reason: string } }[] }).errors[0].extensions.reason).toBe(
      'AUTH.PASSWORD_CHANGE_REQUIRED',
    );
    // Changing it lifts the restriction for this session at once.
    const changed = dataOf(await t.gql(CHANGE, { c: r.temporaryPassword, n: 'Kirsche-im-Tal-2026' }, token));
    expect(changed.changePassword.mustChangePassword).toBe(false);
    expect(dataOf(await t.gql(UNITS, {}, token)).units.total).toBeGreaterThan(0);
    // The temporary password no longer works; the new one does.
    await expect(t.login('cherry.clerk', r.temporaryPassword)).rejects.toThrow(/INVALID_CREDENTIALS/);
    await t.login('cherry.clerk', 'Kirsche-im-Tal-2026');
    // The name is taken whatever its case.
    const dup = errorOf(
      await t.gql(
        CREATE,
        {
          i: {
            username: 'CHERRY.CLERK',
            displayName: 'x',
            roles: [{ role: 'BRANCH_STAFF', unitId: unit.cherryBranch }],
          },
        },
        admin,
      ),
    );
    expect(dup.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ACCOUNT.USERNAME_TAKEN', field: 'username' });
  });

  it('refuses each password rule with its own reason', async () => {
    const token = await t.login('taskforce');
    const cases: [string, string][] = [
      ['nine-char', 'PASSWORD.TOO_SHORT'],
      ['my-taskforce-pass', 'PASSWORD.CONTAINS_USERNAME'],
      ['MY-TASKFORCE-PASS', 'PASSWORD.CONTAINS_USERNAME'],
      ['qwertyuiop', 'PASSWORD.TOO_COMMON'],
      ['Password123', 'PASSWORD.TOO_COMMON'],
      ['1234567890', 'PASSWORD.TOO_COMMON'],
      ['x'.repeat(201), 'PASSWORD.TOO_LONG'],
    ];
    for (const [pw, reason] of cases) {
      const e = errorOf(await t.gql(CHANGE, { c: 'fivestar', n: pw }, token));
      expect({ pw, reason: e.extensions.reason, field: e.extensions.field }).toEqual({
        pw,
        reason,
        field: 'newPassword',
      });
      expect(e.message).toMatch(/[\u4e00-\u9fff]/);
      expect(e.message).not.toContain(pw.slice(0, 10));
    }
    const wrong = errorOf(await t.gql(CHANGE, { c: 'not-the-one', n: 'Drei-Sterne-am-Berg' }, token));
    expect(wrong.extensions).toMatchObject({ reason: 'PASSWORD.WRONG_CURRENT', field: 'currentPassword' });
    // The demo password itself is too short for the rules: changing to a good one works.
    expect(dataOf(await t.gql(CHANGE, { c: 'fivestar', n: 'Drei-Sterne-am-Berg' }, token)).changePassword.id).toBe(
      ids.taskforce,
    );
  });

  it('lists my sessions, marks the current one, ends another, and a password change ends the others', async () => {
    const a = await t.login('supervisor');
    const b = await t.login('supervisor');
    const c = await t.login('supervisor');
    const sessions = dataOf(await t.gql(SESSIONS, {}, a)).mySessions;
    expect(sessions.length).toBeGreaterThanOrEqual(3);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    expect(sessions.every((s) => s.address && s.createdAt)).toBe(true);
    expect(sessions.some((s) => s.userAgent)).toBe(true);
    const current = sessions.find((s) => s.current)!.id;
    const other = sessions.find((s) => !s.current)!.id;
    expect(dataOf(await t.gql(REVOKE_SESSION, { id: other }, a)).revokeSession).toBe(true);
    expect(dataOf(await t.gql(SESSIONS, {}, a)).mySessions.map((s) => s.id)).not.toContain(other);
    // Someone else's session is missing to me.
    expect(errorOf(await t.gql(REVOKE_SESSION, { id: current }, admin)).extensions).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'ACCOUNT.SESSION_NOT_FOUND',
    });
    dataOf(await t.gql(CHANGE, { c: 'fivestar', n: 'Aufsicht-vor-Ort-7' }, a));
    const alive = await Promise.all([a, b, c].map(async (tok) => !(await t.gql(ME, {}, tok)).errors));
    expect(alive).toEqual([true, false, false]);
  });

  it('deactivation, a role change and a reset end the account’s sessions; reactivation lets it back', async () => {
    const tok = await t.login('branch3');
    expect(dataOf(await t.gql(DEACTIVATE, { id: ids.branch3 }, township)).deactivateUser.active).toBe(false);
    expect(errorOf(await t.gql(ME, {}, tok)).extensions.code).toBe('UNAUTHENTICATED');
    await expect(t.login('branch3')).rejects.toThrow(/INVALID_CREDENTIALS/);
    // Township staff may not reactivate (district admins do).
    expect(errorOf(await t.gql(REACTIVATE, { id: ids.branch3 }, township)).extensions.reason).toBe(
      'AUTH.ROLE_REQUIRED',
    );
    dataOf(await t.gql(REACTIVATE, { id: ids.branch3 }, admin));
    const tok2 = await t.login('branch3');
    const granted = dataOf(
      await t.gql(GRANT, { u: ids.branch3, i: { role: 'BRANCH_STAFF', unitId: unit.cherryBranch } }, admin),
    ).grantRole;
    expect(granted.grants).toHaveLength(2);
    expect(errorOf(await t.gql(ME, {}, tok2)).extensions.reason).toBe('AUTH.TOKEN_REVOKED');
    const tok3 = await t.login('branch3');
    const reset = dataOf(await t.gql(RESET, { id: ids.branch3 }, township)).resetPassword;
    expect(reset.user.mustChangePassword).toBe(true);
    expect(errorOf(await t.gql(ME, {}, tok3)).extensions.reason).toBe('AUTH.TOKEN_REVOKED');
    await expect(t.login('branch3')).rejects.toThrow(/INVALID_CREDENTIALS/);
    await t.login('branch3', reset.temporaryPassword);
    const revoked = dataOf(await t.gql(REVOKE, { id: granted.grants[1].id }, admin)).revokeRole;
    expect(revoked.roles).toEqual(['BRANCH_STAFF']);
  });

  it('keeps the last active district admin, and nobody changes their own roles', async () => {
    const own = (
      await t.orm.em
        .fork()
        .execute<{ id: number }[]>('select id from role_assignment where user_id = ?', [Number(ids.admin)])
    )[0].id;
    expect(errorOf(await t.gql(REVOKE, { id: String(own) }, admin)).extensions.reason).toBe('ACCOUNT.OWN_ROLES');
    expect(
      errorOf(await t.gql(GRANT, { u: ids.admin, i: { role: 'LEADER', unitId: unit.district } }, admin)).extensions
        .reason,
    ).toBe('ACCOUNT.OWN_ROLES');
    expect(errorOf(await t.gql(DEACTIVATE, { id: ids.admin }, admin)).extensions.reason).toBe(
      'ACCOUNT.SELF_DEACTIVATION',
    );
    expect(errorOf(await t.gql(RESET, { id: ids.admin }, admin)).extensions.reason).toBe('ACCOUNT.OWN_PASSWORD');
    // Two admins of the district: either may deactivate the other; the last one stays.
    const second = dataOf(
      await t.gql(
        CREATE,
        {
          i: {
            username: 'admin2',
            displayName: '第二管理员',
            roles: [{ role: 'DISTRICT_ADMIN', unitId: unit.district }],
          },
        },
        admin,
      ),
    ).createUser;
    const tok = await t.login('admin2', second.temporaryPassword);
    dataOf(await t.gql(CHANGE, { c: second.temporaryPassword, n: 'Zweiter-Verwalter-1' }, tok));
    dataOf(await t.gql(DEACTIVATE, { id: second.user.id }, admin));
    dataOf(await t.gql(REACTIVATE, { id: second.user.id }, admin));
    // A city-level admin (above the district) does not count as one of the district's own admins.
    const em = t.orm.em.fork();
    await em.execute(
      `insert into app_user (username, display_name, password_hash, unit_id)
         select 'cityadmin', '市级管理员', password_hash, (select id from unit where level = 'CITY') from app_user where username = 'leader'`,
    );
    await em.execute(
      `insert into role_assignment (user_id, role, unit_id) select id, 'DISTRICT_ADMIN', unit_id from app_user where username = 'cityadmin'`,
    );
    const city = await t.login('cityadmin');
    dataOf(await t.gql(DEACTIVATE, { id: ids.admin }, city));
    expect(errorOf(await t.gql(DEACTIVATE, { id: second.user.id }, city)).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ACCOUNT.LAST_ADMIN',
    });
    const [grant] = await em.execute<{ id: number }[]>('select id from role_assignment where user_id = ?', [
      Number(second.user.id),
    ]);
    expect(errorOf(await t.gql(REVOKE, { id: String(grant.id) }, city)).extensions.reason).toBe('ACCOUNT.LAST_ADMIN');
    // With the first admin back, the second may go.
    dataOf(await t.gql(REACTIVATE, { id: ids.admin }, city));
    dataOf(await t.gql(REVOKE, { id: String(grant.id) }, city));
    admin = await t.login('admin');
  });

  it('validates grants: scope, grantable roles, levels and stars', async () => {
    const cases: [string, Record<string, unknown>, string, string][] = [
      [township, { role: 'BRANCH_STAFF', unitId: unit.otherTownship }, 'UNIT.NOT_FOUND', 'roles[0].unitId'],
      [township, { role: 'TOWNSHIP_STAFF', unitId: unit.cherry }, 'ACCOUNT.ROLE_NOT_GRANTABLE', 'roles[0].role'],
      [township, { role: 'LEADER', unitId: unit.cherry }, 'ACCOUNT.ROLE_NOT_GRANTABLE', 'roles[0].role'],
      [admin, { role: 'INTEGRATOR', unitId: unit.district }, 'ACCOUNT.ROLE_NOT_GRANTABLE', 'roles[0].role'],
      [admin, { role: 'BRANCH_STAFF', unitId: unit.cherry }, 'ACCOUNT.ROLE_UNIT_LEVEL', 'roles[0].unitId'],
      [admin, { role: 'TASK_FORCE', unitId: unit.district }, 'ACCOUNT.STAR_REQUIRED', 'roles[0].starCode'],
      [
        admin,
        { role: 'LEADER', unitId: unit.district, starCode: 'STRONG_BRANCH' },
        'ACCOUNT.STAR_NOT_ALLOWED',
        'roles[0].starCode',
      ],
      [
        admin,
        { role: 'TASK_FORCE', unitId: unit.district, starCode: 'NO_SUCH_STAR' },
        'STARS.UNKNOWN_STAR_CODE',
        'roles[0].starCode',
      ],
    ];
    for (const [token, role, reason, field] of cases) {
      const e = errorOf(
        await t.gql(CREATE, { i: { username: 'grant.case', displayName: '授权用例', roles: [role as never] } }, token),
      );
      expect({ role, reason: e.extensions.reason, field: e.extensions.field }).toEqual({ role, reason, field });
    }
    expect(
      errorOf(await t.gql(CREATE, { i: { username: 'x', displayName: 'y', roles: [] } }, admin)).extensions.reason,
    ).toBe('ACCOUNT.BAD_USERNAME');
    expect(
      errorOf(await t.gql(CREATE, { i: { username: 'no.roles', displayName: 'y', roles: [] } }, admin)).extensions
        .reason,
    ).toBe('ACCOUNT.ROLE_REQUIRED_FOR_NEW');
    // A task force grant names its star.
    const tf = dataOf(
      await t.gql(
        CREATE,
        {
          i: {
            username: 'tf.member',
            displayName: '专班成员二',
            roles: [{ role: 'TASK_FORCE', unitId: unit.district, starCode: 'STRONG_BRANCH' }],
          },
        },
        admin,
      ),
    ).createUser;
    expect(tf.user.roles).toEqual(['TASK_FORCE']);
  });

  it('updates an account (district admins), and township staff do nothing but create, deactivate and reset', async () => {
    const u = dataOf(await t.gql(UPDATE, { id: ids.branch4, i: { displayName: '改名后的书记' } }, admin)).updateUser;
    expect(u.displayName).toBe('改名后的书记');
    expect(errorOf(await t.gql(UPDATE, { id: ids.branch4, i: { username: 'ADMIN' } }, admin)).extensions.reason).toBe(
      'ACCOUNT.USERNAME_TAKEN',
    );
    expect(errorOf(await t.gql(UPDATE, { id: ids.branch4, i: { displayName: 'x' } }, township)).extensions.reason).toBe(
      'AUTH.ROLE_REQUIRED',
    );
    expect(
      errorOf(await t.gql(GRANT, { u: ids.branch4, i: { role: 'BRANCH_STAFF', unitId: unit.cherryBranch2 } }, township))
        .extensions.reason,
    ).toBe('AUTH.ROLE_REQUIRED');
  });

  it('writes an audit entry per account change that names the changed fields but never a secret', async () => {
    const created = dataOf(
      await t.gql(
        CREATE,
        {
          i: {
            username: 'audit.probe',
            displayName: '审计探针',
            roles: [{ role: 'BRANCH_STAFF', unitId: unit.cherryBranch }],
          },
        },
        admin,
      ),
    ).createUser;
    const reset = dataOf(await t.gql(RESET, { id: created.user.id }, admin)).resetPassword;
    const tok = await t.login('audit.probe', reset.temporaryPassword);
    dataOf(await t.gql(CHANGE, { c: reset.temporaryPassword, n: 'Pruef-Sonde-Neu-42' }, tok));
    dataOf(await t.gql(LOGOUT, {}, tok));
    const rows = await t.orm.em.fork().execute<{ operation: string; target_type: string; changes: unknown }[]>(
      `select operation, target_type, changes from audit_entry where (target_type = 'User' and target_id = ?)
           or operation in ('createUser', 'resetPassword', 'changePassword') order by id`,
      [created.user.id],
    );
    const ops = rows.filter((r) => r.target_type === 'User').map((r) => r.operation);
    expect(ops).toEqual(expect.arrayContaining(['createUser', 'resetPassword', 'changePassword']));
    const reset1 = rows.find((r) => r.operation === 'resetPassword' && r.target_type === 'User')!;
    expect(Object.keys(jsonObject(reset1.changes)).sort()).toEqual(['mustChangePassword', 'passwordHash', 'version']);
    const text = JSON.stringify(rows);
    for (const secret of [created.temporaryPassword, reset.temporaryPassword, 'Pruef-Sonde-Neu-42', tok])
      expect(text).not.toContain(secret);
    expect(text).not.toMatch(/\$argon2id\$/);
    const hashes = await t.orm.em
      .fork()
      .execute<{ password_hash: string }[]>('select password_hash from app_user where id = ?', [
        Number(created.user.id),
      ]);
    expect(text).not.toContain(hashes[0].password_hash);
  });
});
