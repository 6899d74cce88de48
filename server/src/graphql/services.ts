/**
 * The services of one unit of work (one request, or one transaction), all on the same
 * EntityManager. Each module adds its own (`services` in its manifest, see graphql/module.ts) and
 * declares their types by merging them into the `Services` interface below.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditVisibility, RecordVisibility } from '../common/visibility';
import type { AuthSettings } from '../modules/auth/auth.service';
import type { PrincipalCache } from '../modules/auth/principal-cache';
import type { StarSettings } from '../modules/stars/rating.service';
import type { StatsReplica } from '../db/replica';
import type { LoaderContribution } from './loaders';
import { assembleLazily } from './lazy-parts';

/** What a module contributes to every unit of work: the part of its manifest services and loaders read. */
export interface UnitOfWorkContribution extends LoaderContribution {
  services?: (s: Services) => Partial<Services>;
  /** By record type: who may read the evidence files attached to these records. */
  fileVisibility?: Readonly<Record<string, RecordVisibility>>;
  /** Which confidential records' audit entries a principal may see. */
  auditVisibility?: readonly AuditVisibility[];
  /**
   * By resource type (entity name): which of these records' events a principal may receive — the
   * rule the module's lists use. Types without one follow the audit entry's visibility ref (through
   * `auditVisibility`, hidden when no rule lists it), else the reader's unit-path scope.
   */
  eventVisibility?: Readonly<Record<string, RecordVisibility>>;
}

export interface ServiceDeps {
  auth: AuthSettings;
  /** The clock: tests replace it to move time. */
  now: () => Date;
  /** Notice period, fifth-star rule. */
  stars?: StarSettings;
  /** Evidence files: the largest accepted upload (FILE_MAX_MB). */
  files?: { maxBytes: number };
  /** The residents' public form: submissions per client address and hour. */
  residents?: { submissionsPerAddressPerHour: number };
  /** Webhooks: the host allowlist new URLs must match, and how long a rotated secret still signs. */
  webhooks?: { allowedHosts: readonly string[]; rotationHours: number };
  /** Sessions resolved recently (absent: every request reads its session). */
  sessions?: PrincipalCache;
  /** STATS_DATABASE_URL: the hot standby the statistics reads run on while it is usable (absent: the primary). */
  statsReplica?: StatsReplica;
  /** The application's modules, in order (modules/index.ts). */
  modules: readonly UnitOfWorkContribution[];
}

/** Merged into by each module's index.ts (`declare module`), with that module's exported service interface. */
export interface Services {
  readonly em: EntityManager;
  readonly deps: ServiceDeps;
}

/**
 * Build the services of a unit of work; a module's factory sees the services of the modules listed
 * before it, and runs when one of its services is first used (lazy-parts.ts).
 */
export function createServices(em: EntityManager, deps: ServiceDeps): Services {
  // Filled in by the modules' factories: until then only em and deps are there.
  const services = { em, deps } as Services;
  return assembleLazily(
    services,
    deps,
    deps.modules.map((m) => (m.services ? () => m.services!(services) : null)),
  );
}
