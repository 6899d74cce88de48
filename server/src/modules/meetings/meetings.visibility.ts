import type { RecordVisibility } from '../../common/visibility';
import { Meeting, MeetingItem } from './meeting.entity';

/** A meeting's minutes and photos: whoever may read the meeting (its unit's subtree readers). */
export const meetingFileVisibility: RecordVisibility = async (em, p, ids) => {
  const rows = await em.find(Meeting, { id: { $in: ids } }, { populate: ['unit'] });
  return new Set(rows.filter((r) => p.canRead(r.unit.path)).map((r) => r.id));
};

export const meetingItemFileVisibility: RecordVisibility = async (em, p, ids) => {
  const rows = await em.find(MeetingItem, { id: { $in: ids } }, { populate: ['unit'] });
  return new Set(rows.filter((r) => p.canRead(r.unit.path)).map((r) => r.id));
};
