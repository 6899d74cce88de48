import { Migration } from '@mikro-orm/migrations';

/**
 * Statistics: the per-unit rollup (stats_unit), the one function that defines every figure
 * (fs_unit_stats), and the triggers that mark a unit's row stale when its source records change.
 */
export class Migration20261128002607_stats extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "stats_unit" ("unit_id" int not null, "path" text not null, "is_branch" boolean not null, "township_id" int null, "year" int not null, "as_of" date not null, "today" date not null, "touched" int not null default 0, "computed" int not null default 0, "level" smallint null, "level_prev" smallint null, "star_bits" int not null default 0, "items_total" int not null default 0, "items_done" int not null default 0, "items_overdue" int not null default 0, "checks_quarter" int not null default 0, "findings_minor" int not null default 0, "findings_major" int not null default 0, "findings_critical" int not null default 0, "rect_total" int not null default 0, "rect_closed" int not null default 0, "rect_overdue" int not null default 0, "reports_submitted" int not null default 0, "reports_expected" int not null default 0, constraint "stats_unit_pkey" primary key ("unit_id"));`,
    );
    this.addSql(`create index "stats_unit_stale_idx" on "stats_unit" ("unit_id") where touched <> computed;`);
    this.addSql(`create index "stats_unit_path_idx" on "stats_unit" ("path" text_pattern_ops);`);
    this.addSql(`create index "stats_unit_township_idx" on "stats_unit" ("township_id");`);
    // Units that belong to no township rollup (district, city, province): read by path directly.
    this.addSql(
      `create index "stats_unit_upper_path_idx" on "stats_unit" ("path" text_pattern_ops) where township_id is null;`,
    );

    /*
     * The second level: one row per township-level unit with the figures of the township and its
     * branches already added up (the columns of stats.sql.ts's figure list). A province-wide answer
     * reads ~1,700 of these instead of ~52,000 unit rows. Fresh while computed = touched (bumped
     * whenever a member unit's row is touched) and it describes the asked day.
     */
    this.addSql(
      `create table "stats_township" ("unit_id" int not null primary key references "unit" ("id") on update cascade on delete cascade, "path" text not null, "year" int not null, "as_of" date not null, "today" date not null, "touched" int not null default 0, "computed" int not null default 0, "branches" int not null default 0, "l0" int not null default 0, "l1" int not null default 0, "l2" int not null default 0, "l3" int not null default 0, "l4" int not null default 0, "l5" int not null default 0, "h0" int not null default 0, "h1" int not null default 0, "h2" int not null default 0, "h3" int not null default 0, "h4" int not null default 0, "h5" int not null default 0, "h6" int not null default 0, "h7" int not null default 0, "h8" int not null default 0, "h9" int not null default 0, "h10" int not null default 0, "h11" int not null default 0, "h12" int not null default 0, "h13" int not null default 0, "h14" int not null default 0, "h15" int not null default 0, "three" int not null default 0, "four" int not null default 0, "four_prev" int not null default 0, "five" int not null default 0, "new_five" int not null default 0, "items_total" int not null default 0, "items_done" int not null default 0, "items_overdue" int not null default 0, "checks_quarter" int not null default 0, "f_minor" int not null default 0, "f_major" int not null default 0, "f_critical" int not null default 0, "rect_total" int not null default 0, "rect_closed" int not null default 0, "rect_overdue" int not null default 0, "reports_submitted" int not null default 0, "reports_expected" int not null default 0);`,
    );
    this.addSql(`create index "stats_township_path_idx" on "stats_township" ("path" text_pattern_ops);`);
    this.addSql(
      `alter table "stats_unit" add constraint "stats_unit_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete cascade;`,
    );

    // Every unit has a row, stale until the refresher computes it; its path follows the unit's.
    this.addSql(`
      create or replace function fs_stats_unit_sync() returns trigger language plpgsql as $$
      declare
        tid int := case NEW.level when 'TOWNSHIP' then NEW.id when 'BRANCH' then NEW.parent_id end;
      begin
        if TG_OP = 'INSERT' then
          insert into stats_unit (unit_id, path, is_branch, township_id, year, as_of, today, touched, computed)
          values (NEW.id, NEW.path, NEW.level = 'BRANCH', tid, 0, date '1970-01-01', date '1970-01-01', 1, 0)
          on conflict (unit_id) do nothing;
        elsif NEW.path is distinct from OLD.path or NEW.level is distinct from OLD.level or NEW.parent_id is distinct from OLD.parent_id then
          update stats_unit set path = NEW.path, is_branch = NEW.level = 'BRANCH', township_id = tid, touched = touched + 1 where unit_id = NEW.id;
        end if;
        if NEW.level = 'TOWNSHIP' then
          insert into stats_township (unit_id, path, year, as_of, today, touched, computed)
          values (NEW.id, NEW.path, 0, date '1970-01-01', date '1970-01-01', 1, 0)
          on conflict (unit_id) do update set path = excluded.path, touched = stats_township.touched + 1;
        end if;
        return null;
      end $$;`);
    this.addSql(
      `create trigger fs_stats_unit_sync after insert or update of path, level, parent_id on "unit" for each row execute function fs_stats_unit_sync();`,
    );
    this.addSql(`insert into stats_unit (unit_id, path, is_branch, township_id, year, as_of, today, touched, computed)
                 select id, path, level = 'BRANCH', case level when 'TOWNSHIP' then id when 'BRANCH' then parent_id end, 0, date '1970-01-01', date '1970-01-01', 1, 0
                 from unit on conflict (unit_id) do nothing;`);
    this.addSql(`insert into stats_township (unit_id, path, year, as_of, today, touched, computed)
                 select id, path, 0, date '1970-01-01', date '1970-01-01', 1, 0 from unit where level = 'TOWNSHIP' on conflict (unit_id) do nothing;`);

    // A touched unit row makes its township's rollup stale too.
    this.addSql(`
      create or replace function fs_stats_township_touch() returns trigger language plpgsql as $$
      begin
        update stats_township set touched = touched + 1
        where unit_id in (NEW.township_id, case when TG_OP = 'UPDATE' then OLD.township_id end);
        return null;
      end $$;`);
    this.addSql(
      `create trigger fs_stats_township_touch after insert or update of touched, township_id on "stats_unit" for each row execute function fs_stats_township_touch();`,
    );

    // Indexes the per-unit counts look up by.
    this.addSql(
      `create index if not exists "branch_star_branch_period_idx" on "branch_star" ("branch_id", "since", "until");`,
    );
    this.addSql(
      `create index if not exists "spot_check_target_completed_idx" on "spot_check" ("target_unit_id", "completed_at") where status = 'COMPLETED';`,
    );
    this.addSql(
      `create index if not exists "rectification_unit_created_idx" on "rectification" ("responsible_unit_id", "created_at");`,
    );

    /*
     * A unit's own figures for year p_year as of p_asof, judged against p_today. Everything a
     * statistic shows is defined here once; the rollup and the live path both call it.
     * - level / star_bits: stars held on p_asof (bit i = the star of sort order i); level_prev: at
     *   the end of the previous year. Branches only.
     * - items_*: plan items of the year's plans this unit is responsible for; overdue = deadline
     *   before p_today and not done.
     * - checks_quarter: spot checks of this unit COMPLETED in p_asof's quarter; findings_*: findings
     *   of completed checks of this unit recorded in the year. Planned and running checks count nowhere.
     * - rect_*: rectifications this unit answers for, from completed checks, assigned in the year;
     *   overdue = deadline before p_today and not closed.
     * - reports_*: daily reports of the 7 days ending p_asof, against 7 expected (branches and
     *   township-level units report daily).
     */
    this.addSql(`
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
      $$;`);
    // The entry point: nothing to compute (the usual case for readers, when the rollup is fresh)
    // costs nothing, instead of planning the query above for an empty list on every call.
    this.addSql(`
      create or replace function fs_unit_stats(p_units int[], p_year int, p_asof date, p_today date)
      returns table (unit_id int, path text, is_branch boolean, township_id int, level smallint, level_prev smallint, star_bits int, items_total int, items_done int, items_overdue int,
                     checks_quarter int, findings_minor int, findings_major int, findings_critical int,
                     rect_total int, rect_closed int, rect_overdue int, reports_submitted int, reports_expected int)
      language plpgsql stable as $$
      begin
        if coalesce(cardinality(p_units), 0) = 0 then
          return;
        end if;
        return query select * from fs_unit_stats_rows(p_units, p_year, p_asof, p_today);
      end $$;`);

    // Source changes count up the unit's `touched`; the refresher and readers take it from there.
    this.addSql(`
      create or replace function fs_stats_touch() returns trigger language plpgsql as $$
      declare
        ids int[] := '{}';
      begin
        if TG_TABLE_NAME = 'branch_star' then
          ids := array[(case when TG_OP = 'DELETE' then OLD.branch_id else NEW.branch_id end)] || (case when TG_OP = 'UPDATE' then array[OLD.branch_id] else '{}' end);
        elsif TG_TABLE_NAME = 'plan_item' then
          ids := array[(case when TG_OP = 'DELETE' then OLD.unit_id else NEW.unit_id end)] || (case when TG_OP = 'UPDATE' then array[OLD.unit_id] else '{}' end);
        elsif TG_TABLE_NAME = 'spot_check' then
          ids := array[(case when TG_OP = 'DELETE' then OLD.target_unit_id else NEW.target_unit_id end)];
          ids := ids || array(select responsible_unit_id from rectification where spot_check_id = (case when TG_OP = 'DELETE' then OLD.id else NEW.id end));
        elsif TG_TABLE_NAME = 'finding' then
          ids := array(select target_unit_id from spot_check where id = (case when TG_OP = 'DELETE' then OLD.spot_check_id else NEW.spot_check_id end));
        elsif TG_TABLE_NAME = 'rectification' then
          ids := array[(case when TG_OP = 'DELETE' then OLD.responsible_unit_id else NEW.responsible_unit_id end)] || (case when TG_OP = 'UPDATE' then array[OLD.responsible_unit_id] else '{}' end);
        elsif TG_TABLE_NAME = 'daily_report' then
          ids := array[(case when TG_OP = 'DELETE' then OLD.unit_id else NEW.unit_id end)];
        elsif TG_TABLE_NAME = 'plan' then
          ids := array(select distinct unit_id from plan_item where plan_id = (case when TG_OP = 'DELETE' then OLD.id else NEW.id end));
        end if;
        update stats_unit set touched = touched + 1 where stats_unit.unit_id = any(ids);
        return null;
      end $$;`);
    for (const t of ['branch_star', 'plan_item', 'spot_check', 'finding', 'rectification', 'daily_report', 'plan']) {
      this.addSql(
        `create trigger fs_stats_touch after insert or update or delete on "${t}" for each row execute function fs_stats_touch();`,
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists fs_stats_township_touch on "stats_unit";`);
    this.addSql(`drop function if exists fs_stats_township_touch();`);
    this.addSql(`drop table if exists "stats_township" cascade;`);
    this.addSql(`drop trigger if exists fs_stats_unit_sync on "unit";`);
    this.addSql(`drop function if exists fs_stats_unit_sync();`);
    for (const t of ['branch_star', 'plan_item', 'spot_check', 'finding', 'rectification', 'daily_report', 'plan']) {
      this.addSql(`drop trigger if exists fs_stats_touch on "${t}";`);
    }
    this.addSql(`drop function if exists fs_stats_touch();`);
    this.addSql(`drop function if exists fs_unit_stats(int[], int, date, date);`);
    this.addSql(`drop function if exists fs_unit_stats_rows(int[], int, date, date);`);
    this.addSql(`drop index if exists "branch_star_branch_period_idx";`);
    this.addSql(`drop index if exists "spot_check_target_completed_idx";`);
    this.addSql(`drop index if exists "rectification_unit_created_idx";`);
    this.addSql(`drop table if exists "stats_unit" cascade;`);
  }
}
