import { Migration } from '@mikro-orm/migrations';

/**
 * A third rollup level: one row per district, its whole subtree added up (its townships' rollups,
 * its own row and any unit in it outside a township). Statistics of a city or the province add up
 * ~160 district rows instead of ~1,700 township rows: the aggregation was most of the province
 * statement's cost. A district row is stale when anything in it changes (triggers count up its
 * `touched` from its townships' and its units' rows), and readers fall back to the township level
 * inside stale districts, so answers stay current.
 */
export class Migration20261128130000_stats_district extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "stats_district" ("unit_id" int not null primary key references "unit" ("id") on update cascade on delete cascade, "path" text not null, "year" int not null, "as_of" date not null, "today" date not null, "touched" int not null default 0, "computed" int not null default 0, "branches" int not null default 0, "l0" int not null default 0, "l1" int not null default 0, "l2" int not null default 0, "l3" int not null default 0, "l4" int not null default 0, "l5" int not null default 0, "h0" int not null default 0, "h1" int not null default 0, "h2" int not null default 0, "h3" int not null default 0, "h4" int not null default 0, "h5" int not null default 0, "h6" int not null default 0, "h7" int not null default 0, "h8" int not null default 0, "h9" int not null default 0, "h10" int not null default 0, "h11" int not null default 0, "h12" int not null default 0, "h13" int not null default 0, "h14" int not null default 0, "h15" int not null default 0, "three" int not null default 0, "four" int not null default 0, "four_prev" int not null default 0, "five" int not null default 0, "new_five" int not null default 0, "items_total" int not null default 0, "items_done" int not null default 0, "items_overdue" int not null default 0, "checks_quarter" int not null default 0, "f_minor" int not null default 0, "f_major" int not null default 0, "f_critical" int not null default 0, "rect_total" int not null default 0, "rect_closed" int not null default 0, "rect_overdue" int not null default 0, "reports_submitted" int not null default 0, "reports_expected" int not null default 0) with (fillfactor = 50);`,
    );
    this.addSql(`create index "stats_district_path_idx" on "stats_district" ("path" text_pattern_ops);`);
    this.addSql(`insert into stats_district (unit_id, path, year, as_of, today, touched, computed)
                 select id, path, 0, date '1970-01-01', date '1970-01-01', 1, 0 from unit where level = 'DISTRICT';`);
    // A district unit gets its row; its path follows the unit's.
    this.addSql(`
      create or replace function fs_stats_district_sync() returns trigger language plpgsql as $$
      begin
        if NEW.level = 'DISTRICT' then
          insert into stats_district (unit_id, path, year, as_of, today, touched, computed)
          values (NEW.id, NEW.path, 0, date '1970-01-01', date '1970-01-01', 1, 0)
          on conflict (unit_id) do update set path = excluded.path, touched = stats_district.touched + 1;
        end if;
        return null;
      end $$;`);
    this.addSql(
      `create trigger fs_stats_district_sync after insert or update of path, level on "unit" for each row execute function fs_stats_district_sync();`,
    );
    // Anything counted in a district makes its row stale: a township rollup touched or moved, or a
    // unit of the district outside any township (the district's own row among them).
    this.addSql(`
      create or replace function fs_stats_district_touch() returns trigger language plpgsql as $$
      begin
        update stats_district d set touched = d.touched + 1
        where NEW.path like d.path || '%' or (TG_OP = 'UPDATE' and OLD.path like d.path || '%');
        return null;
      end $$;`);
    this.addSql(
      `create trigger fs_stats_district_touch after insert or update of touched, path on "stats_township" for each row execute function fs_stats_district_touch();`,
    );
    // Units inside a township reach their district through the township's rollup.
    this
      .addSql(`create trigger fs_stats_district_touch after insert or update of touched, path, township_id on "stats_unit" for each row
                 when (NEW.township_id is null) execute function fs_stats_district_touch();`);
    this.addSql(`create trigger fs_stats_district_touch_left after update of township_id on "stats_unit" for each row
                 when (OLD.township_id is null and NEW.township_id is not null) execute function fs_stats_district_touch();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists fs_stats_district_touch_left on "stats_unit";`);
    this.addSql(`drop trigger if exists fs_stats_district_touch on "stats_unit";`);
    this.addSql(`drop trigger if exists fs_stats_district_touch on "stats_township";`);
    this.addSql(`drop function if exists fs_stats_district_touch();`);
    this.addSql(`drop trigger if exists fs_stats_district_sync on "unit";`);
    this.addSql(`drop function if exists fs_stats_district_sync();`);
    this.addSql(`drop table if exists "stats_district" cascade;`);
  }
}
