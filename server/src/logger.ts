/**
 * Structured logs (pino): one JSON object a line on standard output for a log collector, or coloured
 * lines for a terminal with LOG_FORMAT=pretty. Details (stacks) only in the log, never in responses.
 *
 * Secrets never reach a line: request lines carry the method, the path without its query, the
 * status, the duration and ids only (no headers, no bodies, no GraphQL variables), and whatever else
 * is logged passes through the redaction of the usual secret-bearing keys below.
 */
import pino, { type DestinationStream, type Logger as Pino } from 'pino';
import pretty from 'pino-pretty';
import type { AppConfig } from './config';
import type { Logger } from './graphql/errors';

export type { DestinationStream };

export interface AppLogger extends Logger {
  debug(msg: string, meta?: unknown): void;
  /** The pino logger underneath (request logging, children with bound fields). */
  readonly pino: Pino;
}

/** Keys whose values are never written, at the top level and one level down. */
const SECRET_KEYS = [
  'password',
  'currentPassword',
  'newPassword',
  'temporaryPassword',
  'token',
  'secret',
  'authorization',
  'cookie',
  'variables',
  'body',
  'content',
  // Residents' personal data (PIPL): never in a log line, whatever logs it.
  'residentName',
  'phone',
  'address',
];
export const REDACTED_PATHS = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((k) => `*.${k}`),
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
];

export function createPino(config: Pick<AppConfig, 'logLevel' | 'logFormat'>, destination?: DestinationStream): Pino {
  const options: pino.LoggerOptions = {
    level: config.logLevel,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  if (destination) return pino(options, destination);
  if (config.logFormat === 'pretty')
    return pino(options, pretty({ colorize: true, sync: true, translateTime: 'SYS:HH:MM:ss.l' }));
  return pino(options, pino.destination({ dest: 1, sync: true }));
}

/** The application's logger: `log.warn(message, detail)` as everywhere in the server, on pino. */
export function createLogger(
  config: Pick<AppConfig, 'logLevel' | 'logFormat'>,
  destination?: DestinationStream,
): AppLogger {
  return wrap(createPino(config, destination));
}

export function wrap(p: Pino): AppLogger {
  const at =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (msg: string, meta?: unknown): void => {
      if (meta === undefined) p[level](msg);
      else if (meta instanceof Error) p[level]({ err: meta }, msg);
      else if (typeof meta === 'object' && meta !== null && !Array.isArray(meta)) p[level](meta as object, msg);
      else p[level]({ detail: meta }, msg);
    };
  return { pino: p, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
