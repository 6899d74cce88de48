import { dataOf, errorOf, startTestApp, type TestApp } from '../helpers/app';
import { graphql } from '../gql';

/** Bad input always gets a clear, coded error that names the field, and changes nothing. */
describe('bad input', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  it.each([
    ['perPage above 100', '{ branches(perPage: 1000) { total } }', 'perPage'],
    ['perPage 0', '{ branches(perPage: 0) { total } }', 'perPage'],
    ['page 0', '{ units(page: 0) { total } }', 'page'],
    ['unknown sort field', '{ units(sortField: "password") { total } }', 'sortField'],
    ['malformed id', '{ branch(id: "abc") { id } }', 'id'],
    ['negative id', '{ unit(id: "-1") { id } }', 'id'],
    ['id beyond int range', '{ unit(id: "99999999999") { id } }', 'id'],
    ['malformed id in a filter', '{ units(filter: { parentId: "1; drop table unit" }) { total } }', 'filter.parentId'],
    ['unknown star code in a filter', '{ keyTasks(filter: { starCode: "NOPE" }) { total } }', 'filter.starCode'],
    ['missing required field', 'mutation { createUnit(input: { level: BRANCH, parentId: "1" }) { id } }', 'name'],
    ['wrong type', '{ branches(perPage: "ten") { total } }', 'perPage'],
    ['unknown enum value', '{ units(filter: { level: VILLAGE }) { total } }', undefined],
    ['bad date', '{ positions(filter: { activeOn: "2025-02-30" }) { total } }', 'filter.activeOn'],
  ])('%s → BAD_USER_INPUT', async (_name, query, field) => {
    const e = errorOf(await t.gql(query, {}, admin));
    expect(e.extensions.code).toBe('BAD_USER_INPUT');
    expect(typeof e.extensions.reason).toBe('string');
    if (field) expect(e.extensions.field).toBe(field);
    expect(JSON.stringify(e)).not.toMatch(/stack|at \w+ \(|node_modules|Did you mean/);
  });

  it('names the variable when a variable has the wrong type', async () => {
    const e = errorOf(await t.gql('query ($n: Int!) { units(perPage: $n) { total } }', { n: 'many' }, admin));
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'n' });
  });

  it('gives no schema suggestions for unknown fields', async () => {
    const e = errorOf(await t.gql('{ brances { total } }', {}, admin));
    expect(e.extensions.code).toBe('BAD_USER_INPUT');
    expect(e.message).not.toMatch(/Did you mean/);
  });

  it('answers malformed JSON and non-GraphQL bodies with a coded 400', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses an oversized body with 413', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ units { total } } #${'x'.repeat(2_000_000)}` }),
    });
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].extensions.reason).toBe('REQUEST.TOO_LARGE');
  });

  it('a failed mutation writes nothing', async () => {
    const before = dataOf(
      await t.gql(
        graphql(`
          query PeopleTotal {
            people {
              total
            }
          }
        `),
        {},
        admin,
      ),
    ).people.total;
    const e = errorOf(
      await t.gql(
        graphql(`
          mutation CreatePersonInMissingUnit {
            createPerson(input: { name: "无单位", unitId: "999999" }) {
              id
            }
          }
        `),
        {},
        admin,
      ),
    );
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitId' });
    expect(
      dataOf(
        await t.gql(
          graphql(`
            query PeopleTotal {
              people {
                total
              }
            }
          `),
          {},
          admin,
        ),
      ).people.total,
    ).toBe(before);
  });

  it('treats injection strings as plain text', async () => {
    const r = dataOf(
      await t.gql(
        graphql(`
          query InjectionAsSearch {
            units(filter: { search: "%' or 1=1 --" }) {
              total
            }
          }
        `),
        {},
        admin,
      ),
    );
    expect(r.units.total).toBe(0);
    const all = dataOf(
      await t.gql(
        graphql(`
          query PercentAsSearch {
            units(filter: { search: "%" }) {
              total
            }
          }
        `),
        {},
        admin,
      ),
    );
    expect(all.units.total).toBe(0);
  });
});
