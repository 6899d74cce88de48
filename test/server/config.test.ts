/**
 * Reading the environment (server/src/config): WORKERS is a whole number from 1 to 64, 1 when unset;
 * anything else is a ConfigError (which `npm start` reports as a configuration error, exit 2:
 * test/server/workers.test.ts). With METRICS_PORT, every worker needs a port of its own.
 */
import { ConfigError, loadConfig } from '../../server/src/config';

const load = (env: NodeJS.ProcessEnv) => loadConfig({ NODE_ENV: 'test', ...env });

describe('WORKERS', () => {
  it('is 1 when unset or empty, and the number given from 1 to 64', () => {
    expect(load({}).workers).toBe(1);
    expect(load({ WORKERS: '' }).workers).toBe(1);
    expect(load({ WORKERS: '1' }).workers).toBe(1);
    expect(load({ WORKERS: '4' }).workers).toBe(4);
    expect(load({ WORKERS: '64' }).workers).toBe(64);
  });

  it.each([
    ['0', /WORKERS must be between 1 and 64, got 0/],
    ['65', /WORKERS must be between 1 and 64, got 65/],
    ['abc', /WORKERS must be a whole number, got "abc"/],
    ['2.5', /WORKERS must be a whole number/],
    ['-1', /WORKERS must be a whole number/],
  ])('refuses WORKERS=%s', (workers, message) => {
    expect(() => load({ WORKERS: workers })).toThrow(ConfigError);
    expect(() => load({ WORKERS: workers })).toThrow(message);
  });

  it('refuses a METRICS_PORT whose per-worker ports would pass 65535', () => {
    expect(load({ WORKERS: '2', METRICS_PORT: '65534' }).metrics.port).toBe(65534);
    expect(() => load({ WORKERS: '3', METRICS_PORT: '65534' })).toThrow(ConfigError);
    // 0: a free port for each worker.
    expect(load({ WORKERS: '64', METRICS_PORT: '0' }).metrics.port).toBe(0);
  });
});
