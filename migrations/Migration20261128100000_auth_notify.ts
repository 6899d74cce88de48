import { Migration } from '@mikro-orm/migrations';

/**
 * Notify the `fivestar_auth` channel whenever what a session resolves to may have changed, so that
 * every server process empties its session cache (server/src/modules/auth/principal-cache.ts).
 * Statement-level triggers: one notification per statement, and PostgreSQL folds identical
 * notifications of one transaction into one. The per-minute `last_used_at` write notifies nobody.
 */
export class Migration20261128100000_auth_notify extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function fs_auth_changed() returns trigger language plpgsql as $$
      begin
        perform pg_notify('fivestar_auth', TG_TABLE_NAME);
        return null;
      end $$;`);
    this.addSql(
      `create trigger fs_auth_changed after update of revoked_at, expires_at, user_id, kind, scope_unit_id or delete on "auth_token" for each statement execute function fs_auth_changed();`,
    );
    this.addSql(
      `create trigger fs_auth_changed after update of active, username, display_name, password_hash or delete on "app_user" for each statement execute function fs_auth_changed();`,
    );
    this.addSql(
      `create trigger fs_auth_changed after insert or update or delete on "role_assignment" for each statement execute function fs_auth_changed();`,
    );
    this.addSql(
      `create trigger fs_auth_changed after update of path on "unit" for each statement execute function fs_auth_changed();`,
    );
  }

  override async down(): Promise<void> {
    for (const t of ['auth_token', 'app_user', 'role_assignment', 'unit'])
      this.addSql(`drop trigger if exists fs_auth_changed on "${t}";`);
    this.addSql(`drop function if exists fs_auth_changed();`);
  }
}
