/**
 * 待办 of the meetings module: open problems and difficulties of 学讲评 meetings due by the horizon
 * (overdue ones included) — those whose owner is the user's person, and those owned by a unit the user
 * is branch or township staff of (a grant on that very unit: the staff who close its items).
 */
import type { InboxKind } from '../../graphql/module';
import { UserRole } from '../../common/roles';
import { FOLLOWED_KINDS, MeetingItemKind, MeetingItemStatus } from './meetings.enums';

const STAFF = [UserRole.BRANCH_STAFF, UserRole.TOWNSHIP_STAFF].map((r) => `'${r}'`).join(', ');

export const meetingInboxKinds: InboxKind[] = [
  {
    kind: 'MEETING_ITEM_DUE',
    label: { zh: '到期的学讲评清单事项', en: 'Meeting list items due' },
    // Both arms use a partial index of open items (migration inbox_kinds), so this stays an index
    // lookup however many items the province holds.
    sql: `
      select 'MeetingItem' as record_type, mi.id as record_id, u.id as unit_id,
             u.name || '：' || (case mi.kind when '${MeetingItemKind.PROBLEM}' then '问题' else '困难' end) || ' · ' ||
               left(mi.content, 40) as title,
             mi.deadline as due, '/meetings/' || mi.meeting_id || '/show' as link
        from meeting_item mi join unit u on u.id = coalesce(mi.owner_unit_id, mi.unit_id)
       where mi.status = '${MeetingItemStatus.OPEN}'
         and mi.kind in (${FOLLOWED_KINDS.map((k) => `'${k}'`).join(', ')})
         and mi.deadline <= (select horizon from me)
         and (mi.owner_person_id = (select person_id from me)
              or coalesce(mi.owner_unit_id, mi.unit_id) = any (array(select g.unit_id from g where g.role in (${STAFF}))))`,
  },
];
