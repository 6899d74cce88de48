import { startTestApp, type TestApp } from '../helpers/app';
import { send, gqlRequest } from './support';
describe('scratch', () => {
  let t: TestApp; let admin: string;
  beforeAll(async () => { t = await startTestApp({ env: { RATE_LIMIT_USER_PER_MINUTE: '1000000', RATE_LIMIT_LOGIN_PER_ADDRESS_PER_MINUTE: '1000000' } }); admin = await t.login('admin'); });
  afterAll(() => t.close());
  it('x', async () => {
    const show = async (label: string, r: Promise<any>) => { try { const x = await r; console.log(label, x.status, x.text.slice(0, 400)); } catch (e: any) { console.log(label, 'THREW', e.message, e.cause); } };
    await show('surrogate literal', send(t.url, gqlRequest('{ unit(id: "\\ud800") { id } }')));
    await show('surrogate var', send(t.url, gqlRequest('query ($id: ID!) { unit(id: $id) { id } }', { id: '\ud800' }, admin)));
    await show('proto sort', send(t.url, gqlRequest('{ units(sortField: "__proto__") { total } }', undefined, admin)));
    await show('constructor sort', send(t.url, gqlRequest('{ units(sortField: "constructor") { total } }', undefined, admin)));
    await show('null byte search', send(t.url, gqlRequest('{ units(filter: { search: "a\\u0000b" }) { total } }', undefined, admin)));
    await show('null byte login', send(t.url, gqlRequest('mutation { login(username: "a\\u0000b", password: "x") { token } }')));
    await show('rural var', send(t.url, gqlRequest('query ($c: BranchCategory) { starTypes(category: $c) { code } }', { c: 'rural' })));
    await show('createUnit {}', send(t.url, gqlRequest('mutation { createUnit(input: {}) { id } }', undefined, admin)));
    await show('createUnit [{}]', send(t.url, gqlRequest('mutation { createUnit(input: [{}]) { id } }', undefined, admin)));
    await show('createUnit var {}', send(t.url, gqlRequest('mutation ($input: CreateUnitInput!) { createUnit(input: $input) { id } }', { input: {} }, admin)));
  });
});
