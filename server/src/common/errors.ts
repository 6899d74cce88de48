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
