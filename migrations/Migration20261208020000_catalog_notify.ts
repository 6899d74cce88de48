import { Migration } from '@mikro-orm/migrations';

/**
 * The session cache's notifications also cover what the statistics read from memory: any change
 * to a unit (its name, level or path) and to the star catalog empties every process's cache
 * (server/src/modules/auth/principal-cache.ts, `catalogGet`). Units and star types change rarely
 * (an edit, a move, an import): emptying the sessions too on those costs one statement per session.
 */
export class Migration20261208020000_catalog_notify extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop trigger if exists fs_auth_changed on "unit";`);
    this.addSql(
      `create trigger fs_auth_changed after update or delete on "unit" for each statement execute function fs_auth_changed();`,
    );
    this.addSql(
      `create trigger fs_auth_changed after insert or update or delete on "star_type" for each statement execute function fs_auth_changed();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists fs_auth_changed on "star_type";`);
    this.addSql(`drop trigger if exists fs_auth_changed on "unit";`);
    this.addSql(
      `create trigger fs_auth_changed after update of path on "unit" for each statement execute function fs_auth_changed();`,
    );
  }
}
