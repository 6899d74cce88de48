/**
 * 待办 kinds of the supervision module, rule for rule what rectificationRefusal allows: submit
 * (ASSIGNED, a submitter over the responsible unit) and verify (SUBMITTED, the check's team or a
 * district admin over its target). Rectifications exist only for completed checks, and the check
 * status is tested again so that no secret check can ever surface here.
 */
import type { InboxKind } from '../../graphql/module';
import { UserRole } from '../../common/roles';
import { SUBMITTERS } from './actions';
import { RectificationStatus, SpotCheckStatus } from './supervision.enums';

const roles = (rs: readonly UserRole[]) => rs.map((r) => `'${r}'`).join(', ');

export const supervisionInboxKinds: InboxKind[] = [
  {
    kind: 'RECTIFICATION_SUBMIT',
    label: { zh: '待提交的整改', en: 'Rectifications to submit' },
    sql: `
      select 'Rectification' as record_type, rc.id as record_id, u.id as unit_id,
             u.name || '：' || left(rc.measures, 40) as title, rc.deadline as due,
             '/rectifications/' || rc.id || '/show' as link
        from rectification rc
        join spot_check sc on sc.id = rc.spot_check_id and sc.status = '${SpotCheckStatus.COMPLETED}'
        join unit u on u.id = rc.responsible_unit_id
       where rc.status = '${RectificationStatus.ASSIGNED}'
         and exists (select 1 from g where u.path like g.path || '%' and g.role in (${roles(SUBMITTERS)}))`,
  },
  {
    kind: 'RECTIFICATION_VERIFY',
    label: { zh: '待验收的整改', en: 'Rectifications to verify' },
    sql: `
      select 'Rectification' as record_type, rc.id as record_id, u.id as unit_id,
             u.name || '：' || left(rc.measures, 40) as title, rc.deadline as due,
             '/rectifications/' || rc.id || '/show' as link
        from rectification rc
        join spot_check sc on sc.id = rc.spot_check_id and sc.status = '${SpotCheckStatus.COMPLETED}'
        join unit t on t.id = sc.target_unit_id
        join unit u on u.id = rc.responsible_unit_id
       where rc.status = '${RectificationStatus.SUBMITTED}'
         and (exists (select 1 from me where sc.team_id = any(me.team_ids))
              or exists (select 1 from g where t.path like g.path || '%' and g.role = '${UserRole.DISTRICT_ADMIN}'))`,
  },
];
