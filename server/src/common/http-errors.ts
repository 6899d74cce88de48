/**
 * The JSON error answer of the REST routes (files, kit, exports): the GraphQL error shape, with the
 * same codes and reasons as the API.
 */
import crypto from 'node:crypto';
import type express from 'express';
import { AppError } from './errors';

/** What sendError needs of a logger. */
export interface ErrorLog {
  error(msg: string, meta?: unknown): void;
}

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
};

export function sendError(res: express.Response, e: unknown, log: ErrorLog): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (e instanceof AppError) {
    const { http, status, ...extensions } = e.extensions as {
      http?: { status?: number; headers?: Map<string, string> };
      status?: number;
    } & Record<string, unknown>;
    for (const [k, v] of http?.headers ?? []) res.setHeader(k, v);
    res.status(http?.status ?? status ?? STATUS[e.code] ?? 500).json({ errors: [{ message: e.message, extensions }] });
    return;
  }
  const id = crypto.randomUUID();
  log.error(`files: unexpected error ${id}`, e instanceof Error ? (e.stack ?? e.message) : String(e));
  res.status(500).json({
    errors: [
      {
        message: `服务器内部错误 (internal error ${id})`,
        extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'SERVER.UNEXPECTED', errorId: id },
      },
    ],
  });
}
