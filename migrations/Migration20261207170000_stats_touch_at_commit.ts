import { Migration } from '@mikro-orm/migrations';

const SOURCES = ['branch_star', 'plan_item', 'spot_check', 'finding', 'rectification', 'daily_report', 'plan'];

/**
 * The statistics' staleness marks are taken at commit instead of at each write. A write into a
 * source table counts up its unit's `touched` and, through the cascade, its township's and its
 * district's: rows every writer in that district updates, each held locked until its transaction
 * ends. As a plain AFTER trigger the lock was taken at the write and held through everything the
 * mutation did next (the audit append, its round trips); as a deferred constraint trigger it runs at
 * COMMIT, so concurrent writers of one district hold those rows only while committing. The marks
 * are the same, and a transaction that rolls back marks nothing, as before.
 */
export class Migration20261207170000_stats_touch_at_commit extends Migration {
  override async up(): Promise<void> {
    for (const t of SOURCES) {
      this.addSql(`drop trigger if exists fs_stats_touch on "${t}"`);
      this.addSql(
        `create constraint trigger fs_stats_touch after insert or update or delete on "${t}" deferrable initially deferred for each row execute function fs_stats_touch()`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const t of SOURCES) {
      this.addSql(`drop trigger if exists fs_stats_touch on "${t}"`);
      this.addSql(
        `create trigger fs_stats_touch after insert or update or delete on "${t}" for each row execute function fs_stats_touch()`,
      );
    }
  }
}
