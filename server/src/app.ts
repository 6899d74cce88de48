/**
 * createApp(config) builds the whole HTTP application on an open database: /graphql, /admin,
 * /healthz. main.ts and the tests build the same app.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import type { AppConfig } from './config';
import { openOrm } from './db/orm';
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
import { GraphQLError } from 'graphql';
import { ServerReasons } from './common/common.errors';
import { fail } from './common/reasons';
import { armorProtection, LIMITS, limitsPlugin } from './graphql/limits';
import { buildAppSchema } from './graphql/schema';
import { handleGraphQLPost, httpErrorBody, takesFastPath, type RequestLike } from './graphql/http-fast-path';
import { createLogger } from './logger';
import type { TokenProblem } from './modules/auth/auth.service';
import { TokenKind } from './common/roles';
import { PrincipalCache } from './modules/auth/principal-cache';
import { SharedRateLimiter } from './modules/auth/rate-limit';
import { createServices, type ServiceDeps } from './graphql/services';
import type { ModuleManifest } from './graphql/module';
import { modules as appModules } from './modules';
import type { Principal } from './common/principal';

export interface AppOptions {
  /** An ORM opened by the caller (tests share one); otherwise opened from config.databaseUrl. */
  orm?: MikroORM;
  databaseUrl?: string;
  now?: () => Date;
  /** The modules to run (default: all of modules/index.ts); tests add their own. */
  modules?: readonly ModuleManifest[];
}

export interface App {
  app: express.Express;
  httpServer: http.Server;
  orm: MikroORM;
  /** Listen on config.port (0 = any free port); resolves with the port. */
  listen(port?: number, host?: string): Promise<number>;
  /** Stop accepting requests, finish those in flight, close the database pool. */
  stop(): Promise<void>;
}

export async function createApp(config: AppConfig, opts: AppOptions = {}): Promise<App> {
  const log = createLogger(config.logLevel);
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
    sessions: new PrincipalCache(config.authCacheSeconds * 1000),
  };
  // Used only while listening for session changes (the cache is bypassed otherwise).
  await deps.sessions!.listen(orm.config.get('clientUrl')!, log);

  const app = express();
  app.disable('x-powered-by');
  // No ETag on API answers: hashing every response body cost ~5 % of a list page's CPU, and
  // GraphQL POSTs are never revalidated. Static console files keep theirs (express.static).
  app.set('etag', false);
  // POST /graphql with JSON skips Express (graphql/http-fast-path.ts); set once Apollo has started.
  let fastGraphQL: ((req: http.IncomingMessage, res: http.ServerResponse) => void) | null = null;
  const httpServer = http.createServer((req, res) => {
    if (fastGraphQL && takesFastPath(req)) fastGraphQL(req, res);
    else app(req, res);
  });
  // Let clients close idle keep-alive sockets first (Node's fetch after 4 s, load balancers after
  // 60 s): a server closing one at the moment a client reuses it is an ECONNRESET for the client.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;

  const schema = await buildAppSchema();
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
      databaseDownPlugin,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // We send no cache hints; the default cache-control plugin would wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();
  fastGraphQL = (req, res) => {
    handleGraphQLPost(apollo, req, res, codedContext, 1024 * 1024).catch((e: unknown) => sendError(res, e, log));
  };

  app.get('/healthz', async (_req, res) => {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        orm.em.fork().execute('select 1'),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('timeout')), 2000);
        }),
      ]);
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'database' });
    } finally {
      clearTimeout(timer);
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: ({ req }) => codedContext(req),
    }),
  );

  /** The request's context; a saturated pool or a database that is down becomes a coded 503. */
  function codedContext(req: RequestLike): Promise<Context> {
    return createContext(req).catch((e: unknown) => {
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

  async function createContext(req: RequestLike): Promise<Context> {
    const em = orm.em.fork();
    const address = req.ip ?? req.socket.remoteAddress ?? null;
    let principal: Principal | null = null;
    let tokenProblem: TokenProblem | null = null;
    const auth = req.headers.authorization;
    if (auth) {
      const m = /^Bearer\s+(\S+)$/i.exec(auth);
      const result = m ? await createServices(em, deps).auth.authenticate(m[1]) : 'INVALID';
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
    const userAgent = req.headers['user-agent'];
    return buildContext(em, deps, principal, tokenProblem, address, userAgent ? userAgent.slice(0, 300) : null);
  }

  // The modules' REST routes (files, kit, exports), answering in the GraphQL error shape.
  for (const m of modules) {
    for (const route of m.routes ?? []) app.use(route.path, route.router({ config, createContext: codedContext, log }));
  }

  // The admin console (built by Vite into admin/dist), with hash routing under /admin.
  const indexHtml = path.join(config.adminDir, 'index.html');
  app.get('/', (_req, res) => res.redirect('/admin/'));
  // Built assets have content hashes in their names: cached for good, and sent precompressed.
  app.use('/admin/assets', consoleAssets(path.join(config.adminDir, 'assets')));
  app.use('/admin', express.static(config.adminDir, { index: 'index.html', maxAge: '1h', setHeaders: noCacheForHtml }));
  app.get(['/admin', '/admin/{*splat}'], (_req, res) => {
    if (fs.existsSync(indexHtml)) return res.sendFile(indexHtml, { headers: { 'Cache-Control': 'no-cache' } });
    res
      .status(503)
      .type('text/plain; charset=utf-8')
      .send(
        '管理后台尚未构建：请运行 npm run build:admin\nThe admin console is not built yet: run `npm run build:admin`.\n',
      );
  });

  // Malformed JSON and oversized bodies: a coded answer, never a stack trace.
  app.use(
    (
      err: Error & { status?: number; type?: string },
      _req: express.Request,
      res: express.Response,
      _next: express.NextFunction,
    ) => {
      if (err.status && err.status >= 400 && err.status < 500) res.status(err.status).json(httpErrorBody(err.status));
      else sendError(res, err, log);
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

  let stopping: Promise<void> | null = null;
  return {
    app,
    httpServer,
    orm,
    listen: (port = config.port, host = config.host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve((httpServer.address() as { port: number }).port));
      }),
    stop: () =>
      (stopping ??= (async () => {
        for (const t of timers) clearTimeout(t);
        clearInterval(rateSync);
        await apollo.stop(); // drains in-flight requests and closes the HTTP server
        await syncRateLimits();
        httpServer.closeAllConnections(); // idle keep-alive sockets would hold the process open
        await deps.sessions!.close();
        if (ownsOrm) await orm.close(true);
      })()),
  };
}

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

function noCacheForHtml(res: http.ServerResponse, file: string) {
  if (file.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
}
