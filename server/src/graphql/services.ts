import { StatsService } from '../modules/stats/stats.service';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditService } from '../modules/audit/audit.service';
import { ApiTokenService } from '../modules/auth/api-token.service';
import { AuthService, type AuthSettings } from '../modules/auth/auth.service';
import type { PrincipalCache } from '../modules/auth/principal-cache';
import { ChainService } from '../modules/org/chain.service';
import { DistrictService } from '../modules/org/district.service';
import { PeopleService } from '../modules/org/people.service';
import { UnitService } from '../modules/org/unit.service';
import { CatalogService } from '../modules/stars/catalog.service';
// stars issue
import { PlanService } from '../modules/plans/plans.service';
import { RatingService, type StarSettings } from '../modules/stars/rating.service';
import { attachEvidence } from '../modules/stars/evidence';
import { ProfileService } from '../modules/plans/profile.service';
import type { Principal } from '../common/principal';
import { FileService } from '../modules/files/file.service';
// cadence
import { CadenceService } from '../modules/cadence/cadence.service';
// supervision
import { SupervisionService } from '../modules/supervision/supervision.service';

export interface ServiceDeps {
  auth: AuthSettings;
  /** The clock: tests replace it to move time. */
  now: () => Date;
  /** Stars issue: notice period, fifth-star rule. */
  stars?: StarSettings;
  /** Sessions resolved recently (absent: every request reads its session). */
  sessions?: PrincipalCache;
}

/** The services of one unit of work, all on the same EntityManager (one request, or one transaction). */
export class Services {
  constructor(
    readonly em: EntityManager,
    readonly deps: ServiceDeps,
  ) {}

  readonly auth = new AuthService(this.em, this.deps.auth, this.deps.now, this.deps.sessions);
  readonly units = new UnitService(this.em);
  readonly people = new PeopleService(this.em);
  readonly districts = new DistrictService(this.em);
  readonly chain = new ChainService(this.em, this.units);
  readonly catalog = new CatalogService(this.em);
  readonly audit = new AuditService(this.em);
  readonly apiTokens = new ApiTokenService(this.em, this.deps.auth, this.deps.now);
  // stars issue
  readonly plans = new PlanService(this.em, this.deps.now);
  readonly ratings = new RatingService(
    this.em,
    this.deps.now,
    this.deps.stars ?? { noticeDays: 7, strongBranchRequiredForFifth: true },
  );
  readonly profiles = new ProfileService(
    this.em,
    this.deps.now,
    this.deps.stars ?? { noticeDays: 7, strongBranchRequiredForFifth: true },
  );
  /** Attach uploaded evidence files to a record (after it has an id). */
  attachEvidence(
    p: Principal,
    fileIds: readonly (string | number)[] | null | undefined,
    recordType: string,
    record: { id: number },
  ): Promise<void> {
    return attachEvidence(this, p, fileIds, recordType, record);
  }
  readonly files = new FileService(this.em, this.deps.now);
  // supervision
  readonly supervision = new SupervisionService(this.em, this.deps.now);
  // cadence
  readonly cadence = new CadenceService(this.em, this.deps.now);
  // statistics
  readonly stats = new StatsService(this.em, this.deps.now, this.units);
}
