/**
 * campaignStats reads its unit and the star catalog from the process's catalog cache
 * (principal-cache.ts `catalogGet`): no statement for them once cached, yet a change made by this
 * process, by another one or by plain SQL is never answered stale, and without the notifications
 * the cache is bypassed.
 */
import pg from 'pg';
import { dataOf, errorOf, startTestApp, type TestApp } from '../helpers/app';
import { urlFor } from '../helpers/db';
import { eventually } from '../helpers/eventually';
import { graphql } from '../gql';

const readsCatalog = (statements: string[]) => statements.filter((q) => q.includes('from star_type s')).length;

const STATS = graphql(`
  query CatalogCacheStats($u: ID!, $y: Int!) {
    campaignStats(unitId: $u, year: $y) {
      unitName
      figures {
        branches
        starHolders {
          starCode
          starName
        }
      }
    }
  }
`);

describe('catalog cache (campaignStats: its unit and the star catalog)', () => {
  let t: TestApp;
  let other: pg.Client; // another process, as far as this one can tell
  let admin: string;
  let township: string;
  let district: { id: number; name: string };
  const year = new Date().getFullYear();
  const stats = async (token = admin) =>
    dataOf(await t.gql(STATS, { u: String(district.id), y: year }, token)).campaignStats;

  beforeAll(async () => {
    t = await startTestApp();
    other = new pg.Client({ connectionString: urlFor(t.database) });
    await other.connect();
    admin = await t.login('admin');
    township = await t.login('township');
    district = (await other.query(`select id, name from unit where level = 'DISTRICT' order by id limit 1`)).rows[0];
  });
  afterAll(async () => {
    await other.end();
    await t.close();
  });

  it('reads the unit and the catalog once, then answers from memory, with the same figures', async () => {
    t.sql.reset();
    const first = await stats();
    expect(readsCatalog(t.sql.statements)).toBe(1);
    t.sql.reset();
    for (let i = 0; i < 3; i++) expect(await stats()).toEqual(first);
    expect(readsCatalog(t.sql.statements)).toBe(0);
    expect(first.unitName).toBe(district.name);
    expect(first.figures.starHolders.length).toBeGreaterThan(0);
  });

  it('still refuses a unit outside the caller’s scope once it is cached', async () => {
    await stats();
    expect(errorOf(await t.gql(STATS, { u: String(district.id), y: year }, township)).extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect(errorOf(await t.gql(STATS, { u: '99999999', y: year }, admin)).extensions?.code).toBe('NOT_FOUND');
  });

  it('forgets at once what this process changes (updateUnit)', async () => {
    await stats();
    dataOf(
      await t.gql(
        graphql(`
          mutation CatalogCacheRename($id: ID!) {
            updateUnit(id: $id, input: { name: "缓存测试区" }) {
              id
            }
          }
        `),
        { id: String(district.id) },
        admin,
      ),
    );
    expect((await stats()).unitName).toBe('缓存测试区');
  });

  it('forgets what another process or plain SQL changes, once notified: a unit, a star type', async () => {
    await stats();
    await other.query(`update unit set name = '另一进程改名' where id = $1`, [district.id]);
    await eventually(async () => (await stats()).unitName === '另一进程改名');

    const before = await stats();
    const code = before.figures.starHolders[0].starCode;
    await other.query(`update star_type set name_zh = '缓存测试星' where code = $1`, [code]);
    await eventually(
      async () => (await stats()).figures.starHolders.find((s) => s.starCode === code)?.starName === '缓存测试星',
    );
  });

  it('is bypassed while the notifications cannot arrive', async () => {
    await stats();
    await other.query(
      `select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'fivestar-auth-listener' and datname = current_database()`,
    );
    // Every request now reads the unit and the catalog: a change is seen by the very next request.
    await eventually(async () => {
      t.sql.reset();
      await stats();
      return readsCatalog(t.sql.statements) === 1;
    });
    await other.query(`update unit set name = '监听断开时改名' where id = $1`, [district.id]);
    expect((await stats()).unitName).toBe('监听断开时改名');
  });
});
