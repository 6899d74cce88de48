/** What other modules may use of this one. */
export { Meeting, MeetingItem } from './meeting.entity';
export { MeetingItemKind, MeetingItemStatus } from './meetings.enums';
