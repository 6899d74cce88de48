import { Migration } from '@mikro-orm/migrations';
import { functions as statsFunctions } from './Migration20261203113000_stats_quarter_findings_late';

/**
 * A finding can be corrected or withdrawn (with a reason) by its team while the check is on site.
 * A withdrawn finding stays, shown as withdrawn, but counts in no statistic: the per-unit figures
 * (fs_unit_stats_rows as the stats_quarter_findings_late migration defines it, the year's and the
 * quarter's findings) leave it out. Corrections touch the unit's statistics through the finding
 * trigger already in place.
 */
const FINDINGS_OF_COMPLETED = `from spot_check sc join finding fi on fi.spot_check_id = sc.id
          where sc.target_unit_id = u.id and sc.status = 'COMPLETED'`;

/** The statistics functions, with withdrawn findings left out (or counted, as before, for down()). */
function statsSql(leaveOutWithdrawn: boolean): string[] {
  const sql = statsFunctions(true);
  if (!leaveOutWithdrawn) return sql;
  const body = sql.find((s) => s.includes('create function fs_unit_stats_rows'))!;
  if (body.split(FINDINGS_OF_COMPLETED).length !== 3)
    throw new Error('fs_unit_stats_rows: the two findings subqueries were not found');
  return sql.map((s) => s.split(FINDINGS_OF_COMPLETED).join(`${FINDINGS_OF_COMPLETED} and fi.withdrawn_at is null`));
}

export class Migration20261203113714_finding_corrections extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "finding" add column "corrected_at" timestamptz null, add column "withdrawn_at" timestamptz null, add column "withdrawal_reason" text null, add column "withdrawn_by_name" varchar(60) null;`,
    );
    for (const s of statsSql(true)) this.addSql(s);
  }

  override async down(): Promise<void> {
    for (const s of statsSql(false)) this.addSql(s);
    this.addSql(
      `alter table "finding" drop column "corrected_at", drop column "withdrawn_at", drop column "withdrawal_reason", drop column "withdrawn_by_name";`,
    );
  }
}
