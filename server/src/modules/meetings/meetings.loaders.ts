import DataLoader from 'dataloader';
import { groupedLoader } from '../../graphql/grouped-loader';
import type { LoaderScope } from '../../graphql/loaders';
import { MeetingItem, MeetingItemEvent } from './meeting.entity';

/** Batch loaders of the meetings module. */
export function meetingLoaders({ em }: LoaderScope) {
  return {
    meetingItems: groupedLoader<MeetingItem>(
      (ids) => em.find(MeetingItem, { meeting: { $in: [...ids] } }, { orderBy: { sortOrder: 'asc', id: 'asc' } }),
      (i) => i.meeting.id,
    ),
    meetingItem: new DataLoader<number, MeetingItem | null>(async (ids) => {
      const rows = await em.find(MeetingItem, { id: { $in: [...ids] } });
      const m = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => m.get(id) ?? null);
    }),
    meetingItemEvents: groupedLoader<MeetingItemEvent>(
      (ids) => em.find(MeetingItemEvent, { item: { $in: [...ids] } }, { orderBy: { at: 'asc', id: 'asc' } }),
      (e) => e.item.id,
    ),
  };
}
