/**
 * Every REST route answers through one edge (server/src/http/edge.ts): the same code, reason and
 * HTTP status as GraphQL gives in the same situation — no token, an expired or revoked one, an id
 * outside the caller's scope or missing, a saturated pool, a database that is down.
 */
import { dataOf, startTestApp, type TestApp, type CaseDocument, type GqlError } from '../helpers/app';
import { withAdmin } from '../helpers/db';
import { print } from 'graphql';
import { graphql } from '../gql';
import { UNIT_HEADINGS } from '../helpers/imports';

// A 1×1 PNG.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4c00000000049454e44ae426082',
  'hex',
);

interface Answer {
  status: number;
  retryAfter: string | null;
  code?: string;
  reason?: string;
  extensions?: Record<string, unknown>;
}

interface Route {
  name: string;
  /** The request, for an id (routes without one ignore it). */
  send(t: TestApp, token: string | null, id: string): Promise<Response>;
  /** The GraphQL query that reads the same record, when there is one. */
  graphql?: CaseDocument;
  hasId: boolean;
}

const upload = (t: TestApp, token: string | null) => {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(PNG)]), 'edge.png');
  return fetch(`${t.url}/files`, {
    method: 'POST',
    body: form,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
};
/** A dry run of a units file with its headings only: a report of nothing. */
const dryRunImport = (t: TestApp, token: string | null) => {
  const form = new FormData();
  form.append('file', new Blob([UNIT_HEADINGS.join(',')]), 'units.csv');
  return fetch(`${t.url}/imports/units?dryRun=1`, {
    method: 'POST',
    body: form,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
};
const get = (t: TestApp, token: string | null, path: string) =>
  fetch(`${t.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

const ROUTES: Route[] = [
  { name: 'POST /files', hasId: false, send: (t, token) => upload(t, token) },
  { name: 'GET /files/:id', hasId: true, send: (t, token, id) => get(t, token, `/files/${id}`) },
  {
    name: 'GET /kit/branches/:id',
    hasId: true,
    send: (t, token, id) => get(t, token, `/kit/branches/${id}`),
    graphql: graphql(`
      query BranchProfile($id: ID!) {
        branchProfile(id: $id) {
          year
        }
      }
    `),
  },
  {
    name: 'GET /kit/branches/:id.pdf',
    hasId: true,
    send: (t, token, id) => get(t, token, `/kit/branches/${id}.pdf`),
    graphql: graphql(`
      query BranchProfile($id: ID!) {
        branchProfile(id: $id) {
          year
        }
      }
    `),
  },
  {
    name: 'GET /kit/branches/:id.xlsx',
    hasId: true,
    send: (t, token, id) => get(t, token, `/kit/branches/${id}.xlsx`),
    graphql: graphql(`
      query BranchProfile($id: ID!) {
        branchProfile(id: $id) {
          year
        }
      }
    `),
  },
  {
    name: 'GET /exports/duty-review/:unitId',
    hasId: true,
    send: (t, token, id) => get(t, token, `/exports/duty-review/${id}?year=2026&quarter=1`),
    graphql: graphql(`
      query UnitId($id: ID!) {
        unit(id: $id) {
          id
        }
      }
    `),
  },
  {
    name: 'GET /imports/templates/:kind.xlsx',
    hasId: false,
    send: (t, token) => get(t, token, '/imports/templates/units.xlsx'),
  },
  { name: 'POST /imports/:kind', hasId: false, send: (t, token) => dryRunImport(t, token) },
  ...['units', 'people', 'positions', 'questions'].map((kind) => ({
    name: `GET /exports/${kind}.xlsx?withinId=`,
    hasId: true,
    send: (t: TestApp, token: string | null, id: string) => get(t, token, `/exports/${kind}.xlsx?withinId=${id}`),
    graphql: graphql(`
      query UnitId($id: ID!) {
        unit(id: $id) {
          id
        }
      }
    `),
  })),
];

/** The public routes (no sign-in): the feed and the files live posts use. */
const PUBLIC_ROUTES: Route[] = [
  { name: 'GET /feed.json', hasId: false, send: (t, token) => get(t, token, '/feed.json') },
  { name: 'GET /feed.xml', hasId: false, send: (t, token) => get(t, token, '/feed.xml') },
  { name: 'GET /public/files/:id', hasId: true, send: (t, token, id) => get(t, token, `/public/files/${id}`) },
  {
    name: 'GET /public/files/:id/thumbnail',
    hasId: true,
    send: (t, token, id) => get(t, token, `/public/files/${id}/thumbnail`),
  },
];

const ME = graphql(`
  query MeId {
    me {
      id
    }
  }
`);

async function answerOf(res: Response): Promise<Answer> {
  const body = (await res.json()) as { errors?: GqlError[] };
  const ext = body.errors?.[0]?.extensions;
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    code: ext?.code,
    reason: ext?.reason,
    extensions: ext,
  };
}

async function graphqlAnswer(t: TestApp, document: CaseDocument, token: string | null, id?: string): Promise<Answer> {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables: id ? { id } : {} }),
  });
  return answerOf(res);
}

/** What a client may rely on: the status, the code, the reason and whether to retry. */
const essentials = (a: Answer) => ({ status: a.status, code: a.code, reason: a.reason, retry: a.retryAfter !== null });

describe('one edge for every REST route', () => {
  let t: TestApp;
  let township: string;
  let branchId: string;
  let otherBranchId: string;
  let foreignFileId: string;
  const MISSING = '999999';

  /**
   * The id each route reads: a branch (a unit) for the kit and the exports; for /files an upload of
   * another user, which the caller may not read (no id of a file is "own" here).
   */
  const idFor = (route: Route, which: 'own' | 'outside' | 'missing') =>
    which === 'missing'
      ? MISSING
      : route.name.startsWith('GET /files')
        ? foreignFileId
        : which === 'own'
          ? branchId
          : otherBranchId;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set('2026-11-28T10:00:00+08:00');
    township = await t.login('township');
    const mine = dataOf(
      await t.gql(
        graphql(`
          query RestEdgeBranches {
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
    ).branches.items;
    branchId = mine[0].id;
    const admin = await t.login('admin');
    otherBranchId = dataOf(
      await t.gql(
        graphql(`
          query RestEdgeBranchesItems {
            branches(perPage: 5, filter: { search: "建新南街" }) {
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
    // An upload nobody else may read until a record uses it.
    const up = await upload(t, admin);
    expect(up.status).toBe(201);
    foreignFileId = ((await up.json()) as { id: string }).id;
  });
  afterAll(() => t.close());

  it('serves every route to a signed-in caller in scope', async () => {
    for (const route of ROUTES.filter((r) => !r.name.startsWith('GET /files'))) {
      const res = await route.send(t, township, branchId);
      expect([route.name, res.status]).toEqual([route.name, route.name === 'POST /files' ? 201 : 200]);
      await res.arrayBuffer();
    }
  });

  it('the probes (/healthz, /readyz) answer without a session; /metrics without METRICS_TOKEN is no route (404)', async () => {
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
    for (const token of [null, township]) {
      const res = await get(t, token, '/metrics');
      expect([token ? 'session' : 'none', res.status]).toEqual([token ? 'session' : 'none', 404]);
      expect(await res.text()).not.toContain('fivestar_');
    }
  });

  it('an address no route serves: 404 REQUEST.NO_SUCH_ROUTE in the same JSON shape, whatever the method', async () => {
    for (const [method, where] of [
      ['GET', '/no-such-page'],
      ['POST', '/files/no/such/thing'],
      ['DELETE', '/nothing/here'],
      ['PUT', '/api'],
    ] as const) {
      const res = await fetch(`${t.url}${where}`, {
        method,
        headers: { authorization: `Bearer ${township}`, 'content-type': 'application/json' },
        ...(method === 'GET' ? {} : { body: JSON.stringify({ some: 'x'.repeat(100_000) }) }),
      });
      expect([method, where, res.status, res.headers.get('content-type')]).toEqual([
        method,
        where,
        404,
        'application/json; charset=utf-8',
      ]);
      const body = (await res.json()) as { errors: GqlError[] };
      expect(body.errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'REQUEST.NO_SUCH_ROUTE' });
    }
  });

  it('no token: 401 AUTH.UNAUTHENTICATED, as GraphQL', async () => {
    const expected = essentials(await graphqlAnswer(t, ME, null));
    expect(expected).toEqual({ status: 200, code: 'UNAUTHENTICATED', reason: 'AUTH.UNAUTHENTICATED', retry: false });
    for (const route of ROUTES) {
      const a = await answerOf(await route.send(t, null, idFor(route, 'own')));
      expect([route.name, essentials(a)]).toEqual([route.name, { ...expected, status: 401 }]);
    }
  });

  it('an unusable token says why (unknown, revoked, expired), as GraphQL', async () => {
    const check = async (token: string, reason: string) => {
      const graphql = essentials(await graphqlAnswer(t, ME, token));
      expect(graphql).toMatchObject({ code: 'UNAUTHENTICATED', reason });
      for (const route of ROUTES) {
        const a = await answerOf(await route.send(t, token, idFor(route, 'own')));
        expect([route.name, essentials(a)]).toEqual([route.name, { ...graphql, status: 401 }]);
      }
    };
    await check('not-a-token', 'AUTH.TOKEN_INVALID');

    const revoked = await t.login('township');
    expect(
      dataOf(
        await t.gql(
          graphql(`
            mutation Logout {
              logout
            }
          `),
          {},
          revoked,
        ),
      ).logout,
    ).toBe(true);
    await check(revoked, 'AUTH.TOKEN_REVOKED');

    const expired = await t.login('township');
    t.clock.advance(13 * 3600_000);
    try {
      await check(expired, 'AUTH.TOKEN_EXPIRED');
    } finally {
      t.clock.set('2026-11-28T10:00:00+08:00');
    }
  });

  it('an id outside the scope and a missing id are both 404, with the reason GraphQL gives', async () => {
    for (const route of ROUTES.filter((r) => r.hasId)) {
      for (const which of ['outside', 'missing'] as const) {
        const id = idFor(route, which);
        const a = essentials(await answerOf(await route.send(t, township, id)));
        expect([route.name, which, a]).toEqual([
          route.name,
          which,
          { status: 404, code: 'NOT_FOUND', reason: a.reason, retry: false },
        ]);
        if (route.graphql) {
          const g = essentials(await graphqlAnswer(t, route.graphql, township, id));
          expect([route.name, which, a.code, a.reason]).toEqual([route.name, which, g.code, g.reason]);
        } else {
          expect(a.reason).toBe('FILE.NOT_FOUND');
        }
      }
    }
  });

  it('the public routes answer without a token, and a token, even an unusable one, changes nothing', async () => {
    for (const token of [null, 'not-a-token', township]) {
      for (const route of PUBLIC_ROUTES.filter((r) => !r.hasId)) {
        const res = await route.send(t, token, '');
        expect([route.name, token, res.status]).toEqual([route.name, token, 200]);
        await res.arrayBuffer();
      }
    }
  });

  it('a public file no live post uses and a missing one are the same 404; so is an unknown unit of the feed', async () => {
    for (const route of PUBLIC_ROUTES.filter((r) => r.hasId)) {
      const outside = essentials(await answerOf(await route.send(t, null, foreignFileId)));
      const missing = essentials(await answerOf(await route.send(t, null, MISSING)));
      expect([route.name, outside]).toEqual([
        route.name,
        { status: 404, code: 'NOT_FOUND', reason: 'FILE.NOT_FOUND', retry: false },
      ]);
      expect([route.name, missing]).toEqual([route.name, outside]);
      // A signed-in caller's token does not make it public either: this route only knows live posts.
      expect((await route.send(t, township, foreignFileId)).status).toBe(404);
    }
    const unit = essentials(await answerOf(await get(t, null, `/feed.json?unit=${MISSING}`)));
    expect(unit).toEqual({ status: 404, code: 'NOT_FOUND', reason: 'POST.UNIT_NOT_FOUND', retry: false });
    const bad = essentials(await answerOf(await get(t, null, '/feed.xml?unit=x')));
    expect(bad).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
  });

  it('a saturated pool: 503 SERVER.BUSY with Retry-After, as GraphQL', async () => {
    // Tokens this process has not resolved yet: signing in itself needs a connection.
    const fresh: string[] = [];
    for (let i = 0; i <= ROUTES.length; i++) fresh.push(await t.login('township'));
    // Hold every pooled connection (10) in an open transaction until the requests have been answered.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let started = 0;
    let allStarted!: () => void;
    const holding = new Promise<void>((r) => (allStarted = r));
    const holders = Array.from({ length: 10 }, () =>
      t.orm.em.fork().transactional(async (em) => {
        await em.execute('select 1');
        if (++started === 10) allStarted();
        await gate;
      }),
    );
    await holding;
    try {
      const all = [...ROUTES, ...PUBLIC_ROUTES];
      const answers = await Promise.all([
        graphqlAnswer(t, ME, fresh[0]),
        ...ROUTES.map(async (route, i) => answerOf(await route.send(t, fresh[i + 1], idFor(route, 'own')))),
        ...PUBLIC_ROUTES.map(async (route) => answerOf(await route.send(t, null, foreignFileId))),
      ]);
      const [graphql, ...rest] = answers.map(essentials);
      expect(graphql).toEqual({ status: 503, code: 'INTERNAL_SERVER_ERROR', reason: 'SERVER.BUSY', retry: true });
      all.forEach((route, i) => expect([route.name, rest[i]]).toEqual([route.name, graphql]));
      for (const a of answers.slice(1)) expect(Object.keys(a.extensions ?? {}).sort()).toEqual(['code', 'reason']);
    } finally {
      release();
      await Promise.all(holders);
    }
  }, 60_000);

  it('the database down: 503 SERVER.DATABASE_UNAVAILABLE with Retry-After, as GraphQL', async () => {
    await withAdmin(async (c) => {
      await c.query(`alter database "${t.database}" with allow_connections false`);
      await c.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [t.database]);
    });
    try {
      const graphql = essentials(await graphqlAnswer(t, ME, township));
      expect(graphql).toEqual({
        status: 503,
        code: 'INTERNAL_SERVER_ERROR',
        reason: 'SERVER.DATABASE_UNAVAILABLE',
        retry: true,
      });
      for (const route of [...ROUTES, ...PUBLIC_ROUTES]) {
        const a = await answerOf(await route.send(t, township, idFor(route, 'own')));
        expect([route.name, essentials(a)]).toEqual([route.name, graphql]);
        // Nothing internal: no Apollo `http` hint, no stack.
        expect(Object.keys(a.extensions ?? {}).sort()).toEqual(['code', 'reason']);
      }
      // The probes need no session and say the same: alive but not ready, with the same reason.
      const health = await fetch(`${t.url}/healthz`);
      expect([health.status, await health.json()]).toEqual([503, { status: 'unavailable', reason: 'database' }]);
      const ready = await fetch(`${t.url}/readyz`);
      const body = (await ready.json()) as { status: string; errors: GqlError[] };
      expect([ready.status, body.status, body.errors[0].extensions.reason]).toEqual([503, 'not_ready', graphql.reason]);
    } finally {
      await withAdmin((c) => c.query(`alter database "${t.database}" with allow_connections true`));
    }
  });
});
