/**
 * POST /graphql with a JSON body, answered straight from the HTTP server: no Express router walk,
 * no body-parser, no response ETag hashing — together a fifth of a small request's CPU. Everything
 * else (GET, other content types, compressed or non-UTF-8 bodies, every other path) goes to
 * Express unchanged, and so do the error shapes: a malformed body is 400 `REQUEST.MALFORMED`, an
 * oversized one 413 `REQUEST.TOO_LARGE`, as from the Express error handler. An oversized body is
 * read to its end (up to a bound) and discarded before the 413, so the client reads the answer
 * (http/discard.ts).
 */
import type http from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { RequestReasons } from '../common/common.errors';
import { answerAfterBody } from '../http/discard';
import { bodyOf, type ErrorBody } from './errors';

export interface RequestLike {
  headers: http.IncomingHttpHeaders;
  ip?: string;
  socket: { remoteAddress?: string };
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

/** Whether this request can take the fast path (decided before its body is read). */
export function takesFastPath(req: http.IncomingMessage): boolean {
  if (req.method !== 'POST') return false;
  const url = req.url ?? '';
  if (url !== '/graphql' && !url.startsWith('/graphql?')) return false;
  const type = req.headers['content-type'];
  if (!type || !JSON_TYPE.test(type)) return false;
  const encoding = req.headers['content-encoding'];
  return !encoding || encoding.toLowerCase() === 'identity';
}

/**
 * The coded answer to a request that never reached GraphQL: an oversized body (413), any other
 * unreadable one (400). The Express error handler answers with the same body.
 */
export function httpErrorBody(status: number): { errors: ErrorBody[] } {
  return { errors: [bodyOf(status === 413 ? RequestReasons.TOO_LARGE : RequestReasons.MALFORMED)] };
}

function fail(req: http.IncomingMessage, res: http.ServerResponse, status: 400 | 413) {
  const body = JSON.stringify(httpErrorBody(status));
  answerAfterBody(req, res, () => {
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
    });
    res.end(body);
  });
}

/** The body, or 413 when it is over the limit (the rest of it still unread). */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | 413> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve(413);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        req.off('data', onData);
        req.pause();
        resolve(413);
        return;
      }
      chunks.push(c);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks, size)));
    req.once('error', reject);
  });
}

export async function handleGraphQLPost<C extends BaseContext>(
  apollo: ApolloServer<C>,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  context: (req: RequestLike) => Promise<C>,
  limit: number,
): Promise<void> {
  const raw = await readBody(req, limit);
  if (raw === 413) return fail(req, res, 413);
  let body: unknown;
  try {
    const text = raw.toString('utf8');
    // As body-parser's strict mode: an object or an array, nothing else (JSON's white space is tab, LF, CR).
    // eslint-disable-next-line no-control-regex
    if (!/^[\x20\x09\x0a\x0d]*[[{]/.test(text)) return fail(req, res, 400);
    body = JSON.parse(text);
  } catch {
    return fail(req, res, 400);
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = req.url ?? '';
  const q = url.indexOf('?');
  const answer = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers, search: q >= 0 ? url.slice(q) : '', body },
    context: () => context(req),
  });
  for (const [key, value] of answer.headers) res.setHeader(key, value);
  res.statusCode = answer.status ?? 200;
  if (answer.body.kind === 'complete') {
    res.setHeader('content-length', Buffer.byteLength(answer.body.string));
    res.end(answer.body.string);
    return;
  }
  for await (const chunk of answer.body.asyncIterator) res.write(chunk);
  res.end();
}
