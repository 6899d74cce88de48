/** 待办 of the cadence module: today's daily report of the branch or township the user reports for. */
import type { InboxKind } from '../../graphql/module';
import { UserRole } from '../../common/roles';

export const cadenceInboxKinds: InboxKind[] = [
  {
    kind: 'DAILY_REPORT',
    label: { zh: '今日日报未报', en: "Today's daily report not sent" },
    sql: `
      select distinct 'Unit' as record_type, u.id as record_id, u.id as unit_id,
             u.name || '：今日日报' as title, (select today from me) as due, '/dailyReports/create' as link
        from g join unit u on u.path = g.path
       where (g.role = '${UserRole.BRANCH_STAFF}' and u.level = 'BRANCH' or g.role = '${UserRole.TOWNSHIP_STAFF}' and u.level = 'TOWNSHIP')
         and not exists (select 1 from daily_report r where r.unit_id = u.id and r.report_date = (select today from me))`,
  },
];
