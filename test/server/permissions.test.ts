/**
 * Every mutation of the foundation, run by every demo role against records inside that role's view:
 * the allowed roles succeed, the others are refused with the expected code and nothing is written.
 */
import { dataOf, startTestApp, type GqlResult, type TestApp } from '../helpers/app';

const ROLES = ['admin', 'leader', 'taskforce', 'supervisor', 'township', 'branch'] as const;
type Role = (typeof ROLES)[number];

interface Case {
  name: string;
  query: string;
  /** Fresh variables for one attempt (may create fixtures as admin). */
  vars: () => Promise<Record<string, unknown>>;
  allowed: Role[];
  /** Refusal code per role when not FORBIDDEN. */
  refusals?: Partial<Record<Role, string>>;
}

describe('role × mutation matrix (foundation)', () => {
  let t: TestApp;
  const tokens = {} as Record<Role, string>;
  const ids: Record<string, string> = {};
  let seq = 0;
  const admin = (q: string, v: Record<string, unknown> = {}) => t.gql(q, v, tokens.admin).then(dataOf) as Promise<any>;

  beforeAll(async () => {
    t = await startTestApp();
    for (const r of ROLES) tokens[r] = await t.login(r);
    const b = (await admin('{ branches(filter: { search: "樱桃沟社区" }) { items { id parentId } } }')).branches
      .items[0];
    ids.branch = b.id;
    ids.township = b.parentId;
    ids.district = (await admin('{ units(filter: { level: DISTRICT }) { items { id } } }')).units.items[0].id;
    ids.department = (await admin('{ departments(perPage: 1) { items { id } } }')).departments.items[0].id;
    ids.taskForce = (await admin('{ taskForces(perPage: 1) { items { id } } }')).taskForces.items[0].id;
    ids.countyLeader = (
      await admin('{ positions(filter: { role: COUNTY_LEADER }, perPage: 1) { items { personId } } }')
    ).positions.items[0].personId;
    ids.contactPoint = (
      await admin('query ($u: ID!) { contactPoints(filter: { unitId: $u }, perPage: 1) { items { id } } }', {
        u: ids.township,
      })
    ).contactPoints.items[0].id;
    ids.keyTask = (await admin('{ keyTasks(perPage: 1) { items { id } } }')).keyTasks.items[0].id;
    ids.starOwner = (
      await admin('query ($b: ID!) { starOwners(filter: { branchId: $b }, perPage: 1) { items { id } } }', {
        b: ids.branch,
      })
    ).starOwners.items[0].id;
  });
  afterAll(() => t.close());

  const newPerson = async () =>
    (
      await admin('mutation ($u: ID!) { createPerson(input: { name: "矩阵测试", unitId: $u }) { id } }', {
        u: ids.branch,
      })
    ).createPerson.id;
  const newMemberPosition = async () =>
    (
      await admin(
        'mutation ($p: ID!, $u: ID!) { createPosition(input: { personId: $p, role: BRANCH_MEMBER, unitId: $u, startDate: "2026-01-01" }) { id } }',
        { p: await newPerson(), u: ids.branch },
      )
    ).createPosition.id;
  const newStar = async () => {
    const code = `TEST_STAR_${++seq}`;
    await admin(
      `mutation { createStarType(input: { code: "${code}", nameZh: "测试星${seq}", nameEn: "Test ${seq}", categories: [RURAL, COMMUNITY] }) { code } }`,
    );
    return code;
  };

  const cases: Case[] = [
    {
      name: 'createUnit (a branch)',
      query:
        'mutation ($p: ID!, $n: String!) { createUnit(input: { name: $n, level: BRANCH, parentId: $p, category: RURAL, branchKind: PARTY_BRANCH }) { id } }',
      vars: async () => ({ p: ids.township, n: `矩阵村${++seq}` }),
      allowed: ['admin', 'township'],
      refusals: { branch: 'BAD_USER_INPUT' },
    },
    {
      name: 'updateUnit (a branch)',
      query: 'mutation ($id: ID!) { updateUnit(id: $id, input: { sortOrder: 1 }) { id } }',
      vars: async () => ({ id: ids.branch }),
      allowed: ['admin', 'township'],
    },
    {
      name: 'updateUnit (the township)',
      query: 'mutation ($id: ID!) { updateUnit(id: $id, input: { sortOrder: 1 }) { id } }',
      vars: async () => ({ id: ids.township }),
      allowed: ['admin'],
      refusals: { branch: 'NOT_FOUND' },
    },
    {
      name: 'createPerson',
      query: 'mutation ($u: ID!) { createPerson(input: { name: "新人", unitId: $u }) { id } }',
      vars: async () => ({ u: ids.branch }),
      allowed: ['admin', 'township'],
    },
    {
      name: 'updatePerson',
      query: 'mutation ($id: ID!) { updatePerson(id: $id, input: { title: "委员" }) { id } }',
      vars: async () => ({ id: await newPerson() }),
      allowed: ['admin', 'township'],
    },
    {
      name: 'createPosition (branch member)',
      query:
        'mutation ($p: ID!, $u: ID!) { createPosition(input: { personId: $p, role: BRANCH_MEMBER, unitId: $u, startDate: "2026-01-01" }) { id } }',
      vars: async () => ({ p: await newPerson(), u: ids.branch }),
      allowed: ['admin', 'township'],
    },
    {
      name: 'updatePosition',
      query: 'mutation ($id: ID!) { updatePosition(id: $id, input: { endDate: "2026-12-31" }) { id } }',
      vars: async () => ({ id: await newMemberPosition() }),
      allowed: ['admin', 'township'],
    },
    {
      name: 'updateStarOwner',
      query: 'mutation ($id: ID!) { updateStarOwner(id: $id, input: { endDate: "2030-12-31" }) { id } }',
      vars: async () => ({ id: ids.starOwner }),
      allowed: ['admin', 'township'],
      refusals: { taskforce: 'FORBIDDEN' },
    },
    {
      name: 'createDepartment',
      query:
        'mutation ($d: ID!, $c: String!) { createDepartment(input: { districtId: $d, code: $c, name: "测试部门" }) { id } }',
      vars: async () => ({ d: ids.district, c: `D${++seq}` }),
      allowed: ['admin'],
    },
    {
      name: 'updateDepartment',
      query: 'mutation ($id: ID!) { updateDepartment(id: $id, input: { sortOrder: 3 }) { id } }',
      vars: async () => ({ id: ids.department }),
      allowed: ['admin'],
    },
    {
      name: 'createTaskForce',
      query:
        'mutation ($d: ID!, $s: String!, $l: ID!) { createTaskForce(input: { districtId: $d, starCode: $s, leadDepartmentId: $l }) { id } }',
      vars: async () => ({ d: ids.district, s: await newStar(), l: ids.department }),
      allowed: ['admin'],
    },
    {
      name: 'updateTaskForce',
      query: 'mutation ($id: ID!) { updateTaskForce(id: $id, input: { name: "专班改名" }) { id } }',
      vars: async () => ({ id: ids.taskForce }),
      allowed: ['admin'],
    },
    {
      name: 'createContactPoint',
      query:
        'mutation ($l: ID!, $u: ID!) { createContactPoint(input: { leaderId: $l, unitId: $u, startDate: "2026-01-01" }) { id } }',
      vars: async () => ({ l: ids.countyLeader, u: ids.branch }),
      allowed: ['admin'],
    },
    {
      name: 'updateContactPoint',
      query: 'mutation ($id: ID!) { updateContactPoint(id: $id, input: { note: "长板：产业" }) { id } }',
      vars: async () => ({ id: ids.contactPoint }),
      allowed: ['admin'],
      refusals: { branch: 'NOT_FOUND' },
    },
    {
      name: 'createStarType',
      query:
        'mutation ($c: String!) { createStarType(input: { code: $c, nameZh: "星", nameEn: "Star", categories: [RURAL] }) { code } }',
      vars: async () => ({ c: `NEW_STAR_${++seq}` }),
      allowed: ['admin'],
    },
    {
      name: 'updateStarType',
      query: 'mutation { updateStarType(code: "STRONG_BRANCH", input: { sortOrder: 5 }) { code } }',
      vars: async () => ({}),
      allowed: ['admin'],
    },
    {
      name: 'createKeyTask',
      query:
        'mutation ($c: String!) { createKeyTask(input: { edition: 2026, code: $c, starCode: "STRONG_BRANCH", category: RURAL, title: "测试任务" }) { id } }',
      vars: async () => ({ c: `T-${++seq}` }),
      allowed: ['admin'],
    },
    {
      name: 'updateKeyTask',
      query: 'mutation ($id: ID!) { updateKeyTask(id: $id, input: { weight: 4 }) { id } }',
      vars: async () => ({ id: ids.keyTask }),
      allowed: ['admin'],
    },
  ];

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_n, c) => {
    const outcome: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const role of ROLES) {
      const r: GqlResult = await t.gql(c.query, await c.vars(), tokens[role]);
      outcome[role] = r.errors?.length ? r.errors[0].extensions.code : 'OK';
      expected[role] = c.allowed.includes(role) ? 'OK' : (c.refusals?.[role] ?? 'FORBIDDEN');
    }
    expect(outcome).toEqual(expected);
  });
});
