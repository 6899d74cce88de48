/**
 * createApp(config) builds the whole HTTP application on an open database: /graphql, /admin,
 * /healthz, /readyz, /metrics. main.ts and the tests build the same app.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import pinoHttp from 'pino-http';
import type { AppConfig } from './config';
import { openOrm, openStandbyOrm } from './db/orm';
import { StatsReplica } from './db/replica';
import { buildContext, type Context } from './graphql/context';
import {
  bodyOf,
  httpAnswerOf,
  isDatabaseUnavailable,
  isPoolExhausted,
  makeFormatError,
  type ErrorBody,
} from './graphql/errors';
import { sendError } from './http/edge';
import { answerAfterBody } from './http/discard';
import { createMetrics, metricsServer, metricsTokenMatches } from './http/metrics';
import { requestInfo, shareRequestInfo } from './http/request-info';
import { pendingMigrations } from './db/pending-migrations';
import { GraphQLError } from 'graphql';
import { RequestReasons, ServerReasons } from './common/common.errors';
import { fail } from './common/reasons';
import { armorProtection, LIMITS, limitsPlugin } from './graphql/limits';
import { buildAppSchema } from './graphql/schema';
import { handleGraphQLPost, httpErrorBody, takesFastPath, type RequestLike } from './graphql/http-fast-path';
import { createLogger, type DestinationStream } from './logger';
import type { TokenProblem } from './modules/auth/auth.service';
import { TokenKind } from './common/roles';
import { PrincipalCache } from './modules/auth/principal-cache';
import { SharedRateLimiter } from './modules/auth/rate-limit';
import { createServices, type ServiceDeps } from './graphql/services';
import type { ModuleManifest } from './graphql/module';
import { modules as appModules } from './modules';
import { publicBaseOf } from './http/public-base';
import { startJobQueue } from './graphql/job-queue';
import { usePreparedStatements } from './db/prepared';
import { attachSubscriptions } from './graphql/subscriptions';
import type { Principal } from './common/principal';

export interface AppOptions {
  /** An ORM opened by the caller (tests share one); otherwise opened from config.databaseUrl. */
  orm?: MikroORM;
  databaseUrl?: string;
  now?: () => Date;
  /** The modules to run (default: all of modules/index.ts); tests add their own. */
  modules?: readonly ModuleManifest[];
  /** Where log lines go (default: standard output, per LOG_FORMAT); tests capture them. */
  logDestination?: DestinationStream;
}

export interface App {
  app: express.Express;
  httpServer: http.Server;
  orm: MikroORM;
  /** Listen on config.port (0 = any free port), and on METRICS_PORT when set; resolves with the port. */
  listen(port?: number, host?: string): Promise<number>;
  /** The loopback port /metrics is served on (METRICS_PORT), once listening; null when there is none. */
  metricsPort(): number | null;
  /** Say "not ready" on /readyz (a load balancer stops sending new requests) while still serving. */
  drain(): void;
  /** Drain, stop accepting requests, finish those in flight, close the database pool. */
  stop(): Promise<void>;
}

/** A request id a client or proxy sent that is safe to log and send back. */
const SANE_REQUEST_ID = /^[\w.:@/+=-]{1,128}$/;
/** Probes hit every few seconds: their request lines are debug level. */
const PROBES = new Set(['/healthz', '/readyz', '/metrics']);

export async function createApp(config: AppConfig, opts: AppOptions = {}): Promise<App> {
  const log = createLogger(config, opts.logDestination);
  const ownsOrm = !opts.orm;
  const orm =
    opts.orm ?? (await openOrm({ databaseUrl: opts.databaseUrl ?? config.databaseUrl!, poolMax: config.dbPoolMax }));
  const modules = opts.modules ?? appModules;
  const deps: ServiceDeps = {
    modules,
    now: opts.now ?? (() => new Date()),
    auth: {
      sessionTtlHours: config.sessionTtlHours,
      loginMaxFailures: config.loginMaxFailures,
      loginWindowMinutes: config.loginWindowMinutes,
      rateLimits: config.rateLimits,
      apiTokenMaxDays: config.apiTokenMaxDays,
    },
    stars: {
      noticeDays: config.stars.noticeDays,
      strongBranchRequiredForFifth: config.stars.strongBranchRequiredForFifth,
    },
    files: { maxBytes: config.files.maxBytes },
    residents: config.residents,
    webhooks: { allowedHosts: config.webhooks.allowedHosts, rotationHours: config.webhooks.rotationHours },
    sessions: new PrincipalCache(config.authCacheSeconds * 1000),
  };
  // DB_PREPARED_STATEMENTS=off: the hot reads go unnamed too (a transaction pooler before PgBouncer 1.21).
  usePreparedStatements(orm, config.dbPreparedStatements);
  // STATS_DATABASE_URL: the statistics reads on a hot standby while it is up and close enough behind.
  if (config.statsDatabaseUrl) {
    const standby = await openStandbyOrm({ databaseUrl: config.statsDatabaseUrl, poolMax: config.dbPoolMax });
    usePreparedStatements(standby, config.dbPreparedStatements);
    deps.statsReplica = await StatsReplica.start({
      standby,
      primary: orm,
      maxLagSeconds: config.statsMaxLagSeconds,
      log,
    });
  }
  // LISTEN needs a session of its own: DIRECT_DATABASE_URL when DATABASE_URL is a transaction pooler.
  const directUrl = config.directDatabaseUrl ?? orm.config.get('clientUrl')!;
  // Used only while listening for session changes (the cache is bypassed otherwise).
  await deps.sessions!.listen(directUrl, log);
  const metrics = createMetrics({ orm, modules, deps, log });
  let draining = false;

  // One line per request: id (sent in X-Request-Id when sane, else made; always sent back), method,
  // path without the query, route pattern, status, duration, user, GraphQL operation and outcome.
  const pathOf = (req: http.IncomingMessage) =>
    ((req as Partial<express.Request>).originalUrl ?? req.url ?? '').split('?')[0].slice(0, 200);
  const fieldsOf = (req: http.IncomingMessage) => {
    const info = requestInfo(req);
    return { route: info.route, userId: info.userId, operation: info.operation, outcome: info.outcome };
  };
  const httpLog = pinoHttp({
    logger: log.pino,
    quietReqLogger: true,
    wrapSerializers: false,
    customAttributeKeys: { reqId: 'requestId', responseTime: 'durationMs' },
    genReqId: (req, res) => {
      const sent = req.headers['x-request-id'];
      const id = typeof sent === 'string' && SANE_REQUEST_ID.test(sent) ? sent : crypto.randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    serializers: {
      req: (req: http.IncomingMessage) => ({ method: req.method, path: pathOf(req) }),
      res: (res: http.ServerResponse) => ({ status: res.statusCode }),
    },
    // An unexpected error is logged in full where it happens (graphql/errors.ts); its request line
    // is an error too. Unavailable (503) is a warning: the database or the pool, already logged.
    customLogLevel: (req, res, err) =>
      err || (res.statusCode >= 500 && res.statusCode !== 503)
        ? 'error'
        : res.statusCode === 503
          ? 'warn'
          : PROBES.has(pathOf(req))
            ? 'debug'
            : 'info',
    customSuccessMessage: (req, res) => `${req.method} ${requestInfo(req).route ?? pathOf(req)} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${requestInfo(req).route ?? pathOf(req)} ${res.statusCode}`,
    customSuccessObject: (req, _res, val: object) => ({ ...val, ...fieldsOf(req) }),
    // pino-http makes up an Error for a 5xx status: the status says it all, the stack would be its own.
    customErrorObject: (req, _res, err, val: { err?: unknown }) => {
      const { err: _made, ...rest } = val;
      return { ...rest, ...(/^failed with status code/.test(err.message) ? {} : { err }), ...fieldsOf(req) };
    },
  });
  /** The route pattern of an answered request (never the raw URL), for the log and the metrics. */
  const routeOf = (req: http.IncomingMessage): string => {
    const info = requestInfo(req);
    if (info.route) return info.route;
    const pattern = (req as Partial<express.Request>).route?.path as unknown;
    if (typeof pattern === 'string')
      return `${info.routeBase ?? ''}${pattern === '/' && info.routeBase ? '' : pattern}`;
    return info.routeBase ?? 'unmatched';
  };

  const app = express();
  app.disable('x-powered-by');
  // No ETag on API answers: hashing every response body cost ~5 % of a list page's CPU, and
  // GraphQL POSTs are never revalidated. Static console files keep theirs (express.static).
  app.set('etag', false);
  // POST /graphql with JSON skips Express (graphql/http-fast-path.ts); set once Apollo has started.
  let fastGraphQL: ((req: http.IncomingMessage, res: http.ServerResponse) => void) | null = null;
  const httpServer = http.createServer((req, res) => {
    const started = process.hrtime.bigint();
    const info = requestInfo(req);
    info.discardMaxBytes = config.discardMaxBytes;
    let counted = false;
    const finished = () => {
      if (counted) return;
      counted = true;
      info.route = routeOf(req);
      metrics.observeHttp(req, res, Number(process.hrtime.bigint() - started) / 1e9);
    };
    // Before the request logger's own listeners: the route is known when the line is written.
    res.once('finish', finished);
    res.once('close', finished);
    httpLog(req, res);
    if (fastGraphQL && takesFastPath(req)) {
      info.route = '/graphql';
      fastGraphQL(req, res);
    } else app(req, res);
  });
  // Let clients close idle keep-alive sockets first (Node's fetch after 4 s, load balancers after
  // 60 s): a server closing one at the moment a client reuses it is an ECONNRESET for the client.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;

  const schema = await buildAppSchema(modules);
  const subscriptions = attachSubscriptions({
    httpServer,
    schema,
    authenticate: (token) => createServices(orm.em.fork(), deps).auth.authenticate(token),
    context: (principal, address) => buildContext(orm.em.fork(), deps, principal, null, address),
    onSessionChange: (fn) => deps.sessions!.onChange(fn),
    recheckMs: config.subscriptions.recheckMs,
    log,
  });
  const armor = armorProtection();
  const apollo = new ApolloServer<Context>({
    schema,
    formatError: makeFormatError(log),
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    // Introspection is answered, but in production only to signed-in users (limitsPlugin).
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Token limit enforced by graphql-js's parser: a too-long document is a 400 parse failure.
    parseOptions: { maxTokens: LIMITS.tokens },
    // No automatic persisted queries: nothing to cache or poison, one way to send a query.
    persistedQueries: false,
    // main.ts owns SIGINT/SIGTERM: it drains HTTP, closes the pool, then stops the embedded database.
    stopOnTerminationSignals: false,
    maxRecursiveSelections: 2000,
    validationRules: [...(armor.validationRules ?? [])],
    plugins: [
      ...(armor.plugins ?? []),
      limitsPlugin(schema, config.nodeEnv === 'production'),
      freshSessionPlugin,
      databaseDownPlugin,
      metrics.graphqlPlugin,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      subscriptions.drainPlugin,
      // We send no cache hints; the default cache-control plugin would wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();
  fastGraphQL = (req, res) => {
    handleGraphQLPost(apollo, req, res, codedContext, 1024 * 1024).catch((e: unknown) => sendError(res, e, log));
  };

  /** The database answers `select 1` within 2 s. */
  const databaseAnswers = async (): Promise<boolean> => {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        orm.em.fork().execute('select 1'),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('timeout')), 2000);
        }),
      ]);
      return true;
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  };

  // Alive: the process answers and so does its database (as it always has).
  app.get('/healthz', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    if (await databaseAnswers()) res.json({ status: 'ok' });
    else res.status(503).json({ status: 'unavailable', reason: 'database' });
  });

  // Ready for traffic: the database answers, every migration of this code is applied, not draining.
  app.get('/readyz', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    const database = await databaseAnswers();
    const pending = database ? await pendingMigrations(orm.em.fork()).catch(() => null) : null;
    const checks = {
      database: database && pending !== null ? 'ok' : 'unavailable',
      migrations: pending === null ? 'unknown' : pending.length ? `${pending.length} pending` : 'ok',
      draining,
    };
    const reason = draining
      ? ServerReasons.DRAINING
      : checks.database !== 'ok'
        ? ServerReasons.DATABASE_UNAVAILABLE
        : pending!.length
          ? ServerReasons.MIGRATIONS_PENDING
          : null;
    if (!reason) res.json({ status: 'ready', checks });
    else res.status(503).json({ status: 'not_ready', checks, errors: [bodyOf(reason)] });
  });

  // Metrics on the main port only with the bearer token; otherwise no such route.
  app.get('/metrics', async (req, res, next) => {
    if (!config.metrics.token || !metricsTokenMatches(req.headers.authorization, config.metrics.token)) return next();
    const { contentType, body } = await metrics.render();
    res.setHeader('Cache-Control', 'no-store');
    res.type(contentType).send(body);
  });
  const metricsHttp = config.metrics.port !== null ? metricsServer(metrics, log) : null;

  app.use(
    '/graphql',
    tagRoute('/graphql'),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: ({ req }) => codedContext(req),
    }),
  );

  /** The request's context; a saturated pool or a database that is down becomes a coded 503. */
  function codedContext(req: RequestLike, fresh = false): Promise<Context> {
    return createContext(req, fresh).catch((e: unknown) => {
      if (e instanceof GraphQLError) throw e;
      const down = isPoolExhausted(e)
        ? ServerReasons.BUSY
        : isDatabaseUnavailable(e)
          ? ServerReasons.DATABASE_UNAVAILABLE
          : null;
      if (!down) throw e;
      // Apollo answers an error thrown while building the context with the status of its `http` hint.
      const { status, headers } = httpAnswerOf(e, bodyOf(down));
      throw fail(down, { extra: { http: { status, headers: new Map(Object.entries(headers)) } } });
    });
  }

  const rateLimiter = new SharedRateLimiter(() => orm.em.fork());
  const syncRateLimits = () =>
    rateLimiter.sync(deps.now()).catch((e: unknown) => log.warn('syncing rate limits failed', String(e)));
  const rateSync = setInterval(() => void syncRateLimits(), config.rateLimits.syncMs);
  rateSync.unref();

  /**
   * `fresh` reads the session from the database, not this process's cache: for REST writes. GraphQL
   * mutations read it again once the operation is known (`freshSessionPlugin`).
   */
  async function createContext(req: RequestLike, fresh = false): Promise<Context> {
    const em = orm.em.fork();
    const address = req.ip ?? req.socket.remoteAddress ?? null;
    const info = requestInfo(req);
    let principal: Principal | null = null;
    let bearer: string | null = null;
    let tokenProblem: TokenProblem | null = null;
    const auth = req.headers.authorization;
    if (auth) {
      const m = /^Bearer\s+(\S+)$/i.exec(auth);
      bearer = m ? m[1] : null;
      const result = m ? await createServices(em, deps).auth.authenticate(m[1], fresh) : 'INVALID';
      if (typeof result === 'string') tokenProblem = result;
      else principal = result;
    }
    if (principal) {
      const api = principal.tokenKind === TokenKind.API;
      rateLimiter.hit(
        api ? `token:${principal.tokenId}` : `user:${principal.userId}`,
        api ? config.rateLimits.perApiTokenPerMinute : config.rateLimits.perUserPerMinute,
        60,
        deps.now(),
        api ? 'apiToken' : 'user',
      );
    }
    info.userId = principal?.userId;
    const userAgent = req.headers['user-agent'];
    const ctx = buildContext(em, deps, principal, tokenProblem, address, userAgent ? userAgent.slice(0, 300) : null);
    ctx.publicBaseUrl = publicBaseOf(config.publicBaseUrl, req);
    if (principal?.cached && bearer) {
      const token = bearer;
      ctx.freshen = async () => {
        const again = await ctx.services.auth.authenticate(token, true);
        ctx.principal = typeof again === 'string' ? null : again;
        ctx.tokenProblem = typeof again === 'string' ? again : null;
        return { principal: ctx.principal, tokenProblem: ctx.tokenProblem };
      };
    }
    shareRequestInfo(req, ctx);
    return ctx;
  }

  // The modules' REST routes (files, kit, exports), answering in the GraphQL error shape.
  for (const m of modules) {
    for (const route of m.routes ?? [])
      app.use(
        route.path,
        tagRoute(route.path),
        route.router({
          config,
          // A write reads its session from the database (another process may just have ended it).
          createContext: (req) => codedContext(req, !SAFE_METHODS.has((req as { method?: string }).method ?? 'GET')),
          log,
        }),
      );
  }

  // The admin console (built by Vite into admin/dist), with hash routing under /admin.
  const indexHtml = path.join(config.adminDir, 'index.html');
  app.get('/', (_req, res) => res.redirect('/admin/'));
  // Built assets have content hashes in their names: cached for good, and sent precompressed.
  app.use('/admin/assets', tagRoute('/admin/assets'), consoleAssets(path.join(config.adminDir, 'assets')));
  app.use(
    '/admin',
    tagRoute('/admin'),
    express.static(config.adminDir, { index: 'index.html', maxAge: '1h', setHeaders: noCacheForHtml }),
  );
  app.get(['/admin', '/admin/{*splat}'], (_req, res) => {
    if (fs.existsSync(indexHtml)) return res.sendFile(indexHtml, { headers: { 'Cache-Control': 'no-cache' } });
    res
      .status(503)
      .type('text/plain; charset=utf-8')
      .send(
        '管理后台尚未构建：请运行 npm run build:admin\nThe admin console is not built yet: run `npm run build:admin`.\n',
      );
  });

  // Any other address: the coded 404 in the API's error shape (Express would answer an HTML page).
  app.use((_req: express.Request, res: express.Response) => sendError(res, fail(RequestReasons.NO_SUCH_ROUTE), log));

  // Malformed JSON and oversized bodies: a coded answer, never a stack trace.
  app.use(
    (
      err: Error & { status?: number; type?: string },
      req: express.Request,
      res: express.Response,
      _next: express.NextFunction,
    ) => {
      if (err.status && err.status >= 400 && err.status < 500) {
        const status = err.status;
        // A body over the limit was not read: read and discard it first, so the client reads the answer.
        answerAfterBody(req, res, () => res.status(status).json(httpErrorBody(status)));
      } else sendError(res, err, log);
    },
  );

  // The modules' scheduled jobs (pruning, the star award sweep, the statistics rollup): any process
  // may run them; a job never overlaps its own previous run.
  const timers: NodeJS.Timeout[] = [];
  for (const job of modules.flatMap((m) => m.jobs ?? [])) {
    const every = job.everyMs(config);
    if (!every) continue;
    let running = false;
    const run = async () => {
      if (running || stopping) return;
      running = true;
      try {
        await job.run({ em: () => orm.em.fork(), deps, config, log, stopping: () => stopping !== null });
      } catch (e) {
        log.warn(`${job.name} failed`, e instanceof Error ? e.message : String(e));
      } finally {
        running = false;
      }
    };
    timers.push(setInterval(() => void run(), every));
    if (job.firstAfterMs !== undefined) timers.push(setTimeout(() => void run(), job.firstAfterMs));
  }
  for (const t of timers) t.unref();

  // The job queue (graphile-worker, in PostgreSQL) and the modules' long-lived parts (LISTEN connections):
  // on the direct connection, as both LISTEN (and graphile-worker prepares its statements).
  const connectionString = directUrl;
  const jobDeps = { em: () => orm.em.fork(), deps, config, log, stopping: () => stopping !== null };
  const queue = config.jobQueue.enabled ? await startJobQueue(modules, jobDeps, connectionString) : null;
  const daemons = await Promise.all(
    modules.flatMap((m) => m.daemons ?? []).map((d) => d.start({ ...jobDeps, connectionString })),
  );

  let stopping: Promise<void> | null = null;
  return {
    app,
    httpServer,
    orm,
    listen: async (port = config.port, host = config.host) => {
      const listening = await new Promise<number>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve((httpServer.address() as { port: number }).port));
      });
      if (metricsHttp) {
        await new Promise<void>((resolve, reject) => {
          metricsHttp.once('error', reject);
          // Loopback only: whoever can reach it is on this machine (a local Prometheus or agent).
          // Exclusive: a cluster worker (WORKERS) binds its own port, never one shared with the
          // other workers, so that a scrape reads one process' figures.
          metricsHttp.listen({ port: config.metrics.port!, host: '127.0.0.1', exclusive: true }, () => resolve());
        });
      }
      return listening;
    },
    metricsPort: () => (metricsHttp?.listening ? (metricsHttp.address() as { port: number }).port : null),
    drain: () => {
      draining = true;
    },
    stop: () =>
      (stopping ??= (async () => {
        draining = true;
        for (const t of timers) clearTimeout(t);
        clearInterval(rateSync);
        if (metricsHttp?.listening) {
          metricsHttp.closeAllConnections();
          await new Promise((r) => metricsHttp.close(r));
        }
        await apollo.stop(); // drains in-flight requests and subscriptions, closes the HTTP server
        await queue?.stop(); // lets running jobs finish; the rest stay queued in the database
        for (const d of daemons) await d.stop();
        await syncRateLimits();
        httpServer.closeAllConnections(); // idle keep-alive sockets would hold the process open
        await deps.sessions!.close();
        await deps.statsReplica?.close();
        if (ownsOrm) await orm.close(true);
      })()),
  };
}

/** Remember which mount answered (route patterns inside it come from Express' own match). */
function tagRoute(base: string): express.RequestHandler {
  return (req, _res, next) => {
    requestInfo(req).routeBase = base;
    next();
  };
}

/** Methods that write nothing: their REST requests may use this process's session cache. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A mutation acts only on a session as the database holds it now. The session cache of each process
 * is emptied by a PostgreSQL notification when a session ends elsewhere (a logout, deactivation,
 * password reset, role change in another process); a read that arrives in the few milliseconds before
 * that notification may still be answered, but a write never is: it reads its session again first.
 */
const freshSessionPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation?.operation !== 'mutation' || !contextValue.freshen) return;
        // Apollo runs the operation on a shallow copy of the context: the copy is what resolvers read.
        Object.assign(contextValue, await contextValue.freshen());
      },
    };
  },
};

/** A request that failed only because the database is down or saturated answers 503 + Retry-After. */
const databaseDownPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const body = response.body;
        if (body.kind !== 'single' || !body.singleResult.errors?.length) return;
        const unavailable = [ServerReasons.DATABASE_UNAVAILABLE.reason, ServerReasons.BUSY.reason];
        const down = body.singleResult.errors.every((e) => unavailable.includes(e.extensions?.reason as string));
        if (down && !body.singleResult.data) {
          const answer = httpAnswerOf(null, body.singleResult.errors[0] as ErrorBody);
          response.http.status = answer.status;
          for (const [k, v] of Object.entries(answer.headers)) response.http.headers.set(k.toLowerCase(), v);
        }
      },
    };
  },
};

/** Encodings a client accepts (q > 0), from its Accept-Encoding header. */
function acceptedEncodings(header: string | undefined): Set<string> {
  const out = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) out.add(name);
  }
  return out;
}

/**
 * The console's built assets. Their names carry content hashes, so they are cached for a year; the
 * `.br` or `.gz` the build wrote beside each is sent to clients that accept it, with the asset's own
 * content type. A missing asset is a 404 (never the console's index.html, which a browser would try
 * to run as a script after a redeploy).
 */
function consoleAssets(dir: string): express.RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const name = req.path.replace(/^\//, '');
    const raw = path.join(dir, name);
    if (!/^[\w-]+(\.[\w-]+)+$/.test(name) || !fs.existsSync(raw)) {
      return res.status(404).type('text/plain; charset=utf-8').send('Not found\n');
    }
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.setHeader('Vary', 'Accept-Encoding');
    const accepted = acceptedEncodings(req.headers['accept-encoding']);
    const encoding = (['br', 'gzip'] as const).find(
      (e) => accepted.has(e) && fs.existsSync(`${raw}.${e === 'br' ? 'br' : 'gz'}`),
    );
    if (encoding) {
      res.setHeader('Content-Encoding', encoding);
      res.type(path.extname(name));
    }
    const file = encoding ? `${raw}.${encoding === 'br' ? 'br' : 'gz'}` : raw;
    res.sendFile(file, { cacheControl: false }, (err) => err && next(err));
  };
}

/**
 * The page, the service worker and the web app manifest are asked again each time (their names carry
 * no hash): a browser must learn of a new release at once, and a cached sw.js would keep serving the
 * old console from its precache.
 */
function noCacheForHtml(res: http.ServerResponse, file: string) {
  const name = path.basename(file);
  if (file.endsWith('.html') || name === 'sw.js' || name === 'manifest.webmanifest')
    res.setHeader('Cache-Control', 'no-cache');
  if (name === 'sw.js') res.setHeader('Service-Worker-Allowed', '/admin/');
}
