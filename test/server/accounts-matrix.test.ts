/**
 * Privilege escalation matrix of accounts: every demo role × every accounts mutation × a target
 * account in three places — a branch of the township user's own township, a branch of another
 * township of the district, and a branch of another district — with what each may and may not do
 * (docs/domain/accounts.md). Each case gets a fresh target, so one case's effect never decides another.
 */
import { caseDocument, type CaseDocument, errorOf, startTestApp, type TestApp } from '../helpers/app';
import { graphql } from '../gql';

const ROLES = ['admin', 'leader', 'taskforce', 'supervisor', 'township', 'branch'] as const;
type Role = (typeof ROLES)[number];
const PLACES = ['ownTownship', 'otherTownship', 'otherDistrict'] as const;
type Place = (typeof PLACES)[number];

interface Target {
  userId: string;
  grantId: string;
  /** A branch of the same place, for new grants and accounts. */
  branch: string;
}

interface Op {
  document: CaseDocument;
  vars(t: Target, n: number): Record<string, unknown>;
  /** Prepare the target (reactivation needs an inactive account). */
  setup?: 'inactive';
}

const OPS: Record<string, Op> = {
  createUser: {
    document: graphql(`
      mutation AccMatrixCreateUser($i: CreateUserInput!) {
        createUser(input: $i) {
          temporaryPassword
        }
      }
    `) as CaseDocument,
    vars: (t, n) => ({
      i: { username: `matrix.new${n}`, displayName: '新账号', roles: [{ role: 'BRANCH_STAFF', unitId: t.branch }] },
    }),
  },
  updateUser: {
    document: graphql(`
      mutation AccMatrixUpdateUser($id: ID!) {
        updateUser(id: $id, input: { displayName: "改名" }) {
          id
        }
      }
    `) as CaseDocument,
    vars: (t) => ({ id: t.userId }),
  },
  deactivateUser: {
    document: graphql(`
      mutation AccMatrixDeactivate($id: ID!) {
        deactivateUser(id: $id) {
          id
        }
      }
    `) as CaseDocument,
    vars: (t) => ({ id: t.userId }),
  },
  reactivateUser: {
    document: graphql(`
      mutation AccMatrixReactivate($id: ID!) {
        reactivateUser(id: $id) {
          id
        }
      }
    `) as CaseDocument,
    vars: (t) => ({ id: t.userId }),
    setup: 'inactive',
  },
  grantRole: {
    document: graphql(`
      mutation AccMatrixGrant($u: ID!, $b: ID!) {
        grantRole(userId: $u, input: { role: BRANCH_STAFF, unitId: $b }) {
          id
        }
      }
    `) as CaseDocument,
    vars: (t) => ({ u: t.userId, b: t.branch }),
  },
  revokeRole: {
    document: graphql(`
      mutation AccMatrixRevoke($id: ID!) {
        revokeRole(roleAssignmentId: $id) {
          id
        }
      }
    `) as CaseDocument,
    vars: (t) => ({ id: t.grantId }),
  },
  resetPassword: {
    document: graphql(`
      mutation AccMatrixReset($id: ID!) {
        resetPassword(userId: $id) {
          temporaryPassword
        }
      }
    `) as CaseDocument,
    vars: (t) => ({ id: t.userId }),
  },
};

/** What a role may do to an account in a place: 'OK', or the reason of the refusal. */
function expected(role: Role, op: string, place: Place): string {
  const managers = op === 'createUser' || op === 'deactivateUser' || op === 'resetPassword';
  if (role !== 'admin' && role !== 'township') return 'AUTH.ROLE_REQUIRED';
  if (role === 'township' && !managers) return 'AUTH.ROLE_REQUIRED';
  const inScope = role === 'admin' ? place !== 'otherDistrict' : place === 'ownTownship';
  if (inScope) return 'OK';
  if (op === 'createUser') return 'UNIT.NOT_FOUND';
  if (op === 'revokeRole') return 'ACCOUNT.GRANT_NOT_FOUND';
  return 'ACCOUNT.NOT_FOUND';
}

describe('accounts privilege matrix: role × mutation × place', () => {
  let t: TestApp;
  const tokens: Partial<Record<Role, string>> = {};
  const branches: Record<Place, string[]> = { ownTownship: [], otherTownship: [], otherDistrict: [] };
  let hash: string;
  let n = 0;

  /** A fresh BRANCH_STAFF account in the place, made directly in the database. */
  async function target(place: Place, setup?: 'inactive'): Promise<Target> {
    const em = t.orm.em.fork();
    const [unit, other] = branches[place];
    const [u] = await em.execute<{ id: number }[]>(
      `insert into app_user (username, display_name, password_hash, unit_id, active) values (?, '矩阵目标', ?, ?, ?) returning id`,
      [`matrix.target${++n}`, hash, Number(unit), setup !== 'inactive'],
    );
    const [g] = await em.execute<{ id: number }[]>(
      `insert into role_assignment (user_id, role, unit_id) values (?, 'BRANCH_STAFF', ?) returning id`,
      [u.id, Number(unit)],
    );
    return { userId: String(u.id), grantId: String(g.id), branch: other };
  }

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_USER_PER_MINUTE: '100000' } });
    const em = t.orm.em.fork();
    hash = (
      await em.execute<{ password_hash: string }[]>(`select password_hash from app_user where username = 'admin'`)
    )[0].password_hash;
    const own = await em.execute<{ id: number }[]>(
      `select b.id from unit b join role_assignment r on r.unit_id = b.parent_id join app_user u on u.id = r.user_id
        where u.username = 'township' and b.level = 'BRANCH' order by b.id limit 2`,
    );
    const other = await em.execute<{ id: number }[]>(
      `select b.id from unit b join role_assignment r on r.unit_id = b.parent_id join app_user u on u.id = r.user_id
        where u.username = 'township2' and b.level = 'BRANCH' order by b.id limit 2`,
    );
    // Another district under the same city, with a township and two branches.
    const [city] = await em.execute<{ id: number; path: string }[]>(`select id, path from unit where level = 'CITY'`);
    const ids = (
      await em.execute<{ id: number }[]>(`select nextval('unit_id_seq')::int as id from generate_series(1, 4)`)
    ).map((r) => r.id);
    const d = `${city.path}${ids[0]}.`;
    const tw = `${d}${ids[1]}.`;
    await em.execute(
      `insert into unit (id, name, level, parent_id, path, depth) values
        (?, '矩阵外区', 'DISTRICT', ?, ?, 2), (?, '矩阵外街道', 'TOWNSHIP', ?, ?, 3),
        (?, '矩阵外社区一', 'BRANCH', ?, ?, 4), (?, '矩阵外社区二', 'BRANCH', ?, ?, 4)`,
      [ids[0], city.id, d, ids[1], ids[0], tw, ids[2], ids[1], `${tw}${ids[2]}.`, ids[3], ids[1], `${tw}${ids[3]}.`],
    );
    branches.ownTownship = own.map((r) => String(r.id));
    branches.otherTownship = other.map((r) => String(r.id));
    branches.otherDistrict = [String(ids[2]), String(ids[3])];
    for (const r of ROLES) tokens[r] = await t.login(r);
  });
  afterAll(() => t.close());

  const cases = ROLES.flatMap((role) =>
    Object.keys(OPS).flatMap((op) => PLACES.map((place) => [role, op, place] as [Role, string, Place])),
  );

  it.each(cases)('%s × %s × %s', async (role, op, place) => {
    const o = OPS[op];
    const tg = await target(place, o.setup);
    const r = await t.gql(caseDocument(o.document), o.vars(tg, ++n), tokens[role]);
    const want = expected(role, op, place);
    const got = r.errors?.length ? String(r.errors[0].extensions.reason) : 'OK';
    expect({ role, op, place, got }).toEqual({ role, op, place, got: want });
    if (want.endsWith('NOT_FOUND') && op !== 'createUser') {
      // Out of reach is indistinguishable from an id that does not exist.
      const missing = Object.fromEntries(
        Object.entries(o.vars(tg, n)).map(([k, v]) => [k, typeof v === 'string' ? '999999' : v]),
      );
      expect(errorOf(await t.gql(caseDocument(o.document), missing, tokens[role]))).toEqual(errorOf(r));
    }
  });

  it('refuses escalation inside scope: roles township staff may not grant, accounts they do not reach', async () => {
    const township = tokens.township!;
    const [own, own2] = branches.ownTownship;
    const em = t.orm.em.fork();
    const [cherry] = await em.execute<{ id: number }[]>(`select parent_id as id from unit where id = ?`, [Number(own)]);
    const create = OPS.createUser.document;
    const tries: [Record<string, unknown>, string][] = [
      [{ role: 'TOWNSHIP_STAFF', unitId: String(cherry.id) }, 'ACCOUNT.ROLE_NOT_GRANTABLE'],
      [{ role: 'LEADER', unitId: String(cherry.id) }, 'ACCOUNT.ROLE_NOT_GRANTABLE'],
      [{ role: 'DISTRICT_ADMIN', unitId: own }, 'ACCOUNT.ROLE_NOT_GRANTABLE'],
      [{ role: 'BRANCH_STAFF', unitId: branches.otherTownship[0] }, 'UNIT.NOT_FOUND'],
    ];
    for (const [role, reason] of tries) {
      const e = errorOf(
        await t.gql(caseDocument(create), { i: { username: `esc${++n}`, displayName: 'x', roles: [role] } }, township),
      );
      expect({ role, reason: e.extensions.reason }).toEqual({ role, reason });
    }
    // An account with a role beyond the township's branches is out of its reach, even if one grant is inside.
    const mixed = await target('ownTownship');
    await em.execute(`insert into role_assignment (user_id, role, unit_id) values (?, 'BRANCH_STAFF', ?)`, [
      Number(mixed.userId),
      Number(branches.otherTownship[0]),
    ]);
    const notBranch = await target('ownTownship');
    await em.execute(`update role_assignment set role = 'SUPERVISOR' where id = ?`, [Number(notBranch.grantId)]);
    for (const who of [mixed.userId, notBranch.userId]) {
      for (const op of ['deactivateUser', 'resetPassword']) {
        const e = errorOf(await t.gql(caseDocument(OPS[op].document), { id: who }, township));
        expect({ who, op, reason: e.extensions.reason }).toEqual({ who, op, reason: 'ACCOUNT.NOT_FOUND' });
      }
    }
    // Nor the admin's, nor another township user's, nor its own.
    for (const username of ['admin', 'township2', 'township', 'leader']) {
      const [u] = await em.execute<{ id: number }[]>('select id from app_user where username = ?', [username]);
      const e = errorOf(await t.gql(caseDocument(OPS.resetPassword.document), { id: String(u.id) }, township));
      expect({ username, reason: e.extensions.reason }).toEqual({ username, reason: 'ACCOUNT.NOT_FOUND' });
    }
    // District admins grant every role but INTEGRATOR inside their subtree, nothing above it.
    const acc = await target('ownTownship');
    const [district] = await em.execute<{ id: number }[]>(
      `select id from unit where level = 'DISTRICT' and name <> '矩阵外区'`,
    );
    const [city] = await em.execute<{ id: number }[]>(`select id from unit where level = 'CITY'`);
    const grant = graphql(`
      mutation AccMatrixGrantAny($u: ID!, $i: RoleGrantInput!) {
        grantRole(userId: $u, input: $i) {
          roles
        }
      }
    `);
    const admin = tokens.admin!;
    expect(
      (await t.gql(grant, { u: acc.userId, i: { role: 'DISTRICT_ADMIN', unitId: String(district.id) } }, admin)).errors,
    ).toBe(undefined);
    for (const [i, reason] of [
      [{ role: 'LEADER', unitId: String(city.id) }, 'UNIT.NOT_FOUND'],
      [{ role: 'INTEGRATOR', unitId: String(district.id) }, 'ACCOUNT.ROLE_NOT_GRANTABLE'],
      [{ role: 'BRANCH_STAFF', unitId: own2 }, 'OK'],
    ] as const) {
      const r = await t.gql(grant, { u: acc.userId, i: i as never }, admin);
      expect({ i, reason: r.errors?.[0]?.extensions.reason ?? 'OK' }).toEqual({ i, reason });
    }
  });
});
