/**
 * /metrics: Prometheus text through prom-client, served only with METRICS_TOKEN (bearer) on the
 * main port or on the loopback METRICS_PORT; otherwise 404 like any unknown path. Request counters
 * by GraphQL operation and outcome and by REST route pattern (never the raw URL), the pool, the
 * statistics rollup, Node's own figures.
 */
import { startTestApp, type TestApp } from '../helpers/app';
import { refreshStats } from '../../server/src/modules/stats/stats.service';
import { MAX_OPERATION_NAMES } from '../../server/src/http/metrics';
import { shanghaiDate } from '../../server/src/common/dates';

const TOKEN = 'metrics-token-for-tests-0123456789';

/** The value of one sample line (`name{labels} value`), or null when there is none. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | null {
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    const m = /^([\w:]+)(\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...(m[3] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[4]);
  }
  return null;
}

const labelValues = (text: string, name: string, label: string) =>
  new Set(
    text
      .split('\n')
      .filter((l) => l.startsWith(`${name}{`))
      .map((l) => new RegExp(`${label}="([^"]*)"`).exec(l)?.[1])
      .filter((v): v is string => v !== undefined),
  );

async function scrape(t: TestApp): Promise<string> {
  const res = await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text();
}

describe('/metrics with METRICS_TOKEN', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { METRICS_TOKEN: TOKEN } });
  });
  afterAll(() => t.close());

  it('refuses without the token, with a wrong one, or another scheme: 404 as an unknown path', async () => {
    const unknown = await fetch(`${t.url}/no-such-path`);
    const refused: Record<string, string>[] = [
      {},
      { authorization: 'Bearer wrong-token-0123456789abc' },
      { authorization: `Basic ${TOKEN}` },
    ];
    for (const headers of refused) {
      const res = await fetch(`${t.url}/metrics`, { headers });
      expect(res.status).toBe(404);
      expect(res.status).toBe(unknown.status);
      expect(await res.text()).not.toContain('fivestar_');
    }
  });

  it('counts GraphQL requests by operation and outcome, REST requests by route pattern', async () => {
    const before = await scrape(t);
    const loginsBefore = sample(before, 'fivestar_graphql_requests_total', {
      operation: 'LogIn',
      type: 'mutation',
      outcome: 'OK',
    });
    const admin = await t.login('admin');
    await expect(t.login('admin', 'wrong password')).rejects.toThrow();
    await t.gql('query MetricsMe { me { id } }', {}, admin);
    await t.gql('{ me { id } }');
    await t.gql('query Broken { me { ', {});
    for (const id of ['424242', '434343']) {
      const res = await fetch(`${t.url}/files/${id}`, { headers: { authorization: `Bearer ${admin}` } });
      expect(res.status).toBe(404);
    }
    const text = await scrape(t);
    const q = (labels: Record<string, string>) => sample(text, 'fivestar_graphql_requests_total', labels);
    expect(q({ operation: 'LogIn', type: 'mutation', outcome: 'OK' })).toBe((loginsBefore ?? 0) + 1);
    expect(q({ operation: 'LogIn', type: 'mutation', outcome: 'UNAUTHENTICATED' })).toBe(1);
    expect(q({ operation: 'MetricsMe', type: 'query', outcome: 'OK' })).toBe(1);
    expect(q({ operation: '_anonymous', type: 'query', outcome: 'UNAUTHENTICATED' })).toBe(1);
    expect(q({ operation: '_invalid', type: 'unknown', outcome: 'BAD_USER_INPUT' })).toBe(1);
    // A duration histogram per operation and outcome.
    expect(
      sample(text, 'fivestar_graphql_request_duration_seconds_count', { operation: 'MetricsMe', outcome: 'OK' }),
    ).toBe(1);
    expect(
      sample(text, 'fivestar_graphql_request_duration_seconds_bucket', {
        operation: 'MetricsMe',
        outcome: 'OK',
        le: '+Inf',
      }),
    ).toBe(1);
    // REST: the route pattern, both ids in one series; no raw URL anywhere.
    expect(sample(text, 'fivestar_http_requests_total', { method: 'GET', route: '/files/:id', status: '404' })).toBe(2);
    expect(text).not.toContain('424242');
    expect(sample(text, 'fivestar_http_request_duration_seconds_count', { method: 'GET', route: '/files/:id' })).toBe(
      2,
    );
    expect(
      sample(text, 'fivestar_http_requests_total', { method: 'POST', route: '/graphql', status: '200' }),
    ).toBeGreaterThan(0);
  });

  it('keeps operation names bounded: names past the first few hundred count as _other', async () => {
    for (let i = 0; i < MAX_OPERATION_NAMES + 5; i++) await t.gql(`query Flood${i} { __typename }`);
    await t.gql('query Flood0 { __typename }');
    const text = await scrape(t);
    const names = labelValues(text, 'fivestar_graphql_requests_total', 'operation');
    expect(names.size).toBeLessThanOrEqual(MAX_OPERATION_NAMES + 3); // + _other, _anonymous, _invalid
    expect(sample(text, 'fivestar_graphql_requests_total', { operation: '_other', outcome: 'OK' })).toBeGreaterThan(0);
    // A name already known keeps its own series.
    expect(sample(text, 'fivestar_graphql_requests_total', { operation: 'Flood0', outcome: 'OK' })).toBe(2);
  });

  it('reports the database pool, the statistics rollup, the event loop and memory', async () => {
    const text = await scrape(t);
    expect(sample(text, 'fivestar_db_pool_max')).toBe(10);
    for (const name of ['fivestar_db_pool_size', 'fivestar_db_pool_in_use', 'fivestar_db_pool_waiting']) {
      expect([name, typeof sample(text, name)]).toEqual([name, 'number']);
    }
    expect(sample(text, 'nodejs_eventloop_lag_seconds')).not.toBeNull();
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(sample(text, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);

    // The rollup's stale rows, as the database counts them; none once refreshed.
    const em = t.orm.em.fork();
    await em.execute(`update stats_unit set touched = touched + 1 where unit_id in (select id from unit limit 3)`);
    const stale = await scrape(t);
    const [{ n }] = await em.execute<{ n: number }[]>(
      `select count(*)::int as n from stats_unit where touched <> computed or today <> ?::date`,
      [shanghaiDate(t.clock.now())],
    );
    expect(n).toBeGreaterThanOrEqual(3);
    expect(sample(stale, 'fivestar_stats_rollup_stale_rows', { table: 'stats_unit' })).toBe(n);
    while ((await refreshStats(t.orm.em.fork(), t.clock.now())) > 0);
    const fresh = await scrape(t);
    for (const table of ['stats_unit', 'stats_township', 'stats_district']) {
      expect([table, sample(fresh, 'fivestar_stats_rollup_stale_rows', { table })]).toEqual([table, 0]);
    }
    expect(sample(fresh, 'fivestar_stats_rollup_lag_seconds')).toBe(0);
  });
});

describe('/metrics on METRICS_PORT', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { METRICS_PORT: '0' } });
  });
  afterAll(() => t.close());

  it('serves /metrics on the loopback port without a token, and nothing else there', async () => {
    const port = t.app.metricsPort();
    expect(port).not.toBeNull();
    expect(port).not.toBe(Number(new URL(t.url).port));
    await t.login('admin');
    const res = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(sample(text, 'fivestar_graphql_requests_total', { operation: 'LogIn', outcome: 'OK' })).toBe(1);
    expect((await fetch(`http://127.0.0.1:${port}/graphql`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(404);
  });

  it('the main port has no /metrics then, with or without a bearer', async () => {
    expect((await fetch(`${t.url}/metrics`)).status).toBe(404);
    expect((await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
  });
});

describe('/metrics with neither', () => {
  it('is not served at all', async () => {
    const t = await startTestApp();
    try {
      expect(t.app.metricsPort()).toBeNull();
      expect((await fetch(`${t.url}/metrics`)).status).toBe(404);
      expect((await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
    } finally {
      await t.close();
    }
  });
});
