import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The statistics rollup: each unit's own figures for one year as of one day (its items, its
 * rectifications, its reports; for a branch, its stars). A subtree's figures are the sum over its
 * units, so a province-wide answer reads one narrow row per unit instead of every record.
 *
 * Rows are computed by the SQL function fs_unit_stats (migration "stats"). A write to a source
 * table only counts up the unit's `touched` (trigger); the refresher recomputes rows whose
 * `computed` lags `touched`, or that describe another day, and records the `touched` it saw — a
 * write racing a refresh leaves the row stale, never wrongly fresh. Readers never trust a stale,
 * or other-day row: they compute those units live with the same function, so answers are always
 * current. Every unit has a row from its creation (trigger on unit), stale until first computed.
 */
@Entity({ tableName: 'stats_unit' })
export class StatsUnit {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  unitId!: number;

  /** The unit's materialized path, kept in step by a trigger on unit: a subtree is one prefix scan here. */
  @Index({ name: 'stats_unit_path_idx', expression: 'create index "stats_unit_path_idx" on "stats_unit" ("path" text_pattern_ops)' })
  @Property({ type: 'text' })
  path!: string;

  @Property()
  isBranch!: boolean;

  /** The township-level unit whose rollup (stats_township) this row adds to: itself, or a branch's parent. */
  @Index({ name: 'stats_unit_township_idx' })
  @Property({ type: 'integer', nullable: true })
  townshipId: number | null = null;

  @Property({ type: 'integer' })
  year!: number;

  /** The day the figures describe (the year's last day for a past year). */
  @Property({ type: 'date' })
  asOf!: string;

  /** "Today" when computed: overdue is judged against it. */
  @Property({ type: 'date' })
  today!: string;

  /** Counted up by the triggers on every change to the unit's source records. */
  @Index({ name: 'stats_unit_stale_idx', expression: 'create index "stats_unit_stale_idx" on "stats_unit" ("unit_id") where touched <> computed' })
  @Property({ type: 'integer', default: 0 })
  touched: number = 0;

  /** The `touched` the figures were computed at: fresh while equal. */
  @Property({ type: 'integer', default: 0 })
  computed: number = 0;

  @Property({ type: 'smallint', nullable: true }) level: number | null = null;
  @Property({ type: 'smallint', nullable: true }) levelPrev: number | null = null;
  @Property({ type: 'integer', default: 0 }) starBits: number = 0;
  @Property({ type: 'integer', default: 0 }) itemsTotal: number = 0;
  @Property({ type: 'integer', default: 0 }) itemsDone: number = 0;
  @Property({ type: 'integer', default: 0 }) itemsOverdue: number = 0;
  @Property({ type: 'integer', default: 0 }) checksQuarter: number = 0;
  @Property({ type: 'integer', default: 0 }) findingsMinor: number = 0;
  @Property({ type: 'integer', default: 0 }) findingsMajor: number = 0;
  @Property({ type: 'integer', default: 0 }) findingsCritical: number = 0;
  @Property({ type: 'integer', default: 0 }) rectTotal: number = 0;
  @Property({ type: 'integer', default: 0 }) rectClosed: number = 0;
  @Property({ type: 'integer', default: 0 }) rectOverdue: number = 0;
  @Property({ type: 'integer', default: 0 }) reportsSubmitted: number = 0;
  @Property({ type: 'integer', default: 0 }) reportsExpected: number = 0;
}
