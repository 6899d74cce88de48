/** The star catalog (key tasks), applications and their review, public notice, objections, awards, pairings. */
import { defineModule } from '../../graphql/module';
import type { Services } from '../../graphql/services';
import { KeyTaskResolver, StarTypeResolver } from './catalog.resolver';
import { CatalogService } from './catalog.service';
import { KeyTask } from './key-task.entity';
import {
  BranchPairing,
  BranchStar,
  StarApplication,
  StarApplicationItem,
  StarApplicationTransition,
  StarObjection,
} from './rating.entity';
import { ratingLoaders } from './rating.loaders';
import {
  BranchPairingResolver,
  BranchStarResolver,
  BranchStarsResolver,
  StarApplicationItemResolver,
  StarApplicationResolver,
  StarObjectionResolver,
} from './rating.resolver';
import { DEFAULT_STAR_SETTINGS, RatingService } from './rating.service';
import { applicationItemFileVisibility } from './rating.visibility';
import { sweepStarAwards } from './sweep';
import { starInboxKinds } from './stars.inbox';

export interface StarsServices {
  catalog: CatalogService;
  ratings: RatingService;
}

declare module '../../graphql/services' {
  interface Services extends StarsServices {}
}
declare module '../../graphql/loaders' {
  interface Loaders extends ReturnType<typeof ratingLoaders> {}
}

export const stars = defineModule({
  name: 'stars',
  entities: [
    KeyTask,
    StarApplication,
    StarApplicationItem,
    StarApplicationTransition,
    StarObjection,
    BranchStar,
    BranchPairing,
  ],
  resolvers: [
    StarTypeResolver,
    KeyTaskResolver,
    StarApplicationResolver,
    StarApplicationItemResolver,
    StarObjectionResolver,
    BranchPairingResolver,
    BranchStarResolver,
    BranchStarsResolver,
  ],
  services: ({ em, deps, attachEvidence }: Services): StarsServices => ({
    catalog: new CatalogService(em),
    ratings: new RatingService(em, deps.now, deps.stars ?? DEFAULT_STAR_SETTINGS, attachEvidence),
  }),
  loaders: ratingLoaders,
  fileVisibility: { StarApplicationItem: applicationItemFileVisibility },
  inbox: starInboxKinds,
  jobs: [
    {
      // Awards applications whose public notice has passed (each award is one transaction).
      name: 'star award sweep',
      everyMs: (config) => config.stars.sweepMinutes * 60_000,
      run: (j) => sweepStarAwards(j.em(), j.deps),
    },
  ],
});
