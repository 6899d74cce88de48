import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes for the 待办 kind of 学讲评 list items (server/src/modules/meetings/meetings.inbox.ts): open
 * items by their owner person and by their owner unit (the meeting's unit when none), so that myTasks
 * finds a user's items by index on every page load, however many items the province holds.
 */
export class Migration20261203200100_inbox_kinds extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "meeting_item_open_owner_person_idx" on "meeting_item" ("owner_person_id") where "status" = 'OPEN';`,
    );
    this.addSql(
      `create index "meeting_item_open_owner_unit_idx" on "meeting_item" ((coalesce("owner_unit_id", "unit_id"))) where "status" = 'OPEN';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "meeting_item_open_owner_unit_idx";`);
    this.addSql(`drop index if exists "meeting_item_open_owner_person_idx";`);
  }
}
