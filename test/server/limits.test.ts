import { dataOf, errorOf, startTestApp, type TestApp } from '../helpers/app';
import { graphql } from '../gql';

describe('request limits', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  it('refuses deep nesting without revealing the limit', async () => {
    const deep = `{ units { items { ${'children { '.repeat(14)}id${' }'.repeat(14)} } } }`;
    const e = errorOf(await t.gql(deep, {}, admin));
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LIMIT.DEPTH' });
    expect(e.message).not.toMatch(/\d/);
  });

  it('refuses alias floods (e.g. many logins in one request)', async () => {
    const flood = `mutation { ${Array.from({ length: 30 }, (_, i) => `a${i}: login(username: "admin", password: "guess${i}") { token }`).join(' ')} }`;
    const r = await t.gql(flood);
    expect(errorOf(r).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LIMIT.ALIASES' });
    expect(r.data).toBeUndefined();
  });

  it('refuses over-long queries', async () => {
    const long = `{ units { items { ${'id '.repeat(4000)} } } }`;
    expect(errorOf(await t.gql(long, {}, admin)).extensions.reason).toBe('LIMIT.TOKENS');
  });

  it('costs lists by their page size: a 100-row page is fine, nested lists of 100 rows are not', async () => {
    dataOf(
      await t.gql('{ branches(perPage: 100) { items { id name township { name } ancestors { name } } } }', {}, admin),
    );
    dataOf(
      await t.gql(
        '{ people(perPage: 100) { items { id name title unitId isSample version createdAt updatedAt unit { id name } currentPositions { id role startDate endDate title unitId unit { id name } departmentId taskForceId active } } } }',
        {},
        admin,
      ),
    );
    const costly =
      '{ units(perPage: 100) { items { children { children { children { id name code level depth parentId sortOrder isSample version createdAt updatedAt childCount } } } } } }';
    const r = await t.gql(costly, {}, admin);
    expect(r.status).toBe(400);
    expect(errorOf(r).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LIMIT.COST' });
  });

  it('does not accept batched requests', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(res.status).toBe(400);
  });

  it('refuses a simple cross-site form post (CSRF prevention)', async () => {
    const res = await fetch(`${t.url}/graphql?query=%7B__typename%7D`, { method: 'GET' });
    expect(res.status).toBe(400);
  });
});

describe('introspection in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { NODE_ENV: 'production' } });
  });
  afterAll(() => t.close());

  it('is refused to anonymous callers and answered to signed-in users', async () => {
    const q = graphql(`
      query QueryTypeName {
        __schema {
          queryType {
            name
          }
        }
      }
    `);
    expect(errorOf(await t.gql(q)).extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'AUTH.INTROSPECTION_REQUIRES_SIGN_IN',
    });
    const token = await t.login('admin');
    expect(dataOf(await t.gql(q, {}, token)).__schema.queryType.name).toBe('Query');
  });
});
