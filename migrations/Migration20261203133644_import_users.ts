import { Migration } from '@mikro-orm/migrations';

export class Migration20261203133644_import_users extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "import_batch" drop constraint if exists "import_batch_kind_check";`);

    this.addSql(
      `alter table "import_batch" add constraint "import_batch_kind_check" check("kind" in ('UNITS', 'PEOPLE', 'POSITIONS', 'USERS'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "import_batch" drop constraint if exists "import_batch_kind_check";`);

    this.addSql(
      `alter table "import_batch" add constraint "import_batch_kind_check" check("kind" in ('UNITS', 'PEOPLE', 'POSITIONS'));`,
    );
  }
}
