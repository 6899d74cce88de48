/**
 * /metrics in Prometheus' text format (prom-client), one registry per app: HTTP requests by route
 * pattern, GraphQL requests by operation and outcome code (both with duration histograms), the
 * database pool, the modules' gauges (the statistics rollup's lag) and Node's own (event-loop lag,
 * memory, GC) from collectDefaultMetrics.
 *
 * Label values are bounded: routes are patterns (`/files/:id`), methods and operation types a fixed
 * list, outcomes the declared error codes, and operation names are the first MAX_OPERATION_NAMES
 * well-formed names seen; any further name counts as `_other`.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import client from 'prom-client';
import type { ModuleManifest } from '../graphql/module';
import type { ServiceDeps } from '../graphql/services';
import type { Logger } from '../graphql/errors';
import { requestInfo, requestInfoOf } from './request-info';

export const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export interface Metrics {
  registry: client.Registry;
  /** Count a finished HTTP request (called once per response). */
  observeHttp(req: http.IncomingMessage, res: http.ServerResponse, seconds: number): void;
  /** Apollo plugin: GraphQL requests by operation, type and outcome. */
  graphqlPlugin: ApolloServerPlugin<BaseContext>;
  /** The text exposition. */
  render(): Promise<{ contentType: string; body: string }>;
}

interface PoolLike {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
  max: number;
}

export function createMetrics(opts: {
  orm: MikroORM;
  modules: readonly ModuleManifest[];
  deps: ServiceDeps;
  log: Logger;
}): Metrics {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });

  const httpRequests = new client.Counter({
    name: 'fivestar_http_requests_total',
    help: 'HTTP requests by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const httpDuration = new client.Histogram({
    name: 'fivestar_http_request_duration_seconds',
    help: 'HTTP request duration by method and route pattern, until the response was sent',
    labelNames: ['method', 'route'] as const,
    buckets: BUCKETS,
    registers: [registry],
  });
  const gqlRequests = new client.Counter({
    name: 'fivestar_graphql_requests_total',
    help: 'GraphQL requests by operation name, operation type and outcome (OK or the first error code)',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [registry],
  });
  const gqlDuration = new client.Histogram({
    name: 'fivestar_graphql_request_duration_seconds',
    help: 'GraphQL request duration by operation name and outcome',
    labelNames: ['operation', 'outcome'] as const,
    buckets: BUCKETS,
    registers: [registry],
  });

  const pool = (): PoolLike | null => {
    try {
      return (opts.orm.em.getConnection().getKnex().client as { pool?: PoolLike }).pool ?? null;
    } catch {
      return null;
    }
  };
  const poolGauge = (name: string, help: string, read: (p: PoolLike) => number) =>
    new client.Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        const p = pool();
        this.set(p ? read(p) : 0);
      },
    });
  poolGauge('fivestar_db_pool_max', 'Database connections this process may open', (p) => p.max);
  poolGauge('fivestar_db_pool_size', 'Database connections open (in use and idle)', (p) => p.numUsed() + p.numFree());
  poolGauge('fivestar_db_pool_in_use', 'Database connections lent to a request or job', (p) => p.numUsed());
  poolGauge(
    'fivestar_db_pool_waiting',
    'Requests waiting for a database connection',
    (p) => p.numPendingAcquires() + p.numPendingCreates(),
  );

  // Which process answered: with WORKERS > 1 several share the main port (and a log line names its pid).
  new client.Gauge({
    name: 'fivestar_process_pid',
    help: 'The id of the process these figures are from',
    registers: [registry],
  }).set(process.pid);

  // STATS_DATABASE_URL: where the statistics reads ran, and the standby as its last check found it.
  const replica = opts.deps.statsReplica;
  if (replica) {
    new client.Counter({
      name: 'fivestar_stats_reads_total',
      help: 'Statistics reads (campaignStats, trend, rankings, supervision counts) by where they ran: the standby or the primary',
      labelNames: ['source'] as const,
      registers: [registry],
      collect() {
        this.reset();
        for (const source of ['replica', 'primary'] as const) this.inc({ source }, replica.served[source]);
      },
    });
    new client.Gauge({
      name: 'fivestar_stats_replica_in_use',
      help: '1 while statistics reads go to the standby (STATS_DATABASE_URL), 0 while they fall back to the primary',
      registers: [registry],
      collect() {
        this.set(replica.inUse() ? 1 : 0);
      },
    });
    new client.Gauge({
      name: 'fivestar_stats_replica_lag_seconds',
      help: "The standby's replay lag at its last check (absent while it cannot be measured)",
      registers: [registry],
      collect() {
        this.reset();
        if (replica.lagSeconds !== null) this.set(replica.lagSeconds);
      },
    });
  }

  for (const m of opts.modules) {
    for (const g of m.gauges ?? []) {
      new client.Gauge({
        name: g.name,
        help: g.help,
        labelNames: [...(g.labelNames ?? [])],
        registers: [registry],
        async collect() {
          this.reset();
          try {
            const values = await g.read({ em: (): EntityManager => opts.orm.em.fork(), deps: opts.deps });
            for (const v of values) {
              if (v.labels) this.set(v.labels, v.value);
              else this.set(v.value);
            }
          } catch (e) {
            opts.log.warn(`metrics: reading ${g.name} failed`, e instanceof Error ? e.message : String(e));
          }
        },
      });
    }
  }

  const names = new Set<string>();
  const operationLabel = (name: string | null | undefined, resolved: boolean): string => {
    if (!resolved) return '_invalid';
    if (!name) return '_anonymous';
    if (!OPERATION_NAME.test(name)) return '_other';
    if (names.has(name)) return name;
    if (names.size >= MAX_OPERATION_NAMES) return '_other';
    names.add(name);
    return name;
  };

  const graphqlPlugin: ApolloServerPlugin<BaseContext> = {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse(rc) {
          const body = rc.response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : undefined;
          const outcome = errors?.length ? String(errors[0].extensions?.code ?? 'ERROR') : 'OK';
          const operation = operationLabel(rc.operationName, rc.operation !== undefined);
          const type = rc.operation?.operation ?? 'unknown';
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          gqlRequests.inc({ operation, type, outcome });
          gqlDuration.observe({ operation, outcome }, seconds);
          const info = requestInfoOf(contextValue);
          if (info) {
            info.operation = rc.operationName ?? rc.request.operationName?.slice(0, 100) ?? undefined;
            info.operationLabel = operation;
            info.operationType = type;
            info.outcome = outcome;
          }
        },
      };
    },
  };

  return {
    registry,
    graphqlPlugin,
    observeHttp(req, res, seconds) {
      const method = METHODS.has(req.method ?? '') ? req.method! : 'other';
      const route = requestInfo(req).route ?? 'unmatched';
      httpRequests.inc({ method, route, status: String(res.statusCode) });
      httpDuration.observe({ method, route }, seconds);
    },
    async render() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}

/** The bearer token check of /metrics on the main port, in constant time. */
export function metricsTokenMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (!m) return false;
  const a = crypto.createHash('sha256').update(m[1]).digest();
  const b = crypto.createHash('sha256').update(token).digest();
  return crypto.timingSafeEqual(a, b);
}

/** The separate metrics listener (METRICS_PORT, loopback only): /metrics and nothing else. */
export function metricsServer(metrics: Metrics, log: Logger): http.Server {
  return http.createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if ((req.method === 'GET' || req.method === 'HEAD') && path === '/metrics') {
      metrics.render().then(
        ({ contentType, body }) => {
          res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' });
          res.end(req.method === 'HEAD' ? undefined : body);
        },
        (e: unknown) => {
          log.error('metrics: rendering failed', e instanceof Error ? e : String(e));
          res.writeHead(500).end();
        },
      );
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
  });
}
