import { Migration } from '@mikro-orm/migrations';

/**
 * One audit hash chain per district: writes in different districts no longer wait on one
 * database-wide lock. Every entry written so far stays in the shared chain ('') and keeps its hash.
 * Adding a column with a constant default rewrites no row, so the append-only trigger is not hit.
 */
export class Migration20261204200000_audit_chains extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "audit_entry" add column "chain" text not null default ''`);
    this.addSql(`create index "audit_entry_chain_idx" on "audit_entry" ("chain", "id")`);
    // The start of an append in one round trip (the locks are held until commit, so every round trip
    // saved here is time other writers of the chain do not wait): lock the chains in the given
    // (sorted) order, then read each chain's last hash — a VOLATILE function's statements each take
    // a fresh snapshot, so that read sees the entries of whoever held a lock before — and draw the ids.
    this.addSql(`
      create or replace function fs_audit_begin(p_chains text[], p_count int) returns jsonb
      language plpgsql volatile as $$
      declare
        c text;
        prev jsonb;
      begin
        foreach c in array p_chains loop
          perform pg_advisory_xact_lock(5000001, hashtext(c));
        end loop;
        select coalesce(jsonb_object_agg(x.c, x.h), '{}') into prev
          from (select u.c, (select a.hash from audit_entry a where a.chain = u.c order by a.id desc limit 1) as h
                  from unnest(p_chains) u(c)) x;
        return jsonb_build_object(
          'prev', prev,
          'ids', (select jsonb_agg(nextval('audit_entry_id_seq')::text) from generate_series(1, p_count)));
      end $$`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists fs_audit_begin(text[], int)`);
    this.addSql(`drop index "audit_entry_chain_idx"`);
    this.addSql(`alter table "audit_entry" drop column "chain"`);
  }
}
