import { dataOf, errorOf, startTestApp, type TestApp } from '../helpers/app';
import { graphql } from '../gql';
import type { CreateUnitInput } from '../gql/graphql';

describe('unit tree: create, move, refuse cycles', () => {
  let t: TestApp;
  let admin: string;
  let districtId: string;
  let townshipA: string;
  let townshipB: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    const ts = dataOf(
      await t.gql(
        graphql(`
          query UnitsUnits {
            units(filter: { level: TOWNSHIP }, perPage: 2, sortField: "id") {
              items {
                id
                parentId
              }
            }
          }
        `),
        {},
        admin,
      ),
    ).units.items;
    [townshipA, townshipB] = ts.map((u) => u.id);
    districtId = ts[0].parentId!;
  });
  afterAll(() => t.close());

  const create = (input: CreateUnitInput) =>
    t.gql(
      graphql(`
        mutation CreateUnitIdNameLevel($i: CreateUnitInput!) {
          createUnit(input: $i) {
            id
            name
            level
            depth
            parentId
            ancestors {
              id
            }
            township {
              id
            }
          }
        }
      `),
      { i: input },
      admin,
    );

  it('creates a branch under a township, with its place in the tree', async () => {
    const b = dataOf(
      await create({
        name: '新建社区',
        level: 'BRANCH',
        parentId: townshipA,
        category: 'COMMUNITY',
        branchKind: 'PARTY_BRANCH',
      }),
    ).createUnit;
    expect(b).toMatchObject({ level: 'BRANCH', depth: 4, parentId: townshipA, township: { id: townshipA } });
    expect(b.ancestors.map((a) => a.id)).toContain(districtId);
  });

  it('checks that the level and kind fields fit the parent', async () => {
    expect(
      errorOf(
        await create({
          name: 'x',
          level: 'BRANCH',
          parentId: districtId,
          category: 'RURAL',
          branchKind: 'PARTY_BRANCH',
        }),
      ).extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'UNIT.WRONG_PARENT_LEVEL',
      field: 'parentId',
    });
    expect(
      errorOf(await create({ name: 'x', level: 'BRANCH', parentId: townshipA, branchKind: 'PARTY_BRANCH' })).extensions,
    ).toMatchObject({ field: 'category', reason: 'UNIT.CATEGORY_REQUIRED' });
    expect(errorOf(await create({ name: 'x', level: 'TOWNSHIP', parentId: districtId })).extensions).toMatchObject({
      field: 'townshipKind',
    });
    expect(
      errorOf(await create({ name: '  ', level: 'TOWNSHIP', parentId: districtId, townshipKind: 'TOWN' })).extensions,
    ).toMatchObject({ field: 'name', reason: 'INPUT.REQUIRED' });
  });

  it('moves a branch to another township, and its path follows', async () => {
    const b = dataOf(
      await create({
        name: '待迁移社区',
        level: 'BRANCH',
        parentId: townshipA,
        category: 'COMMUNITY',
        branchKind: 'PARTY_BRANCH',
      }),
    ).createUnit;
    const moved = dataOf(
      await t.gql(
        graphql(`
          mutation UpdateUnitParentIdTownship($id: ID!, $p: ID!) {
            updateUnit(id: $id, input: { parentId: $p }) {
              parentId
              township {
                id
              }
            }
          }
        `),
        { id: b.id, p: townshipB },
        admin,
      ),
    ).updateUnit;
    expect(moved).toEqual({ parentId: townshipB, township: { id: townshipB } });
    const children = dataOf(
      await t.gql(
        graphql(`
          query UnitsUnitsItems($p: ID!) {
            units(filter: { parentId: $p }, perPage: 100) {
              items {
                id
              }
            }
          }
        `),
        { p: townshipB },
        admin,
      ),
    ).units.items.map((u) => u.id);
    expect(children).toContain(b.id);
  });

  it('moves a whole subtree: descendants get the new path in one statement', async () => {
    const town = dataOf(
      await create({ name: '新乡镇', level: 'TOWNSHIP', parentId: districtId, townshipKind: 'TOWN' }),
    ).createUnit;
    const b = dataOf(
      await create({
        name: '新乡镇下的村',
        level: 'BRANCH',
        parentId: town.id,
        category: 'RURAL',
        branchKind: 'PARTY_BRANCH',
      }),
    ).createUnit;
    // Moving a township to another district needs a grant above both: make admin a city-level admin.
    const cityId = (await ancestorsOf(districtId))[1];
    await t.orm.em
      .fork()
      .execute(
        `insert into role_assignment (user_id, role, unit_id) select id, 'DISTRICT_ADMIN', ? from app_user where username = 'admin'`,
        [Number(cityId)],
      );
    // Granted by plain SQL, as from another process: the session cache hears of it through the database.
    for (
      let i = 0;
      i < 100 &&
      (
        await t.gql(
          graphql(`
            query UnitId($id: ID!) {
              unit(id: $id) {
                id
              }
            }
          `),
          { id: cityId },
          admin,
        )
      ).errors;
      i++
    )
      await new Promise((r) => setTimeout(r, 20));
    const other = dataOf(await create({ name: '另一区', level: 'DISTRICT', parentId: cityId })).createUnit;
    dataOf(
      await t.gql(
        graphql(`
          mutation UnitsUpdateUnit($id: ID!, $p: ID!) {
            updateUnit(id: $id, input: { parentId: $p }) {
              id
            }
          }
        `),
        { id: town.id, p: other.id },
        admin,
      ),
    );
    const ancestors = await ancestorsOf(b.id);
    expect(ancestors).toContain(other.id);
    expect(ancestors).not.toContain(districtId);
    const paths = await t.orm.em.fork().execute('select path, depth from unit where id = ?', [Number(b.id)]);
    expect(paths[0].path).toBe(`${[...ancestors, b.id].join('.')}.`);
    expect(paths[0].depth).toBe(4);
  });

  async function ancestorsOf(id: string): Promise<string[]> {
    return dataOf(
      await t.gql(
        graphql(`
          query UnitAncestors($id: ID!) {
            unit(id: $id) {
              ancestors {
                id
              }
            }
          }
        `),
        { id },
        admin,
      ),
    ).unit.ancestors.map((a) => a.id);
  }

  it('refuses to move a unit under itself or under its descendant', async () => {
    const branchOfA = dataOf(
      await t.gql(
        graphql(`
          query UnitsUnitsItems2($p: ID!) {
            units(filter: { parentId: $p }, perPage: 1) {
              items {
                id
              }
            }
          }
        `),
        { p: townshipA },
        admin,
      ),
    ).units.items[0].id;
    const self = errorOf(
      await t.gql(
        graphql(`
          mutation UnitsUpdateUnitId($id: ID!) {
            updateUnit(id: $id, input: { parentId: $id }) {
              id
            }
          }
        `),
        { id: townshipA },
        admin,
      ),
    );
    expect(self.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNIT.CYCLE', field: 'parentId' });
    const under = errorOf(
      await t.gql(
        graphql(`
          mutation UnitsUpdateUnit($id: ID!, $p: ID!) {
            updateUnit(id: $id, input: { parentId: $p }) {
              id
            }
          }
        `),
        { id: districtId, p: branchOfA },
        admin,
      ),
    );
    expect(under.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNIT.CYCLE', field: 'parentId' });
    // Nothing moved.
    expect(
      dataOf(
        await t.gql(
          graphql(`
            query UnitParentId($id: ID!) {
              unit(id: $id) {
                parentId
              }
            }
          `),
          { id: townshipA },
          admin,
        ),
      ).unit.parentId,
    ).toBe(districtId);
  });

  it('a stale version gets CONFLICT and loses nothing', async () => {
    const u = dataOf(
      await t.gql(
        graphql(`
          query Unit($id: ID!) {
            unit(id: $id) {
              name
              version
            }
          }
        `),
        { id: townshipB },
        admin,
      ),
    ).unit;
    const upd = graphql(`
      mutation UnitsUpdateUnitNameVersion($id: ID!, $n: String!, $v: Int) {
        updateUnit(id: $id, input: { name: $n, version: $v }) {
          name
          version
        }
      }
    `);
    dataOf(await t.gql(upd, { id: townshipB, n: `${u.name}A`, v: u.version }, admin));
    const stale = errorOf(await t.gql(upd, { id: townshipB, n: `${u.name}B`, v: u.version }, admin));
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', reason: 'RECORD.STALE_VERSION' });
    expect(
      dataOf(
        await t.gql(
          graphql(`
            query UnitName($id: ID!) {
              unit(id: $id) {
                name
              }
            }
          `),
          { id: townshipB },
          admin,
        ),
      ).unit.name,
    ).toBe(`${u.name}A`);
  });

  it('children and childCount drill down the tree', async () => {
    const d = dataOf(
      await t.gql(
        graphql(`
          query UnitChildCountChildren($id: ID!) {
            unit(id: $id) {
              childCount
              children {
                id
                level
                childCount
              }
            }
          }
        `),
        { id: districtId },
        admin,
      ),
    ).unit;
    expect(d.childCount).toBe(d.children.length);
    expect(d.children.length).toBeGreaterThanOrEqual(18);
    expect(d.children.filter((c) => c.level === 'TOWNSHIP').every((c) => c.childCount >= 0)).toBe(true);
  });
});
