import { dataOf, errorOf, jsonObject, startTestApp, type TestApp } from '../helpers/app';
import { graphql } from '../gql';

const CREATE = graphql(`
  mutation CreateApiTokenTokenApiToken($n: String!, $u: ID!, $d: Int) {
    createApiToken(input: { name: $n, unitId: $u, expiresInDays: $d }) {
      token
      apiToken {
        id
        name
        active
        expiresAt
        lastUsedAt
        scopeUnit {
          name
        }
        createdBy {
          username
        }
      }
    }
  }
`);

describe('API tokens for integrators (INTEGRATOR)', () => {
  let t: TestApp;
  let admin: string;
  let townshipId: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    townshipId = dataOf(
      await t.gql(
        graphql(`
          query ApiTokensUnits {
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
  });
  afterAll(() => t.close());

  it('a district admin creates a token shown once, stored hashed, scoped to a subtree', async () => {
    const r = dataOf(await t.gql(CREATE, { n: '二七先锋公众号', u: townshipId }, admin)).createApiToken;
    expect(r.token).toMatch(/^fs_[\w-]{40,}$/);
    expect(r.apiToken).toMatchObject({
      name: '二七先锋公众号',
      active: true,
      lastUsedAt: null,
      scopeUnit: { name: '樱桃沟景区管委会' },
      createdBy: { username: 'admin' },
    });
    const stored = await t.orm.em
      .fork()
      .execute<{ token_hash: string }[]>('select token_hash from auth_token where id = ?', [Number(r.apiToken.id)]);
    expect(stored[0].token_hash).not.toContain(r.token);
    // It reads its subtree only, as INTEGRATOR.
    const me = dataOf(
      await t.gql(
        graphql(`
          query ApiTokensBranches {
            branches {
              total
            }
          }
        `),
        {},
        r.token,
      ),
    );
    expect(me.branches.total).toBe(9);
    const other = dataOf(
      await t.gql(
        graphql(`
          query ApiTokensBranchesTotal {
            branches(filter: { search: "建新南街" }) {
              total
            }
          }
        `),
        {},
        r.token,
      ),
    );
    expect(other.branches.total).toBe(0);
    // Last use is recorded.
    const list = dataOf(
      await t.gql(
        graphql(`
          query ApiTokensTotalItems {
            apiTokens {
              total
              items {
                id
                lastUsedAt
              }
            }
          }
        `),
        {},
        admin,
      ),
    ).apiTokens;
    expect(list.items.find((x) => x.id === r.apiToken.id)!.lastUsedAt).not.toBeNull();
  });

  it('is read-only: every mutation is refused', async () => {
    const { token } = dataOf(await t.gql(CREATE, { n: '只读测试', u: townshipId }, admin)).createApiToken;
    const branchId = dataOf(
      await t.gql(
        graphql(`
          query ApiTokensBranchesItems {
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
    const e = errorOf(
      await t.gql(
        graphql(`
          mutation UpdateUnitId($id: ID!) {
            updateUnit(id: $id, input: { name: "x" }) {
              id
            }
          }
        `),
        { id: branchId },
        token,
      ),
    );
    expect(e.extensions.code).toBe('FORBIDDEN');
    expect(
      errorOf(
        await t.gql(
          graphql(`
            mutation Logout {
              logout
            }
          `),
          {},
          token,
        ),
      ).extensions,
    ).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'AUTH.READ_ONLY_TOKEN',
    });
    expect(errorOf(await t.gql(CREATE, { n: 'x', u: townshipId }, token)).extensions.code).toBe('FORBIDDEN');
  });

  it('revoked and expired tokens stop working', async () => {
    const r = dataOf(await t.gql(CREATE, { n: '吊销测试', u: townshipId, d: 1 }, admin)).createApiToken;
    dataOf(
      await t.gql(
        graphql(`
          query ApiTokensBranches {
            branches {
              total
            }
          }
        `),
        {},
        r.token,
      ),
    );
    dataOf(
      await t.gql(
        graphql(`
          mutation RevokeApiToken($id: ID!) {
            revokeApiToken(id: $id) {
              id
              active
              revokedAt
            }
          }
        `),
        { id: r.apiToken.id },
        admin,
      ),
    );
    expect(
      errorOf(
        await t.gql(
          graphql(`
            query ApiTokensBranches {
              branches {
                total
              }
            }
          `),
          {},
          r.token,
        ),
      ).extensions.reason,
    ).toBe('AUTH.TOKEN_REVOKED');
    const r2 = dataOf(await t.gql(CREATE, { n: '过期测试', u: townshipId, d: 1 }, admin)).createApiToken;
    t.clock.advance(2 * 86_400_000);
    expect(
      errorOf(
        await t.gql(
          graphql(`
            query ApiTokensBranches {
              branches {
                total
              }
            }
          `),
          {},
          r2.token,
        ),
      ).extensions.reason,
    ).toBe('AUTH.TOKEN_EXPIRED');
    t.clock.set(new Date());
  });

  it('only district admins manage tokens, within their subtree', async () => {
    const township = await t.login('township');
    expect(errorOf(await t.gql(CREATE, { n: 'x', u: townshipId }, township)).extensions.code).toBe('FORBIDDEN');
    expect(
      errorOf(
        await t.gql(
          graphql(`
            query ApiTokensTotal {
              apiTokens {
                total
              }
            }
          `),
          {},
          township,
        ),
      ).extensions.code,
    ).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(CREATE, { n: 'x', u: townshipId, d: 5000 }, admin)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'expiresInDays',
    });
    // Creating a token is audited, without its secret.
    const entries = dataOf(
      await t.gql(
        graphql(`
          query ApiTokensAuditEntries {
            auditEntries(filter: { operation: "createApiToken" }) {
              total
              items {
                changes
              }
            }
          }
        `),
        {},
        admin,
      ),
    ).auditEntries;
    expect(entries.total).toBeGreaterThan(0);
    expect(jsonObject(entries.items[0].changes).tokenHash).toEqual({ after: '[hidden]' });
  });
});
