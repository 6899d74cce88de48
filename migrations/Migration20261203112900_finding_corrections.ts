import { Migration } from '@mikro-orm/migrations';

/**
 * A finding can be corrected or withdrawn (with a reason) by its team while the check is on site.
 * A withdrawn finding stays, shown as withdrawn, but counts in no statistic: the per-unit figures
 * (fs_unit_stats_rows, otherwise as the stats migration wrote it) leave it out. Corrections touch
 * the unit's statistics through the finding trigger already in place.
 */
const statsRows = (WITHDRAWN: string) => `
      create or replace function fs_unit_stats_rows(p_units int[], p_year int, p_asof date, p_today date)
      returns table (unit_id int, path text, is_branch boolean, township_id int, level smallint, level_prev smallint, star_bits int, items_total int, items_done int, items_overdue int,
                     checks_quarter int, findings_minor int, findings_major int, findings_critical int,
                     rect_total int, rect_closed int, rect_overdue int, reports_submitted int, reports_expected int)
      language sql stable as $$
        select u.id, u.path, u.level = 'BRANCH', case u.level when 'TOWNSHIP' then u.id when 'BRANCH' then u.parent_id end,
               case when u.level = 'BRANCH' then coalesce(s.level, 0)::smallint end,
               case when u.level = 'BRANCH' then coalesce(sp.level, 0)::smallint end,
               coalesce(s.bits, 0),
               coalesce(i.total, 0), coalesce(i.done, 0), coalesce(i.overdue, 0),
               coalesce(c.n, 0),
               coalesce(f.minor, 0), coalesce(f.major, 0), coalesce(f.critical, 0),
               coalesce(r.total, 0), coalesce(r.closed, 0), coalesce(r.overdue, 0),
               coalesce(d.n, 0),
               case when u.level in ('BRANCH', 'TOWNSHIP') then 7 else 0 end
        from unit u
        left join lateral (
          select count(*)::int as level, coalesce(sum(1 << st.sort_order), 0)::int as bits
          from branch_star b join star_type st on st.code = b.star_type_code
          where b.branch_id = u.id and b.since <= p_asof and (b.until is null or b.until > p_asof)
        ) s on u.level = 'BRANCH'
        left join lateral (
          select count(*)::int as level from branch_star b
          where b.branch_id = u.id and b.since <= make_date(p_year - 1, 12, 31) and (b.until is null or b.until > make_date(p_year - 1, 12, 31))
        ) sp on u.level = 'BRANCH'
        left join lateral (
          select count(*)::int as total,
                 count(*) filter (where pi.status = 'DONE')::int as done,
                 count(*) filter (where pi.status <> 'DONE' and pi.deadline < p_today)::int as overdue
          from plan_item pi join plan p on p.id = pi.plan_id
          where pi.unit_id = u.id and p.year = p_year
        ) i on true
        left join lateral (
          select count(*)::int as n from spot_check sc
          where sc.target_unit_id = u.id and sc.status = 'COMPLETED'
            and sc.completed_at >= (date_trunc('quarter', p_asof)::date::timestamp at time zone 'Asia/Shanghai')
            and sc.completed_at < ((date_trunc('quarter', p_asof) + interval '3 months')::date::timestamp at time zone 'Asia/Shanghai')
            and sc.completed_at < ((p_asof + 1)::timestamp at time zone 'Asia/Shanghai')
        ) c on true
        left join lateral (
          select count(*) filter (where fi.severity = 'MINOR')::int as minor,
                 count(*) filter (where fi.severity = 'MAJOR')::int as major,
                 count(*) filter (where fi.severity = 'CRITICAL')::int as critical
          from spot_check sc join finding fi on fi.spot_check_id = sc.id
          where sc.target_unit_id = u.id and sc.status = 'COMPLETED'
            and extract(year from fi.recorded_at at time zone 'Asia/Shanghai') = p_year
            ${WITHDRAWN}
            and fi.recorded_at < ((p_asof + 1)::timestamp at time zone 'Asia/Shanghai')
        ) f on true
        left join lateral (
          select count(*)::int as total,
                 count(*) filter (where r.status = 'CLOSED')::int as closed,
                 count(*) filter (where r.status <> 'CLOSED' and r.deadline < p_today)::int as overdue
          from rectification r join spot_check sc on sc.id = r.spot_check_id and sc.status = 'COMPLETED'
          where r.responsible_unit_id = u.id
            and extract(year from r.created_at at time zone 'Asia/Shanghai') = p_year
            and r.created_at < ((p_asof + 1)::timestamp at time zone 'Asia/Shanghai')
        ) r on true
        left join lateral (
          select count(*)::int as n from daily_report dr
          where dr.unit_id = u.id and dr.report_date between p_asof - 6 and p_asof
        ) d on u.level in ('BRANCH', 'TOWNSHIP')
        where u.id = any(p_units)
      $$;`;

export class Migration20261203112900_finding_corrections extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "finding" add column "corrected_at" timestamptz null, add column "withdrawn_at" timestamptz null, add column "withdrawal_reason" text null, add column "withdrawn_by_name" varchar(60) null;`,
    );
    this.addSql(statsRows('and fi.withdrawn_at is null'));
  }

  override async down(): Promise<void> {
    this.addSql(statsRows(''));
    this.addSql(
      `alter table "finding" drop column "corrected_at", drop column "withdrawn_at", drop column "withdrawal_reason", drop column "withdrawn_by_name";`,
    );
  }
}
