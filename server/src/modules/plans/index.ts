/** Creation plans (battle map) with items and milestones, branch profiles and the printable kit. */
import { defineModule } from '../../graphql/module';
import type { Services } from '../../graphql/services';
import { DEFAULT_STAR_SETTINGS } from '../stars/public';
import { kitRouter } from './kit';
import { Plan, PlanItem, PlanMilestone, PlanStar } from './plan.entity';
import { planLoaders } from './plans.loaders';
import { PlanItemResolver, PlanResolver, PlanStarResolver } from './plans.resolver';
import { PlanService } from './plans.service';
import { planItemFileVisibility } from './plans.visibility';
import { planInboxKinds } from './plans.inbox';
import { BranchProfileResolver } from './profile.resolver';
import { ProfileService } from './profile.service';

export interface PlansServices {
  plans: PlanService;
  profiles: ProfileService;
}

declare module '../../graphql/services' {
  interface Services extends PlansServices {}
}
declare module '../../graphql/loaders' {
  interface Loaders extends ReturnType<typeof planLoaders> {}
}

export const plans = defineModule({
  name: 'plans',
  entities: [Plan, PlanItem, PlanMilestone, PlanStar],
  resolvers: [PlanResolver, PlanStarResolver, PlanItemResolver, BranchProfileResolver],
  services: ({ em, deps, attachEvidence }: Services): PlansServices => ({
    plans: new PlanService(em, deps.now, attachEvidence),
    profiles: new ProfileService(em, deps.now, deps.stars ?? DEFAULT_STAR_SETTINGS),
  }),
  loaders: planLoaders,
  fileVisibility: { PlanItem: planItemFileVisibility },
  inbox: planInboxKinds,
  // The printable kit (一图一表一清单) of a branch.
  routes: [{ path: '/kit', router: ({ createContext, log }) => kitRouter({ createContext, log }) }],
});
