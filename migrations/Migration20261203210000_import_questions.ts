import { Migration } from '@mikro-orm/migrations';

/** Import batches of the question bank (题库导入). */
export class Migration20261203210000_import_questions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "import_batch" drop constraint if exists "import_batch_kind_check";`);
    this.addSql(
      `alter table "import_batch" add constraint "import_batch_kind_check" check("kind" in ('UNITS', 'PEOPLE', 'POSITIONS', 'USERS', 'QUESTIONS'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "import_batch" drop constraint if exists "import_batch_kind_check";`);
    this.addSql(
      `alter table "import_batch" add constraint "import_batch_kind_check" check("kind" in ('UNITS', 'PEOPLE', 'POSITIONS', 'USERS'));`,
    );
  }
}
