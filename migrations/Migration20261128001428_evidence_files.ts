import { Migration } from '@mikro-orm/migrations';

export class Migration20261128001428_evidence_files extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "stored_file" ("id" serial primary key, "name" varchar(255) not null, "mime_type" varchar(100) not null, "size" int not null, "sha256" varchar(64) not null, "uploaded_by_id" int not null, "uploaded_at" timestamptz not null);`,
    );
    this.addSql(`create index "stored_file_sha256_index" on "stored_file" ("sha256");`);
    // The daily prune looks for old uploads.
    this.addSql(`create index "stored_file_uploaded_at_index" on "stored_file" ("uploaded_at");`);
    this.addSql(`alter table "stored_file" add constraint "stored_file_size_check" check ("size" >= 0);`);

    this.addSql(
      `create table "file_reference" ("id" serial primary key, "file_id" int not null, "record_type" varchar(60) not null, "record_id" int not null, "created_at" timestamptz not null);`,
    );
    this.addSql(
      `create index "file_reference_record_type_record_id_index" on "file_reference" ("record_type", "record_id");`,
    );
    this.addSql(
      `alter table "file_reference" add constraint "file_reference_file_id_record_type_record_id_unique" unique ("file_id", "record_type", "record_id");`,
    );

    this.addSql(
      `alter table "stored_file" add constraint "stored_file_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "file_reference" add constraint "file_reference_file_id_foreign" foreign key ("file_id") references "stored_file" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "file_reference" drop constraint "file_reference_file_id_foreign";`);

    this.addSql(`drop table if exists "stored_file" cascade;`);

    this.addSql(`drop table if exists "file_reference" cascade;`);
  }
}
