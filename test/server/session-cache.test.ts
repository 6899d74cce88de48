/**
 * The session cache (server/src/modules/auth/principal-cache.ts): a request usually sends no
 * authentication statement, yet a session changed anywhere — by this process, another process or
 * plain SQL — is never used stale, and without its change notifications the cache is bypassed.
 */
import pg from 'pg';
import { dataOf, errorOf, startTestApp, type TestApp } from '../helpers/app';
import { urlFor } from '../helpers/db';
import { eventually } from '../helpers/eventually';
import { graphql } from '../gql';

const readsSession = (statements: string[]) =>
  statements.filter((q) => q.includes('from auth_token t join app_user u')).length;

describe('session cache', () => {
  let t: TestApp;
  let other: pg.Client; // another process, as far as this one can tell
  beforeAll(async () => {
    t = await startTestApp();
    other = new pg.Client({ connectionString: urlFor(t.database) });
    await other.connect();
  });
  afterAll(async () => {
    await other.end();
    await t.close();
  });

  it('reads a session once, then answers from memory', async () => {
    const token = await t.login('township');
    t.sql.reset();
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
    expect(readsSession(t.sql.statements)).toBe(1);
    t.sql.reset();
    for (let i = 0; i < 5; i++)
      expect(
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
        ).me.username,
      ).toBe('township');
    expect(readsSession(t.sql.statements)).toBe(0);
  });

  it('forgets at once what this process changes: sign-out', async () => {
    const token = await t.login('branch');
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
    );
    expect(
      errorOf(
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
      ).extensions.code,
    ).toBe('UNAUTHENTICATED');
  });

  it('hears of changes made elsewhere: a deactivated user, a withdrawn role, a revoked token', async () => {
    const token = await t.login('leader');
    // What a principal may read comes from its grants, held in the cached session.
    const visible = async () =>
      dataOf(
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
        ),
      ).branches.total as number;
    const before = await visible();
    expect(before).toBeGreaterThan(0);
    // Roles withdrawn by plain SQL on another connection: seen without waiting for the cache to expire.
    const { rows } = await other.query(
      `delete from role_assignment where user_id = (select id from app_user where username = 'leader') returning *`,
    );
    expect(rows.length).toBeGreaterThan(0);
    await eventually(async () => (await visible()) === 0);
    // A user with no grants at all reads nothing (an empty scope is not "no condition").
    const fresh = await t.login('leader');
    expect(
      dataOf(
        await t.gql(
          graphql(`
            query BranchesAndUnitsAndPeopleEtc {
              branches(perPage: 1) {
                total
              }
              units {
                total
              }
              people {
                total
              }
              departments {
                total
              }
            }
          `),
          {},
          fresh,
        ),
      ),
    ).toEqual({ branches: { total: 0 }, units: { total: 0 }, people: { total: 0 }, departments: { total: 0 } });
    for (const r of rows) {
      const cols = Object.keys(r);
      await other.query(
        `insert into role_assignment (${cols.join(', ')}) values (${cols.map((_, i) => `$${i + 1}`).join(', ')})`,
        Object.values(r),
      );
    }
    await eventually(async () => (await visible()) === before);
    // Deactivated elsewhere: refused.
    await other.query(`update app_user set active = false where username = 'leader'`);
    await eventually(
      async () =>
        !!(
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
          )
        ).errors,
    );
    expect(
      errorOf(
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
      ).extensions.code,
    ).toBe('UNAUTHENTICATED');
    await other.query(`update app_user set active = true where username = 'leader'`);
    await eventually(
      async () =>
        !(
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
          )
        ).errors,
    );
    // Revoked elsewhere: refused.
    await other.query(
      `update auth_token set revoked_at = now() where revoked_at is null and user_id = (select id from app_user where username = 'leader')`,
    );
    await eventually(
      async () =>
        !!(
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
          )
        ).errors,
    );
  });

  it('never lets a write act on a cached session that has ended before its notification arrived', async () => {
    const token = await t.login('taskforce');
    const ME = graphql(`
      query MeUsername {
        me {
          username
        }
      }
    `);
    dataOf(await t.gql(ME, {}, token));
    // Revoked by a connection whose triggers do not fire: no notification comes, as if it were still on
    // its way from another process. Reads may be answered meanwhile (milliseconds, in real life) …
    const c = new pg.Client({ connectionString: urlFor(t.database) });
    await c.connect();
    try {
      await c.query(`set session_replication_role = replica`);
      const { rowCount } = await c.query(
        `update auth_token set revoked_at = now()
          where revoked_at is null and user_id = (select id from app_user where username = 'taskforce')`,
      );
      expect(rowCount).toBeGreaterThan(0);
    } finally {
      await c.end();
    }
    t.sql.reset();
    expect(dataOf(await t.gql(ME, {}, token)).me.username).toBe('taskforce');
    expect(readsSession(t.sql.statements)).toBe(0);
    // … but a mutation reads its session again and is refused (with a live session this one would be
    // refused for its wrong current password instead).
    t.sql.reset();
    const refused = await t.gql(
      graphql(`
        mutation SessionCacheChangePassword {
          changePassword(currentPassword: "not-the-password", newPassword: "Session-Cache-2026") {
            mustChangePassword
          }
        }
      `),
      {},
      token,
    );
    expect(errorOf(refused).extensions.reason).toBe('AUTH.TOKEN_REVOKED');
    expect(readsSession(t.sql.statements)).toBe(1);
  });

  it('is bypassed while its notifications cannot arrive, and used again once they can', async () => {
    const token = await t.login('supervisor');
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
    await other.query(
      `select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'fivestar-auth-listener' and datname = current_database()`,
    );
    // Every request now reads its session: a change is seen by the very next request.
    await eventually(async () => {
      t.sql.reset();
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
      return readsSession(t.sql.statements) === 1;
    });
    await other.query(`update app_user set active = false where username = 'supervisor'`);
    expect(
      errorOf(
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
      ).extensions.code,
    ).toBe('UNAUTHENTICATED');
    await other.query(`update app_user set active = true where username = 'supervisor'`);
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
    // The listener comes back (after a second's back-off) and the cache with it.
    await new Promise((r) => setTimeout(r, 1500));
    await eventually(async () => {
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
      t.sql.reset();
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
      return readsSession(t.sql.statements) === 0;
    });
  });
});
