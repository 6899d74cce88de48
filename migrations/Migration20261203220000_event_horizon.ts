import { Migration } from '@mikro-orm/migrations';

/**
 * The events' horizon, as one function: the oldest transaction of *this database* still running.
 * `pg_snapshot_xmin(pg_current_snapshot())` is the oldest of the whole cluster: a long transaction
 * in another database of the same PostgreSQL (another application's report, a restore) held every
 * webhook delivery and the feed back for its whole length, though it can write no event here.
 *
 * The in-progress transactions of the snapshot are kept when their (32-bit) id is that of a session
 * or prepared transaction of this database; the snapshot is taken first and the sessions read after
 * it (the statistics snapshot cleared), so a transaction that got its id in between is at or above
 * the snapshot's xmax, which bounds the result. A session of this database whose transaction this
 * role may not see gives the cluster-wide horizon, as before. Matching on the low 32 bits can only
 * keep too much (a lower horizon), never too little.
 */
export class Migration20261203220000_event_horizon extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create or replace function fs_event_horizon() returns xid8 language plpgsql volatile as $$
declare
  s pg_snapshot := pg_current_snapshot();
  h xid8;
begin
  perform pg_stat_clear_snapshot();
  if exists (select 1 from pg_stat_activity a
              where a.datname = current_database() and a.usesysid is not null
                and not (pg_has_role(a.usesysid, 'USAGE') or pg_has_role('pg_read_all_stats', 'USAGE'))) then
    return pg_snapshot_xmin(s);
  end if;
  select min(x) into h
    from pg_snapshot_xip(s) x
   where (x::text::numeric % 4294967296) in (
           select a.backend_xid::text::numeric from pg_stat_activity a
            where a.datname = current_database() and a.backend_xid is not null
           union all
           select p.transaction::text::numeric from pg_prepared_xacts p where p.database = current_database());
  return coalesce(h, pg_snapshot_xmax(s));
end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists fs_event_horizon();`);
  }
}
