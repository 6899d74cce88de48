import { Migration } from '@mikro-orm/migrations';

export class Migration20261203170000_meetings_publicity extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "meeting" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "unit_id" int not null, "date" date not null, "theme" varchar(200) not null, "attendee_ids" jsonb not null, "study_content" text not null, "study_materials" text null, "speeches" jsonb not null, "evaluations" jsonb not null, "summary" text null, "recorded_by" int not null);`,
    );
    this.addSql(`create index "meeting_unit_id_date_index" on "meeting" ("unit_id", "date");`);

    this.addSql(
      `create table "meeting_item" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "meeting_id" int not null, "unit_id" int not null, "kind" text check ("kind" in ('DIFFICULTY', 'PROBLEM', 'METHOD', 'MEASURE')) not null, "content" text not null, "owner_unit_id" int null, "owner_person_id" int null, "deadline" date null, "status" text check ("status" in ('OPEN', 'CLOSED')) not null default 'OPEN', "evidence_required" boolean not null default false, "closed_at" timestamptz null, "close_note" text null, "reopen_count" int not null default 0, "answers_ids" jsonb not null, "plan_item_id" int null, "sort_order" int not null default 0);`,
    );
    this.addSql(`create index "meeting_item_meeting_id_index" on "meeting_item" ("meeting_id");`);
    this.addSql(
      `create index "meeting_item_unit_id_status_deadline_index" on "meeting_item" ("unit_id", "status", "deadline");`,
    );

    this.addSql(
      `create table "meeting_item_event" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "item_id" int not null, "action" text check ("action" in ('CLOSE', 'REOPEN', 'TO_PLAN')) not null, "user_id" int not null, "by_name" varchar(60) not null, "at" timestamptz not null, "note" text null);`,
    );
    this.addSql(`create index "meeting_item_event_item_id_index" on "meeting_item_event" ("item_id");`);

    this.addSql(
      `create table "post_thumbnail" ("file_id" int not null, "mime_type" varchar(40) not null, "width" int not null, "height" int not null, "data" bytea not null, "created_at" timestamptz not null, constraint "post_thumbnail_pkey" primary key ("file_id"));`,
    );

    this.addSql(
      `create table "post" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "unit_id" int not null, "author_id" int not null, "author_name" varchar(60) not null, "title" varchar(200) not null, "summary" varchar(500) not null, "format" text check ("format" in ('MARKDOWN', 'HTML')) not null, "body" text not null, "body_html" text not null, "cover_id" int null, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'TOWNSHIP_APPROVED', 'PUBLISHED', 'RETURNED', 'WITHDRAWN')) not null default 'DRAFT', "published_at" timestamptz null, "withdrawn_at" timestamptz null, "last_comment" text null, "star_codes" jsonb not null, "key_task_ids" jsonb not null, "tag_unit_ids" jsonb not null);`,
    );
    this.addSql(`create index "post_unit_id_status_index" on "post" ("unit_id", "status");`);
    this.addSql(`create index "post_status_published_at_index" on "post" ("status", "published_at");`);

    this.addSql(
      `create table "post_image" ("id" serial primary key, "post_id" int not null, "file_id" int not null, "sort_order" int not null default 0);`,
    );
    this.addSql(`create index "post_image_file_id_index" on "post_image" ("file_id");`);
    this.addSql(
      `alter table "post_image" add constraint "post_image_post_id_file_id_unique" unique ("post_id", "file_id");`,
    );

    this.addSql(
      `create table "post_event" ("id" serial primary key, "post_id" int not null, "action" text check ("action" in ('CREATE', 'EDIT', 'SUBMIT', 'TOWNSHIP_APPROVE', 'PUBLISH', 'RETURN', 'WITHDRAW')) not null, "from_status" text check ("from_status" in ('DRAFT', 'SUBMITTED', 'TOWNSHIP_APPROVED', 'PUBLISHED', 'RETURNED', 'WITHDRAWN')) null, "to_status" text check ("to_status" in ('DRAFT', 'SUBMITTED', 'TOWNSHIP_APPROVED', 'PUBLISHED', 'RETURNED', 'WITHDRAWN')) not null, "user_id" int not null, "by_name" varchar(60) not null, "at" timestamptz not null, "comment" text null);`,
    );
    this.addSql(`create index "post_event_post_id_index" on "post_event" ("post_id");`);

    this.addSql(
      `alter table "meeting" add constraint "meeting_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "meeting_item" add constraint "meeting_item_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "meeting_item" add constraint "meeting_item_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "meeting_item" add constraint "meeting_item_owner_unit_id_foreign" foreign key ("owner_unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "meeting_item" add constraint "meeting_item_owner_person_id_foreign" foreign key ("owner_person_id") references "person" ("id") on update cascade on delete restrict;`,
    );

    // The plan item it became; deleting that plan item only forgets the link.
    this.addSql(
      `alter table "meeting_item" add constraint "meeting_item_plan_item_id_foreign" foreign key ("plan_item_id") references "plan_item" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "meeting_item_event" add constraint "meeting_item_event_item_id_foreign" foreign key ("item_id") references "meeting_item" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "post_thumbnail" add constraint "post_thumbnail_file_id_foreign" foreign key ("file_id") references "stored_file" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "post" add constraint "post_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "post" add constraint "post_cover_id_foreign" foreign key ("cover_id") references "stored_file" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "post_image" add constraint "post_image_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "post_image" add constraint "post_image_file_id_foreign" foreign key ("file_id") references "stored_file" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "post_event" add constraint "post_event_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "meeting_item" drop constraint "meeting_item_meeting_id_foreign";`);

    this.addSql(`alter table "meeting_item_event" drop constraint "meeting_item_event_item_id_foreign";`);

    this.addSql(`alter table "post_image" drop constraint "post_image_post_id_foreign";`);

    this.addSql(`alter table "post_event" drop constraint "post_event_post_id_foreign";`);

    this.addSql(`drop table if exists "meeting" cascade;`);

    this.addSql(`drop table if exists "meeting_item" cascade;`);

    this.addSql(`drop table if exists "meeting_item_event" cascade;`);

    this.addSql(`drop table if exists "post_thumbnail" cascade;`);

    this.addSql(`drop table if exists "post" cascade;`);

    this.addSql(`drop table if exists "post_image" cascade;`);

    this.addSql(`drop table if exists "post_event" cascade;`);
  }
}
