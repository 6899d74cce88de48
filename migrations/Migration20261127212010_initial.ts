import { Migration } from '@mikro-orm/migrations';

export class Migration20261127212010_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "login_attempt" ("id" serial primary key, "username" varchar(200) not null, "address" varchar(64) null, "succeeded" boolean not null, "at" timestamptz not null default now());`,
    );
    this.addSql(`create index "login_attempt_username_index" on "login_attempt" ("username");`);
    this.addSql(`create index "login_attempt_at_index" on "login_attempt" ("at");`);

    this.addSql(
      `create table "star_type" ("code" varchar(40) not null, "name_zh" varchar(40) not null, "name_en" varchar(80) not null, "community_name_zh" varchar(40) null, "categories" text[] not null, "description" text null, "sort_order" int not null default 0, "version" int not null default 1, constraint "star_type_pkey" primary key ("code"));`,
    );

    this.addSql(
      `create table "unit" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "name" varchar(100) not null, "code" varchar(50) null, "level" text check ("level" in ('PROVINCE', 'CITY', 'DISTRICT', 'TOWNSHIP', 'BRANCH')) not null, "township_kind" text check ("township_kind" in ('TOWNSHIP', 'TOWN', 'SUBDISTRICT', 'MANAGEMENT_COMMITTEE')) null, "branch_kind" text check ("branch_kind" in ('PARTY_BRANCH', 'GENERAL_BRANCH', 'PARTY_COMMITTEE')) null, "category" text check ("category" in ('RURAL', 'COMMUNITY')) null, "parent_id" int null, "path" text not null, "depth" smallint not null, "sort_order" int not null default 0, "is_sample" boolean not null default false);`,
    );
    this.addSql(`alter table "unit" add constraint "unit_code_unique" unique ("code");`);
    this.addSql(`create index "unit_parent_id_index" on "unit" ("parent_id");`);
    this.addSql(`create index "unit_level_id_idx" on "unit" ("level", "id");`);
    this.addSql(`create index "unit_path_idx" on "unit" ("path" text_pattern_ops);`);

    this.addSql(
      `create table "person" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "name" varchar(50) not null, "title" varchar(100) null, "unit_id" int not null, "is_sample" boolean not null default false);`,
    );
    this.addSql(`create index "person_unit_id_index" on "person" ("unit_id");`);

    this.addSql(
      `create table "star_owner" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "branch_id" int not null, "star_type_code" varchar(40) not null, "person_id" int not null, "start_date" date not null, "end_date" date null, constraint star_owner_period check (end_date is null or end_date >= start_date));`,
    );
    this.addSql(`create index "star_owner_person_id_index" on "star_owner" ("person_id");`);
    this.addSql(
      `create index "star_owner_branch_id_star_type_code_start_date_index" on "star_owner" ("branch_id", "star_type_code", "start_date");`,
    );

    this.addSql(
      `create table "department" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "district_id" int not null, "code" varchar(40) not null, "name" varchar(100) not null, "short_name" varchar(40) null, "sort_order" int not null default 0);`,
    );
    this.addSql(
      `alter table "department" add constraint "department_district_id_code_unique" unique ("district_id", "code");`,
    );

    this.addSql(
      `create table "star_task_force" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "district_id" int not null, "star_type_code" varchar(40) not null, "lead_department_id" int not null, "name" varchar(100) not null);`,
    );
    this.addSql(
      `alter table "star_task_force" add constraint "star_task_force_district_id_star_type_code_unique" unique ("district_id", "star_type_code");`,
    );

    this.addSql(
      `create table "position" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" int not null, "role" text check ("role" in ('PARTY_SECRETARY', 'ORGANIZATION_MINISTER', 'TOWNSHIP_SECRETARY', 'TASK_FORCE_LEADER', 'TASK_FORCE_MEMBER', 'COUNTY_LEADER', 'BRANCH_SECRETARY', 'BRANCH_MEMBER', 'SUPERVISOR')) not null, "unit_id" int null, "department_id" int null, "task_force_id" int null, "scope_unit_id" int not null, "start_date" date not null, "end_date" date null, "title" varchar(100) null, constraint position_period check (end_date is null or end_date >= start_date), constraint position_one_place check (num_nonnulls(unit_id, department_id, task_force_id) = 1));`,
    );
    this.addSql(`create index "position_person_id_index" on "position" ("person_id");`);
    this.addSql(`create index "position_scope_unit_idx" on "position" ("scope_unit_id");`);
    this.addSql(
      `create index "position_task_force_id_role_start_date_index" on "position" ("task_force_id", "role", "start_date");`,
    );
    this.addSql(
      `create index "position_unit_id_role_start_date_index" on "position" ("unit_id", "role", "start_date");`,
    );

    this.addSql(
      `create table "key_task" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "edition" int not null, "code" varchar(40) not null, "star_type_code" varchar(40) not null, "category" text check ("category" in ('RURAL', 'COMMUNITY')) not null, "title" varchar(200) not null, "description" text null, "weight" double precision not null default 0, "required_evidence" text null, "lead_department_id" int null, "sort_order" int not null default 0, "is_sample" boolean not null default false);`,
    );
    this.addSql(
      `create index "key_task_edition_category_star_type_code_index" on "key_task" ("edition", "category", "star_type_code");`,
    );
    this.addSql(`alter table "key_task" add constraint "key_task_edition_code_unique" unique ("edition", "code");`);

    this.addSql(
      `create table "contact_point" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "leader_id" int not null, "unit_id" int not null, "start_date" date not null, "end_date" date null, "note" text null, constraint contact_point_period check (end_date is null or end_date >= start_date));`,
    );
    this.addSql(`create index "contact_point_leader_id_index" on "contact_point" ("leader_id");`);
    this.addSql(`create index "contact_point_unit_id_start_date_index" on "contact_point" ("unit_id", "start_date");`);

    this.addSql(
      `create table "app_user" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "username" varchar(60) not null, "display_name" varchar(60) not null, "password_hash" text not null, "person_id" int null, "active" boolean not null default true, "last_login_at" timestamptz null);`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);

    this.addSql(
      `create table "role_assignment" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "user_id" int not null, "role" text check ("role" in ('DISTRICT_ADMIN', 'LEADER', 'TASK_FORCE', 'SUPERVISOR', 'TOWNSHIP_STAFF', 'BRANCH_STAFF')) not null, "unit_id" int not null, "star_type_code" varchar(40) null);`,
    );
    this.addSql(`create index "role_assignment_user_id_index" on "role_assignment" ("user_id");`);

    this.addSql(
      `create table "auth_token" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "user_id" int not null, "kind" text check ("kind" in ('SESSION', 'API')) not null, "token_hash" varchar(64) not null, "name" varchar(100) null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "last_used_at" timestamptz null);`,
    );
    this.addSql(`create index "auth_token_user_id_index" on "auth_token" ("user_id");`);
    this.addSql(`alter table "auth_token" add constraint "auth_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(
      `alter table "unit" add constraint "unit_parent_id_foreign" foreign key ("parent_id") references "unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "person" add constraint "person_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "star_owner" add constraint "star_owner_branch_id_foreign" foreign key ("branch_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "star_owner" add constraint "star_owner_star_type_code_foreign" foreign key ("star_type_code") references "star_type" ("code") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "star_owner" add constraint "star_owner_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "department" add constraint "department_district_id_foreign" foreign key ("district_id") references "unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "star_task_force" add constraint "star_task_force_district_id_foreign" foreign key ("district_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "star_task_force" add constraint "star_task_force_star_type_code_foreign" foreign key ("star_type_code") references "star_type" ("code") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "star_task_force" add constraint "star_task_force_lead_department_id_foreign" foreign key ("lead_department_id") references "department" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "position" add constraint "position_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "position" add constraint "position_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "position" add constraint "position_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "position" add constraint "position_task_force_id_foreign" foreign key ("task_force_id") references "star_task_force" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "position" add constraint "position_scope_unit_id_foreign" foreign key ("scope_unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "key_task" add constraint "key_task_star_type_code_foreign" foreign key ("star_type_code") references "star_type" ("code") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "key_task" add constraint "key_task_lead_department_id_foreign" foreign key ("lead_department_id") references "department" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "contact_point" add constraint "contact_point_leader_id_foreign" foreign key ("leader_id") references "person" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "contact_point" add constraint "contact_point_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "app_user" add constraint "app_user_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "role_assignment" add constraint "role_assignment_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "role_assignment" add constraint "role_assignment_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "role_assignment" add constraint "role_assignment_star_type_code_foreign" foreign key ("star_type_code") references "star_type" ("code") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "auth_token" add constraint "auth_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "star_owner" drop constraint "star_owner_star_type_code_foreign";`);

    this.addSql(`alter table "star_task_force" drop constraint "star_task_force_star_type_code_foreign";`);

    this.addSql(`alter table "key_task" drop constraint "key_task_star_type_code_foreign";`);

    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_star_type_code_foreign";`);

    this.addSql(`alter table "unit" drop constraint "unit_parent_id_foreign";`);

    this.addSql(`alter table "person" drop constraint "person_unit_id_foreign";`);

    this.addSql(`alter table "star_owner" drop constraint "star_owner_branch_id_foreign";`);

    this.addSql(`alter table "department" drop constraint "department_district_id_foreign";`);

    this.addSql(`alter table "star_task_force" drop constraint "star_task_force_district_id_foreign";`);

    this.addSql(`alter table "position" drop constraint "position_unit_id_foreign";`);

    this.addSql(`alter table "position" drop constraint "position_scope_unit_id_foreign";`);

    this.addSql(`alter table "contact_point" drop constraint "contact_point_unit_id_foreign";`);

    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_unit_id_foreign";`);

    this.addSql(`alter table "star_owner" drop constraint "star_owner_person_id_foreign";`);

    this.addSql(`alter table "position" drop constraint "position_person_id_foreign";`);

    this.addSql(`alter table "contact_point" drop constraint "contact_point_leader_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_person_id_foreign";`);

    this.addSql(`alter table "star_task_force" drop constraint "star_task_force_lead_department_id_foreign";`);

    this.addSql(`alter table "position" drop constraint "position_department_id_foreign";`);

    this.addSql(`alter table "key_task" drop constraint "key_task_lead_department_id_foreign";`);

    this.addSql(`alter table "position" drop constraint "position_task_force_id_foreign";`);

    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_user_id_foreign";`);

    this.addSql(`alter table "auth_token" drop constraint "auth_token_user_id_foreign";`);

    this.addSql(`drop table if exists "login_attempt" cascade;`);

    this.addSql(`drop table if exists "star_type" cascade;`);

    this.addSql(`drop table if exists "unit" cascade;`);

    this.addSql(`drop table if exists "person" cascade;`);

    this.addSql(`drop table if exists "star_owner" cascade;`);

    this.addSql(`drop table if exists "department" cascade;`);

    this.addSql(`drop table if exists "star_task_force" cascade;`);

    this.addSql(`drop table if exists "position" cascade;`);

    this.addSql(`drop table if exists "key_task" cascade;`);

    this.addSql(`drop table if exists "contact_point" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "role_assignment" cascade;`);

    this.addSql(`drop table if exists "auth_token" cascade;`);
  }
}
