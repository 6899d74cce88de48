import { groupedLoader } from '../../graphql/grouped-loader';
import { byKey, type LoaderScope } from '../../graphql/loaders';
import { ResidentMeeting, ResidentRequest, ResidentRequestEvent } from './resident.entity';

/** Batch loaders of the residents module: timelines, meetings and their requests. */
export function residentsLoaders({ em }: LoaderScope) {
  return {
    residentMeeting: byKey<ResidentMeeting, number>(em, ResidentMeeting, 'id'),
    residentEvents: groupedLoader<ResidentRequestEvent>(
      (ids) => em.find(ResidentRequestEvent, { request: { $in: [...ids] } }, { orderBy: { id: 'asc' } }),
      (e) => e.request.id,
    ),
    requestsOfMeeting: groupedLoader<ResidentRequest>(
      (ids) => em.find(ResidentRequest, { meeting: { $in: [...ids] } }, { orderBy: { id: 'asc' } }),
      (r) => r.meeting!.id,
    ),
  };
}
