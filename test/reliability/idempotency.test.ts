import pg from 'pg';
import { dataOf, errorOf, startTestApp, type GqlResult, type TestApp } from '../helpers/app';
import { urlFor } from '../helpers/db';
import { graphql } from '../gql';

const CREATE = graphql(`
  mutation CreatePerson($u: ID!, $k: String, $n: String!) {
    createPerson(input: { name: $n, unitId: $u, clientMutationId: $k }) {
      id
      name
    }
  }
`);

/**
 * A phone client does what the server asks on 503 (Retry-After): it sends the same request again.
 * On a loaded two-core machine 50 simultaneous retries can briefly exhaust the connection pool
 * (SERVER.BUSY); resending is exactly the retry this mechanism exists for.
 */
async function retryWhileBusy<R>(send: () => Promise<GqlResult<R>>): Promise<GqlResult<R>> {
  for (let attempt = 0; ; attempt++) {
    const r = await send();
    if (r.status !== 503 || attempt === 5) return r;
    await new Promise((resolve) => setTimeout(resolve, 200 * (attempt + 1)));
  }
}

describe('clientMutationId: retries write nothing twice', () => {
  let t: TestApp;
  let admin: string;
  let branchId: string;
  const count = async (name: string) =>
    dataOf(
      await t.gql(
        graphql(`
          query People($s: String) {
            people(filter: { search: $s }) {
              total
            }
          }
        `),
        { s: name },
        admin,
      ),
    ).people.total;
  beforeAll(async () => {
    // A retry storm is what rate limits are for: lift them to test idempotency alone.
    t = await startTestApp({ env: { RATE_LIMIT_USER_PER_MINUTE: '100000' } });
    admin = await t.login('admin');
    branchId = dataOf(
      await t.gql(
        graphql(`
          query IdempotencyBranches {
            branches(perPage: 1) {
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

  it('a retry returns the first result', async () => {
    const first = dataOf(await t.gql(CREATE, { u: branchId, k: 'phone-0001-abc', n: '重试甲' }, admin)).createPerson;
    const again = dataOf(await t.gql(CREATE, { u: branchId, k: 'phone-0001-abc', n: '重试甲' }, admin)).createPerson;
    expect(again).toEqual(first);
    expect(await count('重试甲')).toBe(1);
  });

  it('1,000 retries of one clientMutationId, 50 at a time, create one row and one audit entry', async () => {
    const results: string[] = [];
    for (let round = 0; round < 20; round++) {
      const batch = await Promise.all(
        Array.from({ length: 50 }, () =>
          retryWhileBusy(() => t.gql(CREATE, { u: branchId, k: 'phone-retry-storm', n: '重试乙' }, admin)),
        ),
      );
      for (const r of batch) results.push(dataOf(r).createPerson.id);
    }
    expect(results).toHaveLength(1000);
    expect(new Set(results).size).toBe(1);
    expect(await count('重试乙')).toBe(1);
    const audit = dataOf(
      await t.gql(
        graphql(`
          query IdempotencyAuditEntries($id: String) {
            auditEntries(filter: { targetType: "Person", targetId: $id }) {
              total
            }
          }
        `),
        { id: results[0] },
        admin,
      ),
    ).auditEntries;
    expect(audit.total).toBe(1);
    // A hang guard, not a speed target: 1,000 requests on a loaded two-core machine took over 120 s.
  }, 600_000);

  it('retries that arrive while the first attempt runs wait in the server, not on a database connection', async () => {
    // Hold the first attempt inside its transaction: a test session locks the person table, so
    // its insert waits (after it has reserved the key). Meanwhile 30 retries of the same key arrive.
    const db = new pg.Client({ connectionString: urlFor(t.database) });
    const watcher = new pg.Client({ connectionString: urlFor(t.database) });
    await Promise.all([db.connect(), watcher.connect()]);
    try {
      await db.query('begin');
      await db.query('lock table person in share mode');
      const first = t.gql(CREATE, { u: branchId, k: 'phone-held-first', n: '重试丁' }, admin);
      // (Read outside the locking transaction: inside one, pg_stat_activity is a snapshot taken once.)
      const lockWaiters = async () =>
        Number(
          (
            await watcher.query(
              "select count(*) as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
            )
          ).rows[0].n,
        );
      for (let i = 0; i < 100 && (await lockWaiters()) < 1; i++) await new Promise((r) => setTimeout(r, 20));
      expect(await lockWaiters()).toBe(1);
      const retries = Array.from({ length: 30 }, () =>
        t.gql(CREATE, { u: branchId, k: 'phone-held-first', n: '重试丁' }, admin),
      );
      await new Promise((r) => setTimeout(r, 500));
      // Only the first attempt waits in PostgreSQL; the retries hold no connection.
      expect(await lockWaiters()).toBe(1);
      await db.query('commit');
      const ids = [await first, ...(await Promise.all(retries))].map((r) => dataOf(r).createPerson.id);
      expect(new Set(ids).size).toBe(1);
      expect(await count('重试丁')).toBe(1);
    } finally {
      await db.query('rollback').catch(() => undefined);
      await Promise.all([db.end(), watcher.end()]);
    }
  });

  it('the same key with a different request is a CONFLICT', async () => {
    dataOf(await t.gql(CREATE, { u: branchId, k: 'phone-0002-abc', n: '重试丙' }, admin));
    const e = errorOf(await t.gql(CREATE, { u: branchId, k: 'phone-0002-abc', n: '别的名字' }, admin));
    expect(e.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'IDEMPOTENCY.KEY_REUSED',
      field: 'clientMutationId',
    });
    expect(await count('别的名字')).toBe(0);
  });

  it('keys belong to their user, and a failed attempt does not use the key up', async () => {
    const township = await t.login('township');
    const own = dataOf(
      await t.gql(
        graphql(`
          query IdempotencyBranches {
            branches(perPage: 1) {
              items {
                id
              }
            }
          }
        `),
        {},
        township,
      ),
    ).branches.items[0].id;
    const bad = errorOf(await t.gql(CREATE, { u: '999999', k: 'phone-0003-abc', n: '失败后重试' }, township));
    expect(bad.extensions.code).toBe('BAD_USER_INPUT');
    const ok = dataOf(await t.gql(CREATE, { u: own, k: 'phone-0003-abc', n: '失败后重试' }, township)).createPerson;
    expect(ok.name).toBe('失败后重试');
    // The same key from another user is another request.
    dataOf(await t.gql(CREATE, { u: own, k: 'phone-0003-abc', n: '失败后重试' }, admin));
    expect(await count('失败后重试')).toBe(2);
    expect(errorOf(await t.gql(CREATE, { u: own, k: 'bad key!', n: 'x' }, admin)).extensions.field).toBe(
      'clientMutationId',
    );
  });
});
