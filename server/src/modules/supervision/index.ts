/** Supervision teams, unannounced spot checks (secret until completed) with scores and findings, rectifications. */
import { defineModule } from '../../graphql/module';
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
import {
  FindingResolver,
  RectificationResolver,
  SpotCheckResolver,
  SpotCheckScoreResolver,
  SupervisionTeamResolver,
} from './supervision.resolver';
import { SupervisionService } from './supervision.service';
import { findingFileVisibility, rectificationFileVisibility, spotCheckAuditVisibility } from './supervision.visibility';

export interface SupervisionServices {
  supervision: SupervisionService;
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
  services: ({ em, deps }: Services): SupervisionServices => ({
    supervision: new SupervisionService(em, deps.now),
  }),
  loaders: supervisionLoaders,
  fileVisibility: { Finding: findingFileVisibility, Rectification: rectificationFileVisibility },
  auditVisibility: [spotCheckAuditVisibility],
});
