import { Migration } from '@mikro-orm/migrations';

export class Migration20261127215611_audit_trail extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_entry" ("id" bigserial primary key, "at" timestamptz not null, "user_id" int null, "username" varchar(200) null, "operation" varchar(80) not null, "target_type" varchar(60) not null, "target_id" varchar(60) null, "action" varchar(30) not null, "changes" jsonb not null, "address" varchar(64) null, "scope_path" text null, "visibility_ref" varchar(80) null, "prev_hash" varchar(64) not null, "hash" varchar(64) not null);`,
    );
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_scope_idx" on "audit_entry" ("scope_path" text_pattern_ops);`);
    this.addSql(`create index "audit_entry_user_id_at_index" on "audit_entry" ("user_id", "at");`);
    this.addSql(
      `create index "audit_entry_target_type_target_id_index" on "audit_entry" ("target_type", "target_id");`,
    );
    // Append-only for every role, the application's included: a trigger refuses changes and
    // deletions (owners and superusers are subject to triggers too), and no role is granted them.
    this.addSql(`create function audit_entry_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(
      `create trigger audit_entry_no_update before update or delete on "audit_entry" for each row execute function audit_entry_append_only();`,
    );
    this.addSql(
      `create trigger audit_entry_no_truncate before truncate on "audit_entry" for each statement execute function audit_entry_append_only();`,
    );
    this.addSql(`revoke update, delete, truncate on "audit_entry" from public;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_entry" cascade;`);
    this.addSql(`drop function if exists audit_entry_append_only();`);
  }
}
