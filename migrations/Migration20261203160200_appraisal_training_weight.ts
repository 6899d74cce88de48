import { Migration } from '@mikro-orm/migrations';

/** The quarterly ranking's weight for knowledge-test participation: 0, so rankings stay as they were. */
export class Migration20261203160200_appraisal_training_weight extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "appraisal_weights" add column "training" double precision not null default 0;`);
    this.addSql(`alter table "quarterly_appraisal_row" add column "training" double precision null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "appraisal_weights" drop column "training";`);
    this.addSql(`alter table "quarterly_appraisal_row" drop column "training";`);
  }
}
