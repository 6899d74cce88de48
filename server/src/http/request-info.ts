/**
 * What the request log line and the request metrics say about one request beyond its HTTP status:
 * the route pattern, the signed-in user, the GraphQL operation and its outcome code. Filled in
 * along the way (route match, context, GraphQL response) and read when the response has finished.
 * The same record is reachable from the request and from its GraphQL context.
 */
export interface RequestInfo {
  /** Route pattern (`/files/:id`), never the raw URL: bounded label values. */
  route?: string;
  /** The mount path of the router that took the request. */
  routeBase?: string;
  userId?: number;
  /** GraphQL operation name as sent (for the log), and bucketed for metrics. */
  operation?: string;
  operationLabel?: string;
  operationType?: string;
  /** OK, or the first error's code (GraphQL) / reason code of a REST error answer. */
  outcome?: string;
  /** How much of an unread body may be discarded before an early answer (http/discard.ts). */
  discardMaxBytes?: number;
}

const infos = new WeakMap<object, RequestInfo>();
/** On a context the record is a property: Apollo runs each operation on a shallow copy of the context. */
const INFO = Symbol('requestInfo');

export function requestInfo(req: object): RequestInfo {
  let info = infos.get(req);
  if (!info) infos.set(req, (info = {}));
  return info;
}

/** Make the request's record reachable from its GraphQL context (and the copies made of it). */
export function shareRequestInfo(req: object, ctx: object): void {
  Object.defineProperty(ctx, INFO, { value: requestInfo(req), enumerable: true });
}

/** The record of a request or context, if one was made. */
export function requestInfoOf(key: object): RequestInfo | undefined {
  return infos.get(key) ?? (key as { [INFO]?: RequestInfo })[INFO];
}
