/**
 * The job queue: graphile-worker on the application's database, running the tasks the modules
 * declare (`tasks` in a manifest). Jobs are added by SQL (`graphile_worker.add_job`) inside the
 * transaction that needs them, so they exist exactly when that transaction commits. Its schema is
 * installed by the runner at start (and once in the tests' template).
 */
import pg from 'pg';
import { Logger, run, runMigrations, type TaskList } from 'graphile-worker';
import type { JobDeps, ModuleManifest } from './module';

function workerLogger(log: JobDeps['log']): Logger {
  return new Logger(() => (level, message) => {
    if (level === 'error' || level === 'warning') log.warn(`job queue: ${message}`);
  });
}

/** Install or upgrade graphile-worker's schema (idempotent). */
export async function migrateJobQueue(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger: new Logger(() => () => undefined) });
}

export async function startJobQueue(
  modules: readonly ModuleManifest[],
  j: JobDeps,
  connectionString: string,
): Promise<{ stop(): Promise<void> } | null> {
  const taskList: TaskList = {};
  for (const m of modules) {
    for (const [name, task] of Object.entries(m.tasks ?? {})) {
      if (taskList[name]) throw new Error(`task ${name} is declared twice`);
      taskList[name] = (payload, helpers) => task(payload, { ...j, attempt: helpers.job.attempts });
    }
  }
  if (!Object.keys(taskList).length) return null;
  const crontab = modules.flatMap((m) => m.crontab?.(j.config) ?? []).join('\n');
  // The queue's own pool, owned here rather than by graphile-worker: on stop, graphile-worker removes
  // its error listeners and then ends a pool it made without waiting, so a connection the database
  // ended meanwhile (a restart, a database dropped with force) raised an 'error' event nobody heard,
  // which ends the process. This pool keeps its listeners until it has ended.
  const pool = new pg.Pool({
    connectionString,
    max: j.config.jobQueue.concurrency + 2,
    application_name: 'fivestar-job-queue',
  });
  const idleError = (e: Error) => j.log.warn('job queue: idle connection failed', e.message);
  // A checked-out client's error also reaches the query that uses it; this only keeps it heard.
  const clientError = () => undefined;
  pool.on('error', idleError);
  pool.on('connect', (c) => c.on('error', clientError));
  let runner;
  try {
    runner = await run({
      ...(crontab ? { crontab } : {}),
      pgPool: pool,
      concurrency: j.config.jobQueue.concurrency,
      pollInterval: j.config.jobQueue.pollMs,
      noHandleSignals: true,
      logger: workerLogger(j.log),
      taskList,
    });
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw e;
  }
  return {
    stop: async () => {
      try {
        await runner.stop();
      } finally {
        await pool.end().catch(() => undefined);
      }
    },
  };
}
