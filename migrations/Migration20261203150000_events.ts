import { Migration } from '@mikro-orm/migrations';

/**
 * The event outbox, webhooks and their delivery log. Events are appended by a trigger on the audit
 * trail, so every change the trail records (by mutate(), an import, anything else that appends to it)
 * has its event in the same transaction, whatever module made it. Each event keeps the id of the
 * transaction that wrote it: readers page by (txid, id) and only below the oldest transaction still
 * running, so a transaction that commits late never slips behind a cursor already handed out.
 */
export class Migration20261203150000_events extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "event" (
      "id" bigserial primary key,
      "txid" xid8 not null default pg_current_xact_id(),
      "type" varchar(120) not null,
      "resource_type" varchar(60) not null,
      "resource_id" varchar(60) null,
      "unit_path" text null,
      "visibility_ref" varchar(80) null,
      "payload" jsonb not null,
      "committed_at" timestamptz not null
    );`);
    this.addSql(`create index "event_cursor_idx" on "event" ("txid", "id");`);
    this.addSql(`create index "event_committed_at_idx" on "event" ("committed_at");`);
    this.addSql(`create index "event_unit_path_idx" on "event" ("unit_path" text_pattern_ops);`);

    // "StarApplication" + UPDATE with status AWARDED → "starApplication.awarded"; else created/updated/deleted.
    this.addSql(`create function fs_event_word(p text) returns text language sql immutable as $$
      select lower(left(w, 1)) || substr(w, 2) from (select replace(initcap(replace(lower(p), '_', ' ')), ' ', '') as w) x
    $$;`);
    this
      .addSql(`create function fs_event_type(p_type text, p_action text, p_changes jsonb) returns text language sql immutable as $$
      select lower(left(p_type, 1)) || substr(p_type, 2) || '.' || case
        when p_action = 'UPDATE' and jsonb_typeof(p_changes -> 'status' -> 'after') = 'string'
          then fs_event_word(p_changes -> 'status' ->> 'after')
        when p_action = 'CREATE' then 'created'
        when p_action = 'DELETE' then 'deleted'
        else 'updated' end
    $$;`);
    // Field names only: values (names, phone numbers, findings' text) never leave the trail.
    this.addSql(`create function fs_events_from_audit() returns trigger language plpgsql as $$
    begin
      insert into event (type, resource_type, resource_id, unit_path, visibility_ref, payload, committed_at)
      select fs_event_type(n.target_type, n.action, n.changes), n.target_type, n.target_id, n.scope_path, n.visibility_ref,
             jsonb_build_object(
               'operation', n.operation,
               'action', lower(n.action),
               'fields', coalesce((select jsonb_agg(k order by k) from jsonb_object_keys(n.changes) k), '[]'::jsonb)),
             n.at
        from new_rows n
       where n.action in ('CREATE', 'UPDATE', 'DELETE') and n.operation not in ('login', 'logout')
       order by n.id;
      return null;
    end $$;`);
    this.addSql(`create trigger audit_entry_events after insert on audit_entry
      referencing new table as new_rows for each statement execute function fs_events_from_audit();`);

    this.addSql(`create table "webhook" (
      "id" serial primary key,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      "version" int not null default 1,
      "url" text not null,
      "event_types" text[] not null default '{}',
      "scope_unit_id" int not null references "unit" ("id") on delete restrict,
      "created_by_id" int not null references "app_user" ("id") on delete restrict,
      "secret" text not null,
      "previous_secret" text null,
      "previous_secret_until" timestamptz null,
      "enabled" boolean not null default true,
      "disabled_reason" text null,
      "disabled_at" timestamptz null,
      "consecutive_failures" int not null default 0,
      "cursor_txid" xid8 not null default pg_snapshot_xmin(pg_current_snapshot()),
      "cursor_id" bigint not null default 0
    );`);
    this.addSql(`create index "webhook_scope_unit_idx" on "webhook" ("scope_unit_id");`);
    this.addSql(`create table "webhook_delivery" (
      "id" bigserial primary key,
      "webhook_id" int not null references "webhook" ("id") on delete cascade,
      "event_id" bigint not null references "event" ("id") on delete cascade,
      "status" varchar(20) not null default 'PENDING',
      "attempts" int not null default 0,
      "created_at" timestamptz not null,
      "next_attempt_at" timestamptz null,
      "last_attempt_at" timestamptz null,
      "last_status_code" int null,
      "delivered_at" timestamptz null,
      constraint "webhook_delivery_once" unique ("webhook_id", "event_id"),
      constraint "webhook_delivery_status_check" check ("status" in ('PENDING', 'DELIVERED', 'FAILED', 'WITHHELD'))
    );`);
    this.addSql(`create index "webhook_delivery_event_idx" on "webhook_delivery" ("event_id");`);
    this.addSql(`create table "webhook_attempt" (
      "id" bigserial primary key,
      "delivery_id" bigint not null references "webhook_delivery" ("id") on delete cascade,
      "at" timestamptz not null,
      "ok" boolean not null,
      "status_code" int null,
      "latency_ms" int not null,
      "error" text null,
      "answer" text null
    );`);
    this.addSql(`create index "webhook_attempt_delivery_idx" on "webhook_attempt" ("delivery_id", "id");`);

    // Subscribers in every process hear of new events (ids only: a payload stays far below 8,000
    // bytes); webhooks get their fan-out job in the same transaction, so no event is ever missed.
    this.addSql(`create function fs_events_announce() returns trigger language plpgsql as $$
    declare
      lo bigint;
      hi bigint;
    begin
      select min(id), max(id) into lo, hi from new_rows;
      if lo is null then return null; end if;
      perform pg_notify('fivestar_events', lo::text || '-' || hi::text);
      if exists (select 1 from webhook where enabled) then
        perform graphile_worker.add_job('events_fanout', '{}'::json, queue_name => 'events_fanout', job_key => 'events_fanout');
      end if;
      return null;
    end $$;`);
    this.addSql(`create trigger event_announce after insert on event
      referencing new table as new_rows for each statement execute function fs_events_announce();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists event_announce on event;`);
    this.addSql(`drop function if exists fs_events_announce();`);
    this.addSql(`drop table if exists "webhook_attempt";`);
    this.addSql(`drop table if exists "webhook_delivery";`);
    this.addSql(`drop table if exists "webhook";`);
    this.addSql(`drop trigger if exists audit_entry_events on audit_entry;`);
    this.addSql(`drop function if exists fs_events_from_audit();`);
    this.addSql(`drop function if exists fs_event_type(text, text, jsonb);`);
    this.addSql(`drop function if exists fs_event_word(text);`);
    this.addSql(`drop table if exists "event";`);
  }
}
