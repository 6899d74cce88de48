import { Migration } from '@mikro-orm/migrations';

/**
 * Open plan items by responsible person, for the plan kinds of 待办 (server/src/modules/plans/plans.inbox.ts):
 * with it (and the existing index by unit and status) both arms of "mine" are index lookups; without
 * it every page load scanned every open plan item of the province (bench:inbox, docs/domain/inbox.md).
 */
export class Migration20261203200200_inbox_plan_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "plan_item_open_person_idx" on "plan_item" ("responsible_person_id") where "status" <> 'DONE';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "plan_item_open_person_idx";`);
  }
}
