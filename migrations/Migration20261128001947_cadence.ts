import { Migration } from '@mikro-orm/migrations';

export class Migration20261128001947_cadence extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "quarterly_appraisal" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "unit_id" int not null, "year" int not null, "quarter" smallint not null, "published_at" timestamptz not null, "published_by_id" int not null, "weights" jsonb not null);`,
    );
    this.addSql(
      `alter table "quarterly_appraisal" add constraint "quarterly_appraisal_unit_id_year_quarter_unique" unique ("unit_id", "year", "quarter");`,
    );

    this.addSql(
      `create table "quarterly_appraisal_row" ("id" serial primary key, "appraisal_id" int not null, "unit_id" int not null, "rank" int not null, "score" double precision not null, "plan_completion" double precision null, "spot_check" double precision null, "rectification_closure" double precision null, "rectification_timeliness" double precision null, "tour" double precision null);`,
    );
    this.addSql(
      `create index "quarterly_appraisal_row_appraisal_id_index" on "quarterly_appraisal_row" ("appraisal_id");`,
    );
    this.addSql(
      `alter table "quarterly_appraisal_row" add constraint "quarterly_appraisal_row_appraisal_id_unit_id_unique" unique ("appraisal_id", "unit_id");`,
    );

    this.addSql(
      `create table "monthly_observation" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "organizer_unit_id" int not null, "held_on" date not null, "title" varchar(200) not null, "participants" text[] not null default '{}', "note" text null);`,
    );
    this.addSql(
      `create index "monthly_observation_organizer_unit_id_index" on "monthly_observation" ("organizer_unit_id");`,
    );
    this.addSql(`create index "monthly_observation_held_on_index" on "monthly_observation" ("held_on");`);

    this.addSql(
      `create table "observation_visit" ("id" serial primary key, "observation_id" int not null, "unit_id" int not null, "score" double precision not null, "comment" text null);`,
    );
    this.addSql(`create index "observation_visit_observation_id_index" on "observation_visit" ("observation_id");`);
    this.addSql(`create index "observation_visit_unit_id_index" on "observation_visit" ("unit_id");`);
    this.addSql(
      `alter table "observation_visit" add constraint "observation_visit_observation_id_unit_id_unique" unique ("observation_id", "unit_id");`,
    );

    this.addSql(
      `create table "daily_report" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "unit_id" int not null, "report_date" date not null, "done_today" text not null, "figures" jsonb not null default '[]', "blockers" text null, "reporter_id" int not null, "reporter_name" varchar(60) not null);`,
    );
    this.addSql(`create index "daily_report_report_date_index" on "daily_report" ("report_date");`);
    this.addSql(
      `alter table "daily_report" add constraint "daily_report_unit_id_report_date_unique" unique ("unit_id", "report_date");`,
    );

    this.addSql(
      `create table "appraisal_weights" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "district_id" int not null, "plan_completion" double precision not null, "spot_check" double precision not null, "rectification_closure" double precision not null, "rectification_timeliness" double precision not null, "tour" double precision not null);`,
    );
    this.addSql(
      `alter table "appraisal_weights" add constraint "appraisal_weights_district_id_unique" unique ("district_id");`,
    );

    this.addSql(
      `alter table "quarterly_appraisal" add constraint "quarterly_appraisal_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "quarterly_appraisal_row" add constraint "quarterly_appraisal_row_appraisal_id_foreign" foreign key ("appraisal_id") references "quarterly_appraisal" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "quarterly_appraisal_row" add constraint "quarterly_appraisal_row_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "monthly_observation" add constraint "monthly_observation_organizer_unit_id_foreign" foreign key ("organizer_unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "observation_visit" add constraint "observation_visit_observation_id_foreign" foreign key ("observation_id") references "monthly_observation" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "observation_visit" add constraint "observation_visit_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "daily_report" add constraint "daily_report_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "appraisal_weights" add constraint "appraisal_weights_district_id_foreign" foreign key ("district_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "quarterly_appraisal_row" drop constraint "quarterly_appraisal_row_appraisal_id_foreign";`,
    );

    this.addSql(`alter table "observation_visit" drop constraint "observation_visit_observation_id_foreign";`);

    this.addSql(`drop table if exists "quarterly_appraisal" cascade;`);

    this.addSql(`drop table if exists "quarterly_appraisal_row" cascade;`);

    this.addSql(`drop table if exists "monthly_observation" cascade;`);

    this.addSql(`drop table if exists "observation_visit" cascade;`);

    this.addSql(`drop table if exists "daily_report" cascade;`);

    this.addSql(`drop table if exists "appraisal_weights" cascade;`);
  }
}
