import { Migration } from '@mikro-orm/migrations';

/**
 * Figures contributed by modules. Until now every figure was a column of fs_unit_stats_rows, so a
 * module adding one had to drop and recreate that function with a copy of its whole body — and two
 * modules doing so in parallel branches would each drop the other's columns. Instead, a module
 * registers its own SQL function in stats_figure_source:
 *
 *   fs_<module>_figures(p_units int[], p_year int, p_asof date, p_today date)
 *     returns table (unit_id int, <module>_<figure> int, ...)
 *
 * giving each listed unit's own counts. fs_unit_figures calls every registered function and merges
 * their columns into one jsonb object per unit (`extra`), which the rollups store beside the built-in
 * figures and add up key by key (fs_figures_sum). A module's source tables call
 * fs_stats_touch_units(ids) from their triggers, like fs_stats_touch does for the built-in sources.
 * Registering or removing a source makes every rollup row stale, so readers compute live until the
 * refresher has rewritten them with the new keys.
 */
export class Migration20261203144000_stats_module_figures extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "stats_figure_source" ("name" text not null primary key, "fn" text not null);`);
    for (const t of ['stats_unit', 'stats_township', 'stats_district'])
      this.addSql(`alter table "${t}" add column "extra" jsonb not null default '{}';`);

    // Key-wise sum of two figure objects; keys missing on one side count 0.
    this.addSql(`
      create function fs_figures_add(a jsonb, b jsonb) returns jsonb language sql immutable parallel safe as $$
        select case
          when b is null or b = '{}'::jsonb then coalesce(a, '{}'::jsonb)
          when a is null or a = '{}'::jsonb then b
          else (select jsonb_object_agg(k, coalesce((a ->> k)::bigint, 0) + coalesce((b ->> k)::bigint, 0))
                from (select jsonb_object_keys(a) union select jsonb_object_keys(b)) s(k))
        end
      $$;`);
    this.addSql(
      `create aggregate fs_figures_sum(jsonb) (sfunc = fs_figures_add, stype = jsonb, initcond = '{}', parallel = safe);`,
    );

    // Every registered source's figures for the listed units, one object per unit that has any.
    this.addSql(`
      create function fs_unit_figures(p_units int[], p_year int, p_asof date, p_today date)
        returns table (unit_id int, extra jsonb)
        language plpgsql stable as $$
      declare
        q text;
      begin
        if coalesce(cardinality(p_units), 0) = 0 then
          return;
        end if;
        select string_agg(
                 format('select t.unit_id, jsonb_strip_nulls(to_jsonb(t) - ''unit_id'') as j from %s($1, $2, $3, $4) t', s.fn::regproc),
                 ' union all ' order by s.name)
          into q from stats_figure_source s;
        if q is null then
          return;
        end if;
        return query execute 'select x.unit_id, fs_figures_sum(x.j) from (' || q || ') x group by x.unit_id'
          using p_units, p_year, p_asof, p_today;
      end $$;`);

    this.addSql(`
      create function fs_stats_touch_units(p_ids int[]) returns void language sql as $$
        update stats_unit set touched = touched + 1 where unit_id = any(p_ids);
      $$;`);

    // A source must be a function of the agreed signature: a bad registration is refused here, not
    // discovered by the next reader.
    this.addSql(`
      create function fs_stats_source_check() returns trigger language plpgsql as $$
      begin
        if to_regprocedure(NEW.fn || '(int[], int, date, date)') is null then
          raise exception 'stats figure source %: no function %(int[], int, date, date)', NEW.name, NEW.fn
            using errcode = 'invalid_parameter_value';
        end if;
        return NEW;
      end $$;`);
    this.addSql(
      `create trigger fs_stats_source_check before insert or update on "stats_figure_source" for each row execute function fs_stats_source_check();`,
    );
    // A new or removed source changes every row's figures.
    this.addSql(`
      create function fs_stats_sources_changed() returns trigger language plpgsql as $$
      begin
        update stats_unit set computed = -1;
        update stats_township set computed = -1;
        update stats_district set computed = -1;
        return null;
      end $$;`);
    this.addSql(
      `create trigger fs_stats_sources_changed after insert or update or delete on "stats_figure_source" for each statement execute function fs_stats_sources_changed();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists fs_stats_sources_changed on "stats_figure_source";`);
    this.addSql(`drop function if exists fs_stats_sources_changed();`);
    this.addSql(`drop trigger if exists fs_stats_source_check on "stats_figure_source";`);
    this.addSql(`drop function if exists fs_stats_source_check();`);
    this.addSql(`drop function if exists fs_stats_touch_units(int[]);`);
    this.addSql(`drop function if exists fs_unit_figures(int[], int, date, date);`);
    this.addSql(`drop aggregate if exists fs_figures_sum(jsonb);`);
    this.addSql(`drop function if exists fs_figures_add(jsonb, jsonb);`);
    for (const t of ['stats_unit', 'stats_township', 'stats_district'])
      this.addSql(`alter table "${t}" drop column "extra";`);
    this.addSql(`drop table if exists "stats_figure_source";`);
  }
}
