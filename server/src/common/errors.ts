/**
 * Expected failures carry a stable code (docs/ARCHITECTURE.md) and a stable reason `DOMAIN.REASON`;
 * anything else is unexpected and masked as INTERNAL_SERVER_ERROR by the formatter.
 * Services throw these; they never import type-graphql.
 */
import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'INTERNAL_SERVER_ERROR';

export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    readonly reason: string,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, reason, ...extra } });
  }
}

/*
 * The helpers below name a reason by a string, without its catalogue; a throwing site uses
 * `fail(Reasons.X)` (reasons.ts) instead. test/server/reasons.test.ts lists the modules that may
 * still use them.
 */
export const notFound = (what: string, reason = `${what.toUpperCase()}.NOT_FOUND`) =>
  new AppError('NOT_FOUND', reason, `未找到该记录 (${what} not found)`);

export const forbidden = (reason: string, message = '无权执行此操作 (not allowed)') =>
  new AppError('FORBIDDEN', reason, message);

export const badInput = (field: string, reason: string, message: string) =>
  new AppError('BAD_USER_INPUT', reason, message, { field });

export const conflict = (reason: string, message: string, extra: Record<string, unknown> = {}) =>
  new AppError('CONFLICT', reason, message, extra);

export const invalidTransition = (reason: string, fromState: string, toState: string) =>
  new AppError('INVALID_TRANSITION', reason, `当前状态 ${fromState} 不能变为 ${toState} (transition not allowed)`, {
    fromState,
    toState,
  });
