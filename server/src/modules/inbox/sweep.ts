/**
 * The reminder sweep: every rule of every district, applied to the records as they are now, in one
 * INSERT … SELECT. Each candidate is keyed by (kind, record, occurrence, step, recipient) and the
 * table's unique constraint drops what was sent before, so two processes sweeping at the same moment
 * (or a job retried) notify once. Each new notification is appended to the audit trail in the same
 * transaction: that is what the events outbox emits from, and how SMS or WeChat gateways hear of it
 * (through webhooks, never from here).
 *
 * Escalations find their people through the accountability chain as it stood on the day the step
 * fell due (deadline + N days): positions are dated, so a new township secretary from that day on
 * receives it, the former one does not.
 *
 * Only rectifications of COMPLETED spot checks are read (a planned or running check is secret), and
 * no text names a spot check.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { shanghaiDate } from '../../common/dates';
import { appendAudit, type AuditInput } from '../audit/public';
import { ReminderKind } from './inbox.enums';
import { REMINDER_DEFAULTS } from './reminder-rule.entity';

export const SWEEP_TASK = 'inbox_sweep';

const defaultsSql = Object.entries(REMINDER_DEFAULTS)
  .map(
    ([kind, d]) =>
      `('${kind}', ${d.daysBefore}, ${d.atHour}, ${d.townshipAfterDays ?? 'null'}::int, ${d.districtAfterDays ?? 'null'}::int)`,
  )
  .join(', ');

/** Users to tell about a unit's own work: its staff accounts, and the named responsible person's. */
const staffOf = (unit: string, person: string, roles: string) => `
  select au.id as user_id, au.person_id from app_user au
   where au.active and au.id in (select ra.user_id from role_assignment ra where ra.unit_id = ${unit} and ra.role in (${roles}))
  union
  select au.id, au.person_id from app_user au where au.active and au.person_id = ${person}`;

export const SWEEP_SQL = `
with
  now_ as (select ?::date as today, ?::int as hour),
  defaults (kind, days_before, at_hour, township_after_days, district_after_days) as (values ${defaultsSql}),
  rules as (
    select d.id as district_id, d.path as dpath, df.kind,
           coalesce(r.enabled, true) as enabled,
           coalesce(r.days_before, df.days_before) as days_before,
           coalesce(r.at_hour, df.at_hour) as at_hour,
           case when r.id is null then df.township_after_days else r.township_after_days end as township_after_days,
           case when r.id is null then df.district_after_days else r.district_after_days end as district_after_days
      from unit d cross join defaults df
      left join reminder_rule r on r.district_id = d.id and r.kind = df.kind
     where d.level = 'DISTRICT'
  ),
  -- Records with a deadline, in a common shape.
  deadlines as (
    select '${ReminderKind.RECTIFICATION_DEADLINE}'::text as kind, 'Rectification'::text as record_type, rc.id as record_id,
           rc.deadline, u.id as unit_id, u.path, u.name as unit_name, rc.responsible_person_id as person_id,
           f.star_code, left(rc.measures, 40) as what, '/rectifications/' || rc.id || '/show' as link
      from rectification rc
      join spot_check sc on sc.id = rc.spot_check_id and sc.status = 'COMPLETED'
      join finding f on f.id = rc.finding_id
      join unit u on u.id = rc.responsible_unit_id
     where rc.status = 'ASSIGNED'
    union all
    select '${ReminderKind.PLAN_ITEM_DEADLINE}', 'PlanItem', pi.id, pi.deadline, u.id, u.path, u.name,
           pi.responsible_person_id, kt.star_type_code, left(pi.title, 40), '/planItems/' || pi.id || '/show'
      from plan_item pi
      join unit u on u.id = pi.unit_id
      left join key_task kt on kt.id = pi.key_task_id
     where pi.status <> 'DONE' and pi.deadline is not null
  ),
  due as (
    select x.*, r.district_id, r.days_before, r.township_after_days, r.district_after_days, n.today,
           n.today - x.deadline as late
      from deadlines x cross join now_ n
      join rules r on r.kind = x.kind and r.enabled and x.path like r.dpath || '%'
     where n.today >= x.deadline - r.days_before
  ),
  steps as (
    select d.*, 'REMIND'::text as step, d.deadline as on_day from due d where d.late <= 0
    union all
    select d.*, 'OVERDUE', d.deadline + 1 from due d where d.late > 0
    union all
    select d.*, 'TOWNSHIP', d.deadline + d.township_after_days from due d
     where d.township_after_days is not null and d.late >= d.township_after_days and d.late > 0
    union all
    select d.*, 'DISTRICT', d.deadline + d.district_after_days from due d
     where d.district_after_days is not null and d.late >= d.district_after_days and d.late > 0
  ),
  cand as (
    -- The responsible unit's staff and the named person.
    select s.*, who.user_id, who.person_id as recipient_person_id
      from steps s cross join lateral (${staffOf('s.unit_id', 's.person_id', "'BRANCH_STAFF', 'TOWNSHIP_STAFF', 'DISTRICT_ADMIN'")}) who
     where s.step in ('REMIND', 'OVERDUE')
    union all
    -- The township secretary on the day the step fell due.
    select s.*, au.id, au.person_id
      from steps s
      join unit t on t.level = 'TOWNSHIP' and s.path like t.path || '%'
      join position pos on pos.unit_id = t.id and pos.role = 'TOWNSHIP_SECRETARY'
           and pos.start_date <= s.on_day and (pos.end_date is null or pos.end_date >= s.on_day)
      join app_user au on au.person_id = pos.person_id and au.active
     where s.step = 'TOWNSHIP'
    union all
    -- The district's organization minister and the star's task force on that day.
    select s.*, au.id, au.person_id
      from steps s
      join position pos on pos.start_date <= s.on_day and (pos.end_date is null or pos.end_date >= s.on_day)
           and ((pos.role = 'ORGANIZATION_MINISTER' and pos.unit_id = s.district_id)
             or (pos.role in ('TASK_FORCE_LEADER', 'TASK_FORCE_MEMBER') and pos.task_force_id in
                  (select tf.id from star_task_force tf where tf.district_id = s.district_id and tf.star_type_code = s.star_code)))
      join app_user au on au.person_id = pos.person_id and au.active
     where s.step = 'DISTRICT'
    union all
    -- The task force's accounts (a task-force grant of that star over the district).
    select s.*, au.id, au.person_id
      from steps s
      join unit d on d.id = s.district_id
      join role_assignment ra on ra.role = 'TASK_FORCE' and ra.star_type_code = s.star_code
      join unit gu on gu.id = ra.unit_id and (d.path like gu.path || '%' or gu.path like d.path || '%')
      join app_user au on au.id = ra.user_id and au.active
     where s.step = 'DISTRICT'
  ),
  texts as (
    select c.kind, c.step, c.record_type, c.record_id, c.deadline as occurrence, c.unit_id, c.user_id,
           c.recipient_person_id, c.unit_name || '：' || c.what as title, c.link,
           (case c.record_type when 'Rectification' then '整改事项' else '任务' end)
             || '“' || c.what || '”（' || c.unit_name || '）期限 ' || to_char(c.deadline, 'YYYY-MM-DD')
             || case c.step
                  when 'REMIND' then case when c.late = 0 then '，今天到期' else '，还有 ' || (-c.late) || ' 天到期' end
                  when 'OVERDUE' then '，已逾期，请尽快完成'
                  when 'TOWNSHIP' then '，已逾期 ' || c.township_after_days || ' 天以上，按责任体系报乡镇党委书记（直接抓）'
                  else '，已逾期 ' || c.district_after_days || ' 天以上，按责任体系报区委组织部长（具体抓）和创星专班'
                end as reason_zh,
           (case c.record_type when 'Rectification' then 'Rectification' else 'Plan item' end)
             || ' "' || c.what || '" (' || c.unit_name || ') is due ' || to_char(c.deadline, 'YYYY-MM-DD')
             || case c.step
                  when 'REMIND' then case when c.late = 0 then ': today' else ': in ' || (-c.late) || ' day(s)' end
                  when 'OVERDUE' then ' and is overdue'
                  when 'TOWNSHIP' then ', overdue ' || c.township_after_days || '+ days: escalated to the township secretary'
                  else ', overdue ' || c.district_after_days || '+ days: escalated to the organization minister and the star task force'
                end as reason_en
      from cand c
    union all
    -- Today's daily report not sent by the rule's hour: the unit's staff.
    select '${ReminderKind.DAILY_REPORT}', 'REMIND', 'Unit', u.id, n.today, u.id, au.id, au.person_id,
           u.name || '：今日日报', '/dailyReports/create',
           u.name || ' 今日（' || to_char(n.today, 'YYYY-MM-DD') || '）日报尚未报送，请于今天报送',
           u.name || ': today''s daily report (' || to_char(n.today, 'YYYY-MM-DD') || ') has not been sent yet'
      from now_ n
      join rules r on r.kind = '${ReminderKind.DAILY_REPORT}' and r.enabled and n.hour >= r.at_hour
      join unit u on u.level in ('BRANCH', 'TOWNSHIP') and u.path like r.dpath || '%'
      join role_assignment ra on ra.unit_id = u.id and ra.role in ('BRANCH_STAFF', 'TOWNSHIP_STAFF')
      join app_user au on au.id = ra.user_id and au.active
     where not exists (select 1 from daily_report dr where dr.unit_id = u.id and dr.report_date = n.today)
  ),
  ins as (
    insert into notification (created_at, recipient_user_id, recipient_person_id, kind, step, record_type, record_id,
                              occurrence, unit_id, title, reason_zh, reason_en, link)
    select distinct on (t.kind, t.record_type, t.record_id, t.occurrence, t.step, t.user_id)
           ?::timestamptz, t.user_id, t.recipient_person_id, t.kind, t.step, t.record_type, t.record_id,
           t.occurrence, t.unit_id, t.title, t.reason_zh, t.reason_en, t.link
      from texts t
    on conflict on constraint notification_once do nothing
    returning id, recipient_user_id, kind, step, record_type, record_id, occurrence, unit_id, reason_zh, link
  )
select ins.id::text as id, ins.recipient_user_id, ins.kind, ins.step, ins.record_type, ins.record_id,
       to_char(ins.occurrence, 'YYYY-MM-DD') as occurrence, ins.reason_zh, ins.link, u.path
  from ins join unit u on u.id = ins.unit_id order by ins.id`;

interface SentRow {
  id: string;
  recipient_user_id: number;
  kind: string;
  step: string;
  record_type: string;
  record_id: number;
  occurrence: string;
  reason_zh: string;
  link: string;
  path: string;
}

/** Sends what is due at `now`; returns how many notifications were new. */
export async function sweepReminders(em: EntityManager, now: Date): Promise<number> {
  const today = shanghaiDate(now);
  const hour = (now.getUTCHours() + 8) % 24;
  return em.transactional(async (tx) => {
    // Sweeps wait for each other: concurrent inserts of overlapping keys could otherwise deadlock.
    await tx.execute(`select pg_advisory_xact_lock(hashtext('inbox_sweep'))`);
    const rows = await tx.execute<SentRow[]>(SWEEP_SQL, [today, hour, now]);
    const entries: AuditInput[] = rows.map((r) => ({
      at: now,
      userId: null,
      username: null,
      operation: 'reminderSweep',
      targetType: 'Notification',
      targetId: r.id,
      action: 'create',
      changes: {
        recipientUserId: { after: r.recipient_user_id },
        kind: { after: r.kind },
        step: { after: r.step },
        recordType: { after: r.record_type },
        recordId: { after: r.record_id },
        occurrence: { after: r.occurrence },
        reason: { after: r.reason_zh },
        link: { after: r.link },
      },
      address: null,
      scopePath: r.path,
    }));
    await appendAudit(tx, entries);
    return rows.length;
  });
}
