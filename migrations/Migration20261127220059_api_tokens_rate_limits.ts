import { Migration } from '@mikro-orm/migrations';

export class Migration20261127220059_api_tokens_rate_limits extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "rate_limit_counter" ("bucket" varchar(120) not null, "window_start" timestamptz not null, "hits" int not null, constraint "rate_limit_counter_pkey" primary key ("bucket", "window_start"));`,
    );

    this.addSql(`alter table "role_assignment" drop constraint if exists "role_assignment_role_check";`);

    this.addSql(
      `alter table "role_assignment" add constraint "role_assignment_role_check" check("role" in ('DISTRICT_ADMIN', 'LEADER', 'TASK_FORCE', 'SUPERVISOR', 'TOWNSHIP_STAFF', 'BRANCH_STAFF', 'INTEGRATOR'));`,
    );

    this.addSql(`alter table "auth_token" add column "scope_unit_id" int null;`);
    this.addSql(
      `alter table "auth_token" add constraint "auth_token_scope_unit_id_foreign" foreign key ("scope_unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rate_limit_counter" cascade;`);

    this.addSql(`alter table "auth_token" drop constraint "auth_token_scope_unit_id_foreign";`);

    this.addSql(`alter table "role_assignment" drop constraint if exists "role_assignment_role_check";`);

    this.addSql(`alter table "auth_token" drop column "scope_unit_id";`);

    this.addSql(
      `alter table "role_assignment" add constraint "role_assignment_role_check" check("role" in ('DISTRICT_ADMIN', 'LEADER', 'TASK_FORCE', 'SUPERVISOR', 'TOWNSHIP_STAFF', 'BRANCH_STAFF'));`,
    );
  }
}
