import { Migration } from '@mikro-orm/migrations';

/** Per district: what the quarterly ranking does with a component a unit has no data for (and the rule an appraisal was published with). */

export class Migration20261203113822_appraisal_missing_rule extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "quarterly_appraisal" add column "missing_components" text check ("missing_components" in ('RESCALE', 'ZERO')) not null default 'RESCALE';`,
    );

    this.addSql(
      `alter table "appraisal_weights" add column "missing_components" text check ("missing_components" in ('RESCALE', 'ZERO')) not null default 'RESCALE';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "appraisal_weights" drop column "missing_components";`);

    this.addSql(`alter table "quarterly_appraisal" drop column "missing_components";`);
  }
}
