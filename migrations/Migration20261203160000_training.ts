import { Migration } from '@mikro-orm/migrations';

export class Migration20261203160000_training extends Migration {
  override async up(): Promise<void> {
    const roles = `'PARTY_SECRETARY', 'ORGANIZATION_MINISTER', 'TOWNSHIP_SECRETARY', 'TASK_FORCE_LEADER', 'TASK_FORCE_MEMBER', 'COUNTY_LEADER', 'BRANCH_SECRETARY', 'BRANCH_MEMBER', 'SUPERVISOR'`;
    this.addSql(
      `create table "training_session" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "organizer_unit_id" int not null references "unit" ("id") on update cascade, "title" varchar(200) not null, "held_on" date not null, "place" varchar(200) null, "materials" text[] not null default '{}', "audience_unit_ids" int[] not null, "audience_roles" text[] not null, "sign_in_code" varchar(12) not null, "is_sample" boolean not null default false);`,
    );
    this.addSql(`create index "training_session_organizer_unit_id_index" on "training_session" ("organizer_unit_id");`);
    this.addSql(`create index "training_session_held_on_index" on "training_session" ("held_on");`);
    this.addSql(
      `create table "training_attendance" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "session_id" int not null references "training_session" ("id") on update cascade on delete cascade, "person_id" int not null references "person" ("id") on update cascade, "unit_id" int not null references "unit" ("id") on update cascade, "method" text check ("method" in ('CODE', 'STAFF')) not null, "at" timestamptz not null, constraint "training_attendance_session_id_person_id_unique" unique ("session_id", "person_id"));`,
    );
    this.addSql(`create index "training_attendance_person_id_index" on "training_attendance" ("person_id");`);
    this.addSql(`create index "training_attendance_unit_id_index" on "training_attendance" ("unit_id");`);

    this.addSql(
      `create table "question" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "owner_unit_id" int not null references "unit" ("id") on update cascade, "kind" text check ("kind" in ('SINGLE', 'MULTIPLE', 'TRUE_FALSE', 'FILL')) not null, "stem" text not null, "options" jsonb not null default '[]', "answer" jsonb not null, "star_code" varchar(40) null, "key_task_code" varchar(40) null, "audience" text check ("audience" in (${roles})) null, "difficulty" smallint not null check ("difficulty" between 1 and 3), "current_version" int not null default 1, "active" boolean not null default true, "is_sample" boolean not null default false);`,
    );
    this.addSql(`create index "question_owner_unit_id_index" on "question" ("owner_unit_id");`);
    this.addSql(`create index "question_draw_idx" on "question" ("star_code", "difficulty") where active;`);
    this.addSql(
      `create table "question_version" ("id" serial primary key, "question_id" int not null references "question" ("id") on update cascade on delete cascade, "version_no" int not null, "kind" text not null, "stem" text not null, "options" jsonb not null, "answer" jsonb not null, "created_at" timestamptz not null default now(), constraint "question_version_question_id_version_no_unique" unique ("question_id", "version_no"));`,
    );

    this.addSql(
      `create table "test_session" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "organizer_unit_id" int not null references "unit" ("id") on update cascade, "title" varchar(200) not null, "audience_unit_ids" int[] not null, "audience_roles" text[] not null, "opens_at" timestamptz not null, "closes_at" timestamptz not null, "test_date" date not null, "time_limit_minutes" smallint not null, "pass_mark" real not null, "attempts_allowed" smallint not null default 1, "grading" text check ("grading" in ('BEST', 'LAST')) not null default 'BEST', "paper_mode" text check ("paper_mode" in ('FIXED', 'RULES')) not null, "fixed_question_ids" int[] not null default '{}', "rules" jsonb not null default '[]', "is_sample" boolean not null default false, constraint test_session_window check (closes_at > opens_at));`,
    );
    this.addSql(`create index "test_session_organizer_unit_id_index" on "test_session" ("organizer_unit_id");`);
    this.addSql(`create index "test_session_test_date_index" on "test_session" ("test_date");`);

    this.addSql(
      `create table "test_attempt" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "session_id" int not null references "test_session" ("id") on update cascade on delete cascade, "person_id" int not null references "person" ("id") on update cascade, "user_id" int null, "unit_id" int not null references "unit" ("id") on update cascade, "attempt_no" smallint not null, "status" text check ("status" in ('IN_PROGRESS', 'SUBMITTED', 'EXPIRED', 'PAPER')) not null, "started_at" timestamptz not null, "deadline" timestamptz not null, "ended_at" timestamptz null, "score" real null, "question_count" smallint not null default 0, "correct_count" smallint null, constraint "test_attempt_session_id_person_id_attempt_no_unique" unique ("session_id", "person_id", "attempt_no"));`,
    );
    this.addSql(`create index "test_attempt_session_id_index" on "test_attempt" ("session_id");`);
    this.addSql(`create index "test_attempt_person_id_index" on "test_attempt" ("person_id");`);
    this.addSql(`create index "test_attempt_unit_id_index" on "test_attempt" ("unit_id");`);
    // The job that ends attempts past their deadline reads only the open ones.
    this.addSql(`create index "test_attempt_open_idx" on "test_attempt" ("deadline") where status = 'IN_PROGRESS';`);
    this.addSql(
      `create table "attempt_item" ("attempt_id" int not null references "test_attempt" ("id") on update cascade on delete cascade, "position" smallint not null, "question_version_id" int not null, "option_order" smallint[] not null, "answer" jsonb null, "correct" boolean null, "answered_at" timestamptz null, constraint "attempt_item_pkey" primary key ("attempt_id", "position"));`,
    );
    this.addSql(`create index "attempt_item_question_version_id_index" on "attempt_item" ("question_version_id");`);

    // The people expected at a test or a training: holders of one of the roles, in the audience units'
    // subtrees, on the day; each once, at the unit of their first such position.
    this.addSql(`create function training_expected(p_roles text[], p_units int[], p_date date)
returns table (person_id int, unit_id int) language sql stable as $$
  select distinct on (pos.person_id) pos.person_id, coalesce(pos.unit_id, pos.scope_unit_id)
  from position pos join unit su on su.id = pos.scope_unit_id
  where pos.role = any (p_roles) and pos.start_date <= p_date and (pos.end_date is null or pos.end_date >= p_date)
    and exists (select 1 from unit a where a.id = any (p_units) and su.path like a.path || '%')
  order by pos.person_id, pos.id
$$;`);
    // The score that counts for each taker of a session (best or last ended attempt). An attempt past
    // its deadline counts as ended even before the job or a touch has closed it, scored from its items.
    this.addSql(`create function training_counted(p_session int, p_now timestamptz)
returns table (person_id int, score real, attempts int) language sql stable as $$
  with a as (
    select ta.person_id, ta.attempt_no, s.grading,
           coalesce(ta.score, (select (100.0 * count(*) filter (where i.correct) / nullif(ta.question_count, 0))::real
                               from attempt_item i where i.attempt_id = ta.id)) as score
    from test_attempt ta join test_session s on s.id = ta.session_id
    where ta.session_id = p_session and (ta.status <> 'IN_PROGRESS' or ta.deadline <= p_now))
  select person_id,
         case when min(grading) = 'BEST' then max(score) else (array_agg(score order by attempt_no desc))[1] end,
         count(*)::int
  from a group by person_id
$$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists training_counted(int, timestamptz);`);
    this.addSql(`drop function if exists training_expected(text[], int[], date);`);
    this.addSql(`drop table if exists "attempt_item" cascade;`);
    this.addSql(`drop table if exists "test_attempt" cascade;`);
    this.addSql(`drop table if exists "test_session" cascade;`);
    this.addSql(`drop table if exists "question_version" cascade;`);
    this.addSql(`drop table if exists "question" cascade;`);
    this.addSql(`drop table if exists "training_attendance" cascade;`);
    this.addSql(`drop table if exists "training_session" cascade;`);
  }
}
