import { Migration } from '@mikro-orm/migrations';

export class Migration20261127220527_idempotency_keys extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "idempotency_key" ("user_id" int not null, "key" varchar(64) not null, "operation" varchar(80) not null, "request_hash" varchar(64) not null, "result_type" varchar(60) null, "result_id" varchar(60) null, "created_at" timestamptz not null, constraint "idempotency_key_pkey" primary key ("user_id", "key"));`,
    );
    this.addSql(`create index "idempotency_key_created_at_index" on "idempotency_key" ("created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "idempotency_key" cascade;`);
  }
}
