/**
 * Residents' requests (清风邮局 → 民情气象站 → 社区半月谈 → 双白小灵通) with their three rates, the
 * public form and tracking page, party volunteers, integrity supervisors, activities and pledges.
 */
import { defineModule } from '../../graphql/module';
import type { Services } from '../../graphql/services';
import { CommunityActivity, CommunityMember, CommunityPledge } from './community.entity';
import { CommunityActivityResolver, CommunityMemberResolver, CommunityPledgeResolver } from './community.resolver';
import { CommunityService } from './community.service';
import { ResidentsFiguresResolver } from './figures.resolver';
import { ResidentRatesService } from './rates.service';
import {
  ResidentCalendarDay,
  ResidentMeeting,
  ResidentPhoto,
  ResidentRequest,
  ResidentRequestEvent,
} from './resident.entity';
import { residentsLoaders } from './residents.loaders';
import { residentInboxKinds } from './residents.inbox';
import { ResidentMeetingResolver, ResidentRequestResolver } from './residents.resolver';
import { residentsRouter } from './residents.routes';
import { ResidentRequestService } from './residents.service';

export interface ResidentsServices {
  residentRequests: ResidentRequestService;
  residentRates: ResidentRatesService;
  community: CommunityService;
}

declare module '../../graphql/services' {
  interface Services extends ResidentsServices {}
}
declare module '../../graphql/loaders' {
  interface Loaders extends ReturnType<typeof residentsLoaders> {}
}

export const residents = defineModule({
  name: 'residents',
  entities: [
    ResidentCalendarDay,
    ResidentMeeting,
    ResidentRequest,
    ResidentRequestEvent,
    ResidentPhoto,
    CommunityMember,
    CommunityActivity,
    CommunityPledge,
  ],
  resolvers: [
    ResidentRequestResolver,
    ResidentMeetingResolver,
    CommunityMemberResolver,
    CommunityActivityResolver,
    CommunityPledgeResolver,
    ResidentsFiguresResolver,
  ],
  services: (s: Services): ResidentsServices => ({
    residentRequests: new ResidentRequestService(s.em, s.deps.now),
    residentRates: new ResidentRatesService(s.em, s.deps.now, () => s.stats),
    community: new CommunityService(s.em),
  }),
  loaders: residentsLoaders,
  inbox: residentInboxKinds,
  routes: [{ path: '/r', router: residentsRouter }],
});
