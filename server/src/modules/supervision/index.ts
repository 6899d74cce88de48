/** Supervision teams, unannounced spot checks (secret until completed) with scores and findings, rectifications. */
import { defineModule } from '../../graphql/module';
import { supervisionInboxKinds } from './supervision.inbox';
import type { Services } from '../../graphql/services';
import {
  Finding,
  Rectification,
  RectificationEvent,
  SpotCheck,
  SpotCheckScore,
  SupervisionTeam,
  SupervisionTeamMember,
} from './supervision.entity';
import { supervisionLoaders } from './supervision.loaders';
import { RectificationResolver } from './rectification.resolver';
import { RectificationService } from './rectification.service';
import { FindingResolver, SpotCheckResolver, SpotCheckScoreResolver } from './spot-check.resolver';
import { SpotCheckService } from './spot-check.service';
import { SupervisionTeamResolver } from './team.resolver';
import { SupervisionTeamService } from './team.service';
import {
  findingFileVisibility,
  rectificationFileVisibility,
  spotCheckAuditVisibility,
  spotCheckEventVisibility,
} from './supervision.visibility';

export interface SupervisionServices {
  supervisionTeams: SupervisionTeamService;
  spotChecks: SpotCheckService;
  rectifications: RectificationService;
}

declare module '../../graphql/services' {
  interface Services extends SupervisionServices {}
}
declare module '../../graphql/loaders' {
  interface Loaders extends ReturnType<typeof supervisionLoaders> {}
}

export const supervision = defineModule({
  name: 'supervision',
  entities: [
    SupervisionTeam,
    SupervisionTeamMember,
    SpotCheck,
    SpotCheckScore,
    Finding,
    Rectification,
    RectificationEvent,
  ],
  resolvers: [
    SupervisionTeamResolver,
    SpotCheckResolver,
    SpotCheckScoreResolver,
    FindingResolver,
    RectificationResolver,
  ],
  services: ({ em, deps, attachEvidence }: Services): SupervisionServices => {
    const supervisionTeams = new SupervisionTeamService(em);
    const spotChecks = new SpotCheckService(em, deps.now, supervisionTeams, attachEvidence, deps.statsReplica);
    return {
      supervisionTeams,
      spotChecks,
      rectifications: new RectificationService(em, deps.now, spotChecks, attachEvidence),
    };
  },
  loaders: supervisionLoaders,
  fileVisibility: { Finding: findingFileVisibility, Rectification: rectificationFileVisibility },
  auditVisibility: [spotCheckAuditVisibility],
  // Findings and rectifications follow the same rules as their files; scores and rectification
  // events carry their check's visibility ref, which spotCheckAuditVisibility decides.
  eventVisibility: {
    SpotCheck: spotCheckEventVisibility,
    Finding: findingFileVisibility,
    Rectification: rectificationFileVisibility,
  },
  inbox: supervisionInboxKinds,
});
