import { RateLimitedError, SharedRateLimiter } from '../../server/src/modules/auth/rate-limit';
import { dataOf, errorOf, startTestApp, type TestApp } from '../helpers/app';
import { graphql } from '../gql';

describe('rate limits (kept in PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      env: {
        RATE_LIMIT_USER_PER_MINUTE: '20',
        RATE_LIMIT_LOGIN_PER_ADDRESS_PER_MINUTE: '8',
        RATE_LIMIT_API_TOKEN_PER_MINUTE: '10',
      },
    });
  });
  afterAll(() => t.close());

  it('limits requests per user with 429 and Retry-After, and resets with the window', async () => {
    t.clock.set('2026-11-27T10:00:05Z');
    const token = await t.login('leader');
    const results = [];
    for (let i = 0; i < 25; i++)
      results.push(
        await t.gql(
          graphql(`
            query MeUsername {
              me {
                username
              }
            }
          `),
          {},
          token,
        ),
      );
    const limited = results.filter((r) => r.status === 429);
    expect(limited.length).toBe(5);
    expect(Number(limited[0].headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(limited[0].headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(errorOf(limited[0]).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'RATE_LIMIT.EXCEEDED' });
    // Another user has a budget of its own.
    const other = await t.login('branch');
    dataOf(
      await t.gql(
        graphql(`
          query MeUsername {
            me {
              username
            }
          }
        `),
        {},
        other,
      ),
    );
    t.clock.advance(60_000);
    dataOf(
      await t.gql(
        graphql(`
          query MeUsername {
            me {
              username
            }
          }
        `),
        {},
        token,
      ),
    );
  });

  it('limits sign-in attempts per address, across usernames', async () => {
    t.clock.set('2026-11-27T11:00:01Z');
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++)
      statuses.push(
        (
          await t.gql(
            graphql(`
              mutation WrongPasswordOf($u: String!) {
                login(username: $u, password: "x") {
                  token
                }
              }
            `),
            {
              u: `user${i}`,
            },
          )
        ).status,
      );
    expect(statuses.filter((s) => s === 429).length).toBe(2);
  });

  it('limits each API token on its own budget', async () => {
    t.clock.set('2026-11-27T12:00:01Z');
    const admin = await t.login('admin');
    const unitId = dataOf(
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
        admin,
      ),
    ).units.items[0].id;
    const { token } = dataOf(
      await t.gql(
        graphql(`
          mutation RateLimitsCreateApiToken($u: ID!) {
            createApiToken(input: { name: "限流测试", unitId: $u }) {
              token
            }
          }
        `),
        { u: unitId },
        admin,
      ),
    ).createApiToken;
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++)
      statuses.push(
        (
          await t.gql(
            graphql(`
              query BranchesTotal {
                branches(perPage: 1) {
                  total
                }
              }
            `),
            {},
            token,
          )
        ).status,
      );
    expect(statuses.filter((s) => s === 429).length).toBe(2);
  });

  it('keeps counting hits while a sync is on its way (no gap between sending and the answer)', async () => {
    const limiter = new SharedRateLimiter(() => t.orm.em.fork());
    const now = new Date('2026-11-27T13:00:01Z');
    const bucket = `test:in-flight:${Date.now()}`;
    for (let i = 0; i < 5; i++) limiter.hit(bucket, 6, 60, now, 'test');
    const sync = limiter.sync(now);
    // The 5 hits are in flight: the 6th still passes, the 7th is refused before the answer comes.
    limiter.hit(bucket, 6, 60, now, 'test');
    expect(() => limiter.hit(bucket, 6, 60, now, 'test')).toThrow(RateLimitedError);
    await sync;
    expect(() => limiter.hit(bucket, 6, 60, now, 'test')).toThrow(RateLimitedError);
    await limiter.sync(now);
    const [row] = await t.orm.em.fork().execute('select hits from rate_limit_counter where bucket = ?', [bucket]);
    expect(Number(row.hits)).toBe(8);
    expect(() => limiter.hit(bucket, 6, 60, now, 'test')).toThrow(RateLimitedError);
  });
});
