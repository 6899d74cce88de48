/**
 * 待办 of the residents module: requests waiting for the staff handling them (a branch or township
 * staff grant on exactly the unit that has the request now, as `handles()` says) — to accept, merge or
 * refer (登记), to assign (受理, 协商), to feed back (办理中). Fed-back requests wait for the resident.
 *
 * The title names the unit, the category, the stage and the request's number only: never the
 * resident's name, phone or address, nor the text they wrote (which may hold them).
 */
import type { InboxKind } from '../../graphql/module';
import { UserRole } from '../../common/roles';
import { ResidentCategory, ResidentStage } from './residents.enums';

const HANDLERS = [UserRole.BRANCH_STAFF, UserRole.TOWNSHIP_STAFF].map((r) => `'${r}'`).join(', ');

/** What the handler does next at each stage that waits for them. */
const NEXT: Partial<Record<ResidentStage, string>> = {
  [ResidentStage.REGISTERED]: '待受理',
  [ResidentStage.ACCEPTED]: '待交办',
  [ResidentStage.CONSULTATION]: '协商后待交办',
  [ResidentStage.HANDLING]: '待反馈',
};
const CATEGORY: Record<ResidentCategory, string> = {
  [ResidentCategory.CONSULTATION]: '咨询',
  [ResidentCategory.HELP]: '求助',
  [ResidentCategory.SUGGESTION]: '建议',
  [ResidentCategory.COMPLAINT]: '投诉',
};
const caseOf = (column: string, map: Partial<Record<string, string>>) =>
  `(case ${column} ${Object.entries(map)
    .map(([k, v]) => `when '${k}' then '${v}'`)
    .join(' ')} end)`;

export const residentInboxKinds: InboxKind[] = [
  {
    kind: 'RESIDENT_REQUEST',
    label: { zh: '待办理的居民诉求', en: 'Resident requests at your stage' },
    sql: `
      select 'ResidentRequest' as record_type, r.id as record_id, u.id as unit_id,
             u.name || '：' || ${caseOf('r.category', CATEGORY)} || '诉求 #' || r.id || '（' || ${caseOf('r.stage', NEXT)} || '）' as title,
             r.deadline as due, '/residentRequests/' || r.id || '/show' as link
        from resident_request r join unit u on u.id = r.unit_id
       where r.stage in (${Object.keys(NEXT)
         .map((s) => `'${s}'`)
         .join(', ')})
         and r.unit_id = any (array(select g.unit_id from g where g.role in (${HANDLERS})))
         and (select session from me)`,
  },
];
