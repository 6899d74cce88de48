import { dataOf, errorOf, startTestApp, type TestApp } from '../helpers/app';
import { graphql } from '../gql';

/** Reading and writing by role and by place in the unit tree. */
describe('scoping by role and place in the tree', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let ownBranch: { id: string; version: number };
  let otherBranch: { id: string; version: number; name: string };
  let otherTownshipId: string;
  let ownTownshipId: string;

  beforeAll(async () => {
    t = await startTestApp();
    for (const u of ['admin', 'leader', 'taskforce', 'supervisor', 'township', 'branch']) tokens[u] = await t.login(u);
    const find = async (name: string) =>
      dataOf(
        await t.gql(
          graphql(`
            query ScopeBranches($s: String) {
              branches(filter: { search: $s }) {
                items {
                  id
                  name
                  version
                  township {
                    id
                    name
                  }
                }
              }
            }
          `),
          { s: name },
          tokens.admin,
        ),
      ).branches.items[0];
    const own = await find('樱桃沟社区');
    const other = await find('建新南街社区');
    ownBranch = own;
    otherBranch = other;
    ownTownshipId = own.township!.id;
    otherTownshipId = other.township!.id;
  });
  afterAll(() => t.close());

  it('district roles read the whole district', async () => {
    for (const u of ['admin', 'leader', 'taskforce', 'supervisor']) {
      const total = dataOf(
        await t.gql(
          graphql(`
            query ScopeBranchesTotal {
              branches {
                total
              }
            }
          `),
          {},
          tokens[u],
        ),
      ).branches.total;
      expect(total).toBe(200);
    }
  });

  it('a township user lists only its own branches, and totals agree', async () => {
    const r = dataOf(
      await t.gql(
        graphql(`
          query ScopeBranchesAndUnits {
            branches(perPage: 100) {
              total
              items {
                id
                township {
                  name
                }
              }
            }
            units(perPage: 100) {
              total
              items {
                id
              }
            }
          }
        `),
        {},
        tokens.township,
      ),
    );
    expect(r.branches.total).toBe(9);
    expect(r.branches.items).toHaveLength(9);
    expect(r.branches.items.every((b) => b.township?.name === '樱桃沟景区管委会')).toBe(true);
    expect(r.branches.items.map((b) => b.id)).not.toContain(otherBranch.id);
    expect(r.units.total).toBe(10); // the township itself and its 9 branches
    const search = dataOf(
      await t.gql(
        graphql(`
          query ScopeBranchesTotal2 {
            branches(filter: { search: "建新南街" }) {
              total
            }
          }
        `),
        {},
        tokens.township,
      ),
    );
    expect(search.branches.total).toBe(0);
  });

  it('a branch of another township is NOT_FOUND, exactly like an id that never existed', async () => {
    const q = graphql(`
      query BranchIdName($id: ID!) {
        branch(id: $id) {
          id
          name
        }
      }
    `);
    const other = errorOf(await t.gql(q, { id: otherBranch.id }, tokens.township));
    const missing = errorOf(await t.gql(q, { id: '999999' }, tokens.township));
    expect(other.extensions).toEqual(missing.extensions);
    expect(other.message).toBe(missing.message);
    expect(other.extensions.code).toBe('NOT_FOUND');
    // The same through unit(id), positions and the chain.
    expect(
      errorOf(
        await t.gql(
          graphql(`
            query UnitId($id: ID!) {
              unit(id: $id) {
                id
              }
            }
          `),
          { id: otherBranch.id },
          tokens.township,
        ),
      ).extensions.code,
    ).toBe('NOT_FOUND');
    expect(
      errorOf(
        await t.gql(
          graphql(`
            query ScopeAccountabilityChain($id: ID!) {
              accountabilityChain(branchId: $id, starCode: "STRONG_BRANCH") {
                date
              }
            }
          `),
          { id: otherBranch.id },
          tokens.township,
        ),
      ).extensions.code,
    ).toBe('NOT_FOUND');
  });

  it('people, positions, star owners and contact points follow the same scope', async () => {
    const q = graphql(`
      query PeopleAndPositionsAndStarOwnersEtc {
        people(perPage: 100) {
          total
          items {
            unit {
              id
            }
          }
        }
        positions(perPage: 100) {
          total
          items {
            scope: unit {
              id
            }
          }
        }
        starOwners(perPage: 100) {
          total
        }
        contactPoints(perPage: 100) {
          total
          items {
            unit {
              name
            }
          }
        }
      }
    `);
    const township = dataOf(await t.gql(q, {}, tokens.township));
    const admin = dataOf(await t.gql(q, {}, tokens.admin));
    expect(township.people.total).toBeLessThan(admin.people.total);
    expect(township.starOwners.total).toBe(9 * 5 + 1); // one branch changed its secretary: one extra (ended) ownership
    expect(
      township.contactPoints.items.every((c) => c.unit.name === '樱桃沟景区管委会' || c.unit.name !== '建新南街社区'),
    ).toBe(true);
    const branch = dataOf(await t.gql(q, {}, tokens.branch));
    expect(branch.starOwners.total).toBe(6);
    expect(branch.people.items.every((p) => p.unit.id === ownBranch.id)).toBe(true);
  });

  it('district-level records (departments, task forces) are readable below the district', async () => {
    const r = dataOf(
      await t.gql(
        graphql(`
          query DepartmentsAndTaskForces {
            departments {
              total
            }
            taskForces {
              total
              items {
                starCode
                leader {
                  name
                }
                leadDepartment {
                  name
                }
                members {
                  name
                }
              }
            }
          }
        `),
        {},
        tokens.branch,
      ),
    );
    expect(r.departments.total).toBeGreaterThanOrEqual(10);
    expect(r.taskForces.total).toBe(5);
    expect(r.taskForces.items.every((tf) => tf.leader && tf.members.length >= 3)).toBe(true);
  });

  it("township staff edit their own branches, not another township's", async () => {
    const upd = graphql(`
      mutation UpdateUnitIdNameVersion($id: ID!, $v: Int) {
        updateUnit(id: $id, input: { name: "樱桃沟社区（改）", version: $v }) {
          id
          name
          version
        }
      }
    `);
    const ok = dataOf(await t.gql(upd, { id: ownBranch.id, v: ownBranch.version }, tokens.township));
    expect(ok.updateUnit).toMatchObject({ name: '樱桃沟社区（改）', version: ownBranch.version + 1 });
    const refused = errorOf(await t.gql(upd, { id: otherBranch.id, v: otherBranch.version }, tokens.township));
    expect(refused.extensions.code).toBe('NOT_FOUND');
    // Nothing changed there.
    const name = dataOf(
      await t.gql(
        graphql(`
          query BranchName($id: ID!) {
            branch(id: $id) {
              name
            }
          }
        `),
        { id: otherBranch.id },
        tokens.admin,
      ),
    ).branch.name;
    expect(name).toBe(otherBranch.name);
  });

  it('township staff may not edit their township itself, nor move a branch out of their township', async () => {
    const e1 = errorOf(
      await t.gql(
        graphql(`
          mutation UpdateUnitId($id: ID!) {
            updateUnit(id: $id, input: { name: "x" }) {
              id
            }
          }
        `),
        { id: ownTownshipId },
        tokens.township,
      ),
    );
    expect(e1.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const e2 = errorOf(
      await t.gql(
        graphql(`
          mutation ScopeUpdateUnit($id: ID!, $p: ID!) {
            updateUnit(id: $id, input: { parentId: $p }) {
              id
            }
          }
        `),
        { id: ownBranch.id, p: otherTownshipId },
        tokens.township,
      ),
    );
    expect(e2.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
  });

  it('roles that only read are refused writes with FORBIDDEN inside their scope', async () => {
    for (const u of ['leader', 'taskforce', 'supervisor', 'branch']) {
      const e = errorOf(
        await t.gql(
          graphql(`
            mutation UpdateUnitId($id: ID!) {
              updateUnit(id: $id, input: { name: "x" }) {
                id
              }
            }
          `),
          { id: ownBranch.id },
          tokens[u],
        ),
      );
      expect(e.extensions.code).toBe('FORBIDDEN');
    }
    const dept = errorOf(
      await t.gql(
        graphql(`
          mutation CreateStarTypeCode {
            createStarType(input: { code: "X", nameZh: "x", nameEn: "x", categories: [RURAL] }) {
              code
            }
          }
        `),
        {},
        tokens.township,
      ),
    );
    expect(dept.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.ROLE_REQUIRED' });
  });

  it('only district admins edit catalogs and district-level records', async () => {
    const districtId = dataOf(
      await t.gql(
        graphql(`
          query Units {
            units(filter: { level: DISTRICT }) {
              items {
                id
              }
            }
          }
        `),
        {},
        tokens.admin,
      ),
    ).units.items[0].id;
    const create = graphql(`
      mutation CreateDepartmentIdName($d: ID!) {
        createDepartment(input: { districtId: $d, code: "TEST", name: "测试部门" }) {
          id
          name
        }
      }
    `);
    expect(errorOf(await t.gql(create, { d: districtId }, tokens.township)).extensions.code).toBe('FORBIDDEN'); // it sees its district, may not change it
    expect(errorOf(await t.gql(create, { d: districtId }, tokens.leader)).extensions.code).toBe('FORBIDDEN');
    expect(dataOf(await t.gql(create, { d: districtId }, tokens.admin)).createDepartment.name).toBe('测试部门');
    const dup = errorOf(await t.gql(create, { d: districtId }, tokens.admin));
    expect(dup.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DEPARTMENT.CODE_TAKEN', field: 'code' });
  });

  it('township staff appoint branch members in their township, but not township secretaries', async () => {
    const person = dataOf(
      await t.gql(
        graphql(`
          mutation ScopeCreatePerson($u: ID!) {
            createPerson(input: { name: "新委员", unitId: $u }) {
              id
            }
          }
        `),
        { u: ownBranch.id },
        tokens.township,
      ),
    ).createPerson.id;
    const pos = await t.gql(
      graphql(`
        mutation CreatePositionIdActive($p: ID!, $u: ID!) {
          createPosition(input: { personId: $p, role: BRANCH_MEMBER, unitId: $u, startDate: "2026-01-01" }) {
            id
            active
          }
        }
      `),
      { p: person, u: ownBranch.id },
      tokens.township,
    );
    expect(dataOf(pos).createPosition.id).toBeTruthy();
    const p2 = dataOf(
      await t.gql(
        graphql(`
          mutation ScopeCreatePersonId($u: ID!) {
            createPerson(input: { name: "某人", unitId: $u }) {
              id
            }
          }
        `),
        { u: ownBranch.id },
        tokens.township,
      ),
    ).createPerson.id;
    const e = errorOf(
      await t.gql(
        graphql(`
          mutation ScopeCreatePosition($p: ID!, $u: ID!) {
            createPosition(input: { personId: $p, role: TOWNSHIP_SECRETARY, unitId: $u, startDate: "2026-01-01" }) {
              id
            }
          }
        `),
        { p: p2, u: ownTownshipId },
        tokens.township,
      ),
    );
    expect(e.extensions.code).toBe('FORBIDDEN');
  });
});

describe('a task-force member reads the district, for their star', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp();
    token = await t.login('taskforce');
  });
  afterAll(() => t.close());

  it('sees star owners of its star only', async () => {
    const r = dataOf(
      await t.gql(
        graphql(`
          query StarOwnersTotalItems {
            starOwners(perPage: 100) {
              total
              items {
                starCode
              }
            }
          }
        `),
        {},
        token,
      ),
    );
    expect(r.starOwners.total).toBe(200);
    expect(new Set(r.starOwners.items.map((o) => o.starCode))).toEqual(new Set(['INDUSTRY_PROSPERITY']));
  });

  it('reads the chain of its star and is refused another star', async () => {
    const branchId = dataOf(
      await t.gql(
        graphql(`
          query ScopeBranchesItems {
            branches(perPage: 1) {
              items {
                id
              }
            }
          }
        `),
        {},
        token,
      ),
    ).branches.items[0].id;
    const q = graphql(`
      query AccountabilityChainLinks($b: ID!, $s: String!) {
        accountabilityChain(branchId: $b, starCode: $s) {
          links {
            role
          }
        }
      }
    `);
    expect(
      dataOf(await t.gql(q, { b: branchId, s: 'INDUSTRY_PROSPERITY' }, token)).accountabilityChain.links.length,
    ).toBeGreaterThan(5);
    expect(errorOf(await t.gql(q, { b: branchId, s: 'STRONG_BRANCH' }, token)).extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'CHAIN.OTHER_STAR',
    });
  });
});
