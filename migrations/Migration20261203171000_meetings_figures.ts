import { Migration } from '@mikro-orm/migrations';

/**
 * 学讲评 figures in campaignStats (evidence for 支部过硬星), through the module-figures contract
 * (migration stats_module_figures): each unit's own counts for the year as of a date; the rollups add
 * subtrees up and the rates are computed at read time from the sums.
 *
 * - meetings_held: meetings held in the year up to the date;
 * - meetings_unit_months: months (of the unit) with at least one meeting;
 * - meetings_month_slots: months elapsed in the year, per branch (the denominator of the two rates);
 * - meetings_items_open / _overdue / _closed / _reopened: problems and difficulties of the year's meetings,
 *   open or closed as of the date; overdue: open with its deadline before the date (never stored).
 */
export class Migration20261203171000_meetings_figures extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create function fs_meetings_figures(p_units int[], p_year int, p_asof date, p_today date)
        returns table (unit_id int, meetings_held int, meetings_unit_months int, meetings_month_slots int,
                       meetings_items_open int, meetings_items_overdue int, meetings_items_closed int,
                       meetings_items_reopened int)
        language sql stable as $$
        with m as (
          select m.unit_id, count(*)::int as held, count(distinct extract(month from m.date))::int as months
            from meeting m
           where m.unit_id = any(p_units) and m.date >= make_date(p_year, 1, 1) and m.date < make_date(p_year + 1, 1, 1)
             and m.date <= p_asof
           group by m.unit_id
        ), i as (
          select i.unit_id,
                 count(*) filter (where not c.closed)::int as open,
                 count(*) filter (where not c.closed and i.deadline < p_asof)::int as overdue,
                 count(*) filter (where c.closed)::int as closed,
                 coalesce(sum(i.reopen_count), 0)::int as reopened
            from meeting_item i
            join meeting m on m.id = i.meeting_id
           cross join lateral (select i.status = 'CLOSED'
                                      and (i.closed_at at time zone 'Asia/Shanghai')::date <= p_asof as closed) c
           where i.unit_id = any(p_units) and i.kind in ('PROBLEM', 'DIFFICULTY')
             and m.date >= make_date(p_year, 1, 1) and m.date < make_date(p_year + 1, 1, 1) and m.date <= p_asof
           group by i.unit_id
        ), b as (
          select u.id as unit_id,
                 case when p_asof < make_date(p_year, 1, 1) then 0
                      when p_asof >= make_date(p_year + 1, 1, 1) then 12
                      else extract(month from p_asof)::int end as slots
            from unit u
           where u.id = any(p_units) and u.level = 'BRANCH'
        )
        select coalesce(b.unit_id, m.unit_id, i.unit_id),
               coalesce(m.held, 0), coalesce(m.months, 0), coalesce(b.slots, 0),
               coalesce(i.open, 0), coalesce(i.overdue, 0), coalesce(i.closed, 0), coalesce(i.reopened, 0)
          from b
          full join m on m.unit_id = b.unit_id
          full join i on i.unit_id = coalesce(b.unit_id, m.unit_id)
      $$;`);
    this.addSql(`
      create function fs_meetings_touch() returns trigger language plpgsql as $$
      begin
        perform fs_stats_touch_units(array_remove(array[
          case when TG_OP <> 'INSERT' then OLD.unit_id end,
          case when TG_OP <> 'DELETE' then NEW.unit_id end], null));
        return null;
      end $$;`);
    for (const t of ['meeting', 'meeting_item'])
      this.addSql(
        `create trigger fs_meetings_touch after insert or update or delete on "${t}" for each row execute function fs_meetings_touch();`,
      );
    this.addSql(`insert into stats_figure_source (name, fn) values ('meetings', 'fs_meetings_figures');`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from stats_figure_source where name = 'meetings';`);
    for (const t of ['meeting', 'meeting_item']) this.addSql(`drop trigger if exists fs_meetings_touch on "${t}";`);
    this.addSql(`drop function if exists fs_meetings_touch();`);
    this.addSql(`drop function if exists fs_meetings_figures(int[], int, date, date);`);
  }
}
