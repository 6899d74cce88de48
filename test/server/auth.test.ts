import { dataOf, errorOf, startTestApp, type TestApp } from '../helpers/app';
import { graphql } from '../gql';

const ME = graphql(`
  query MeUsernameDisplayNameRoles {
    me {
      username
      displayName
      roles
      grants {
        role
        unit {
          name
        }
        starCode
      }
    }
  }
`);

describe('sign-in, sessions and throttling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('signs in with the demo password and answers me', async () => {
    const token = await t.login('township');
    const me = dataOf(await t.gql(ME, {}, token)).me;
    expect(me).toMatchObject({
      username: 'township',
      roles: ['TOWNSHIP_STAFF'],
      grants: [{ role: 'TOWNSHIP_STAFF', unit: { name: '樱桃沟景区管委会' }, starCode: null }],
    });
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    const wrong = errorOf(
      await t.gql(
        graphql(`
          mutation AuthLogin {
            login(username: "admin", password: "nope") {
              token
            }
          }
        `),
      ),
    );
    const unknown = errorOf(
      await t.gql(
        graphql(`
          mutation AuthLoginToken {
            login(username: "nobody", password: "nope") {
              token
            }
          }
        `),
      ),
    );
    expect(wrong.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTH.INVALID_CREDENTIALS' });
    expect(unknown.extensions).toEqual(wrong.extensions);
    expect(unknown.message).toBe(wrong.message);
  });

  it('requires a token for everything but login', async () => {
    expect(errorOf(await t.gql(ME)).extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'AUTH.UNAUTHENTICATED',
    });
    expect(errorOf(await t.gql(ME, {}, 'not-a-real-token-but-long-enough')).extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'AUTH.TOKEN_INVALID',
    });
  });

  it('stores only a hash of the token', async () => {
    const token = await t.login('leader');
    const rows = await t.orm.em.fork().execute<{ token_hash: string }[]>('select token_hash from auth_token');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r: { token_hash: string }) => r.token_hash === token)).toBe(false);
    expect(rows.every((r: { token_hash: string }) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
  });

  it('logout revokes the token', async () => {
    const token = await t.login('branch');
    expect(
      dataOf(
        await t.gql(
          graphql(`
            mutation Logout {
              logout
            }
          `),
          {},
          token,
        ),
      ).logout,
    ).toBe(true);
    expect(errorOf(await t.gql(ME, {}, token)).extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'AUTH.TOKEN_REVOKED',
    });
  });

  it('a token expires after the session lifetime', async () => {
    const token = await t.login('leader');
    t.clock.advance(11 * 3600_000);
    expect(dataOf(await t.gql(ME, {}, token)).me.username).toBe('leader');
    t.clock.advance(2 * 3600_000);
    expect(errorOf(await t.gql(ME, {}, token)).extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'AUTH.TOKEN_EXPIRED',
    });
    t.clock.set(new Date());
  });

  it('throttles repeated failures for one username, then lets it in after the window', async () => {
    for (let i = 0; i < 5; i++) {
      expect(
        errorOf(
          await t.gql(
            graphql(`
              mutation AuthLoginToken2 {
                login(username: "supervisor", password: "wrong") {
                  token
                }
              }
            `),
          ),
        ).extensions.reason,
      ).toBe('AUTH.INVALID_CREDENTIALS');
    }
    // Even the right password is refused while throttled, with 429 and Retry-After.
    const r = await t.gql(
      graphql(`
        mutation AuthLoginToken3 {
          login(username: "supervisor", password: "fivestar") {
            token
          }
        }
      `),
    );
    expect(r.status).toBe(429);
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(errorOf(r).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.TOO_MANY_ATTEMPTS' });
    expect(errorOf(r).extensions.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    // Other users are not affected.
    await t.login('admin');
    t.clock.advance(16 * 60_000);
    expect(await t.login('supervisor')).toMatch(/^[\w-]{40,}$/);
    t.clock.set(new Date());
  });
});
