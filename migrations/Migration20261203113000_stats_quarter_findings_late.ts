import { Migration } from '@mikro-orm/migrations';

/**
 * Figures the dashboard needs and did not have (the existing ones keep their meaning):
 * - findings_q_*: findings of this unit's spot checks COMPLETED in p_asof's quarter — the findings
 *   that belong with checks_quarter (findings_* are the whole year's);
 * - rect_late: rectifications this unit still has to submit after their deadline (ASSIGNED,
 *   deadline before p_today) — the unit's own lateness; one it submitted waits for the team;
 * - rect_awaiting: rectifications submitted and waiting for the team's verification (SUBMITTED).
 * Same period as rect_* (assigned in the year, from completed checks).
 * The function's result gains columns, so it is dropped and created again; every rollup row is
 * made stale (computed ≠ touched) so readers compute it live until the refresher has rewritten it.
 */
const RESULT = `unit_id int, path text, is_branch boolean, township_id int, level smallint, level_prev smallint, star_bits int, items_total int, items_done int, items_overdue int,
                     checks_quarter int, findings_minor int, findings_major int, findings_critical int,
                     rect_total int, rect_closed int, rect_overdue int, reports_submitted int, reports_expected int`;
const ADDED_RESULT = `, findings_q_minor int, findings_q_major int, findings_q_critical int, rect_late int, rect_awaiting int`;

const UNIT_ADDED = ['findings_q_minor', 'findings_q_major', 'findings_q_critical', 'rect_late', 'rect_awaiting'];
const ROLLUP_ADDED = ['fq_minor', 'fq_major', 'fq_critical', 'rect_late', 'rect_awaiting'];

/** The body of fs_unit_stats_rows; `added` switches the new columns on (up) or off (down). */
function rowsBody(added: boolean): string {
  const quarter = `sc.completed_at >= (date_trunc('quarter', p_asof)::date::timestamp at time zone 'Asia/Shanghai')
            and sc.completed_at < ((date_trunc('quarter', p_asof) + interval '3 months')::date::timestamp at time zone 'Asia/Shanghai')
            and sc.completed_at < ((p_asof + 1)::timestamp at time zone 'Asia/Shanghai')`;
  return `
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
               ${added ? `, coalesce(fq.minor, 0), coalesce(fq.major, 0), coalesce(fq.critical, 0), coalesce(r.late, 0), coalesce(r.awaiting, 0)` : ''}
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
            and ${quarter}
        ) c on true${
          added
            ? `
        left join lateral (
          select count(*) filter (where fi.severity = 'MINOR')::int as minor,
                 count(*) filter (where fi.severity = 'MAJOR')::int as major,
                 count(*) filter (where fi.severity = 'CRITICAL')::int as critical
          from spot_check sc join finding fi on fi.spot_check_id = sc.id
          where sc.target_unit_id = u.id and sc.status = 'COMPLETED'
            and ${quarter}
        ) fq on true`
            : ''
        }
        left join lateral (
          select count(*) filter (where fi.severity = 'MINOR')::int as minor,
                 count(*) filter (where fi.severity = 'MAJOR')::int as major,
                 count(*) filter (where fi.severity = 'CRITICAL')::int as critical
          from spot_check sc join finding fi on fi.spot_check_id = sc.id
          where sc.target_unit_id = u.id and sc.status = 'COMPLETED'
            and extract(year from fi.recorded_at at time zone 'Asia/Shanghai') = p_year
            and fi.recorded_at < ((p_asof + 1)::timestamp at time zone 'Asia/Shanghai')
        ) f on true
        left join lateral (
          select count(*)::int as total,
                 count(*) filter (where r.status = 'CLOSED')::int as closed,
                 count(*) filter (where r.status <> 'CLOSED' and r.deadline < p_today)::int as overdue${
                   added
                     ? `,
                 count(*) filter (where r.status = 'ASSIGNED' and r.deadline < p_today)::int as late,
                 count(*) filter (where r.status = 'SUBMITTED')::int as awaiting`
                     : ''
                 }
          from rectification r join spot_check sc on sc.id = r.spot_check_id and sc.status = 'COMPLETED'
          where r.responsible_unit_id = u.id
            and extract(year from r.created_at at time zone 'Asia/Shanghai') = p_year
            and r.created_at < ((p_asof + 1)::timestamp at time zone 'Asia/Shanghai')
        ) r on true
        left join lateral (
          select count(*)::int as n from daily_report dr
          where dr.unit_id = u.id and dr.report_date between p_asof - 6 and p_asof
        ) d on u.level in ('BRANCH', 'TOWNSHIP')
        where u.id = any(p_units)`;
}

export function functions(added: boolean): string[] {
  const result = RESULT + (added ? ADDED_RESULT : '');
  return [
    `drop function if exists fs_unit_stats(int[], int, date, date);`,
    `drop function if exists fs_unit_stats_rows(int[], int, date, date);`,
    `create function fs_unit_stats_rows(p_units int[], p_year int, p_asof date, p_today date)
      returns table (${result})
      language sql stable as $$${rowsBody(added)}
      $$;`,
    // One unit at a time for small batches (see the migration stats_small_batches).
    `create function fs_unit_stats(p_units int[], p_year int, p_asof date, p_today date)
      returns table (${result})
      language plpgsql stable as $$
      declare
        v_id int;
      begin
        if coalesce(cardinality(p_units), 0) = 0 then
          return;
        end if;
        if cardinality(p_units) <= 32 then
          foreach v_id in array p_units loop
            return query select * from fs_unit_stats_rows(array[v_id], p_year, p_asof, p_today);
          end loop;
          return;
        end if;
        return query select * from fs_unit_stats_rows(p_units, p_year, p_asof, p_today);
      end $$;`,
  ];
}

const STALE = [
  `update stats_unit set computed = -1;`,
  `update stats_township set computed = -1;`,
  `update stats_district set computed = -1;`,
];

export class Migration20261203113000_stats_quarter_findings_late extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "stats_unit" ${UNIT_ADDED.map((c) => `add column "${c}" int not null default 0`).join(', ')};`,
    );
    for (const t of ['stats_township', 'stats_district'])
      this.addSql(
        `alter table "${t}" ${ROLLUP_ADDED.map((c) => `add column "${c}" int not null default 0`).join(', ')};`,
      );
    for (const s of functions(true)) this.addSql(s);
    for (const s of STALE) this.addSql(s);
  }

  override async down(): Promise<void> {
    for (const s of functions(false)) this.addSql(s);
    this.addSql(`alter table "stats_unit" ${UNIT_ADDED.map((c) => `drop column "${c}"`).join(', ')};`);
    for (const t of ['stats_township', 'stats_district'])
      this.addSql(`alter table "${t}" ${ROLLUP_ADDED.map((c) => `drop column "${c}"`).join(', ')};`);
    for (const s of STALE) this.addSql(s);
  }
}
