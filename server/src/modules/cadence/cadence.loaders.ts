import { groupedLoader } from '../../graphql/grouped-loader';
import type { LoaderScope } from '../../graphql/loaders';
import { ObservationVisit } from './cadence.entity';

/** Batch loaders of the cadence module. */
export function cadenceLoaders({ em }: LoaderScope) {
  return {
    visitsOfObservation: groupedLoader<ObservationVisit>(
      (ids) => em.find(ObservationVisit, { observation: { $in: [...ids] } }, { orderBy: { id: 'asc' } }),
      (v) => v.observation.id,
    ),
  };
}
