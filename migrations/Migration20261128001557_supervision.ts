import { Migration } from '@mikro-orm/migrations';

export class Migration20261128001557_supervision extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "supervision_team" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "name" varchar(100) not null, "scope_unit_id" int not null, "leader_id" int not null, "star_codes" text[] not null default '{}', "active" boolean not null default true);`,
    );
    this.addSql(`create index "supervision_team_scope_unit_id_index" on "supervision_team" ("scope_unit_id");`);

    this.addSql(
      `create table "supervision_team_member" ("id" serial primary key, "team_id" int not null, "user_id" int not null);`,
    );
    this.addSql(`create index "supervision_team_member_team_id_index" on "supervision_team_member" ("team_id");`);
    this.addSql(`create index "supervision_team_member_user_id_index" on "supervision_team_member" ("user_id");`);
    this.addSql(
      `alter table "supervision_team_member" add constraint "supervision_team_member_team_id_user_id_unique" unique ("team_id", "user_id");`,
    );

    this.addSql(
      `create table "spot_check" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "team_id" int not null, "target_unit_id" int not null, "status" text check ("status" in ('PLANNED', 'IN_PROGRESS', 'COMPLETED')) not null default 'PLANNED', "planned_for" date not null, "key_task_ids" integer[] not null default '{}', "star_codes" text[] not null default '{}', "note" text null, "planned_by_id" int not null, "started_at" timestamptz null, "location" varchar(200) null, "completed_at" timestamptz null, "summary" text null, "method_attested" boolean not null default false, "overall_score" double precision null, "completed_by_id" int null);`,
    );
    this.addSql(`create index "spot_check_team_id_index" on "spot_check" ("team_id");`);
    this.addSql(`create index "spot_check_target_unit_id_status_index" on "spot_check" ("target_unit_id", "status");`);

    this.addSql(
      `create table "spot_check_score" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "spot_check_id" int not null, "key_task_id" int not null, "score" double precision not null, "comment" text null);`,
    );
    this.addSql(
      `alter table "spot_check_score" add constraint "spot_check_score_spot_check_id_key_task_id_unique" unique ("spot_check_id", "key_task_id");`,
    );

    this.addSql(
      `create table "finding" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "spot_check_id" int not null, "key_task_id" int null, "star_code" varchar(40) null, "severity" text check ("severity" in ('MINOR', 'MAJOR', 'CRITICAL')) not null, "description" text not null, "claimed_by_id" int null, "recorded_at" timestamptz not null, "recorded_by_id" int not null);`,
    );
    this.addSql(`create index "finding_spot_check_id_index" on "finding" ("spot_check_id");`);

    this.addSql(
      `create table "rectification" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "finding_id" int not null, "spot_check_id" int not null, "responsible_unit_id" int not null, "responsible_person_id" int null, "measures" text not null, "deadline" date not null, "status" text check ("status" in ('ASSIGNED', 'SUBMITTED', 'CLOSED')) not null default 'ASSIGNED', "reopen_count" int not null default 0, "submission_note" text null, "submitted_at" timestamptz null, "closed_at" timestamptz null);`,
    );
    this.addSql(`alter table "rectification" add constraint "rectification_finding_id_unique" unique ("finding_id");`);
    this.addSql(`create index "rectification_spot_check_id_index" on "rectification" ("spot_check_id");`);
    this.addSql(`create index "rectification_responsible_unit_id_index" on "rectification" ("responsible_unit_id");`);
    this.addSql(`create index "rectification_status_deadline_index" on "rectification" ("status", "deadline");`);

    this.addSql(
      `create table "rectification_event" ("id" serial primary key, "rectification_id" int not null, "action" text check ("action" in ('ASSIGN', 'SUBMIT', 'ACCEPT', 'REJECT')) not null, "from_status" text check ("from_status" in ('ASSIGNED', 'SUBMITTED', 'CLOSED')) null, "to_status" text check ("to_status" in ('ASSIGNED', 'SUBMITTED', 'CLOSED')) not null, "user_id" int not null, "by_name" varchar(60) not null, "at" timestamptz not null, "comment" text null);`,
    );
    this.addSql(
      `create index "rectification_event_rectification_id_index" on "rectification_event" ("rectification_id");`,
    );

    this.addSql(
      `alter table "supervision_team" add constraint "supervision_team_scope_unit_id_foreign" foreign key ("scope_unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "supervision_team" add constraint "supervision_team_leader_id_foreign" foreign key ("leader_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "supervision_team_member" add constraint "supervision_team_member_team_id_foreign" foreign key ("team_id") references "supervision_team" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "supervision_team_member" add constraint "supervision_team_member_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "spot_check" add constraint "spot_check_team_id_foreign" foreign key ("team_id") references "supervision_team" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "spot_check" add constraint "spot_check_target_unit_id_foreign" foreign key ("target_unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "spot_check_score" add constraint "spot_check_score_spot_check_id_foreign" foreign key ("spot_check_id") references "spot_check" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "spot_check_score" add constraint "spot_check_score_key_task_id_foreign" foreign key ("key_task_id") references "key_task" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "finding" add constraint "finding_spot_check_id_foreign" foreign key ("spot_check_id") references "spot_check" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "finding" add constraint "finding_key_task_id_foreign" foreign key ("key_task_id") references "key_task" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "finding" add constraint "finding_claimed_by_id_foreign" foreign key ("claimed_by_id") references "person" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "rectification" add constraint "rectification_finding_id_foreign" foreign key ("finding_id") references "finding" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "rectification" add constraint "rectification_spot_check_id_foreign" foreign key ("spot_check_id") references "spot_check" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "rectification" add constraint "rectification_responsible_unit_id_foreign" foreign key ("responsible_unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "rectification" add constraint "rectification_responsible_person_id_foreign" foreign key ("responsible_person_id") references "person" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "rectification_event" add constraint "rectification_event_rectification_id_foreign" foreign key ("rectification_id") references "rectification" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "supervision_team_member" drop constraint "supervision_team_member_team_id_foreign";`);

    this.addSql(`alter table "spot_check" drop constraint "spot_check_team_id_foreign";`);

    this.addSql(`alter table "spot_check_score" drop constraint "spot_check_score_spot_check_id_foreign";`);

    this.addSql(`alter table "finding" drop constraint "finding_spot_check_id_foreign";`);

    this.addSql(`alter table "rectification" drop constraint "rectification_spot_check_id_foreign";`);

    this.addSql(`alter table "rectification" drop constraint "rectification_finding_id_foreign";`);

    this.addSql(`alter table "rectification_event" drop constraint "rectification_event_rectification_id_foreign";`);

    this.addSql(`drop table if exists "supervision_team" cascade;`);

    this.addSql(`drop table if exists "supervision_team_member" cascade;`);

    this.addSql(`drop table if exists "spot_check" cascade;`);

    this.addSql(`drop table if exists "spot_check_score" cascade;`);

    this.addSql(`drop table if exists "finding" cascade;`);

    this.addSql(`drop table if exists "rectification" cascade;`);

    this.addSql(`drop table if exists "rectification_event" cascade;`);
  }
}
