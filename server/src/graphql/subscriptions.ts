/**
 * GraphQL subscriptions over WebSocket (graphql-ws on ws, on the application's HTTP server at
 * /graphql). A connection is authenticated once, by the bearer token in `connection_init`'s payload
 * (`{ authorization: 'Bearer …' }`), and closed (4401) as soon as that token stops being usable:
 * re-checked whenever the database announces a session change (`fivestar_auth`) and every
 * SUBSCRIPTION_RECHECK_MS for expiry.
 */
import type http from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type * as GraphqlWsUse from 'graphql-ws/dist/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Principal } from '../common/principal';
import type { TokenProblem } from '../modules/auth/auth.service';
import type { Context } from './context';

export interface SubscriptionDeps {
  httpServer: http.Server;
  schema: GraphQLSchema;
  authenticate: (token: string) => Promise<Principal | TokenProblem>;
  context: (principal: Principal, address: string | null) => Context;
  /** Registers a callback for session changes heard from the database; returns the unregister. */
  onSessionChange?: (fn: () => void) => () => void;
  recheckMs: number;
  log: { warn(msg: string, meta?: unknown): void };
}

// The package's export map (graphql-ws/use/ws) is beyond this project's module resolution for types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { useServer } = require('graphql-ws/use/ws') as typeof GraphqlWsUse;

type Extra = {
  socket: WebSocket;
  request: http.IncomingMessage;
  principal?: Principal;
};

function tokenOf(params: Readonly<Record<string, unknown>> | undefined): string | null {
  const raw = params?.authorization ?? params?.Authorization;
  const m = typeof raw === 'string' ? /^Bearer\s+(\S+)$/i.exec(raw) : null;
  return m ? m[1] : null;
}

export function attachSubscriptions(d: SubscriptionDeps) {
  const wss = new WebSocketServer({ server: d.httpServer, path: '/graphql', maxPayload: 64 * 1024 });
  const open = new Map<WebSocket, string>();
  const server = useServer<Record<string, unknown>, Extra>(
    {
      schema: d.schema,
      onConnect: async (ctx) => {
        const token = tokenOf(ctx.connectionParams);
        if (!token) return false;
        const r = await d.authenticate(token).catch(() => 'INVALID' as const);
        if (typeof r === 'string' || r.mustChangePassword) return false;
        ctx.extra.principal = r;
        open.set(ctx.extra.socket, token);
        return true;
      },
      context: (ctx) => d.context(ctx.extra.principal!, ctx.extra.request.socket.remoteAddress ?? null),
      onClose: (ctx) => {
        open.delete(ctx.extra.socket);
      },
    },
    wss,
  );
  let checking = false;
  const recheck = async () => {
    if (checking) return;
    checking = true;
    try {
      for (const [socket, token] of [...open]) {
        const r = await d.authenticate(token).catch(() => null);
        if (r === null) continue; // the database is unreachable: decide when it is back
        if (typeof r === 'string') {
          open.delete(socket);
          socket.close(4401, `Unauthorized: token ${r.toLowerCase()}`);
        }
      }
    } finally {
      checking = false;
    }
  };
  const timer = setInterval(
    () => void recheck().catch((e: unknown) => d.log.warn('subscription re-check failed', String(e))),
    d.recheckMs,
  );
  timer.unref();
  const unwatch = d.onSessionChange?.(() => void recheck().catch(() => undefined));
  let closed: Promise<void> | null = null;
  const close = () =>
    (closed ??= (async () => {
      clearInterval(timer);
      unwatch?.();
      await server.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    })());
  /** Apollo's shutdown drains the WebSocket server too. */
  const drainPlugin: ApolloServerPlugin<Context> = {
    serverWillStart: async () => ({ drainServer: close }),
  };
  return { close, drainPlugin, connections: () => open.size };
}
