import { Migration } from '@mikro-orm/migrations';

export class Migration20261128001320_plans extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "plan" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "unit_id" int not null, "year" int not null, "level" text check ("level" in ('DISTRICT', 'TOWNSHIP', 'BRANCH')) not null, "title" varchar(200) not null, "note" text null);`,
    );
    this.addSql(`alter table "plan" add constraint "plan_unit_id_year_unique" unique ("unit_id", "year");`);

    this.addSql(
      `create table "plan_star" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "plan_id" int not null, "star_type_code" varchar(40) not null, "intent" text check ("intent" in ('KEEP', 'TARGET', 'STRIVE')) not null, "owner_id" int null);`,
    );
    this.addSql(
      `alter table "plan_star" add constraint "plan_star_plan_id_star_type_code_unique" unique ("plan_id", "star_type_code");`,
    );

    this.addSql(
      `create table "plan_item" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "plan_id" int not null, "unit_id" int not null, "key_task_id" int null, "responsible_person_id" int null, "title" varchar(200) not null, "description" text null, "deadline" date not null, "status" text check ("status" in ('NOT_STARTED', 'IN_PROGRESS', 'DONE')) not null default 'NOT_STARTED', "progress" int not null default 0, "completed_at" timestamptz null, "sort_order" int not null default 0, constraint plan_item_progress check (progress between 0 and 100));`,
    );
    this.addSql(`create index "plan_item_unit_id_status_index" on "plan_item" ("unit_id", "status");`);
    this.addSql(`create index "plan_item_plan_id_deadline_index" on "plan_item" ("plan_id", "deadline");`);

    this.addSql(
      `create table "plan_milestone" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "item_id" int not null, "title" varchar(200) not null, "due_date" date not null, "done_on" date null, "sort_order" int not null default 0);`,
    );
    this.addSql(`create index "plan_milestone_item_id_due_date_index" on "plan_milestone" ("item_id", "due_date");`);

    this.addSql(
      `alter table "plan" add constraint "plan_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "plan_star" add constraint "plan_star_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "plan_star" add constraint "plan_star_star_type_code_foreign" foreign key ("star_type_code") references "star_type" ("code") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "plan_star" add constraint "plan_star_owner_id_foreign" foreign key ("owner_id") references "person" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "plan_item" add constraint "plan_item_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "plan_item" add constraint "plan_item_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "plan_item" add constraint "plan_item_key_task_id_foreign" foreign key ("key_task_id") references "key_task" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "plan_item" add constraint "plan_item_responsible_person_id_foreign" foreign key ("responsible_person_id") references "person" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "plan_milestone" add constraint "plan_milestone_item_id_foreign" foreign key ("item_id") references "plan_item" ("id") on update cascade on delete cascade;`,
    );

    // Hand-written: a DONE item carries its completion time; the responsible unit is the item's filter key.
    this.addSql(
      `alter table "plan_item" add constraint "plan_item_done_completed" check (status <> 'DONE' or completed_at is not null);`,
    );
    this.addSql(`create index "plan_item_unit_id_index" on "plan_item" ("unit_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "plan_star" drop constraint "plan_star_plan_id_foreign";`);

    this.addSql(`alter table "plan_item" drop constraint "plan_item_plan_id_foreign";`);

    this.addSql(`alter table "plan_milestone" drop constraint "plan_milestone_item_id_foreign";`);

    this.addSql(`drop table if exists "plan" cascade;`);

    this.addSql(`drop table if exists "plan_star" cascade;`);

    this.addSql(`drop table if exists "plan_item" cascade;`);

    this.addSql(`drop table if exists "plan_milestone" cascade;`);
  }
}
