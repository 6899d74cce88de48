/**
 * The structured log (pino, JSON lines): one line per request with its id (taken from X-Request-Id
 * when sane, otherwise made, and always sent back), user, operation, status and duration; and never
 * a password, a token or a file's bytes, whatever the request carried.
 */
import argon2 from 'argon2';
import { print } from 'graphql';
import { dataOf, startTestApp, type TestApp } from '../helpers/app';
import { graphql } from '../gql';

const PASSWORD = 'Zebra-Passw0rd-Lantern-4417';
const WRONG_PASSWORD = 'Quokka-Wr0ngPass-Harbor-9921';
const FILE_MARKER = 'FILE-CONTENT-MARKER-7d1c5e';

interface Line {
  level: string;
  msg: string;
  requestId?: string;
  userId?: number;
  operation?: string;
  outcome?: string;
  route?: string;
  durationMs?: number;
  req?: { method: string; path: string };
  res?: { status: number };
}

const LOGIN = graphql(`
  mutation LogsLogIn($u: String!, $p: String!) {
    login(username: $u, password: $p) {
      token
      user {
        id
      }
    }
  }
`);

describe('the log', () => {
  let t: TestApp;
  const chunks: string[] = [];
  const text = () => chunks.join('');
  const lines = (): Line[] =>
    text()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Line);
  const requestLines = () => lines().filter((l) => l.requestId && l.res);

  beforeAll(async () => {
    t = await startTestApp({ env: { LOG_LEVEL: 'info' }, logDestination: { write: (s: string) => chunks.push(s) } });
    const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id });
    await t.orm.em.fork().execute(`update app_user set password_hash = ? where username = 'admin'`, [hash]);
  });
  afterAll(() => t.close());

  it('holds no password, token, or file content after a sign-in, a failed one, an upload and a token creation', async () => {
    // Sign-in (password in the body), with the request id a proxy sent.
    const signIn = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'edge-7f3a.42' },
      body: JSON.stringify({ query: print(LOGIN), variables: { u: 'admin', p: PASSWORD } }),
    });
    expect(signIn.headers.get('x-request-id')).toBe('edge-7f3a.42');
    const { token, user } = ((await signIn.json()) as { data: { login: { token: string; user: { id: string } } } }).data
      .login;

    // A failed sign-in.
    const failed = await t.gql(LOGIN, { u: 'admin', p: WRONG_PASSWORD });
    expect(failed.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');

    // An upload.
    const bytes = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(FILE_MARKER.repeat(50))]);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), '公开栏.jpg');
    const up = await fetch(`${t.url}/files`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(up.status).toBe(201);

    // A token creation, and the new token used.
    const unitId = dataOf(
      await t.gql(
        graphql(`
          query LogsUnits {
            units(filter: { level: TOWNSHIP }, perPage: 1) {
              items {
                id
              }
            }
          }
        `),
        {},
        token,
      ),
    ).units.items[0].id;
    const created = dataOf(
      await t.gql(
        graphql(`
          mutation LogsCreateApiToken($n: String!, $u: ID!) {
            createApiToken(input: { name: $n, unitId: $u }) {
              token
            }
          }
        `),
        { n: '日志测试', u: unitId },
        token,
      ),
    ).createApiToken.token;
    const viaApi = await t.gql(
      graphql(`
        query LogsMe {
          me {
            id
          }
        }
      `),
      {},
      created,
    );
    expect(viaApi.errors).toBeUndefined();

    const all = text();
    for (const secret of [
      PASSWORD,
      WRONG_PASSWORD,
      token,
      created,
      FILE_MARKER,
      Buffer.from(FILE_MARKER).toString('base64').slice(0, 20),
    ]) {
      expect([secret, all.includes(secret)]).toEqual([secret, false]);
    }
    expect(all).not.toMatch(/authorization/i);

    // What the lines do say.
    const req = requestLines();
    const signInLine = req.find((l) => l.requestId === 'edge-7f3a.42')!;
    expect(signInLine).toMatchObject({
      level: 'info',
      route: '/graphql',
      operation: 'LogsLogIn',
      outcome: 'OK',
      req: { method: 'POST', path: '/graphql' },
      res: { status: 200 },
    });
    expect(typeof signInLine.durationMs).toBe('number');
    expect(req.some((l) => l.operation === 'LogsLogIn' && l.outcome === 'UNAUTHENTICATED')).toBe(true);
    expect(req.find((l) => l.route === '/files' && l.res?.status === 201)).toMatchObject({
      userId: Number(user.id),
      req: { method: 'POST', path: '/files' },
    });
    expect(req.find((l) => l.operation === 'LogsCreateApiToken')).toMatchObject({
      userId: Number(user.id),
      outcome: 'OK',
    });
    expect(req.find((l) => l.operation === 'LogsMe')?.userId).toBe(Number(user.id));
  });

  it('makes a request id when none or an unusable one is sent, and returns it', async () => {
    const none = await fetch(`${t.url}/healthz`);
    const made = none.headers.get('x-request-id');
    expect(made).toMatch(/^[0-9a-f-]{36}$/);
    const odd = await fetch(`${t.url}/healthz`, { headers: { 'x-request-id': `${'x'.repeat(200)}` } });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const spaced = await fetch(`${t.url}/healthz`, { headers: { 'x-request-id': 'a b "c"' } });
    expect(spaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(text()).not.toContain('x'.repeat(200));
  });
});
