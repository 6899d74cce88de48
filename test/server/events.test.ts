import pg from 'pg';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { createApp, type App } from '../../server/src/app';
import { loadConfig } from '../../server/src/config';
import { openOrm } from '../../server/src/db/orm';
import { dataOf, errorOf, startTestApp, type TestApp } from '../helpers/app';
import { urlFor } from '../helpers/db';

/**
 * The event feed: one event per audited change in the same transaction, field names and never
 * values, a cursor that skips nothing when transactions commit out of order, visibility by the
 * lists' own rules (a secret spot check is nothing outside its team until completed) for every role
 * and an API token, and subscriptions over graphql-ws (authenticated at connection_init, closed on
 * revocation and expiry, fed across two processes).
 */
interface EventNode {
  id: string;
  type: string;
  resourceType: string;
  resourceId: string | null;
  unitPath: string | null;
  payload: { operation: string; action: string; fields: string[] };
  committedAt: string;
}
interface EventsPage {
  events: {
    edges: { cursor: string; node: EventNode }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
}

const EVENTS = `query Events($first: Int, $after: String, $types: [String!], $within: ID) {
  events(first: $first, after: $after, types: $types, withinId: $within) {
    edges { cursor node { id type resourceType resourceId unitPath payload committedAt } }
    pageInfo { endCursor hasNextPage }
  }
}`;

let t: TestApp;
const tok: Record<string, string> = {};
let target: { id: string; path: string; townshipId: string };
let district: string;
let teamId: string;
let keyTaskIds: string[];

async function g<T>(who: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  return dataOf(await t.gql<T>(query, variables, tok[who]));
}

/** Wait for a condition (no fixed sleeps: poll until true or give up). */
async function until<T>(what: string, fn: () => Promise<T | null | undefined | false>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Every event a principal may read after a cursor, by paging to the end. */
async function allEvents(who: string, after: string | null = null, extra: Record<string, unknown> = {}) {
  const out: EventNode[] = [];
  let cursor = after;
  for (;;) {
    const page = await g<EventsPage>(who, EVENTS, { first: 100, after: cursor, ...extra });
    out.push(...page.events.edges.map((e) => e.node));
    cursor = page.events.pageInfo.endCursor;
    if (!page.events.pageInfo.hasNextPage) return { events: out, cursor };
  }
}

/** The cursor at the current end of the feed (as the admin reads it). */
async function head(): Promise<string | null> {
  return (await allEvents('admin')).cursor;
}

beforeAll(async () => {
  t = await startTestApp({ env: { RATE_LIMIT_USER_PER_MINUTE: '100000', SUBSCRIPTION_RECHECK_MS: '100' } });
  const em = t.orm.em.fork();
  await em.execute(
    `insert into app_user (username, display_name, password_hash) select 'supervisor2', '另一督导员', password_hash from app_user where username = 'supervisor'`,
  );
  await em.execute(
    `insert into role_assignment (user_id, role, unit_id) select u.id, 'SUPERVISOR', r.unit_id from app_user u, role_assignment r join app_user s on s.id = r.user_id and s.username = 'supervisor' where u.username = 'supervisor2'`,
  );
  for (const u of ['admin', 'leader', 'taskforce', 'supervisor', 'supervisor2', 'township', 'branch'])
    tok[u] = await t.login(u);
  const b = (
    await g<{ branches: { items: { id: string; township: { id: string } }[] } }>(
      'admin',
      `{ branches(filter: { search: "樱桃沟社区" }) { items { id township { id } } } }`,
    )
  ).branches.items[0];
  const [unit] = await em.execute<{ path: string }[]>(`select path from unit where id = ?`, [Number(b.id)]);
  target = { id: b.id, path: unit.path, townshipId: b.township.id };
  district = (
    await g<{ units: { items: { id: string }[] } }>('admin', `{ units(filter: { level: DISTRICT }) { items { id } } }`)
  ).units.items[0].id;
  tok.integrator = (
    await g<{ createApiToken: { token: string } }>(
      'admin',
      `mutation($u: ID!) { createApiToken(input: { name: "看板", unitId: $u }) { token } }`,
      { u: district },
    )
  ).createApiToken.token;
  await em.execute(
    `insert into app_user (username, display_name, password_hash) select 'admin2', '他乡管理员', password_hash from app_user where username = 'admin'`,
  );
  await em.execute(
    `insert into role_assignment (user_id, role, unit_id) select u.id, 'DISTRICT_ADMIN', (select id from unit where level = 'TOWNSHIP' and id <> ? order by id limit 1) from app_user u where u.username = 'admin2'`,
    [Number(target.townshipId)],
  );
  tok.admin2 = await t.login('admin2');
  const [sup] = await em.execute<{ id: number }[]>(`select id from app_user where username = 'supervisor'`);
  teamId = (
    await g<{ createSupervisionTeam: { id: string } }>(
      'admin',
      `mutation($i: CreateSupervisionTeamInput!) { createSupervisionTeam(input: $i) { id } }`,
      { i: { name: '事件测试督导组', scopeUnitId: district, leaderUserId: String(sup.id), memberUserIds: [] } },
    )
  ).createSupervisionTeam.id;
  keyTaskIds = (
    await g<{ keyTasks: { items: { id: string }[] } }>(
      'admin',
      `{ keyTasks(perPage: 3, filter: { category: COMMUNITY }) { items { id } } }`,
    )
  ).keyTasks.items.map((k) => k.id);
});
afterAll(() => t.close());

describe('outbox', () => {
  it('appends one event per audited change, in the same transaction, with field names and no values', async () => {
    const from = await head();
    const before = await t.orm.em.fork().execute<{ n: number }[]>(`select count(*)::int as n from event`);
    const phone = '13912345678';
    const person = (
      await g<{ createPerson: { id: string; version: number } }>(
        'township',
        `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id version } }`,
        { i: { name: '事件测试人', phone, unitId: target.id } },
      )
    ).createPerson;
    await g('township', `mutation($id: ID!, $i: UpdatePersonInput!) { updatePerson(id: $id, input: $i) { id } }`, {
      id: person.id,
      i: { name: '改名后的人', version: person.version },
    });
    // A refused mutation writes no event (nor an audit entry).
    const refused = await t.gql(
      `mutation($id: ID!, $i: UpdatePersonInput!) { updatePerson(id: $id, input: $i) { id } }`,
      { id: person.id, i: { name: 'x', version: 1 } },
      tok.township,
    );
    expect(errorOf(refused).extensions.code).toBe('CONFLICT');
    const mine = await until('the two person events', async () => {
      const { events } = await allEvents('admin', from, { types: ['person.*'] });
      return events.length >= 2 ? events : null;
    });
    expect(mine.map((e) => e.type)).toEqual(['person.created', 'person.updated']);
    expect(mine[1]).toMatchObject({
      resourceType: 'Person',
      resourceId: person.id,
      unitPath: target.path,
      payload: { operation: 'updatePerson', action: 'update', fields: ['name', 'version'] },
    });
    expect(mine[0].payload.fields).toEqual(expect.arrayContaining(['name', 'phone', 'unit']));
    // Never a value: neither the phone number nor either name appears anywhere in the feed.
    const raw = JSON.stringify(await t.orm.em.fork().execute(`select * from event`));
    for (const secret of [phone, '事件测试人', '改名后的人']) expect(raw).not.toContain(secret);
    const after = await t.orm.em.fork().execute<{ n: number }[]>(`select count(*)::int as n from event`);
    const audited = await t.orm.em
      .fork()
      .execute<{ n: number }[]>(
        `select count(*)::int as n from audit_entry where target_type = 'Person' and target_id = ?`,
        [person.id],
      );
    expect(after[0].n - before[0].n).toBe(audited[0].n);
  });

  it('names events by resource and new status, and leaves sign-ins out', async () => {
    const from = await head();
    await t.login('branch');
    await g('admin', `mutation($id: ID!, $i: UpdateUnitInput!) { updateUnit(id: $id, input: $i) { id } }`, {
      id: target.id,
      i: { sortOrder: 7 },
    });
    const { events } = await until('unit.updated', async () => {
      const r = await allEvents('admin', from);
      return r.events.some((e) => e.type === 'unit.updated') ? r : null;
    });
    expect(events.filter((e) => /login|logout/i.test(e.payload.operation))).toEqual([]);
    expect(events.find((e) => e.type === 'unit.updated')).toMatchObject({
      resourceId: target.id,
      unitPath: target.path,
    });
  });

  it('refuses bad arguments with the field at fault', async () => {
    for (const [vars, field] of [
      [{ first: 0 }, 'first'],
      [{ first: 101 }, 'first'],
      [{ after: 'bm9wZQ' }, 'after'],
      [{ types: ['DROP TABLE'] }, 'types'],
      [{ within: '999999' }, 'withinId'],
    ] as const) {
      const e = errorOf(await t.gql(EVENTS, vars, tok.admin));
      expect({ field: e.extensions.field, code: e.extensions.code }).toEqual({
        field,
        code: field === 'withinId' ? 'NOT_FOUND' : 'BAD_USER_INPUT',
      });
    }
    // Another township's unit is the same NOT_FOUND as a missing one.
    const other = errorOf(await t.gql(EVENTS, { within: target.townshipId }, tok.admin2));
    expect(other.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'withinId' });
    expect(errorOf(await t.gql(EVENTS, {})).extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('cursor', () => {
  it('skips nothing when two transactions commit out of id order', async () => {
    const from = await head();
    const a = new pg.Client({ connectionString: urlFor(t.database) });
    const b = new pg.Client({ connectionString: urlFor(t.database) });
    await a.connect();
    await b.connect();
    try {
      const insert = (c: pg.Client, id: string) =>
        c.query(
          `insert into event (type, resource_type, resource_id, unit_path, payload, committed_at) values ('unit.updated', 'Unit', $1, $2, '{"operation":"test","action":"update","fields":[]}', now()) returning id::text`,
          [id, target.path],
        );
      await a.query('begin');
      const first = (await insert(a, 'first')).rows[0].id as string;
      await b.query('begin');
      const second = (await insert(b, 'second')).rows[0].id as string;
      expect(Number(first)).toBeLessThan(Number(second));
      await b.query('commit'); // the later id commits first
      // While the earlier transaction runs, the later one is held back: a reader moving its cursor
      // past "second" now would never see "first".
      const meanwhile = await allEvents('admin', from, { types: ['unit.updated'] });
      expect(meanwhile.events.map((e) => e.resourceId)).not.toContain('second');
      await a.query('commit');
      const both = await until('both events', async () => {
        const r = await allEvents('admin', meanwhile.cursor, { types: ['unit.updated'] });
        const ids = r.events.map((e) => e.resourceId);
        return ids.includes('first') && ids.includes('second') ? ids : null;
      });
      expect(both.filter((x) => x === 'first' || x === 'second')).toEqual(['first', 'second']);
    } finally {
      await a.end();
      await b.end();
    }
  });

  it('is not held back by a transaction of another database of the same PostgreSQL', async () => {
    const from = await head();
    // Another application's long transaction, in another database of the cluster, with an id.
    const other = new pg.Client({ connectionString: urlFor('postgres') });
    const mine = new pg.Client({ connectionString: urlFor(t.database) });
    await other.connect();
    await mine.connect();
    try {
      await other.query('begin');
      await other.query('select pg_current_xact_id()');
      await mine.query(
        `insert into event (type, resource_type, resource_id, unit_path, payload, committed_at) values ('unit.updated', 'Unit', 'beside', $1, '{"operation":"test","action":"update","fields":[]}', now())`,
        [target.path],
      );
      const seen = await until('the event while the other database’s transaction runs', async () => {
        const r = await allEvents('admin', from, { types: ['unit.updated'] });
        return r.events.some((e) => e.resourceId === 'beside') ? r : null;
      });
      expect(seen.events.map((e) => e.resourceId)).toContain('beside');
      // A transaction of this database, by contrast, holds the horizon at (or below) its id.
      await mine.query('begin');
      const [{ x }] = (await mine.query('select pg_current_xact_id()::text as x')).rows as { x: string }[];
      const [{ h }] = await t.orm.em.fork().execute<{ h: string }[]>('select fs_event_horizon()::text as h');
      expect(BigInt(h)).toBeLessThanOrEqual(BigInt(x));
      await mine.query('commit');
    } finally {
      await other.query('rollback').catch(() => undefined);
      await other.end();
      await mine.end();
    }
  });

  it('pages in order without gaps or repeats', async () => {
    const all = (await allEvents('admin')).events;
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: EventsPage = await g<EventsPage>('admin', EVENTS, { first: 7, after });
      paged.push(...page.events.edges.map((e) => e.node.id));
      after = page.events.pageInfo.endCursor;
      if (!page.events.pageInfo.hasNextPage) break;
    }
    expect(paged).toEqual(all.map((e) => e.id));
    expect(new Set(paged).size).toBe(paged.length);
  });

  it('prunes events past the retention period', async () => {
    const em = t.orm.em.fork();
    await em.execute(
      `insert into event (type, resource_type, resource_id, payload, committed_at) values ('unit.updated', 'Unit', 'old', '{}', now() - interval '91 days')`,
    );
    const { EventService, eventRules } = await import('../../server/src/modules/events/events.service');
    const n = await new EventService(em, eventRules([])).prune(t.clock.now(), 90);
    expect(n).toBeGreaterThanOrEqual(1);
    expect((await em.execute(`select 1 from event where resource_id = 'old'`)).length).toBe(0);
  });
});

const BY_ID: Record<string, string> = {
  SpotCheck: `query($id: ID!) { spotCheck(id: $id) { id } }`,
  Finding: `query($id: ID!) { finding(id: $id) { id } }`,
  Rectification: `query($id: ID!) { rectification(id: $id) { id } }`,
  Unit: `query($id: ID!) { unit(id: $id) { id } }`,
  Person: `query($id: ID!) { person(id: $id) { id } }`,
};
const READERS = [
  'admin',
  'admin2',
  'leader',
  'taskforce',
  'supervisor',
  'supervisor2',
  'township',
  'branch',
  'integrator',
];

async function readable(who: string, type: string, id: string): Promise<boolean> {
  const r = await t.gql(BY_ID[type], { id }, tok[who]);
  if (r.errors?.length) {
    expect(r.errors[0].extensions?.code).toBe('NOT_FOUND');
    return false;
  }
  return true;
}

describe('visibility', () => {
  let from: string | null;
  let spotCheckId: string;
  const seen: Record<string, EventNode[]> = {};

  beforeAll(async () => {
    from = await head();
    const sc = (
      await g<{ planSpotCheck: { id: string } }>(
        'supervisor',
        `mutation($i: PlanSpotCheckInput!) { planSpotCheck(input: $i) { id } }`,
        {
          i: {
            teamId,
            targetUnitId: target.id,
            plannedFor: '2026-12-10',
            keyTaskIds,
            starCodes: ['STRONG_BRANCH'],
            note: '事件暗访',
          },
        },
      )
    ).planSpotCheck;
    spotCheckId = sc.id;
    await g('supervisor', `mutation($x: ID!) { startSpotCheck(id: $x, input: {}) { id } }`, { x: sc.id });
    await g(
      'supervisor',
      `mutation($x: ID!) { recordFinding(spotCheckId: $x, input: { severity: MAJOR, description: "秘密问题" }) { id } }`,
      {
        x: sc.id,
      },
    );
    await g('admin', `mutation($id: ID!, $i: UpdateUnitInput!) { updateUnit(id: $id, input: $i) { id } }`, {
      id: target.id,
      i: { sortOrder: 8 },
    });
    await until('the admin sees the running check', async () => {
      const r = await allEvents('admin', from);
      return r.events.some((e) => e.type === 'unit.updated' && e.payload.fields.includes('sortOrder'));
    });
    for (const who of READERS) seen[who] = (await allEvents(who, from)).events;
  });

  it('a planned or running spot check and its findings are nothing outside its team and leadership', () => {
    const secret = (e: EventNode) => ['SpotCheck', 'SpotCheckScore', 'Finding'].includes(e.resourceType);
    for (const who of ['admin2', 'taskforce', 'supervisor2', 'township', 'branch', 'integrator']) {
      expect({ who, secret: seen[who].filter(secret).map((e) => e.type) }).toEqual({ who, secret: [] });
    }
    for (const who of ['admin', 'leader', 'supervisor']) {
      expect({ who, types: [...new Set(seen[who].filter(secret).map((e) => e.type))].sort() }).toEqual({
        who,
        types: expect.arrayContaining(['finding.created', 'spotCheck.created', 'spotCheck.inProgress']),
      });
    }
  });

  it('every event type, as every role and an API token, follows the by-id read of its record', async () => {
    const all = await t.orm.em
      .fork()
      .execute<{ id: string; type: string; resource_type: string; resource_id: string }[]>(
        `select id::text as id, type, resource_type, resource_id from event where (txid, id) > (0::text::xid8, 0) order by id`,
      );
    const fromId = Number(seen.admin[0]?.id ?? 0);
    const walked = all.filter((e) => Number(e.id) >= fromId && BY_ID[e.resource_type]);
    expect(new Set(walked.map((e) => e.type)).size).toBeGreaterThanOrEqual(4);
    for (const who of READERS) {
      const got = new Set(seen[who].map((e) => e.id));
      for (const e of walked) {
        const may = await readable(who, e.resource_type, e.resource_id);
        expect({ who, type: e.type, id: e.resource_id, delivered: got.has(e.id) }).toEqual({
          who,
          type: e.type,
          id: e.resource_id,
          delivered: may,
        });
      }
    }
  });

  it('once completed, the check reaches its target branch, township and the API token', async () => {
    const mark = await head();
    await g(
      'supervisor',
      `mutation($x: ID!) { completeSpotCheck(id: $x, input: { summary: "完成", methodAttested: true }) { id } }`,
      {
        x: spotCheckId,
      },
    );
    for (const who of ['branch', 'township', 'integrator', 'supervisor2']) {
      const got = await until(`${who} sees the completion`, async () => {
        const r = await allEvents(who, mark, { types: ['spotCheck.*'] });
        return r.events.length ? r.events : null;
      });
      expect(got.map((e) => e.type)).toEqual(['spotCheck.completed']);
    }
    const other = await allEvents('admin2', mark, { types: ['spotCheck.*'] });
    expect(other.events).toEqual([]);
  });
});

describe('subscriptions', () => {
  const clients: Client[] = [];
  afterAll(async () => {
    for (const c of clients) await c.dispose();
  });

  function connect(url: string, token: string | null, onClosed?: (code: number, reason: string) => void): Client {
    const c = createClient({
      url: url.replace(/^http/, 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => undefined,
      on: { closed: (e) => onClosed?.((e as { code: number }).code, String((e as { reason: string }).reason)) },
    });
    clients.push(c);
    return c;
  }

  /** Collect eventAdded events (and the subscription's end) into an array. */
  function listen(c: Client, variables: Record<string, unknown> = {}) {
    const got: EventNode[] = [];
    const state = { done: false, error: null as unknown };
    c.subscribe<{ eventAdded: EventNode }>(
      {
        query: `subscription($types: [String!], $within: ID) { eventAdded(types: $types, withinId: $within) { id type resourceType resourceId unitPath payload committedAt } }`,
        variables,
      },
      {
        next: (v) => {
          if (v.data) got.push(v.data.eventAdded);
          if (v.errors) state.error = v.errors;
        },
        error: (e) => {
          state.error = e;
          state.done = true;
        },
        complete: () => {
          state.done = true;
        },
      },
    );
    return { got, state };
  }

  /** A subscription is live once a marker event reaches it. */
  async function live(sub: { got: EventNode[] }, who = 'admin') {
    for (let i = 0; ; i++) {
      await g(who, `mutation($id: ID!, $i: UpdateUnitInput!) { updateUnit(id: $id, input: $i) { id } }`, {
        id: target.id,
        i: { sortOrder: 20 + (i % 5) },
      });
      const ok = await until('marker', async () => sub.got.some((e) => e.type === 'unit.updated'), 3000).catch(
        () => false,
      );
      if (ok) return;
      if (i > 10) throw new Error('subscription never became live');
    }
  }

  it('delivers events as they commit, under the subscriber’s scope', async () => {
    const admin = listen(connect(t.url, tok.admin));
    const branch = listen(connect(t.url, tok.branch));
    await live(admin);
    await live(branch);
    const sc = (
      await g<{ planSpotCheck: { id: string } }>(
        'supervisor',
        `mutation($i: PlanSpotCheckInput!) { planSpotCheck(input: $i) { id } }`,
        {
          i: {
            teamId,
            targetUnitId: target.id,
            plannedFor: '2026-12-11',
            keyTaskIds,
            starCodes: ['STRONG_BRANCH'],
            note: '订阅暗访',
          },
        },
      )
    ).planSpotCheck;
    await until('admin hears of the plan', async () =>
      admin.got.some((e) => e.type === 'spotCheck.created' && e.resourceId === sc.id),
    );
    // The branch heard the markers around it but never the plan.
    await live(branch);
    expect(branch.got.filter((e) => e.resourceType === 'SpotCheck')).toEqual([]);
    expect(admin.got.find((e) => e.resourceId === sc.id)).toMatchObject({
      unitPath: target.path,
      payload: { operation: 'planSpotCheck' },
    });
  });

  it('filters by type and subtree, and refuses bad filters', async () => {
    const c = connect(t.url, tok.admin);
    const persons = listen(c, { types: ['person.*'] });
    const bad = listen(c, { types: ['no way'] });
    await until('the bad filter ends', async () => bad.state.done || bad.state.error);
    expect(JSON.stringify(bad.state.error)).toContain('EVENT.BAD_TYPE');
    await g('township', `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }`, {
      i: { name: '订阅测试人', unitId: target.id },
    });
    await until('person.created', async () => persons.got.some((e) => e.type === 'person.created'));
    expect(persons.got.every((e) => e.type.startsWith('person.'))).toBe(true);
  });

  it('subscriptions of one user share its visibility but each keeps its own filter; another user keeps its own scope', async () => {
    // The hub checks visibility once per principal: the grouping must not leak one subscription's
    // filter into another's, nor one user's scope into another user's.
    const c = connect(t.url, tok.supervisor);
    const units = listen(c, { types: ['unit.*'] });
    const all = listen(c);
    const branch = listen(connect(t.url, tok.branch), { types: ['spotCheck.*', 'unit.*'] });
    await live(units);
    await live(branch);
    const sc = (
      await g<{ planSpotCheck: { id: string } }>(
        'supervisor',
        `mutation($i: PlanSpotCheckInput!) { planSpotCheck(input: $i) { id } }`,
        { i: { teamId, targetUnitId: target.id, plannedFor: '2026-12-12', keyTaskIds, starCodes: ['STRONG_BRANCH'] } },
      )
    ).planSpotCheck;
    await until('the team member hears of its plan', async () => all.got.some((e) => e.resourceId === sc.id));
    await live(units);
    await live(branch);
    expect(units.got.every((e) => e.type.startsWith('unit.'))).toBe(true);
    expect(all.got.some((e) => e.type.startsWith('unit.'))).toBe(true);
    expect(branch.got.filter((e) => e.resourceType === 'SpotCheck')).toEqual([]);
  });

  it('refuses a connection without a usable token', async () => {
    let closedWith: number | null = null;
    const c = connect(t.url, 'fs_not-a-token', (code) => (closedWith = code));
    listen(c);
    await until('closed', async () => closedWith !== null);
    expect(closedWith).toBe(4403);
    let anonymous: number | null = null;
    listen(connect(t.url, null, (code) => (anonymous = code)));
    await until('closed', async () => anonymous !== null);
    expect(anonymous).toBe(4403);
  });

  it('closes the connection when its token is revoked or expires', async () => {
    const token = await t.login('leader');
    let closed: { code: number; reason: string } | null = null;
    const sub = listen(connect(t.url, token, (code, reason) => (closed = { code, reason })));
    await live(sub);
    await t.gql(`mutation { logout }`, {}, token);
    await until('closed on sign-out', async () => closed);
    expect(closed!.code).toBe(4401);

    const api = (
      await g<{ createApiToken: { token: string; apiToken: { id: string } } }>(
        'admin',
        `mutation($u: ID!) { createApiToken(input: { name: "大屏", unitId: $u }) { token apiToken { id } } }`,
        { u: district },
      )
    ).createApiToken;
    let apiClosed: number | null = null;
    const apiSub = listen(connect(t.url, api.token, (code) => (apiClosed = code)));
    await live(apiSub);
    await g('admin', `mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: api.apiToken.id });
    await until('closed on revocation', async () => apiClosed !== null);
    expect(apiClosed).toBe(4401);

    const late = await t.login('taskforce');
    let expired: { code: number; reason: string } | null = null;
    const lateSub = listen(connect(t.url, late, (code, reason) => (expired = { code, reason })));
    await live(lateSub);
    t.clock.advance(13 * 3600_000); // past SESSION_TTL_HOURS (12)
    try {
      await until('closed on expiry', async () => expired);
    } finally {
      t.clock.advance(-13 * 3600_000);
    }
    expect(expired!).toEqual({ code: 4401, reason: 'Unauthorized: token expired' });
  });

  it('hears writes made by another process on the same database', async () => {
    const orm2 = await openOrm({ databaseUrl: urlFor(t.database), poolMax: 4 });
    let app2: App | null = null;
    try {
      app2 = await createApp(
        loadConfig({
          NODE_ENV: 'test',
          DATABASE_URL: urlFor(t.database),
          LOG_LEVEL: 'error',
          STATS_REFRESH_SECONDS: '0',
          JOB_QUEUE: '0',
        }),
        { orm: orm2, now: t.clock.now },
      );
      const port = await app2.listen(0, '127.0.0.1');
      const sub = listen(connect(`http://127.0.0.1:${port}`, tok.admin));
      await live(sub); // the marker is written through the first process
      expect(sub.got.some((e) => e.type === 'unit.updated')).toBe(true);
    } finally {
      for (const c of clients.splice(0)) await c.dispose();
      await app2?.stop();
      await orm2.close(true);
    }
  });
});
