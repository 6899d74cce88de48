import http from 'node:http';
import { Webhook as Verifier } from 'standardwebhooks';
import { createApp, type App } from '../../server/src/app';
import { loadConfig } from '../../server/src/config';
import { checkTarget, hostAllowed } from '../../server/src/modules/events/webhook-target';
import { dataOf, errorOf, startTestApp, type TestApp } from '../helpers/app';
import { urlFor } from '../helpers/db';

/**
 * Webhooks against a real receiver on loopback that verifies every signature with the
 * `standardwebhooks` package and fails the first deliveries: every event the webhook may read
 * arrives at least once under a stable webhook-id, across a server restart in the middle, and
 * nothing it may not read; the delivery log, redelivery, secret rotation (both signatures), no
 * redirects, the allowlist and the resolved-address check, automatic disabling and re-enabling.
 */
const ENV = {
  RATE_LIMIT_USER_PER_MINUTE: '100000',
  WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
  WEBHOOK_RETRY_BASE_MS: '50',
  WEBHOOK_MAX_ATTEMPTS: '8',
  WEBHOOK_DISABLE_AFTER_FAILURES: '4',
  JOB_QUEUE_POLL_MS: '100',
};

interface Received {
  path: string;
  msgId: string;
  eventId: string;
  type: string;
  verified: boolean;
  status: number;
  signatures: number;
}

/** The receiver: verifies with the current secret(s), answers 500 to the first `failFirst` requests. */
class Receiver {
  readonly log: Received[] = [];
  secrets: string[] = [];
  failFirst = 2;
  private server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      if (req.url === '/redirect') {
        this.log.push({
          path: req.url,
          msgId: String(req.headers['webhook-id']),
          eventId: '',
          type: '',
          verified: false,
          status: 302,
          signatures: 0,
        });
        res.writeHead(302, { location: '/landing' }).end();
        return;
      }
      const headers = {
        'webhook-id': String(req.headers['webhook-id']),
        'webhook-timestamp': String(req.headers['webhook-timestamp']),
        'webhook-signature': String(req.headers['webhook-signature']),
      };
      const verified =
        this.secrets.length > 0 &&
        this.secrets.every((s) => {
          try {
            new Verifier(s).verify(body, headers);
            return true;
          } catch {
            return false;
          }
        });
      const parsed = JSON.parse(body) as { type: string; data: { id: string } };
      const status = this.failFirst > 0 ? 500 : verified ? 204 : 401;
      if (this.failFirst > 0) this.failFirst--;
      this.log.push({
        path: req.url ?? '',
        msgId: headers['webhook-id'],
        eventId: parsed.data.id,
        type: parsed.type,
        verified,
        status,
        signatures: headers['webhook-signature'].split(' ').length,
      });
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 500 ? 'x'.repeat(5000) : '');
    });
  });
  port = 0;
  async start() {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', () => r()));
    this.port = (this.server.address() as { port: number }).port;
  }
  url(path = '/hook') {
    return `http://127.0.0.1:${this.port}${path}`;
  }
  delivered() {
    return this.log.filter((r) => r.status === 204);
  }
  close() {
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(r));
  }
}

let t: TestApp;
let app2: App | null = null;
const tok: Record<string, string> = {};
const receiver = new Receiver();
let target: { id: string; townshipId: string };
let district: string;
let teamId: string;
let keyTaskIds: string[];

async function g<T>(who: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  return dataOf(await t.gql<T>(query, variables, tok[who]));
}

async function until<T>(what: string, fn: () => Promise<T | null | undefined | false>, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const EVENTS = `query($after: String) { events(first: 100, after: $after) { edges { node { id type resourceType } } pageInfo { endCursor hasNextPage } } }`;
type Page = {
  events: {
    edges: { node: { id: string; type: string; resourceType: string } }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
};

async function feed(who: string, after: string | null) {
  const out: { id: string; type: string; resourceType: string }[] = [];
  let cursor = after;
  for (;;) {
    const p = await g<Page>(who, EVENTS, { after: cursor });
    out.push(...p.events.edges.map((e) => e.node));
    cursor = p.events.pageInfo.endCursor;
    if (!p.events.pageInfo.hasNextPage) return { events: out, cursor };
  }
}

const touchUnit = (n: number) =>
  g('admin', `mutation($id: ID!, $i: UpdateUnitInput!) { updateUnit(id: $id, input: $i) { id } }`, {
    id: target.id,
    i: { sortOrder: n },
  });

const CREATE = `mutation($i: CreateWebhookInput!) { createWebhook(input: $i) { secret webhook { id url enabled eventTypes scopeUnit { id } } } }`;
type Created = { createWebhook: { secret: string; webhook: { id: string; url: string; enabled: boolean } } };
const DELIVERIES = `query($w: ID!) { webhookDeliveries(webhookId: $w, perPage: 100) { total items { id eventId eventType messageId status attempts lastStatusCode attemptLog { ok statusCode latencyMs error answer } } } }`;
type Deliveries = {
  webhookDeliveries: {
    total: number;
    items: {
      id: string;
      eventId: string;
      eventType: string;
      messageId: string;
      status: string;
      attempts: number;
      lastStatusCode: number | null;
      attemptLog: {
        ok: boolean;
        statusCode: number | null;
        latencyMs: number;
        error: string | null;
        answer: string | null;
      }[];
    }[];
  };
};

beforeAll(async () => {
  await receiver.start();
  t = await startTestApp({ env: ENV });
  const em = t.orm.em.fork();
  for (const u of ['admin', 'township', 'supervisor']) tok[u] = await t.login(u);
  const b = (
    await g<{ branches: { items: { id: string; township: { id: string } }[] } }>(
      'admin',
      `{ branches(filter: { search: "樱桃沟社区" }) { items { id township { id } } } }`,
    )
  ).branches.items[0];
  target = { id: b.id, townshipId: b.township.id };
  district = (
    await g<{ units: { items: { id: string }[] } }>('admin', `{ units(filter: { level: DISTRICT }) { items { id } } }`)
  ).units.items[0].id;
  tok.integrator = (
    await g<{ createApiToken: { token: string } }>(
      'admin',
      `mutation($u: ID!) { createApiToken(input: { name: "对照", unitId: $u }) { token } }`,
      {
        u: district,
      },
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
      {
        i: { name: '推送测试督导组', scopeUnitId: district, leaderUserId: String(sup.id), memberUserIds: [] },
      },
    )
  ).createSupervisionTeam.id;
  keyTaskIds = (
    await g<{ keyTasks: { items: { id: string }[] } }>(
      'admin',
      `{ keyTasks(perPage: 3, filter: { category: COMMUNITY }) { items { id } } }`,
    )
  ).keyTasks.items.map((k) => k.id);
});
afterAll(async () => {
  await app2?.stop();
  await t.close();
  await receiver.close();
});

describe('creating webhooks', () => {
  it('is for district admins over their subtree, with an allowed http(s) URL', async () => {
    const refuse = async (who: string, i: Record<string, unknown>) =>
      errorOf(await t.gql(CREATE, { i }, tok[who])).extensions;
    const ok = { url: receiver.url(), withinId: district };
    expect(await refuse('township', ok)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refuse('integrator', ok)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refuse('admin', { ...ok, url: 'http://example.com/hook' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'WEBHOOK.HOST_NOT_ALLOWED',
      field: 'url',
    });
    expect(await refuse('admin', { ...ok, url: 'ftp://127.0.0.1/x' })).toMatchObject({
      reason: 'WEBHOOK.BAD_URL',
      field: 'url',
    });
    expect(await refuse('admin', { ...ok, url: 'http://u:p@127.0.0.1/x' })).toMatchObject({
      reason: 'WEBHOOK.BAD_URL',
      field: 'url',
    });
    expect(await refuse('admin', { ...ok, eventTypes: ['bad type'] })).toMatchObject({
      reason: 'EVENT.BAD_TYPE',
      field: 'eventTypes',
    });
    expect(await refuse('admin2', ok)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'withinId' });
    expect(errorOf(await t.gql(CREATE, { i: ok })).extensions.code).toBe('UNAUTHENTICATED');
  });

  it('checks the resolved address, not only the name', async () => {
    expect(hostAllowed('hooks.intranet.example', ['*.intranet.example'])).toBe(true);
    expect(hostAllowed('intranet.example.evil.com', ['*.intranet.example'])).toBe(false);
    expect(hostAllowed('10.1.2.3', ['10.1.2.*'])).toBe(true);
    expect(hostAllowed('10.1.20.3', ['10.1.2.*'])).toBe(false);
    // "localhost" is allowed by name, but it resolves to loopback, which is not listed.
    const r = await checkTarget('http://localhost:9/hook', ['localhost']);
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/resolves to (127\.0\.0\.1|::1)/) });
    expect(await checkTarget('http://127.0.0.1:9/hook', ['127.0.0.1'])).toMatchObject({
      ok: true,
      address: '127.0.0.1',
    });
    expect(await checkTarget('http://169.254.169.254/latest', ['169.254.*.*'])).toMatchObject({ ok: true });
    expect(await checkTarget('http://169.254.169.254/latest', ['*.internal'])).toMatchObject({ ok: false });
  });
});

describe('delivery', () => {
  let hook: { id: string; secret: string };
  let start: string | null;
  let spotCheckId: string;

  beforeAll(async () => {
    start = (await feed('integrator', null)).cursor;
    const c = await g<Created>('admin', CREATE, { i: { url: receiver.url(), withinId: district } });
    hook = { id: c.createWebhook.webhook.id, secret: c.createWebhook.secret };
    receiver.secrets = [hook.secret];
  });

  it('shows the secret once and keeps it out of the audit trail and the events', async () => {
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9+/=]{32}$/);
    const rows = await t.orm.em.fork().execute(`select changes from audit_entry where target_type = 'Webhook'`);
    expect(JSON.stringify(rows)).not.toContain(hook.secret.slice(6));
    const ev = await t.orm.em.fork().execute(`select * from event where resource_type = 'Webhook'`);
    expect(JSON.stringify(ev)).not.toContain(hook.secret.slice(6));
    const list = await g<{ webhooks: { items: { id: string }[] } }>('admin', `{ webhooks { items { id } } }`);
    expect(list.webhooks.items.map((w) => w.id)).toContain(hook.id);
    const other = await g<{ webhooks: { total: number } }>('admin2', `{ webhooks { total } }`);
    expect(other.webhooks.total).toBe(0);
    expect(
      errorOf(await t.gql(`query($id: ID!) { webhook(id: $id) { id } }`, { id: hook.id }, tok.admin2)).extensions.code,
    ).toBe('NOT_FOUND');
    expect(errorOf(await t.gql(DELIVERIES, { w: hook.id }, tok.admin2)).extensions.code).toBe('NOT_FOUND');
    expect(errorOf(await t.gql(DELIVERIES, { w: hook.id }, tok.township)).extensions.code).toBe('FORBIDDEN');
  });

  it('delivers every visible event at least once with a stable webhook-id, across a restart, retrying failures', async () => {
    await touchUnit(31);
    const sc = (
      await g<{ planSpotCheck: { id: string } }>(
        'supervisor',
        `mutation($i: PlanSpotCheckInput!) { planSpotCheck(input: $i) { id } }`,
        {
          i: {
            teamId,
            targetUnitId: target.id,
            plannedFor: '2026-12-12',
            keyTaskIds,
            starCodes: ['STRONG_BRANCH'],
            note: '推送暗访',
          },
        },
      )
    ).planSpotCheck;
    spotCheckId = sc.id;
    await g('supervisor', `mutation($x: ID!) { startSpotCheck(id: $x, input: {}) { id } }`, { x: sc.id });
    await g(
      'supervisor',
      `mutation($x: ID!) { recordFinding(spotCheckId: $x, input: { severity: MAJOR, description: "推送秘密" }) { id } }`,
      {
        x: sc.id,
      },
    );
    await until('a first delivery', async () => receiver.delivered().length > 0);

    // Restart in the middle: the first process stops (its runner lets a running job finish), a
    // new one on the same database takes the queue over.
    await t.app.stop();
    app2 = await createApp(
      loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: urlFor(t.database),
        LOG_LEVEL: 'error',
        STATS_REFRESH_SECONDS: '0',
        ...ENV,
      }),
      {
        orm: t.orm,
        now: t.clock.now,
      },
    );
    const port = await app2.listen(0, '127.0.0.1');
    const url2 = `http://127.0.0.1:${port}`;
    const old = t.url;
    t.url = url2;
    (t as { gql: TestApp['gql'] }).gql = ((q: string, v?: Record<string, unknown>, k?: string) =>
      fetch(`${url2}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(k ? { authorization: `Bearer ${k}` } : {}) },
        body: JSON.stringify({ query: q, variables: v }),
      }).then((r) => r.json())) as TestApp['gql'];
    expect(old).not.toBe(url2);
    await touchUnit(32);
    await g('township', `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }`, {
      i: { name: '推送测试人', unitId: target.id },
    });

    const expected = await until('the integrator’s feed to include the person', async () => {
      const r = await feed('integrator', start);
      return r.events.some((e) => e.type === 'person.created') ? r.events : null;
    });
    await until('every expected event delivered', async () => {
      const got = new Set(receiver.delivered().map((r) => r.eventId));
      return expected.every((e) => got.has(e.id));
    });
    const received = receiver.log.filter((r) => r.path === '/hook');
    // Nothing it may not read: no secret check, finding or score before completion.
    expect(received.filter((r) => /^(spotCheck|finding|spotCheckScore)\./.test(r.type))).toEqual([]);
    expect(new Set(received.map((r) => r.eventId))).toEqual(new Set(expected.map((e) => e.id)));
    // Stable ids: each event always under evt_<id>; the failed ones came again under the same id.
    for (const r of received) expect(r.msgId).toBe(`evt_${r.eventId}`);
    const failed = received.filter((r) => r.status === 500);
    expect(failed.length).toBe(2);
    for (const f of failed) expect(receiver.delivered().some((d) => d.msgId === f.msgId)).toBe(true);
    expect(receiver.delivered().every((r) => r.verified)).toBe(true);
  });

  it('logs every attempt: status, latency, the answer cut short', async () => {
    const d = await g<Deliveries>('admin', DELIVERIES, { w: hook.id });
    expect(d.webhookDeliveries.total).toBeGreaterThanOrEqual(3);
    const retried = d.webhookDeliveries.items.find((x) => x.attemptLog.length >= 2)!;
    expect(retried.status).toBe('DELIVERED');
    expect(retried.messageId).toBe(`evt_${retried.eventId}`);
    expect(retried.attemptLog[0]).toMatchObject({ ok: false, statusCode: 500, answer: 'x'.repeat(1000) });
    expect(retried.attemptLog[retried.attemptLog.length - 1]).toMatchObject({ ok: true, statusCode: 204 });
    for (const a of retried.attemptLog) expect(a.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('redelivers with the same webhook-id', async () => {
    const d = (await g<Deliveries>('admin', DELIVERIES, { w: hook.id })).webhookDeliveries.items[0];
    const before = receiver.delivered().filter((r) => r.msgId === d.messageId).length;
    expect(
      errorOf(await t.gql(`mutation($d: ID!) { redeliver(deliveryId: $d) { id } }`, { d: d.id }, tok.admin2)).extensions
        .code,
    ).toBe('NOT_FOUND');
    const again = await g<{ redeliver: { status: string } }>(
      'admin',
      `mutation($d: ID!) { redeliver(deliveryId: $d) { status } }`,
      { d: d.id },
    );
    expect(again.redeliver.status).toBe('PENDING');
    await until(
      'the redelivery',
      async () => receiver.delivered().filter((r) => r.msgId === d.messageId).length > before,
    );
  });

  it('reaches the check once it is completed', async () => {
    await g(
      'supervisor',
      `mutation($x: ID!) { completeSpotCheck(id: $x, input: { summary: "完成", methodAttested: true }) { id } }`,
      {
        x: spotCheckId,
      },
    );
    const got = await until('spotCheck.completed', async () =>
      receiver.delivered().find((r) => r.type === 'spotCheck.completed'),
    );
    expect(got.verified).toBe(true);
  });

  it('signs with both secrets while a rotated one is in its window', async () => {
    const r = await g<{ rotateWebhookSecret: { secret: string } }>(
      'admin',
      `mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`,
      {
        id: hook.id,
      },
    );
    expect(r.rotateWebhookSecret.secret).not.toBe(hook.secret);
    receiver.secrets = [hook.secret, r.rotateWebhookSecret.secret];
    const n = receiver.delivered().length;
    await touchUnit(33);
    const last = await until('a delivery after rotation', async () => receiver.delivered()[n]);
    expect(last).toMatchObject({ verified: true, signatures: 2 });
  });
});

describe('failures', () => {
  it('follows no redirect', async () => {
    const c = await g<Created>('admin', CREATE, {
      i: { url: receiver.url('/redirect'), withinId: target.townshipId, eventTypes: ['unit.*'] },
    });
    const w = c.createWebhook.webhook.id;
    await touchUnit(41);
    const d = await until('a failed attempt', async () => {
      const r = (await g<Deliveries>('admin', DELIVERIES, { w })).webhookDeliveries.items;
      return r[0]?.attemptLog.length ? r[0] : null;
    });
    expect(d.attemptLog[0]).toMatchObject({ ok: false, statusCode: 302, error: 'redirect not followed' });
    expect(receiver.log.filter((r) => r.path === '/landing')).toEqual([]);
    await g('admin', `mutation($id: ID!) { deleteWebhook(id: $id) { id } }`, { id: w });
  });

  it('disables a webhook after sustained failure, with the reason, and re-enabling sends what waited', async () => {
    const c = await g<Created>('admin', CREATE, {
      i: { url: 'http://127.0.0.1:1/nothing', withinId: target.townshipId, eventTypes: ['unit.updated'] },
    });
    const w = c.createWebhook.webhook.id;
    await touchUnit(42);
    const off = await until('disabled', async () => {
      const r = await g<{
        webhook: { enabled: boolean; disabledReason: string | null; consecutiveFailures: number; version: number };
      }>('admin', `query($id: ID!) { webhook(id: $id) { enabled disabledReason consecutiveFailures version } }`, {
        id: w,
      });
      return r.webhook.enabled ? null : r.webhook;
    });
    expect(off.disabledReason).toMatch(/Disabled after 4 failed attempts in a row/);
    const pending = (await g<Deliveries>('admin', DELIVERIES, { w })).webhookDeliveries.items;
    expect(pending.map((p) => p.status)).toEqual(['PENDING']);
    await g(
      'admin',
      `mutation($id: ID!, $i: UpdateWebhookInput!) { updateWebhook(id: $id, input: $i) { id enabled } }`,
      {
        id: w,
        i: { url: receiver.url('/again'), enabled: true },
      },
    );
    const msgId = `evt_${pending[0].eventId}`;
    await until('the waiting delivery', async () => receiver.log.some((r) => r.path === '/again' && r.msgId === msgId));
  });
});
