/**
 * 待办 kinds of the stars module, written from the same STAGES table as allowedActions, so the inbox
 * lists exactly what the review screen lets the user do.
 */
import type { InboxKind } from '../../graphql/module';
import { UserRole } from '../../common/roles';
import { ApplicationStatus, ObjectionStatus } from './rating.enums';
import { DECIDERS, STAGES } from './rating.service';

const roles = (rs: readonly UserRole[]) => rs.map((r) => `'${r}'`).join(', ');

const stageConditions = Object.entries(STAGES).map(
  ([status, s]) =>
    `(a.status = '${status}' and g.role in (${roles(s.roles)})${s.starLimited ? ' and (g.star is null or g.star = a.star_type_code)' : ''})`,
);

export const starInboxKinds: InboxKind[] = [
  {
    kind: 'STAR_APPLICATION',
    label: { zh: '待审核的创星申请', en: 'Star applications at your stage' },
    sql: `
      select 'StarApplication' as record_type, a.id as record_id, b.id as unit_id,
             b.name || '：' || st.name_zh || '（' || a.year || '）' as title,
             a.notice_ends_on as due, '/starApplications/' || a.id || '/show' as link
        from star_application a
        join unit b on b.id = a.branch_id
        join star_type st on st.code = a.star_type_code
       where a.status in (${Object.keys(STAGES)
         .concat(ApplicationStatus.RETURNED, ApplicationStatus.PUBLIC_NOTICE)
         .map((s) => `'${s}'`)
         .join(', ')})
         and exists (select 1 from g where b.path like g.path || '%' and (
           ${stageConditions.join('\n or ')}
           or (a.status = '${ApplicationStatus.RETURNED}' and g.role = '${UserRole.BRANCH_STAFF}')
           or (a.status = '${ApplicationStatus.PUBLIC_NOTICE}' and g.role in (${roles(DECIDERS)})
               and (a.notice_ends_on < (select today from me)
                    or exists (select 1 from star_objection o where o.application_id = a.id and o.status = '${ObjectionStatus.OPEN}')))))`,
  },
  {
    kind: 'STAR_OBJECTION',
    label: { zh: '待处理的公示异议', en: 'Objections to resolve' },
    sql: `
      select 'StarApplication' as record_type, a.id as record_id, b.id as unit_id,
             b.name || '：' || st.name_zh || '（异议 #' || o.id || '）' as title,
             a.notice_ends_on as due, '/starApplications/' || a.id || '/show' as link
        from star_objection o
        join star_application a on a.id = o.application_id
        join unit b on b.id = a.branch_id
        join star_type st on st.code = a.star_type_code
       where o.status = '${ObjectionStatus.OPEN}'
         and exists (select 1 from g where b.path like g.path || '%' and g.role in (${roles(DECIDERS)}))`,
  },
];
