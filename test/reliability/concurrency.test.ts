/**
 * Many clients changing the same thing at the same moment. Optimistic locking must let exactly one
 * of N updates that read the same version win (the others get CONFLICT and overwrite nothing);
 * a unique code must be taken exactly once however many create it at once; and the losers must
 * leave no trace in the audit trail, which stays one valid hash chain.
 */
import { dataOf, startTestApp, type GqlResult, type TestApp } from '../helpers/app';
import { graphql } from '../gql';

const UPDATE = graphql(`
  mutation UpdateUnit($id: ID!, $n: String!, $v: Int) {
    updateUnit(id: $id, input: { name: $n, version: $v }) {
      id
      name
      version
    }
  }
`);
const READ = graphql(`
  query Unit($id: ID!) {
    unit(id: $id) {
      name
      version
    }
  }
`);
const AUDIT = graphql(`
  query AuditEntriesTotalItems($f: AuditFilterInput) {
    auditEntries(filter: $f, perPage: 100) {
      total
      items {
        action
        changes
      }
    }
  }
`);

describe('concurrent conflicting writes', () => {
  let t: TestApp;
  let admin: string;
  let unitId: string;
  let districtId: string;

  beforeAll(async () => {
    // 100 requests at once from one user would trip the per-user rate limit, which is not what is
    // under test here.
    t = await startTestApp({ env: { RATE_LIMIT_USER_PER_MINUTE: '1000000' } });
    admin = await t.login('admin');
    const r = dataOf(
      await t.gql(
        graphql(`
          query UnitsAndUnits {
            t: units(filter: { level: TOWNSHIP }, perPage: 1, sortField: "id") {
              items {
                id
              }
            }
            d: units(filter: { level: DISTRICT }, perPage: 1) {
              items {
                id
              }
            }
          }
        `),
        {},
        admin,
      ),
    );
    unitId = r.t.items[0].id;
    districtId = r.d.items[0].id;
  });
  afterAll(() => t.close());

  /** Outcome of one request: 'ok', or `CODE/REASON` of its first error (with the HTTP status when it is not 200). */
  const outcome = (r: GqlResult) =>
    `${r.status === 200 ? '' : `HTTP ${r.status} `}${r.errors?.length ? `${r.errors[0].extensions.code}/${r.errors[0].extensions.reason}` : 'ok'}`;
  const countBy = (xs: string[]) =>
    xs.reduce<Record<string, number>>((acc, x) => ({ ...acc, [x]: (acc[x] ?? 0) + 1 }), {});

  async function race(round: number): Promise<void> {
    const before = dataOf(await t.gql(READ, { id: unitId }, admin)).unit;
    // Everybody read the same version once; then all send at the same moment.
    const names = Array.from({ length: 100 }, (_, i) => `并发第${round}轮-${i}`);
    const started = performance.now();
    const results = await Promise.all(names.map((n) => t.gql(UPDATE, { id: unitId, n, v: before.version }, admin)));
    const outcomes = results.map(outcome);
    console.log(
      `round ${round}: 100 concurrent updateUnit in ${Math.round(performance.now() - started)} ms: ${JSON.stringify(countBy(outcomes))}`,
    );
    // The whole distribution at once, so that a failure shows every outcome (a 5xx included).
    expect(countBy(outcomes)).toEqual({ ok: 1, 'CONFLICT/RECORD.STALE_VERSION': 99 });
    const winner = dataOf(results.find((r) => !r.errors)!).updateUnit;
    expect(winner.version).toBe(before.version + 1);
    // What is stored is the winner's write, and nobody else's.
    expect(dataOf(await t.gql(READ, { id: unitId }, admin)).unit).toEqual({
      name: winner.name,
      version: before.version + 1,
    });
  }

  it('100 updates of one unit with the same version: exactly one wins, 99 get STALE_VERSION', async () => {
    await race(1);
  });

  it('and again from the fresh version: again exactly one', async () => {
    await race(2);
  });

  it('the 198 losers wrote no audit entries: one UPDATE entry per round', async () => {
    const entries = dataOf(
      await t.gql(AUDIT, { f: { targetType: 'Unit', targetId: unitId, operation: 'updateUnit' } }, admin),
    ).auditEntries;
    expect(entries.total).toBe(2);
    expect(entries.items.every((e) => e.action === 'UPDATE')).toBe(true);
  });

  it('50 creates of a department with the same code: exactly one succeeds, 49 get CONFLICT', async () => {
    const create = graphql(`
      mutation CreateDepartment($d: ID!, $n: String!) {
        createDepartment(input: { districtId: $d, code: "RACE", name: $n }) {
          id
          code
          name
        }
      }
    `);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => t.gql(create, { d: districtId, n: `并发部门${i}` }, admin)),
    );
    const outcomes = results.map(outcome);
    console.log(`50 concurrent createDepartment(code: "RACE"): ${JSON.stringify(countBy(outcomes))}`);
    // Either the service's own check or the unique index refuses: both are CONFLICT.
    const refusal = (o: string) =>
      o === 'CONFLICT/DEPARTMENT.CODE_TAKEN' || o === 'CONFLICT/RECORD.DUPLICATE' ? 'CONFLICT' : o;
    expect(countBy(outcomes.map(refusal))).toEqual({ ok: 1, CONFLICT: 49 });
    const winner = dataOf(results.find((r) => !r.errors)!).createDepartment;
    const stored = dataOf(
      await t.gql(
        graphql(`
          query Departments {
            departments(perPage: 100) {
              items {
                id
                code
                name
              }
            }
          }
        `),
        {},
        admin,
      ),
    ).departments.items.filter((d) => d.code === 'RACE');
    expect(stored).toEqual([winner]);
    const audit = dataOf(
      await t.gql(AUDIT, { f: { targetType: 'Department', operation: 'createDepartment' } }, admin),
    ).auditEntries;
    expect(audit.total).toBe(1);
  });

  it('leaves the audit trail one valid hash chain', async () => {
    const v = dataOf(
      await t.gql(
        graphql(`
          query VerifyAuditChain {
            verifyAuditChain {
              valid
              checked
              firstInvalidId
            }
          }
        `),
        {},
        admin,
      ),
    ).verifyAuditChain;
    expect(v).toMatchObject({ valid: true, firstInvalidId: null });
    expect(v.checked).toBeGreaterThanOrEqual(3);
  });
});
