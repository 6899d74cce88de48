/**
 * The one edge of every REST route (files, kit, exports, the public feed, and whatever comes next): it
 * builds the request's context, requires a signed-in principal (public routes: none) with the same UNAUTHENTICATED reason GraphQL
 * gives (expired, revoked or unknown token), runs the handler, and answers anything thrown with the
 * body and status GraphQL uses for it (graphql/errors.ts): `{ errors: [{ message, extensions }] }`.
 */
import type http from 'node:http';
import type express from 'express';
import type { Principal } from '../common/principal';
import type { Context } from '../graphql/context';
import { signedIn } from '../graphql/decorators';
import { errorBodyOf, httpAnswerOf, type Logger } from '../graphql/errors';
import { answerAfterBody } from './discard';
import { requestInfo } from './request-info';

export interface EdgeOptions {
  /** The request's context; a saturated pool or a database that is down rejects with a coded error. */
  createContext: (req: express.Request) => Promise<Context>;
  log: Logger;
}

export type SignedInHandler = (
  req: express.Request,
  res: express.Response,
  ctx: Context,
  principal: Principal,
) => Promise<void>;

/** An Express handler that runs `handler` for a signed-in caller and answers its errors. */
export function signedInRoute(opts: EdgeOptions, handler: SignedInHandler): express.RequestHandler {
  return async (req, res) => {
    try {
      const ctx = await opts.createContext(req);
      await handler(req, res, ctx, signedIn(ctx));
    } catch (e) {
      sendError(res, e, opts.log);
    }
  };
}

export type PublicHandler = (req: express.Request, res: express.Response, ctx: Context) => Promise<void>;

/**
 * An Express handler for what anyone may fetch without signing in (the public feed and the files its
 * published posts use): the same context and error answers, no principal required.
 */
export function publicRoute(opts: EdgeOptions, handler: PublicHandler): express.RequestHandler {
  return async (req, res) => {
    try {
      await handler(req, res, await opts.createContext(req));
    } catch (e) {
      sendError(res, e, opts.log);
    }
  };
}

/**
 * Answer a thrown value. Once the answer has begun (a stream that failed midway) nothing coherent can
 * follow: the connection is cut so the client sees a truncated body, not a wrong one. An answer given
 * before the request's body was read waits until the body has been read (http/discard.ts), so that a
 * client still sending reads it.
 */
export function sendError(res: http.ServerResponse, e: unknown, log: Logger): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const error = errorBodyOf(e, log);
  const { status, headers } = httpAnswerOf(e, error);
  const body = JSON.stringify({ errors: [error] });
  if (res.req) requestInfo(res.req).outcome = error.extensions.code;
  const send = () => {
    if (res.headersSent) return;
    res.writeHead(status, {
      ...headers,
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
    });
    res.end(body);
  };
  if (res.req) answerAfterBody(res.req, res, send);
  else send();
}
