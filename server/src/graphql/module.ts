/**
 * A module's manifest: everything the module contributes to the application, in one value exported
 * by `modules/<name>/index.ts`. The central files (graphql/schema.ts, graphql/services.ts,
 * graphql/loaders.ts, db/entities.ts, app.ts) only concatenate the manifests of modules/index.ts.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type express from 'express';
import type { AppConfig } from '../config';
import type { Context } from './context';
import type { Logger } from './errors';
import type { LoaderContribution, Loaders } from './loaders';
import type { ServiceDeps, Services, UnitOfWorkContribution } from './services';

/** What a REST route is built with. */
export interface RouteDeps {
  config: AppConfig;
  /** The request's context, exactly as /graphql builds it (principal, services, loaders). */
  createContext: (req: express.Request) => Promise<Context>;
  log: Logger;
}

export interface Route {
  /** Mount path, e.g. `/files`. */
  path: string;
  router: (deps: RouteDeps) => express.RequestHandler;
}

/** What a scheduled job runs with. */
export interface JobDeps {
  /** A fresh EntityManager (each call forks the application's). */
  em: () => EntityManager;
  deps: ServiceDeps;
  config: AppConfig;
  log: Logger;
  /** True once the application is stopping: long jobs end early. */
  stopping: () => boolean;
}

/** A job every process runs on a timer (any process may: each job is safe to run concurrently). */
export interface Job {
  name: string;
  /** Milliseconds between runs; 0: the job does not run. */
  everyMs: (config: AppConfig) => number;
  /** A first run this long after start, besides the timer. */
  firstAfterMs?: number;
  run: (j: JobDeps) => Promise<unknown>;
}

/** A gauge of /metrics read at each scrape (e.g. how far the statistics rollup lags behind the writes). */
export interface Gauge {
  /** Prometheus name, `fivestar_<module>_…`. */
  name: string;
  help: string;
  labelNames?: readonly string[];
  read: (g: { em: () => EntityManager; deps: ServiceDeps }) => Promise<readonly GaugeValue[]>;
}

/** What a queued task (graphile-worker) runs with. */
export interface TaskDeps extends JobDeps {
  /** The job's attempt (1 for the first). */
  attempt: number;
}

/** A task of the PostgreSQL job queue: added by SQL (`graphile_worker.add_job`) in the transaction that needs it. */
export type Task = (payload: unknown, t: TaskDeps) => Promise<void>;

/** A long-lived part of each process (e.g. a LISTEN connection), started with the app and stopped with it. */
export interface Daemon {
  name: string;
  start: (d: JobDeps & { connectionString: string }) => Promise<{ stop(): Promise<void> }>;
}

/**
 * A kind of 待办 item. `sql` is a select of the records of this kind awaiting the signed-in user now,
 * with the columns `record_type text, record_id int, unit_id int, title text, due date, link text`.
 * It may read two relations the inbox puts in front of every kind: `me (user_id int, person_id int,
 * today date, horizon date, now timestamptz, session boolean, team_ids int[])` — one row: the user,
 * their person, today in Asia/Shanghai, the last day counted as due soon, the app clock's instant,
 * whether it is a signed-in session, the supervision teams they belong to — and `g (role text, path
 * text, star text, unit_id int)`, their grants (role, unit path, star of a task-force grant, unit). It
 * takes no parameters of its own, so every kind joins one statement.
 */
export interface InboxKind {
  kind: string;
  label: { zh: string; en: string };
  sql: string;
}

export interface GaugeValue {
  labels?: Record<string, string>;
  value: number;
}

export interface ModuleManifest extends UnitOfWorkContribution, LoaderContribution {
  name: string;
  /** MikroORM entities, in discovery order. */
  entities?: readonly (abstract new (...args: never[]) => object)[];
  /** type-graphql resolver classes. */
  resolvers?: readonly (new (...args: never[]) => object)[];
  routes?: readonly Route[];
  jobs?: readonly Job[];
  /** Tasks of the job queue, by name (unique across modules). */
  tasks?: Readonly<Record<string, Task>>;
  /** Lines of the job queue's crontab (`<minute> <hour> <dom> <month> <dow> <task> ?jobKey=…`); one process runs each tick. */
  crontab?: (config: AppConfig) => readonly string[];
  /** Kinds of 待办 (myTasks) the module contributes: what awaits the signed-in user's action now. */
  inbox?: readonly InboxKind[];
  daemons?: readonly Daemon[];
  gauges?: readonly Gauge[];
}

/** Type-checks a manifest and keeps its exact type (modules/index.ts checks that every service and loader is provided). */
export function defineModule<const M extends ModuleManifest>(manifest: M): M {
  return manifest;
}

type ProvidedKeys<M, Part extends 'services' | 'loaders'> = M extends { [P in Part]: (...args: never[]) => infer R }
  ? keyof R
  : never;

type Missing<M> =
  | Exclude<keyof Services, 'em' | 'deps' | ProvidedKeys<M, 'services'>>
  | Exclude<keyof Loaders, ProvidedKeys<M, 'loaders'>>;

/**
 * `true` when the modules provide every service and loader declared in the `Services` and `Loaders`
 * interfaces; otherwise the missing names, so that `const complete: Complete<...> = true` fails to compile.
 */
export type Complete<M> = [Missing<M>] extends [never] ? true : { missing: Missing<M> };
