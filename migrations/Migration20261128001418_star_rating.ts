import { Migration } from '@mikro-orm/migrations';

export class Migration20261128001418_star_rating extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "star_application" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "branch_id" int not null, "star_type_code" varchar(40) not null, "year" int not null, "status" text check ("status" in ('SUBMITTED', 'TOWNSHIP_APPROVED', 'TASK_FORCE_APPROVED', 'DECIDED', 'PUBLIC_NOTICE', 'AWARDED', 'REJECTED', 'RETURNED')) not null, "self_score" double precision not null default 0, "submitted_at" timestamptz not null, "submitted_by_id" int not null, "notice_starts_on" date null, "notice_ends_on" date null, "awarded_at" timestamptz null);`,
    );
    this.addSql(`create index "star_application_status_index" on "star_application" ("status");`);
    this.addSql(
      `create index "star_application_branch_id_star_type_code_year_index" on "star_application" ("branch_id", "star_type_code", "year");`,
    );

    this.addSql(
      `create table "star_objection" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "application_id" int not null, "reason" text not null, "filed_by_id" int not null, "filed_by_name" varchar(100) not null, "filed_at" timestamptz not null, "status" text check ("status" in ('OPEN', 'UPHELD', 'DISMISSED')) not null default 'OPEN', "resolution" text null, "resolved_by_name" varchar(100) null, "resolved_at" timestamptz null);`,
    );
    this.addSql(
      `create index "star_objection_application_id_status_index" on "star_objection" ("application_id", "status");`,
    );

    this.addSql(
      `create table "star_application_transition" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "application_id" int not null, "from_status" text check ("from_status" in ('SUBMITTED', 'TOWNSHIP_APPROVED', 'TASK_FORCE_APPROVED', 'DECIDED', 'PUBLIC_NOTICE', 'AWARDED', 'REJECTED', 'RETURNED')) null, "to_status" text check ("to_status" in ('SUBMITTED', 'TOWNSHIP_APPROVED', 'TASK_FORCE_APPROVED', 'DECIDED', 'PUBLIC_NOTICE', 'AWARDED', 'REJECTED', 'RETURNED')) not null, "decision" text check ("decision" in ('APPROVE', 'REJECT', 'RETURN')) null, "actor_id" int null, "actor_name" varchar(100) not null, "at" timestamptz not null, "comment" text null);`,
    );
    this.addSql(
      `create index "star_application_transition_application_id_at_index" on "star_application_transition" ("application_id", "at");`,
    );

    this.addSql(
      `create table "star_application_item" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "application_id" int not null, "key_task_id" int not null, "met" boolean not null, "score" double precision not null default 0, "note" text null);`,
    );
    this.addSql(
      `alter table "star_application_item" add constraint "star_application_item_application_id_key_task_id_unique" unique ("application_id", "key_task_id");`,
    );

    this.addSql(
      `create table "branch_star" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "branch_id" int not null, "star_type_code" varchar(40) not null, "since" date not null, "until" date null, "application_id" int null, "end_kind" text check ("end_kind" in ('DOWNGRADED', 'REVOKED')) null, "end_reason" text null, "ended_by_name" varchar(100) null, "awarded_by_name" varchar(100) null, constraint branch_star_period check (until is null or until >= since));`,
    );
    this.addSql(`create index "branch_star_branch_id_since_index" on "branch_star" ("branch_id", "since");`);

    this.addSql(
      `create table "branch_pairing" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "strong_branch_id" int not null, "weak_branch_id" int not null, "start_date" date not null, "end_date" date null, "note" text null, constraint branch_pairing_distinct check (strong_branch_id <> weak_branch_id));`,
    );
    this.addSql(`create index "branch_pairing_weak_branch_id_index" on "branch_pairing" ("weak_branch_id");`);
    this.addSql(`create index "branch_pairing_strong_branch_id_index" on "branch_pairing" ("strong_branch_id");`);

    this.addSql(
      `alter table "star_application" add constraint "star_application_branch_id_foreign" foreign key ("branch_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "star_application" add constraint "star_application_star_type_code_foreign" foreign key ("star_type_code") references "star_type" ("code") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "star_objection" add constraint "star_objection_application_id_foreign" foreign key ("application_id") references "star_application" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "star_application_transition" add constraint "star_application_transition_application_id_foreign" foreign key ("application_id") references "star_application" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "star_application_item" add constraint "star_application_item_application_id_foreign" foreign key ("application_id") references "star_application" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "star_application_item" add constraint "star_application_item_key_task_id_foreign" foreign key ("key_task_id") references "key_task" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "branch_star" add constraint "branch_star_branch_id_foreign" foreign key ("branch_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "branch_star" add constraint "branch_star_star_type_code_foreign" foreign key ("star_type_code") references "star_type" ("code") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "branch_star" add constraint "branch_star_application_id_foreign" foreign key ("application_id") references "star_application" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "branch_pairing" add constraint "branch_pairing_strong_branch_id_foreign" foreign key ("strong_branch_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "branch_pairing" add constraint "branch_pairing_weak_branch_id_foreign" foreign key ("weak_branch_id") references "unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(`drop index "plan_item_unit_id_index";`);
    this.addSql(`alter table "plan_item" drop constraint plan_item_done_completed;`);
    this.addSql(`alter table "plan_item" drop constraint plan_item_progress;`);

    this.addSql(`alter table "plan_item" add constraint plan_item_progress check(progress between 0 and 100);`);

    // Hand-written: one open application per branch, star and year; one period held at a time per branch and star.
    this.addSql(
      `create unique index "star_application_open_unique" on "star_application" ("branch_id", "star_type_code", "year") where status in ('SUBMITTED', 'TOWNSHIP_APPROVED', 'TASK_FORCE_APPROVED', 'DECIDED', 'PUBLIC_NOTICE', 'RETURNED');`,
    );
    this.addSql(
      `create unique index "branch_star_held_unique" on "branch_star" ("branch_id", "star_type_code") where until is null;`,
    );
    this.addSql(`create index "branch_star_held_idx" on "branch_star" ("branch_id") where until is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "star_objection" drop constraint "star_objection_application_id_foreign";`);

    this.addSql(
      `alter table "star_application_transition" drop constraint "star_application_transition_application_id_foreign";`,
    );

    this.addSql(`alter table "star_application_item" drop constraint "star_application_item_application_id_foreign";`);

    this.addSql(`alter table "branch_star" drop constraint "branch_star_application_id_foreign";`);

    this.addSql(`drop table if exists "star_application" cascade;`);

    this.addSql(`drop table if exists "star_objection" cascade;`);

    this.addSql(`drop table if exists "star_application_transition" cascade;`);

    this.addSql(`drop table if exists "star_application_item" cascade;`);

    this.addSql(`drop table if exists "branch_star" cascade;`);

    this.addSql(`drop table if exists "branch_pairing" cascade;`);

    this.addSql(`alter table "plan_item" drop constraint plan_item_progress;`);

    this.addSql(`create index "plan_item_unit_id_index" on "plan_item" ("unit_id");`);
    this.addSql(
      `alter table "plan_item" add constraint plan_item_done_completed check((status <> 'DONE'::text) OR (completed_at IS NOT NULL));`,
    );
    this.addSql(
      `alter table "plan_item" add constraint plan_item_progress check((progress >= 0) AND (progress <= 100));`,
    );
  }
}
