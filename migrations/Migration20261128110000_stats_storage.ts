import { Migration } from '@mikro-orm/migrations';

/**
 * The township rollup is rewritten all day (every touched unit bumps its township's row, the
 * refresher rewrites it): with free room on each page PostgreSQL updates a row in place (HOT), so
 * the table stays a few hundred kilobytes instead of growing with every write — the province
 * statistics read all of it.
 */
export class Migration20261128110000_stats_storage extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "stats_township" set (fillfactor = 50, autovacuum_vacuum_scale_factor = 0.05);`);
    this.addSql(`alter table "stats_unit" set (fillfactor = 80, autovacuum_vacuum_scale_factor = 0.05);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "stats_township" reset (fillfactor, autovacuum_vacuum_scale_factor);`);
    this.addSql(`alter table "stats_unit" reset (fillfactor, autovacuum_vacuum_scale_factor);`);
  }
}
