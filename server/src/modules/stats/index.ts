/** Campaign statistics by unit and star, from a rollup refreshed behind the writes. */
import { defineModule } from '../../graphql/module';
import type { Services } from '../../graphql/services';
import { StatsResolver } from './stats.resolver';
import { refreshStats, StatsService } from './stats.service';

export interface StatsServices {
  stats: StatsService;
}

declare module '../../graphql/services' {
  interface Services extends StatsServices {}
}

export const stats = defineModule({
  name: 'stats',
  resolvers: [StatsResolver],
  services: ({ em, deps, units }: Services): StatsServices => ({ stats: new StatsService(em, deps.now, units) }),
  jobs: [
    {
      // The rollup follows writes within a minute (readers compute stale units live meanwhile).
      name: 'refreshing the statistics rollup',
      everyMs: (config) => config.statsRefreshSeconds * 1000,
      firstAfterMs: 5_000,
      run: async (j) => {
        while ((await refreshStats(j.em(), j.deps.now())) > 0 && !j.stopping());
      },
    },
  ],
});
