/** Campaign statistics by unit and star, from a rollup refreshed behind the writes. */
import { defineModule } from '../../graphql/module';
import type { Services } from '../../graphql/services';
import { StatsResolver } from './stats.resolver';
import { refreshStats, staleRollupRows, StatsService } from './stats.service';

/** Per app (its ServiceDeps): when the rollup was last seen with nothing left to refresh. */
const freshAt = new WeakMap<object, Date>();

export interface StatsServices {
  stats: StatsService;
}

declare module '../../graphql/services' {
  interface Services extends StatsServices {}
}

export const stats = defineModule({
  name: 'stats',
  resolvers: [StatsResolver],
  services: ({ em, deps, units }: Services): StatsServices => ({
    stats: new StatsService(em, deps.now, units, deps.statsReplica, deps.sessions),
  }),
  jobs: [
    {
      // The rollup follows writes within a minute (readers compute stale units live meanwhile).
      name: 'refreshing the statistics rollup',
      everyMs: (config) => config.statsRefreshSeconds * 1000,
      firstAfterMs: 5_000,
      run: async (j) => {
        while ((await refreshStats(j.em(), j.deps.now())) > 0 && !j.stopping());
        if (!j.stopping()) freshAt.set(j.deps, j.deps.now());
      },
    },
  ],
  gauges: [
    {
      name: 'fivestar_stats_rollup_stale_rows',
      help: 'Statistics rollup rows waiting to be recomputed (readers compute those units live meanwhile)',
      labelNames: ['table'],
      read: async ({ em, deps }) =>
        (await staleRollupRows(em(), deps.now())).map((r) => ({ labels: { table: r.table }, value: r.rows })),
    },
    {
      name: 'fivestar_stats_rollup_lag_seconds',
      help: 'Seconds since the statistics rollup was last seen fully refreshed (0 while it is)',
      read: async ({ em, deps }) => {
        const now = deps.now();
        const stale = (await staleRollupRows(em(), now)).reduce((n, r) => n + r.rows, 0);
        if (stale === 0 || !freshAt.has(deps)) freshAt.set(deps, now);
        return [{ value: stale === 0 ? 0 : Math.max(0, (now.getTime() - freshAt.get(deps)!.getTime()) / 1000) }];
      },
    },
  ],
});
