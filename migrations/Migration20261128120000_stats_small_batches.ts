import { Migration } from '@mikro-orm/migrations';

/**
 * Readers compute the few stale units of a statistics answer live. Called with an array, the
 * per-unit figures were planned for each call (~2.5 ms for one unit) or ran a generic plan made
 * for large arrays (~5 ms); one unit at a time, PostgreSQL keeps a generic plan of index lookups
 * (~0.4 ms a unit). Large batches (the refresher) stay set-based.
 */
/** fs_unit_stats's signature, unchanged by this migration (both directions replace the body only). */
const SIGNATURE = `create or replace function fs_unit_stats(p_units int[], p_year int, p_asof date, p_today date)
      returns table (unit_id int, path text, is_branch boolean, township_id int, level smallint, level_prev smallint, star_bits int, items_total int, items_done int, items_overdue int,
                     checks_quarter int, findings_minor int, findings_major int, findings_critical int,
                     rect_total int, rect_closed int, rect_overdue int, reports_submitted int, reports_expected int)
      language plpgsql stable as $$`;

export class Migration20261128120000_stats_small_batches extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      ${SIGNATURE}
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
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`
      ${SIGNATURE}
      begin
        if coalesce(cardinality(p_units), 0) = 0 then
          return;
        end if;
        return query select * from fs_unit_stats_rows(p_units, p_year, p_asof, p_today);
      end $$;`);
  }
}
