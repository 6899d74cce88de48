import { Migration } from '@mikro-orm/migrations';

/**
 * The residents' figures in campaignStats (stats_figure_source): each unit's own requests received
 * in the year up to the as-of date — total, fed back on time, resolved, evaluated, satisfied, and
 * overdue as of p_today. The rates are computed at read time from the subtree's sums.
 */
export class Migration20261203180100_residents_figures extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create function fs_residents_figures(p_units int[], p_year int, p_asof date, p_today date)
        returns table (unit_id int, residents_total int, residents_responded int, residents_resolved int,
                       residents_evaluated int, residents_satisfied int, residents_overdue int)
        language sql stable as $$
          select r.unit_id,
                 count(*)::int,
                 (count(*) filter (where r.responded_on_time))::int,
                 (count(*) filter (where r.stage in ('FEEDBACK', 'CLOSED')))::int,
                 (count(*) filter (where r.evaluation is not null))::int,
                 (count(*) filter (where r.evaluation in ('SATISFIED', 'BASICALLY_SATISFIED')))::int,
                 (count(*) filter (where r.stage in ('ACCEPTED', 'CONSULTATION', 'HANDLING') and r.deadline < p_today))::int
          from resident_request r
          where r.unit_id = any(p_units) and r.stage <> 'MERGED'
            and r.received_at >= make_date(p_year, 1, 1)::timestamp at time zone 'Asia/Shanghai'
            and r.received_at < (least(p_asof, make_date(p_year, 12, 31)) + 1)::timestamp at time zone 'Asia/Shanghai'
          group by r.unit_id
        $$;`);
    this.addSql(`
      create function fs_residents_touch() returns trigger language plpgsql as $$
      begin
        if TG_OP = 'INSERT' then
          perform fs_stats_touch_units(array[NEW.unit_id]);
        elsif TG_OP = 'DELETE' then
          perform fs_stats_touch_units(array[OLD.unit_id]);
        else
          perform fs_stats_touch_units(array[OLD.unit_id, NEW.unit_id]);
        end if;
        return null;
      end $$;`);
    this.addSql(
      `create trigger fs_residents_touch after insert or update or delete on "resident_request" for each row execute function fs_residents_touch();`,
    );
    this.addSql(`insert into stats_figure_source (name, fn) values ('residents', 'fs_residents_figures');`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from stats_figure_source where name = 'residents';`);
    this.addSql(`drop trigger if exists fs_residents_touch on "resident_request";`);
    this.addSql(`drop function if exists fs_residents_touch();`);
    this.addSql(`drop function if exists fs_residents_figures(int[], int, date, date);`);
  }
}
