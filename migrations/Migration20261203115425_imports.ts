import { Migration } from '@mikro-orm/migrations';

export class Migration20261203115425_imports extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "import_batch" ("id" serial primary key, "kind" text check ("kind" in ('UNITS', 'PEOPLE', 'POSITIONS')) not null, "user_id" int not null, "username" varchar(200) not null, "scope_path" text not null, "file_name" varchar(255) not null, "sha256" varchar(64) not null, "created" int not null, "updated" int not null, "unchanged" int not null, "report" jsonb not null, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "import_batch_scope_idx" on "import_batch" ("scope_path" text_pattern_ops);`);

    this.addSql(`alter table "audit_entry" add column "import_batch_id" int null;`);
    this.addSql(`create index "audit_entry_import_batch_id_index" on "audit_entry" ("import_batch_id");`);

    this.addSql(`alter table "person" add column "phone" varchar(20) null, add column "code" varchar(40) null;`);
    this.addSql(`alter table "person" add constraint "person_unit_code_unique" unique ("unit_id", "code");`);
    this.addSql(`alter table "person" add constraint "person_unit_phone_unique" unique ("unit_id", "phone");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "import_batch" cascade;`);

    this.addSql(`drop index "audit_entry_import_batch_id_index";`);
    this.addSql(`alter table "audit_entry" drop column "import_batch_id";`);

    this.addSql(`alter table "person" drop constraint "person_unit_code_unique";`);
    this.addSql(`alter table "person" drop constraint "person_unit_phone_unique";`);
    this.addSql(`alter table "person" drop column "phone", drop column "code";`);
  }
}
