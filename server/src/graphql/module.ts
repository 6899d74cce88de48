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
