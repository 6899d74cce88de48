import type { AppConfig } from './config';
import type { Logger } from './graphql/errors';

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;

/** One-line logs on stderr; details (stacks) only in the log, never in responses. */
export function createLogger(level: AppConfig['logLevel']): Logger & { debug(msg: string, meta?: unknown): void } {
  const min = LEVELS[level];
  const write = (lvl: keyof typeof LEVELS, msg: string, meta?: unknown) => {
    if (LEVELS[lvl] < min) return;
    const extra = meta === undefined ? '' : ` ${typeof meta === 'string' ? meta : JSON.stringify(meta)}`;
    process.stderr.write(`${new Date().toISOString()} ${lvl.toUpperCase()} ${msg}${extra}\n`);
  };
  return {
    debug: (m, x) => write('debug', m, x),
    info: (m, x) => write('info', m, x),
    warn: (m, x) => write('warn', m, x),
    error: (m, x) => write('error', m, x),
  };
}
