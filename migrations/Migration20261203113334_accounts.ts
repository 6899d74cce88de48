import { Migration } from '@mikro-orm/migrations';

/**
 * Accounts: each user's own unit (which, with its grants, decides who manages it), the forced
 * password change, usernames unique regardless of case and surrounding spaces, and the device and
 * address of each session. The session cache must also hear of a forced change (fs_auth_changed).
 */
export class Migration20261203113334_accounts extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "app_user" add column "unit_id" int null, add column "must_change_password" boolean not null default false;`,
    );
    this.addSql(
      `alter table "app_user" add constraint "app_user_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(`create index "app_user_unit_id_index" on "app_user" ("unit_id");`);
    this.addSql(`create unique index "app_user_username_ci_unique" on "app_user" (lower(trim("username")));`);

    this.addSql(
      `alter table "auth_token" add column "user_agent" varchar(300) null, add column "address" varchar(64) null;`,
    );

    // Existing accounts belong to the highest unit they hold a role over.
    this.addSql(`update "app_user" u set "unit_id" = (
      select r.unit_id from "role_assignment" r join "unit" x on x.id = r.unit_id
       where r.user_id = u.id order by length(x.path), r.id limit 1);`);
    this.addSql(`drop trigger if exists fs_auth_changed on "app_user";`);
    this.addSql(
      `create trigger fs_auth_changed after update of active, username, display_name, password_hash, must_change_password or delete on "app_user" for each statement execute function fs_auth_changed();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists fs_auth_changed on "app_user";`);
    this.addSql(
      `create trigger fs_auth_changed after update of active, username, display_name, password_hash or delete on "app_user" for each statement execute function fs_auth_changed();`,
    );
    this.addSql(`alter table "app_user" drop constraint "app_user_unit_id_foreign";`);

    this.addSql(`drop index "app_user_unit_id_index";`);
    this.addSql(`drop index "app_user_username_ci_unique";`);
    this.addSql(`alter table "app_user" drop column "unit_id", drop column "must_change_password";`);

    this.addSql(`alter table "auth_token" drop column "user_agent", drop column "address";`);
  }
}
