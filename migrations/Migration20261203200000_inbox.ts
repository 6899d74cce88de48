import { Migration } from '@mikro-orm/migrations';

/**
 * Reminders, escalations and early warnings.
 *
 * `reminder_rule`: one row per district and kind overrides the defaults the sweep uses for districts
 * without one, so a new district is covered before anyone configures it. `notification`: what the
 * sweep sent; its unique key (kind, record, occurrence, step, recipient) is what makes a reminder fire
 * once however many processes sweep at the same moment. `warning_rule`: the early-warning weights per
 * district; `fs_warning_rows` scores each branch's held stars and `fs_warnings_figures` gives the
 * campaign statistics their count of stars at risk.
 */
export class Migration20261203200000_inbox extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "reminder_rule" (
        "id" serial primary key,
        "created_at" timestamptz not null,
        "updated_at" timestamptz not null,
        "version" int not null default 1,
        "district_id" int not null references "unit" ("id") on update cascade on delete cascade,
        "kind" text not null check ("kind" in ('RECTIFICATION_DEADLINE', 'PLAN_ITEM_DEADLINE', 'DAILY_REPORT')),
        "enabled" boolean not null default true,
        "days_before" int not null default 3 check ("days_before" between 0 and 60),
        "at_hour" int not null default 17 check ("at_hour" between 0 and 23),
        "township_after_days" int check ("township_after_days" between 0 and 365),
        "district_after_days" int check ("district_after_days" between 0 and 365),
        constraint "reminder_rule_district_kind_unique" unique ("district_id", "kind")
      );`);
    this.addSql(`
      create table "notification" (
        "id" bigserial primary key,
        "created_at" timestamptz not null,
        "recipient_user_id" int not null references "app_user" ("id") on update cascade on delete cascade,
        "recipient_person_id" int references "person" ("id") on update cascade on delete set null,
        "kind" text not null,
        "step" text not null check ("step" in ('REMIND', 'OVERDUE', 'TOWNSHIP', 'DISTRICT')),
        "record_type" text not null,
        "record_id" int not null,
        "occurrence" date not null,
        "unit_id" int not null references "unit" ("id") on update cascade on delete cascade,
        "title" text not null,
        "reason_zh" text not null,
        "reason_en" text not null,
        "link" text not null,
        "read_at" timestamptz,
        constraint "notification_once" unique ("kind", "record_type", "record_id", "occurrence", "step", "recipient_user_id")
      );`);
    this.addSql(`create index "notification_inbox_idx" on "notification" ("recipient_user_id", "id" desc);`);
    this.addSql(
      `create index "notification_unread_idx" on "notification" ("recipient_user_id") where "read_at" is null;`,
    );
    this.addSql(`
      create table "warning_rule" (
        "id" serial primary key,
        "created_at" timestamptz not null,
        "updated_at" timestamptz not null,
        "version" int not null default 1,
        "district_id" int not null unique references "unit" ("id") on update cascade on delete cascade,
        "overdue_task_points" int not null default 20 check ("overdue_task_points" between 0 and 1000),
        "incomplete_task_points" int not null default 5 check ("incomplete_task_points" between 0 and 1000),
        "incomplete_within_days" int not null default 30 check ("incomplete_within_days" between 0 and 366),
        "major_finding_points" int not null default 15 check ("major_finding_points" between 0 and 1000),
        "critical_finding_points" int not null default 30 check ("critical_finding_points" between 0 and 1000),
        "finding_within_days" int not null default 365 check ("finding_within_days" between 1 and 3660),
        "overdue_rectification_points" int not null default 20 check ("overdue_rectification_points" between 0 and 1000),
        "threshold" int not null default 30 check ("threshold" between 1 and 100000)
      );`);

    // Held stars scored as of p_today. Only COMPLETED spot checks count: a planned or running check
    // (still secret) must not move any score that its target or township can read.
    this.addSql(`
      create function fs_warning_rows(p_branches int[], p_today date)
        returns table (branch_id int, star_code varchar, district_id int, score int, at_risk boolean,
                       overdue_tasks int, incomplete_tasks int, major_findings int, critical_findings int,
                       overdue_rectifications int)
        language sql stable as $$
        with b as (
          select u.id, (select d.id from unit d where d.level = 'DISTRICT' and u.path like d.path || '%' limit 1) as district_id
            from unit u where u.id = any(p_branches) and u.level = 'BRANCH'
        ), held as (
          select distinct bs.branch_id, bs.star_type_code as star, b.district_id
            from branch_star bs join b on b.id = bs.branch_id
           where bs.since <= p_today and (bs.until is null or bs.until >= p_today)
        ), w as (
          select h.*,
                 coalesce(r.overdue_task_points, 20) as p_overdue, coalesce(r.incomplete_task_points, 5) as p_incomplete,
                 coalesce(r.incomplete_within_days, 30) as incomplete_days,
                 coalesce(r.major_finding_points, 15) as p_major, coalesce(r.critical_finding_points, 30) as p_critical,
                 coalesce(r.finding_within_days, 365) as finding_days,
                 coalesce(r.overdue_rectification_points, 20) as p_rect, coalesce(r.threshold, 30) as threshold
            from held h left join warning_rule r on r.district_id = h.district_id
        ), c as (
          select w.*,
            (select count(*) from plan_item pi join key_task kt on kt.id = pi.key_task_id
              where pi.unit_id = w.branch_id and kt.star_type_code = w.star and pi.status <> 'DONE'
                and pi.deadline < p_today)::int as overdue_tasks,
            (select count(*) from plan_item pi join key_task kt on kt.id = pi.key_task_id
              where pi.unit_id = w.branch_id and kt.star_type_code = w.star and pi.status <> 'DONE'
                and pi.deadline >= p_today and pi.deadline <= p_today + w.incomplete_days and pi.progress < 50)::int as incomplete_tasks,
            (select count(*) from finding f join spot_check sc on sc.id = f.spot_check_id
              where sc.target_unit_id = w.branch_id and sc.status = 'COMPLETED' and f.star_code = w.star
                and f.withdrawn_at is null and f.severity = 'MAJOR'
                and (sc.completed_at at time zone 'Asia/Shanghai')::date > p_today - w.finding_days)::int as major_findings,
            (select count(*) from finding f join spot_check sc on sc.id = f.spot_check_id
              where sc.target_unit_id = w.branch_id and sc.status = 'COMPLETED' and f.star_code = w.star
                and f.withdrawn_at is null and f.severity = 'CRITICAL'
                and (sc.completed_at at time zone 'Asia/Shanghai')::date > p_today - w.finding_days)::int as critical_findings,
            (select count(*) from rectification rc join spot_check sc on sc.id = rc.spot_check_id
               join finding f on f.id = rc.finding_id
              where rc.responsible_unit_id = w.branch_id and sc.status = 'COMPLETED' and rc.status <> 'CLOSED'
                and rc.deadline < p_today and (f.star_code is null or f.star_code = w.star))::int as overdue_rectifications
          from w
        )
        select c.branch_id, c.star, c.district_id,
               (c.overdue_tasks * c.p_overdue + c.incomplete_tasks * c.p_incomplete + c.major_findings * c.p_major
                 + c.critical_findings * c.p_critical + c.overdue_rectifications * c.p_rect)::int,
               (c.overdue_tasks * c.p_overdue + c.incomplete_tasks * c.p_incomplete + c.major_findings * c.p_major
                 + c.critical_findings * c.p_critical + c.overdue_rectifications * c.p_rect) >= c.threshold,
               c.overdue_tasks, c.incomplete_tasks, c.major_findings, c.critical_findings, c.overdue_rectifications
          from c
      $$;`);
    this.addSql(`
      create function fs_warnings_figures(p_units int[], p_year int, p_asof date, p_today date)
        returns table (unit_id int, warnings_at_risk int, warnings_held int)
        language sql stable as $$
        select w.branch_id, (count(*) filter (where w.at_risk))::int, count(*)::int
          from fs_warning_rows(p_units, p_asof) w group by w.branch_id
      $$;`);
    this.addSql(`insert into stats_figure_source (name, fn) values ('warnings', 'fs_warnings_figures');`);
    // The rollups hear of every change that can move a score: the branch's own records, and a
    // district's weights (all its branches).
    this.addSql(`
      create function fs_warnings_touch() returns trigger language plpgsql as $$
      declare
        ids int[] := '{}';
      begin
        if TG_TABLE_NAME = 'warning_rule' then
          ids := array(select u.id from unit u join unit d on d.id = (case when TG_OP = 'DELETE' then OLD.district_id else NEW.district_id end)
                        where u.path like d.path || '%' and u.level = 'BRANCH');
        elsif TG_TABLE_NAME = 'branch_star' then
          ids := array[(case when TG_OP = 'DELETE' then OLD.branch_id else NEW.branch_id end)] || (case when TG_OP = 'UPDATE' then array[OLD.branch_id] else '{}' end);
        elsif TG_TABLE_NAME = 'plan_item' then
          ids := array[(case when TG_OP = 'DELETE' then OLD.unit_id else NEW.unit_id end)] || (case when TG_OP = 'UPDATE' then array[OLD.unit_id] else '{}' end);
        elsif TG_TABLE_NAME = 'spot_check' then
          ids := array[(case when TG_OP = 'DELETE' then OLD.target_unit_id else NEW.target_unit_id end)];
          ids := ids || array(select responsible_unit_id from rectification where spot_check_id = (case when TG_OP = 'DELETE' then OLD.id else NEW.id end));
        elsif TG_TABLE_NAME = 'finding' then
          ids := array(select target_unit_id from spot_check where id = (case when TG_OP = 'DELETE' then OLD.spot_check_id else NEW.spot_check_id end));
        elsif TG_TABLE_NAME = 'rectification' then
          ids := array[(case when TG_OP = 'DELETE' then OLD.responsible_unit_id else NEW.responsible_unit_id end)] || (case when TG_OP = 'UPDATE' then array[OLD.responsible_unit_id] else '{}' end);
        end if;
        perform fs_stats_touch_units(ids);
        return null;
      end $$;`);
    for (const t of WARNING_SOURCES)
      this.addSql(
        `create trigger fs_warnings_touch after insert or update or delete on "${t}" for each row execute function fs_warnings_touch();`,
      );
  }

  override async down(): Promise<void> {
    for (const t of WARNING_SOURCES) this.addSql(`drop trigger if exists fs_warnings_touch on "${t}";`);
    this.addSql(`drop function if exists fs_warnings_touch();`);
    this.addSql(`delete from stats_figure_source where name = 'warnings';`);
    this.addSql(`drop function if exists fs_warnings_figures(int[], int, date, date);`);
    this.addSql(`drop function if exists fs_warning_rows(int[], date);`);
    this.addSql(`drop table if exists "warning_rule";`);
    this.addSql(`drop table if exists "notification";`);
    this.addSql(`drop table if exists "reminder_rule";`);
  }
}

const WARNING_SOURCES = ['warning_rule', 'branch_star', 'plan_item', 'spot_check', 'finding', 'rectification'];
