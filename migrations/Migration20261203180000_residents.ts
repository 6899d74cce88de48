import { Migration } from '@mikro-orm/migrations';

export class Migration20261203180000_residents extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "resident_calendar_day" ("day" date not null primary key, "workday" boolean not null, "name" varchar(40) not null);`,
    );

    this.addSql(
      `create table "resident_meeting" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "unit_id" int not null references "unit" ("id") on update cascade on delete restrict, "held_on" date not null, "topic" varchar(200) not null, "attendees" text not null, "solution" text not null, "recorded_by" varchar(60) not null);`,
    );
    this.addSql(`create index "resident_meeting_unit_id_index" on "resident_meeting" ("unit_id");`);

    this.addSql(
      `create table "resident_request" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1,
        "unit_id" int not null references "unit" ("id") on update cascade on delete restrict,
        "origin_unit_id" int not null references "unit" ("id") on update cascade on delete restrict,
        "tracking_code" varchar(20) not null unique,
        "channel" text check ("channel" in ('LETTER', 'VISIT', 'PHONE', 'ONLINE')) not null,
        "category" text check ("category" in ('CONSULTATION', 'HELP', 'SUGGESTION', 'COMPLAINT')) not null,
        "stage" text check ("stage" in ('REGISTERED', 'ACCEPTED', 'MERGED', 'CONSULTATION', 'HANDLING', 'FEEDBACK', 'CLOSED')) not null default 'REGISTERED',
        "title" varchar(100) not null, "content" text not null,
        "resident_name" varchar(40) null, "phone" varchar(20) null, "address" varchar(200) null,
        "anonymous" boolean not null default false,
        "received_at" timestamptz not null, "accepted_at" timestamptz null, "deadline" date null,
        "meeting_id" int null references "resident_meeting" ("id") on update cascade on delete restrict,
        "merged_into_id" int null references "resident_request" ("id") on update cascade on delete restrict,
        "responsible_unit" varchar(100) null, "responsible_person" varchar(60) null,
        "feedback" text null, "feedback_at" timestamptz null, "responded_on_time" boolean null,
        "evaluation" text check ("evaluation" in ('SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED')) null,
        "evaluation_via" text check ("evaluation_via" in ('TRACKING_CODE', 'CALL_BACK')) null,
        "evaluated_at" timestamptz null, "reopen_count" smallint not null default 0,
        "photo_file_ids" integer[] not null default '{}', "is_sample" boolean not null default false);`,
    );
    this.addSql(`create index "resident_request_unit_id_stage_index" on "resident_request" ("unit_id", "stage");`);
    this.addSql(`create index "resident_request_origin_unit_id_index" on "resident_request" ("origin_unit_id");`);
    this.addSql(`create index "resident_request_received_at_index" on "resident_request" ("received_at");`);
    this.addSql(`create index "resident_request_meeting_id_index" on "resident_request" ("meeting_id");`);

    this.addSql(
      `create table "resident_request_event" ("id" serial primary key, "request_id" int not null references "resident_request" ("id") on update cascade on delete restrict,
        "action" text check ("action" in ('REGISTER', 'SUBMIT', 'ACCEPT', 'MERGE', 'REFER', 'CONSULT', 'HANDLE', 'FEEDBACK', 'EVALUATE', 'REOPEN')) not null,
        "from_stage" text check ("from_stage" in ('REGISTERED', 'ACCEPTED', 'MERGED', 'CONSULTATION', 'HANDLING', 'FEEDBACK', 'CLOSED')) null,
        "to_stage" text check ("to_stage" in ('REGISTERED', 'ACCEPTED', 'MERGED', 'CONSULTATION', 'HANDLING', 'FEEDBACK', 'CLOSED')) not null,
        "user_id" int null, "by_name" varchar(60) not null, "at" timestamptz not null, "note" text null);`,
    );
    this.addSql(`create index "resident_request_event_request_id_index" on "resident_request_event" ("request_id");`);

    this.addSql(
      `create table "resident_photo" ("id" serial primary key, "request_id" int not null references "resident_request" ("id") on update cascade on delete restrict, "mime_type" varchar(100) not null, "size" int not null, "sha256" varchar(64) not null, "data" bytea not null, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "resident_photo_request_id_index" on "resident_photo" ("request_id");`);

    this.addSql(
      `create table "community_member" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1,
        "unit_id" int not null references "unit" ("id") on update cascade on delete restrict,
        "kind" text check ("kind" in ('VOLUNTEER', 'SUPERVISOR')) not null, "name" varchar(40) not null,
        "person_id" int null references "person" ("id") on update cascade on delete restrict,
        "note" varchar(200) null, "joined_on" date not null, "active" boolean not null default true);`,
    );
    this.addSql(`create index "community_member_unit_id_kind_index" on "community_member" ("unit_id", "kind");`);
    this.addSql(`create index "community_member_person_id_index" on "community_member" ("person_id");`);

    this.addSql(
      `create table "community_activity" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1,
        "unit_id" int not null references "unit" ("id") on update cascade on delete restrict, "held_on" date not null,
        "kind" text check ("kind" in ('SERVICE', 'PATROL', 'POLICY_TALK', 'SUPERVISION', 'VISIT')) not null,
        "title" varchar(100) not null, "participants" int not null, "residents_reached" int not null);`,
    );
    this.addSql(
      `create index "community_activity_unit_id_held_on_index" on "community_activity" ("unit_id", "held_on");`,
    );

    this.addSql(
      `create table "community_pledge" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1,
        "unit_id" int not null references "unit" ("id") on update cascade on delete restrict,
        "official_name" varchar(40) not null, "post" varchar(60) not null, "pledge" text not null, "signed_on" date not null,
        "published" boolean not null default true);`,
    );
    this.addSql(`create index "community_pledge_unit_id_index" on "community_pledge" ("unit_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "community_pledge" cascade;`);
    this.addSql(`drop table if exists "community_activity" cascade;`);
    this.addSql(`drop table if exists "community_member" cascade;`);
    this.addSql(`drop table if exists "resident_photo" cascade;`);
    this.addSql(`drop table if exists "resident_request_event" cascade;`);
    this.addSql(`drop table if exists "resident_request" cascade;`);
    this.addSql(`drop table if exists "resident_meeting" cascade;`);
    this.addSql(`drop table if exists "resident_calendar_day" cascade;`);
  }
}
