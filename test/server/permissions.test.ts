/**
 * Every mutation of the foundation, run by every demo role against records inside that role's view:
 * the allowed roles succeed, the others are refused with the expected code and nothing is written.
 */
import {
  dataOf,
  startTestApp,
  type GqlResult,
  type TestApp,
  caseDocument,
  type CaseDocument,
  type VariablesArgs,
} from '../helpers/app';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

const ROLES = ['admin', 'leader', 'taskforce', 'supervisor', 'township', 'branch'] as const;
type Role = (typeof ROLES)[number];

interface Case {
  name: string;
  query: CaseDocument;
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
  const admin = <R, V>(q: TypedDocumentNode<R, V>, ...[v]: VariablesArgs<V>) => t.gql(q, v, tokens.admin).then(dataOf);

  beforeAll(async () => {
    t = await startTestApp();
    for (const r of ROLES) tokens[r] = await t.login(r);
    const b = (
      await admin(
        graphql(`
          query PermissionsBranches {
            branches(filter: { search: "樱桃沟社区" }) {
              items {
                id
                parentId
              }
            }
          }
        `),
      )
    ).branches.items[0];
    ids.branch = b.id;
    ids.township = b.parentId!;
    ids.district = (
      await admin(
        graphql(`
          query Units {
            units(filter: { level: DISTRICT }) {
              items {
                id
              }
            }
          }
        `),
      )
    ).units.items[0].id;
    ids.department = (
      await admin(
        graphql(`
          query DepartmentsItems {
            departments(perPage: 1) {
              items {
                id
              }
            }
          }
        `),
      )
    ).departments.items[0].id;
    ids.taskForce = (
      await admin(
        graphql(`
          query TaskForcesItems {
            taskForces(perPage: 1) {
              items {
                id
              }
            }
          }
        `),
      )
    ).taskForces.items[0].id;
    ids.countyLeader = (
      await admin(
        graphql(`
          query PermissionsPositions {
            positions(filter: { role: COUNTY_LEADER }, perPage: 1) {
              items {
                personId
              }
            }
          }
        `),
      )
    ).positions.items[0].personId;
    ids.contactPoint = (
      await admin(
        graphql(`
          query ContactPointsItems($u: ID!) {
            contactPoints(filter: { unitId: $u }, perPage: 1) {
              items {
                id
              }
            }
          }
        `),
        {
          u: ids.township,
        },
      )
    ).contactPoints.items[0].id;
    ids.keyTask = (
      await admin(
        graphql(`
          query PermissionsKeyTasks {
            keyTasks(perPage: 1) {
              items {
                id
              }
            }
          }
        `),
      )
    ).keyTasks.items[0].id;
    ids.starOwner = (
      await admin(
        graphql(`
          query StarOwnersItems($b: ID!) {
            starOwners(filter: { branchId: $b }, perPage: 1) {
              items {
                id
              }
            }
          }
        `),
        {
          b: ids.branch,
        },
      )
    ).starOwners.items[0].id;
  });
  afterAll(() => t.close());

  const newPerson = async () =>
    (
      await admin(
        graphql(`
          mutation PermissionsCreatePerson($u: ID!) {
            createPerson(input: { name: "矩阵测试", unitId: $u }) {
              id
            }
          }
        `),
        {
          u: ids.branch,
        },
      )
    ).createPerson.id;
  const newMemberPosition = async () =>
    (
      await admin(
        graphql(`
          mutation CreatePositionId($p: ID!, $u: ID!) {
            createPosition(input: { personId: $p, role: BRANCH_MEMBER, unitId: $u, startDate: "2026-01-01" }) {
              id
            }
          }
        `),
        { p: await newPerson(), u: ids.branch },
      )
    ).createPosition.id;
  const newStar = async () => {
    const code = `TEST_STAR_${++seq}`;
    await admin(
      graphql(`
        mutation CreateTestStarType($code: String!, $zh: String!, $en: String!) {
          createStarType(input: { code: $code, nameZh: $zh, nameEn: $en, categories: [RURAL, COMMUNITY] }) {
            code
          }
        }
      `),
      { code, zh: `测试星${seq}`, en: `Test ${seq}` },
    );
    return code;
  };

  const cases: Case[] = [
    {
      name: 'createUnit (a branch)',
      query: graphql(`
        mutation PermissionsCreateUnit($p: ID!, $n: String!) {
          createUnit(input: { name: $n, level: BRANCH, parentId: $p, category: RURAL, branchKind: PARTY_BRANCH }) {
            id
          }
        }
      `),
      vars: async () => ({ p: ids.township, n: `矩阵村${++seq}` }),
      allowed: ['admin', 'township'],
      refusals: { branch: 'BAD_USER_INPUT' },
    },
    {
      name: 'updateUnit (a branch)',
      query: graphql(`
        mutation PermissionsUpdateUnit($id: ID!) {
          updateUnit(id: $id, input: { sortOrder: 1 }) {
            id
          }
        }
      `),
      vars: async () => ({ id: ids.branch }),
      allowed: ['admin', 'township'],
    },
    {
      name: 'updateUnit (the township)',
      query: graphql(`
        mutation PermissionsUpdateUnit($id: ID!) {
          updateUnit(id: $id, input: { sortOrder: 1 }) {
            id
          }
        }
      `),
      vars: async () => ({ id: ids.township }),
      allowed: ['admin'],
      refusals: { branch: 'NOT_FOUND' },
    },
    {
      name: 'createPerson',
      query: graphql(`
        mutation PermissionsCreatePersonId($u: ID!) {
          createPerson(input: { name: "新人", unitId: $u }) {
            id
          }
        }
      `),
      vars: async () => ({ u: ids.branch }),
      allowed: ['admin', 'township'],
    },
    {
      name: 'updatePerson',
      query: graphql(`
        mutation PermissionsUpdatePerson($id: ID!) {
          updatePerson(id: $id, input: { title: "委员" }) {
            id
          }
        }
      `),
      vars: async () => ({ id: await newPerson() }),
      allowed: ['admin', 'township'],
    },
    {
      name: 'createPosition (branch member)',
      query: graphql(`
        mutation CreatePositionId($p: ID!, $u: ID!) {
          createPosition(input: { personId: $p, role: BRANCH_MEMBER, unitId: $u, startDate: "2026-01-01" }) {
            id
          }
        }
      `),
      vars: async () => ({ p: await newPerson(), u: ids.branch }),
      allowed: ['admin', 'township'],
    },
    {
      name: 'updatePosition',
      query: graphql(`
        mutation UpdatePositionId($id: ID!) {
          updatePosition(id: $id, input: { endDate: "2026-12-31" }) {
            id
          }
        }
      `),
      vars: async () => ({ id: await newMemberPosition() }),
      allowed: ['admin', 'township'],
    },
    {
      name: 'updateStarOwner',
      query: graphql(`
        mutation UpdateStarOwner($id: ID!) {
          updateStarOwner(id: $id, input: { endDate: "2030-12-31" }) {
            id
          }
        }
      `),
      vars: async () => ({ id: ids.starOwner }),
      allowed: ['admin', 'township'],
      refusals: { taskforce: 'FORBIDDEN' },
    },
    {
      name: 'createDepartment',
      query: graphql(`
        mutation PermissionsCreateDepartment($d: ID!, $c: String!) {
          createDepartment(input: { districtId: $d, code: $c, name: "测试部门" }) {
            id
          }
        }
      `),
      vars: async () => ({ d: ids.district, c: `D${++seq}` }),
      allowed: ['admin'],
    },
    {
      name: 'updateDepartment',
      query: graphql(`
        mutation UpdateDepartment($id: ID!) {
          updateDepartment(id: $id, input: { sortOrder: 3 }) {
            id
          }
        }
      `),
      vars: async () => ({ id: ids.department }),
      allowed: ['admin'],
    },
    {
      name: 'createTaskForce',
      query: graphql(`
        mutation CreateTaskForce($d: ID!, $s: String!, $l: ID!) {
          createTaskForce(input: { districtId: $d, starCode: $s, leadDepartmentId: $l }) {
            id
          }
        }
      `),
      vars: async () => ({ d: ids.district, s: await newStar(), l: ids.department }),
      allowed: ['admin'],
    },
    {
      name: 'updateTaskForce',
      query: graphql(`
        mutation UpdateTaskForce($id: ID!) {
          updateTaskForce(id: $id, input: { name: "专班改名" }) {
            id
          }
        }
      `),
      vars: async () => ({ id: ids.taskForce }),
      allowed: ['admin'],
    },
    {
      name: 'createContactPoint',
      query: graphql(`
        mutation CreateContactPoint($l: ID!, $u: ID!) {
          createContactPoint(input: { leaderId: $l, unitId: $u, startDate: "2026-01-01" }) {
            id
          }
        }
      `),
      vars: async () => ({ l: ids.countyLeader, u: ids.branch }),
      allowed: ['admin'],
    },
    {
      name: 'updateContactPoint',
      query: graphql(`
        mutation UpdateContactPoint($id: ID!) {
          updateContactPoint(id: $id, input: { note: "长板：产业" }) {
            id
          }
        }
      `),
      vars: async () => ({ id: ids.contactPoint }),
      allowed: ['admin'],
      refusals: { branch: 'NOT_FOUND' },
    },
    {
      name: 'createStarType',
      query: graphql(`
        mutation CreateStarType($c: String!) {
          createStarType(input: { code: $c, nameZh: "星", nameEn: "Star", categories: [RURAL] }) {
            code
          }
        }
      `),
      vars: async () => ({ c: `NEW_STAR_${++seq}` }),
      allowed: ['admin'],
    },
    {
      name: 'updateStarType',
      query: graphql(`
        mutation UpdateStarType {
          updateStarType(code: "STRONG_BRANCH", input: { sortOrder: 5 }) {
            code
          }
        }
      `),
      vars: async () => ({}),
      allowed: ['admin'],
    },
    {
      name: 'createKeyTask',
      query: graphql(`
        mutation CreateKeyTask($c: String!) {
          createKeyTask(
            input: { edition: 2026, code: $c, starCode: "STRONG_BRANCH", category: RURAL, title: "测试任务" }
          ) {
            id
          }
        }
      `),
      vars: async () => ({ c: `T-${++seq}` }),
      allowed: ['admin'],
    },
    {
      name: 'updateKeyTask',
      query: graphql(`
        mutation UpdateKeyTask($id: ID!) {
          updateKeyTask(id: $id, input: { weight: 4 }) {
            id
          }
        }
      `),
      vars: async () => ({ id: ids.keyTask }),
      allowed: ['admin'],
    },
  ];

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_n, c) => {
    const outcome: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const role of ROLES) {
      const r: GqlResult = await t.gql(caseDocument(c.query), await c.vars(), tokens[role]);
      outcome[role] = r.errors?.length ? r.errors[0].extensions.code : 'OK';
      expected[role] = c.allowed.includes(role) ? 'OK' : (c.refusals?.[role] ?? 'FORBIDDEN');
    }
    expect(outcome).toEqual(expected);
  });
});
