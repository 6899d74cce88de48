/**
 * The one place where errors become responses. Expected errors (AppError, validation, GraphQL
 * syntax) keep their code and say which field is wrong; anything else is logged with an id and
 * answered as INTERNAL_SERVER_ERROR with that id and nothing else.
 */
import crypto from 'node:crypto';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  DriverException,
  OptimisticLockError,
  UniqueConstraintViolationException,
  ForeignKeyConstraintViolationException,
} from '@mikro-orm/core';
import { ArgumentValidationError } from 'type-graphql';
import { AppError } from '../common/errors';
import { GraphqlReasons, InputReasons, LimitReasons, RecordReasons, ServerReasons } from '../common/common.errors';
import { messageOf, reasonStatus, type Params, type Reason } from '../common/reasons';
import { AuthReasons } from '../modules/auth/auth.errors';
import { LIMIT_MESSAGES, type LimitName } from './limits';

export interface Logger {
  error(msg: string, meta?: unknown): void;
  warn(msg: string, meta?: unknown): void;
  info(msg: string, meta?: unknown): void;
}

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

function flatten(errors: ValidationErrorLike[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/**
 * Name the field a GraphQL validation or coercion message is about: from the message when it says,
 * else from the query text just before the offending literal (`perPage: "ten"` → perPage).
 */
function fieldOf(message: string, original?: unknown): string | undefined {
  const fromMessage = fieldFromMessage(message);
  if (fromMessage) return fromMessage;
  const err = original as { source?: { body: string }; positions?: readonly number[] } | undefined;
  if (err?.source && err.positions?.length) {
    const m = err.source.body.slice(0, err.positions[0]).match(/(\w+)\s*:\s*[[{]?\s*$/);
    if (m) return m[1];
  }
  return undefined;
}

function fieldFromMessage(message: string): string | undefined {
  const patterns = [
    /Variable "\$(\w+)"/,
    /Field "(?:\w+\.)?(\w+)" of required type/,
    /Field "(\w+)" is not defined by type/,
    /Argument "(\w+)" of (?:required|non-null) type/,
    /[Aa]rgument "?(\w+)"? has invalid value/,
    /Unknown argument "(\w+)"/,
    /Cannot query field "(\w+)"/,
    /at "[\w.]*?(\w+)"/,
  ];
  for (const re of patterns) {
    const m = message.match(re);
    if (m) return m[1];
  }
  return undefined;
}

const APOLLO_INPUT_CODES: Record<string, Reason> = {
  GRAPHQL_PARSE_FAILED: GraphqlReasons.PARSE_FAILED,
  GRAPHQL_VALIDATION_FAILED: GraphqlReasons.VALIDATION_FAILED,
  BAD_USER_INPUT: GraphqlReasons.INVALID_VARIABLES,
  BAD_REQUEST: GraphqlReasons.BAD_REQUEST,
  OPERATION_RESOLUTION_FAILURE: GraphqlReasons.UNKNOWN_OPERATION,
  PERSISTED_QUERY_NOT_FOUND: GraphqlReasons.PERSISTED_QUERY_NOT_FOUND,
  PERSISTED_QUERY_NOT_SUPPORTED: GraphqlReasons.PERSISTED_QUERY_NOT_SUPPORTED,
};

const LIMIT_REASONS: Record<LimitName, Reason> = {
  depth: LimitReasons.DEPTH,
  aliases: LimitReasons.ALIASES,
  tokens: LimitReasons.TOKENS,
  directives: LimitReasons.DIRECTIVES,
};

/** Connection-level failures: the database is down, restarting or unreachable. */
export function isDatabaseUnavailable(e: unknown): boolean {
  const err = e as { code?: string; message?: string; cause?: unknown } | null;
  if (!err || typeof err !== 'object') return false;
  const codes = [
    'ECONNREFUSED',
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    '57P01',
    '57P02',
    '57P03',
    '08000',
    '08003',
    '08006',
    '08001',
    '08004',
  ];
  if (err.code && codes.includes(err.code)) return true;
  if (
    /Connection terminated|Connection ended unexpectedly|terminating connection|is not currently accepting connections|the database system is (starting up|shutting down)|Client has encountered a connection error/i.test(
      err.message ?? '',
    )
  )
    return true;
  return err.cause ? isDatabaseUnavailable(err.cause) : false;
}

/** Every pooled connection stayed busy for the whole acquire timeout: overloaded, not down. */
export function isPoolExhausted(e: unknown): boolean {
  const err = e as { message?: string; cause?: unknown } | null;
  if (!err || typeof err !== 'object') return false;
  return /Timeout acquiring a connection/i.test(err.message ?? '') || (err.cause ? isPoolExhausted(err.cause) : false);
}

/** An error as a client reads it, over GraphQL and over REST alike. */
export interface ErrorBody {
  message: string;
  extensions: { code: string; reason: string } & Record<string, unknown>;
}

/** The body of a declared reason (the same as `fail(r)` would carry), with further extensions. */
export function bodyOf(r: Reason, extensions: Record<string, unknown> = {}, params?: Params): ErrorBody {
  return {
    message: messageOf(r, params),
    extensions: { code: r.code, reason: r.reason, ...extensions, ...(params ? { params } : {}) },
  };
}

/**
 * An expected failure (a service's AppError, argument validation, a stale version, a database
 * constraint, a saturated pool, a database that is down) as the client reads it; null for anything
 * else. Apollo's `http` hint never reaches the client: the status is said by the HTTP answer.
 */
export function expectedError(original: unknown, log: Logger): ErrorBody | null {
  if (original instanceof AppError) {
    const { http: _http, ...extensions } = original.extensions as Record<string, unknown>;
    return { message: original.message, extensions: extensions as ErrorBody['extensions'] };
  }
  if (original instanceof ArgumentValidationError) {
    const fields = flatten((original.extensions.validationErrors ?? []) as ValidationErrorLike[]);
    const body = bodyOf(InputReasons.INVALID, { field: fields[0]?.field, fields });
    // class-validator's own texts say what is wrong with each field.
    return fields.length ? { ...body, message: fields.map((f) => f.message).join('; ') } : body;
  }
  if (original instanceof OptimisticLockError) return bodyOf(RecordReasons.STALE_VERSION, { field: 'version' });
  if (original instanceof UniqueConstraintViolationException) return bodyOf(RecordReasons.DUPLICATE);
  if (original instanceof ForeignKeyConstraintViolationException) return bodyOf(RecordReasons.REFERENCE);
  if (original instanceof Error && isPoolExhausted(original)) {
    log.warn('database pool exhausted', original.message);
    return bodyOf(ServerReasons.BUSY);
  }
  if (
    (original instanceof DriverException || original instanceof Error || original instanceof GraphQLError) &&
    isDatabaseUnavailable(original)
  ) {
    log.warn('database unavailable', (original as Error).message);
    return bodyOf(ServerReasons.DATABASE_UNAVAILABLE);
  }
  return null;
}

/** Anything unexpected: logged in full under a new id; the client gets that id and nothing else. */
export function unexpectedError(original: unknown, log: Logger): ErrorBody {
  const errorId = crypto.randomUUID();
  log.error(`unexpected error ${errorId}`, original instanceof Error ? (original.stack ?? original.message) : original);
  return bodyOf(ServerReasons.UNEXPECTED, { errorId }, { errorId });
}

/** Any thrown value as the client reads it. */
export function errorBodyOf(e: unknown, log: Logger): ErrorBody {
  return expectedError(e, log) ?? unexpectedError(e, log);
}

const STATUS_BY_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  // A well-formed request the record's state refuses: a conflict with that state.
  INVALID_TRANSITION: 409,
  INTERNAL_SERVER_ERROR: 500,
};

/** The infrastructure answers: a client retries them after Retry-After seconds. */
const RETRY_AFTER: Record<string, number> = {
  [ServerReasons.BUSY.reason]: 2,
  [ServerReasons.DATABASE_UNAVAILABLE.reason]: 5,
};

export interface HttpAnswer {
  status: number;
  headers: Record<string, string>;
}

/**
 * The HTTP status and headers of an error, the same for every route: by code, refined by the
 * reason's own status (413, 415) or the error's `http` hint (429 with Retry-After), and 503 with
 * Retry-After for an unavailable or saturated database.
 */
export function httpAnswerOf(e: unknown, body: ErrorBody): HttpAnswer {
  const { code, reason } = body.extensions;
  const retry = RETRY_AFTER[reason];
  if (retry) return { status: 503, headers: { 'Retry-After': String(retry) } };
  const ext = (e instanceof AppError ? e.extensions : {}) as {
    http?: { status?: number; headers?: Map<string, string> };
  };
  const headers = Object.fromEntries(ext.http?.headers ?? []);
  const status = ext.http?.status ?? reasonStatus(reason) ?? STATUS_BY_CODE[code] ?? 500;
  return { status, headers };
}

export function makeFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    const expected = expectedError(original, log);
    if (expected) return { ...base, ...expected };
    const apolloCode = formatted.extensions?.code as string | undefined;
    // A literal nested so deep that graphql-js's recursive validation runs out of stack.
    if (
      /Maximum call stack size exceeded/.test(formatted.message) ||
      (original instanceof RangeError && /call stack/.test(original.message))
    ) {
      return { ...base, ...bodyOf(LimitReasons.DEPTH) };
    }
    // graphql-js 16 says "more that"; accept both spellings.
    if (/Document contains more tha[nt] \d+ tokens/.test(formatted.message)) {
      return { ...base, ...bodyOf(LimitReasons.TOKENS) };
    }
    if (/Schema is not configured to execute (subscription|mutation) operation/.test(formatted.message)) {
      return { ...base, ...bodyOf(GraphqlReasons.UNSUPPORTED_OPERATION) };
    }
    const limit = (Object.keys(LIMIT_MESSAGES) as LimitName[]).find((k) =>
      formatted.message.includes(LIMIT_MESSAGES[k]),
    );
    if (limit) return { ...base, ...bodyOf(LIMIT_REASONS[limit]) };
    if (apolloCode && APOLLO_INPUT_CODES[apolloCode]) {
      const { extensions } = bodyOf(APOLLO_INPUT_CODES[apolloCode], { field: fieldOf(formatted.message, original) });
      // graphql-js's own text says what is wrong and where; but coercion messages can suggest enum
      // values ("Did you mean …"), which reveals the schema.
      return { ...base, message: formatted.message.replace(/\s*Did you mean [^?]*\?/g, ''), extensions };
    }
    if (apolloCode === 'UNAUTHENTICATED' || apolloCode === 'FORBIDDEN') {
      return { ...base, ...bodyOf(apolloCode === 'FORBIDDEN' ? AuthReasons.FORBIDDEN : AuthReasons.UNAUTHENTICATED) };
    }
    const { message, extensions } = unexpectedError(original, log);
    return { message, locations: formatted.locations, path: formatted.path, extensions };
  };
}
