/**
 * The statistics rollup, in two tables written only by SQL (migration "stats"):
 * - stats_unit: each unit's own figures for one year as of one day (its plan items, its
 *   rectifications, its reports; for a branch, its stars), computed by fs_unit_stats. Every unit
 *   has a row from its creation (trigger on unit) with its path, so a subtree is one prefix scan.
 * - stats_township: per township-level unit, its own row and its branches' already added up.
 * A write to a source table only counts up the unit's `touched` (and its township's); the refresher
 * recomputes rows whose `computed` lags `touched` or that describe another day, and records the
 * `touched` it saw — a write racing a refresh leaves the row stale, never wrongly fresh. Readers
 * never trust a stale or other-day row: they compute those units live with the same function, so
 * answers are always current.
 *
 * The figure columns, defined once: how a group of per-unit rows (stats_unit, or fs_unit_stats
 * computed live) adds up, and how already-added groups (stats_township) add up further.
 */

/** Star bits 0–15 (star_type.sort_order) are counted as separate columns. */
export const BITS = 16;

/** [column, condition on a unit row `f`]: counted. */
export const COUNTED: [string, string][] = [
  ['branches', 'f.is_branch'],
  ...[0, 1, 2, 3, 4, 5].map((l): [string, string] => [`l${l}`, `f.level = ${l}`]),
  ...Array.from({ length: BITS }, (_, b): [string, string] => [`h${b}`, `f.star_bits & ${1 << b} <> 0`]),
  ['three', 'f.level >= 3'],
  ['four', 'f.level >= 4'],
  ['four_prev', 'f.level_prev >= 4'],
  ['five', 'f.level = 5'],
  ['new_five', 'f.level = 5 and f.level_prev < 5'],
];

/** [column, unit-row column]: summed. */
export const SUMMED: [string, string][] = [
  ['items_total', 'items_total'],
  ['items_done', 'items_done'],
  ['items_overdue', 'items_overdue'],
  ['checks_quarter', 'checks_quarter'],
  ['f_minor', 'findings_minor'],
  ['f_major', 'findings_major'],
  ['f_critical', 'findings_critical'],
  ['rect_total', 'rect_total'],
  ['rect_closed', 'rect_closed'],
  ['rect_overdue', 'rect_overdue'],
  ['reports_submitted', 'reports_submitted'],
  ['reports_expected', 'reports_expected'],
  ['fq_minor', 'findings_q_minor'],
  ['fq_major', 'findings_q_major'],
  ['fq_critical', 'findings_q_critical'],
  ['rect_late', 'rect_late'],
  ['rect_awaiting', 'rect_awaiting'],
];

export const FIGURE_COLUMNS = [...COUNTED, ...SUMMED].map(([n]) => n);

/**
 * The figures modules contribute (migration stats_module_figures): one jsonb object per row, keyed
 * by the columns of the modules' registered functions, added up key by key with fs_figures_sum.
 */
export const EXTRA = 'extra';

/** The per-unit columns of stats_unit and fs_unit_stats. */
export const UNIT_COLUMNS =
  'level, level_prev, star_bits, items_total, items_done, items_overdue, checks_quarter, findings_minor, findings_major, findings_critical, rect_total, rect_closed, rect_overdue, reports_submitted, reports_expected, findings_q_minor, findings_q_major, findings_q_critical, rect_late, rect_awaiting'.split(
    ', ',
  );

/** Aggregates over unit rows aliased `f`, as `expr as column` items. */
export const aggregateUnits = (): string =>
  [
    ...COUNTED.map(([n, cond]) => `count(*) filter (where ${cond}) as ${n}`),
    ...SUMMED.map(([n, c]) => `coalesce(sum(f.${c}), 0) as ${n}`),
    `fs_figures_sum(f.${EXTRA}) as ${EXTRA}`,
  ].join(',\n         ');

/** Sums over already-aggregated rows aliased `a`. */
export const sumAggregates = (alias = 'a'): string =>
  [
    ...FIGURE_COLUMNS.map((n) => `coalesce(sum(${alias}.${n}), 0) as ${n}`),
    `fs_figures_sum(${alias}.${EXTRA}) as ${EXTRA}`,
  ].join(', ');

/** Every column an added-up row carries, as `alias.column` items. */
export const rollupColumns = (alias: string): string =>
  [...FIGURE_COLUMNS, EXTRA].map((n) => `${alias}.${n}`).join(', ');

/**
 * Unit rows (path, is_branch, township_id, the per-unit columns and the modules' figures) of the stats_unit rows matching
 * `where` (on alias s), fresh ones as stored, the others computed live by fs_unit_stats.
 */
export function unitRows(where: string): string {
  const fresh = `s.touched = s.computed and s.year = params.year and s.as_of = params.as_of and s.today = params.today`;
  return `select s.path, s.is_branch, s.township_id, ${UNIT_COLUMNS.map((c) => `s.${c}`).join(', ')}, s.${EXTRA}
         from stats_unit s, params where (${where}) and ${fresh}
         union all
         select f.path, f.is_branch, f.township_id, ${UNIT_COLUMNS.map((c) => `f.${c}`).join(', ')}, f.${EXTRA}
         from params
              cross join lateral (select array(select s.unit_id from stats_unit s where (${where}) and not (${fresh})) as ids) stale
              cross join lateral (${liveUnits('stale.ids')}) f`;
}

/**
 * The per-unit rows of `ids` (an int[] expression) computed live: fs_unit_stats and the modules'
 * fs_unit_figures, each called once and joined (a unit no module counts anything for gets `{}`).
 */
export function liveUnits(ids: string): string {
  return `select f.*, coalesce(x.${EXTRA}, '{}'::jsonb) as ${EXTRA}
          from fs_unit_stats(${ids}, params.year, params.as_of, params.today) f
          left join fs_unit_figures(${ids}, params.year, params.as_of, params.today) x on x.unit_id = f.unit_id`;
}
