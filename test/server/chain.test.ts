import { dataOf, errorOf, startTestApp, type TestApp } from '../helpers/app';
import { graphql } from '../gql';
import type { ChainOfBranchQuery } from '../gql/graphql';

const CHAIN = graphql(`
  query ChainOfBranch($b: ID!, $s: String!, $at: DateTime) {
    accountabilityChain(branchId: $b, starCode: $s, at: $at) {
      date
      starType {
        code
      }
      links {
        role
        duty
        vacant
        since
        until
        person {
          id
          name
        }
        unit {
          id
          name
          level
        }
        department {
          name
        }
      }
    }
  }
`);

describe('accountability chain (工作责任链)', () => {
  let t: TestApp;
  let admin: string;
  let branchId: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    branchId = dataOf(
      await t.gql(
        graphql(`
          query ChainBranches {
            branches(filter: { search: "樱桃沟社区" }) {
              items {
                id
              }
            }
          }
        `),
        {},
        admin,
      ),
    ).branches.items[0].id;
  });
  afterAll(() => t.close());

  it('runs from the star owner up to the party secretary, in order', async () => {
    const c = dataOf(await t.gql(CHAIN, { b: branchId, s: 'INDUSTRY_PROSPERITY' }, admin)).accountabilityChain;
    const roles = c.links.map((l) => l.role);
    expect(roles[0]).toBe('STAR_OWNER');
    expect(roles[1]).toBe('BRANCH_SECRETARY');
    expect(roles[2]).toBe('TOWNSHIP_SECRETARY');
    expect(roles.slice(-3)).toEqual(['TASK_FORCE_LEADER', 'ORGANIZATION_MINISTER', 'PARTY_SECRETARY']);
    expect(roles.filter((r: string) => r === 'COUNTY_LEADER').length).toBeGreaterThanOrEqual(1);
    expect(c.links.every((l) => l.person && !l.vacant)).toBe(true);
    const tf = c.links.find((l) => l.role === 'TASK_FORCE_LEADER');
    expect(tf!.department!.name).toBe('区农业农村工作委员会');
    expect(c.links.find((l) => l.role === 'TOWNSHIP_SECRETARY')!.unit!.name).toBe('樱桃沟景区管委会');
    expect(c.links.find((l) => l.role === 'PARTY_SECRETARY')!.duty).toBe('带头抓');
  });

  it('answers for a past date: the secretary who changed since appears as they were', async () => {
    const today = dataOf(await t.gql(CHAIN, { b: branchId, s: 'STRONG_BRANCH' }, admin)).accountabilityChain;
    const past = dataOf(
      await t.gql(CHAIN, { b: branchId, s: 'STRONG_BRANCH', at: '2025-03-01T04:00:00Z' }, admin),
    ).accountabilityChain;
    const sec = (c: ChainOfBranchQuery['accountabilityChain']) => c.links.find((l) => l.role === 'BRANCH_SECRETARY')!;
    expect(past.date).toBe('2025-03-01');
    expect(sec(past).person!.name).not.toBe(sec(today).person!.name);
    expect(sec(past).until).toBe('2025-06-30');
    expect(sec(today).since).toBe('2025-07-01');
  });

  it('follows a secretary changed through the API, and keeps the old answer for the old date', async () => {
    const positions = dataOf(
      await t.gql(
        graphql(`
          query PositionsItems($u: ID!) {
            positions(filter: { unitId: $u, role: BRANCH_SECRETARY, activeOn: "2026-01-01" }) {
              items {
                id
                version
                person {
                  name
                }
              }
            }
          }
        `),
        { u: branchId },
        admin,
      ),
    ).positions.items;
    expect(positions).toHaveLength(1);
    const old = positions[0];
    // Appointing a second secretary over the same period is refused.
    const personId = dataOf(
      await t.gql(
        graphql(`
          mutation CreatePersonId($u: ID!) {
            createPerson(input: { name: "新书记", unitId: $u }) {
              id
            }
          }
        `),
        { u: branchId },
        admin,
      ),
    ).createPerson.id;
    const clash = errorOf(
      await t.gql(
        graphql(`
          mutation CreatePosition($p: ID!, $u: ID!) {
            createPosition(input: { personId: $p, role: BRANCH_SECRETARY, unitId: $u, startDate: "2026-02-01" }) {
              id
            }
          }
        `),
        { p: personId, u: branchId },
        admin,
      ),
    );
    expect(clash.extensions).toMatchObject({ code: 'CONFLICT', reason: 'POSITION.OVERLAP', field: 'startDate' });
    // End the old term, then appoint.
    dataOf(
      await t.gql(
        graphql(`
          mutation UpdatePosition($id: ID!, $v: Int) {
            updatePosition(id: $id, input: { endDate: "2026-01-31", version: $v }) {
              id
              endDate
            }
          }
        `),
        { id: old.id, v: old.version },
        admin,
      ),
    );
    dataOf(
      await t.gql(
        graphql(`
          mutation CreatePosition($p: ID!, $u: ID!) {
            createPosition(input: { personId: $p, role: BRANCH_SECRETARY, unitId: $u, startDate: "2026-02-01" }) {
              id
            }
          }
        `),
        { p: personId, u: branchId },
        admin,
      ),
    );
    const sec = async (at: string) =>
      dataOf(await t.gql(CHAIN, { b: branchId, s: 'STRONG_BRANCH', at }, admin)).accountabilityChain.links.find(
        (l) => l.role === 'BRANCH_SECRETARY',
      )!.person!.name;
    expect(await sec('2026-03-01T00:00:00+08:00')).toBe('新书记');
    expect(await sec('2026-01-31T23:59:00+08:00')).toBe(old.person.name);
  });

  it('uses Asia/Shanghai dates: 2025-06-30T17:00Z is already 2025-07-01 in China', async () => {
    const c = dataOf(
      await t.gql(CHAIN, { b: branchId, s: 'STRONG_BRANCH', at: '2025-06-30T17:00:00Z' }, admin),
    ).accountabilityChain;
    expect(c.date).toBe('2025-07-01');
    expect(c.links.find((l) => l.role === 'BRANCH_SECRETARY')!.since).toBe('2025-07-01');
  });

  it('shows a vacant link rather than hiding a gap', async () => {
    const c = dataOf(
      await t.gql(CHAIN, { b: branchId, s: 'INDUSTRY_PROSPERITY', at: '2023-06-01T00:00:00Z' }, admin),
    ).accountabilityChain;
    const owner = c.links.find((l) => l.role === 'STAR_OWNER');
    expect(owner).toMatchObject({ vacant: true, person: null });
  });

  it('refuses an unknown star code, naming the field', async () => {
    const e = errorOf(await t.gql(CHAIN, { b: branchId, s: 'NO_SUCH_STAR' }, admin));
    expect(e.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'STARS.UNKNOWN_STAR_CODE',
      field: 'starCode',
    });
  });

  it('answers NOT_FOUND for a unit that is not a branch', async () => {
    const townshipId = dataOf(
      await t.gql(
        graphql(`
          query ChainUnits {
            units(filter: { level: TOWNSHIP, search: "樱桃沟" }) {
              items {
                id
              }
            }
          }
        `),
        {},
        admin,
      ),
    ).units.items[0].id;
    expect(errorOf(await t.gql(CHAIN, { b: townshipId, s: 'STRONG_BRANCH' }, admin)).extensions.code).toBe('NOT_FOUND');
  });
});
