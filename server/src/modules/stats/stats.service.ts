/**
 * Leadership statistics, computed in PostgreSQL. A subtree's figures are sums of each unit's own
 * figures (fs_unit_stats): read from the stats_unit rollup where a row is fresh, computed live for
 * the rest, in one statement that also groups by child unit (GROUPING SETS). Nothing is loaded
 * into Node but the answer.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { fail } from '../../common/reasons';
import { StatsReasons } from './stats.errors';
import { shanghaiDate } from '../../common/dates';
import { checkDate, checkPeriod } from '../../common/validate';
import type { Principal } from '../../common/principal';
import { UnitService, StarType, Unit, UnitLevel, UnitReasons } from '../org/public';
import { queryPrepared } from '../../db/prepared';
import { readStats, type StatsReplica } from '../../db/replica';
import type { ServiceDeps } from '../../graphql/services';
import { readViews } from '../../db/read-view';
import {
  aggregateUnits,
  BITS,
  EXTRA,
  FIGURE_COLUMNS,
  liveUnits,
  rollupColumns,
  sumAggregates,
  UNIT_COLUMNS,
  unitRows,
} from './stats.sql';
import {
  CampaignStats,
  ChildStats,
  type StatsFigures,
  type StatsMetric,
  TrendInterval,
  TrendPoint,
} from './stats.types';

export const MAX_TREND_POINTS = 120;

interface UnitAndStars {
  unit: Record<string, unknown>;
  stars: Record<string, unknown>[];
}
const STAR_TYPES_KEY = 'star_types';
const UNIT_AND_STARS = `select to_json(u) as unit,
         (select coalesce(json_agg(s order by s.sort_order, s.code), '[]') from star_type s) as stars
  from unit u where u.id = $1`;

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

/** One row of campaignStatsSql: grp 1 is the subtree total, grp 0 a child; the rest are FIGURE_COLUMNS (bigint → string). */
interface GroupRow {
  grp: number;
  child: number | null;
  child_name: string | null;
  child_level: string | null;
  child_sort: number | null;
  [figure: string]: string | number | null;
}

/** The modules' figures of a row (the `extra` jsonb object, parsed by pg), as numbers. */
function extraOf(r: GroupRow): Record<string, number> {
  const extra = (r as unknown as Record<string, unknown>)[EXTRA];
  const out: Record<string, number> = {};
  if (extra && typeof extra === 'object')
    for (const [k, v] of Object.entries(extra as Record<string, unknown>)) out[k] = Number(v ?? 0);
  return out;
}

export class StatsService {
  constructor(
    readonly em: EntityManager,
    private readonly now: () => Date,
    /** Finds the unit asked about, or NOT_FOUND outside the caller's scope (as for a missing id). */
    private readonly units: UnitService,
    /** STATS_DATABASE_URL: the standby the statistics statements run on while it is usable. */
    private readonly replica?: StatsReplica,
    /** Units and the star catalog from memory, as safe as the session cache (principal-cache.ts). */
    private readonly cache?: ServiceDeps['sessions'],
  ) {}

  /** The day figures of `year` describe: today for this year, the year's last day before. */
  statsDate(year: number): { asOf: string; today: string } {
    const today = shanghaiDate(this.now());
    const current = Number(today.slice(0, 4));
    if (!Number.isInteger(year) || year < 2000 || year > current) {
      throw fail(StatsReasons.YEAR_OUT_OF_RANGE, { field: 'year', params: { current } });
    }
    return { asOf: year === current ? today : `${year}-12-31`, today };
  }

  async campaignStats(p: Principal, unitId: number, year: number): Promise<CampaignStats> {
    const { asOf, today } = this.statsDate(year);
    const { unit, stars } = await this.unitAndStarTypes(p, unitId);
    const scope = statsScope(unit.level);
    // A named prepared statement: planned once per connection (the statement is large; planning
    // it each time cost as much as running it). On the standby when there is one.
    const rows = await readStats(this.replica, this.em, (em) =>
      queryPrepared<GroupRow>(em, campaignStatsSql(['$1', '$2', '$3', '$4', '$5'], scope), [
        unit.depth + 2,
        `${unit.path}%`,
        year,
        asOf,
        today,
      ]),
    );
    const total = rows.find((r) => Number(r.grp) === 1)!;
    const byChild: ChildStats[] = rows
      .filter((r) => Number(r.grp) === 0)
      .sort((a, b) => Number(a.child_sort) - Number(b.child_sort) || Number(a.child) - Number(b.child))
      .map((r) =>
        Object.assign(new ChildStats(), {
          unitId: String(r.child),
          unitName: r.child_name ?? '',
          unitLevel: r.child_level ?? '',
          figures: this.figures(r, stars),
        }),
      );
    return Object.assign(new CampaignStats(), {
      unitId: String(unit.id),
      unitName: unit.name,
      year,
      asOf,
      figures: this.figures(total, stars),
      byChild,
    });
  }

  /**
   * The unit asked about (NOT_FOUND outside the caller's scope, as units.get) and the star catalog:
   * from the process's catalog cache when both are there (no round trip), else in one prepared
   * statement. As two round trips (a query-builder findOne, then the catalog) they cost more of the
   * server's CPU than the statistics statement itself on a district: on loopback every round trip
   * is a write the kernel handles on our CPU.
   */
  private async unitAndStarTypes(p: Principal, unitId: number): Promise<{ unit: Unit; stars: StarType[] }> {
    const unitKey = `unit:${unitId}`;
    let unitRow = this.cache?.catalogGet<Record<string, unknown>>(unitKey);
    let starRows = this.cache?.catalogGet<Record<string, unknown>[]>(STAR_TYPES_KEY);
    if (!unitRow || !starRows) {
      const rows = this.em.isInTransaction()
        ? await this.em.execute<UnitAndStars[]>(UNIT_AND_STARS.replace('$1', '?'), [unitId])
        : await queryPrepared<UnitAndStars>(this.em, UNIT_AND_STARS, [unitId]);
      if (!rows.length) throw fail(UnitReasons.NOT_FOUND);
      ({ unit: unitRow, stars: starRows } = rows[0]);
      this.cache?.catalogSet(unitKey, unitRow);
      this.cache?.catalogSet(STAR_TYPES_KEY, starRows);
    }
    const [unit] = readViews(this.em, Unit, [unitRow]);
    if (!p.canRead(unit.path)) throw fail(UnitReasons.NOT_FOUND);
    return { unit, stars: readViews(this.em, StarType, starRows) };
  }

  private figures(r: GroupRow, stars: StarType[]): StatsFigures {
    const n = (v: string | number | null) => Number(v ?? 0);
    const branches = n(r.branches);
    const fourStar = n(r.four);
    const fourStarLastYear = n(r.four_prev);
    return {
      branches,
      levelDistribution: [0, 1, 2, 3, 4, 5].map((level) => ({ level, branches: n(r[`l${level}`]) })),
      starHolders: stars.map((s) => ({
        starCode: s.code,
        starName: s.nameZh,
        branches: s.sortOrder >= 0 && s.sortOrder < BITS ? n(r[`h${s.sortOrder}`]) : 0,
      })),
      threeStarShare: ratio(n(r.three), branches),
      fourStar,
      fourStarLastYear,
      fourStarRatio: ratio(fourStar, fourStarLastYear),
      fiveStar: n(r.five),
      newFiveStar: n(r.new_five),
      keyTasks: {
        total: n(r.items_total),
        done: n(r.items_done),
        completionRate: ratio(n(r.items_done), n(r.items_total)),
        overdue: n(r.items_overdue),
      },
      spotChecksThisQuarter: n(r.checks_quarter),
      findings: {
        minor: n(r.f_minor),
        major: n(r.f_major),
        critical: n(r.f_critical),
        total: n(r.f_minor) + n(r.f_major) + n(r.f_critical),
      },
      findingsThisQuarter: {
        minor: n(r.fq_minor),
        major: n(r.fq_major),
        critical: n(r.fq_critical),
        total: n(r.fq_minor) + n(r.fq_major) + n(r.fq_critical),
      },
      rectifications: {
        total: n(r.rect_total),
        closed: n(r.rect_closed),
        closureRate: ratio(n(r.rect_closed), n(r.rect_total)),
        overdue: n(r.rect_overdue),
        late: n(r.rect_late),
        awaitingVerification: n(r.rect_awaiting),
      },
      dailyReports: {
        submitted: n(r.reports_submitted),
        expected: n(r.reports_expected),
        rate: ratio(n(r.reports_submitted), n(r.reports_expected)),
      },
      extra: extraOf(r),
    };
  }

  /**
   * A metric per month or quarter between two dates, reconstructed from history: star levels from
   * the held-star periods, completion from completion times, counts from event dates.
   */
  async trend(
    p: Principal,
    unitId: number,
    metric: StatsMetric,
    from: string,
    to: string,
    interval: TrendInterval,
  ): Promise<TrendPoint[]> {
    const unit = await this.units.get(p, unitId);
    checkDate(from, 'from');
    checkDate(to, 'to');
    checkPeriod(from, to, 'to');
    const today = shanghaiDate(this.now());
    const step = interval === TrendInterval.QUARTER ? '3 months' : '1 month';
    const months =
      (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
    if (months / (interval === TrendInterval.QUARTER ? 3 : 1) + 1 > MAX_TREND_POINTS) {
      throw fail(StatsReasons.TOO_MANY_POINTS, { field: 'to', params: { max: MAX_TREND_POINTS } });
    }
    // Periods: calendar months or quarters touching [from, to]; a period's value is read at its end,
    // but never later than `to` or today.
    const value = TREND_SQL[metric];
    type Row = { period_start: string; period_end: string; value: number | null };
    const rows = await readStats(this.replica, this.em, (em) =>
      em.execute<Row[]>(
        `with periods as (
         select gs::date as period_start,
                least((gs + interval '${step}')::date - 1, ?::date, ?::date) as period_end
         from generate_series(date_trunc('${interval === TrendInterval.QUARTER ? 'quarter' : 'month'}', ?::date), ?::date, interval '${step}') gs
       ),
       scope as (select u.id, u.level from unit u where u.path like ?)
       select to_char(p.period_start, 'YYYY-MM-DD') as period_start, to_char(p.period_end, 'YYYY-MM-DD') as period_end, (${value})::float8 as value
       from periods p
       where p.period_start <= p.period_end
       order by p.period_start`,
        [to, today, from, to, `${unit.path}%`],
      ),
    );
    return rows.map((r) =>
      Object.assign(new TrendPoint(), {
        periodStart: r.period_start,
        periodEnd: r.period_end,
        value: r.value === null ? null : Number(r.value),
      }),
    );
  }
}

/** Which rollups a subtree adds up: a township or branch (unit rows), a district (township rollups), a city or the province (district rollups). */
export type StatsScope = 'township' | 'upper' | 'above';

/** The scope of a unit's statistics, by its level. */
export function statsScope(level: string): StatsScope {
  return level === UnitLevel.TOWNSHIP || level === UnitLevel.BRANCH
    ? 'township'
    : level === UnitLevel.DISTRICT
      ? 'upper'
      : 'above';
}

/**
 * The one statement behind campaignStats: the subtree total (grp 1) and one row per child unit
 * (grp 0). Its five parameters (SQL expressions given by the caller — literals, `$n` placeholders
 * or function arguments — so the benchmark's hand-written-SQL and PostGraphile contenders run the
 * very same SQL; the path pattern appears several times): the split_part position of the child id
 * in a path (unit depth + 2), the path prefix pattern, the year, the statistics date and today.
 *
 * `township` scopes (a township-level unit or a branch) add up their unit rows. `upper` scopes
 * (district, city, province) add up township rollups (stats_township), plus the unit rows of units
 * in no township and of members of townships whose rollup is stale: reads stay proportional to the
 * number of townships, not of branches.
 */
export function campaignStatsSql(
  params: [string, string, string, string, string],
  scope: StatsScope = 'upper',
): string {
  const [depthPos, like, year, asOf, today] = params;
  const child = (path: string) => `nullif(split_part(${path}, '.', params.depth_pos), '')::int`;
  const head = `with params as (select ${depthPos}::int as depth_pos, ${like}::text as like_path, ${year}::int as year, ${asOf}::date as as_of, ${today}::date as today)`;
  const fresh = (t: string) =>
    `${t}.touched = ${t}.computed and ${t}.year = params.year and ${t}.as_of = params.as_of and ${t}.today = params.today`;
  // Per child: the unit rows added up, plus the rows of the named rollup CTEs (already added up).
  const perChild = (rollups: string[]) => `added as (
         select ${child('f.path')} as child,
         ${aggregateUnits()}
         from units f, params group by 1
         ${rollups.map((r) => `union all select ${child('r.path')}, ${rollupColumns('r')} from ${r} r, params`).join(' ')}
       ),
       per_child as (select a.child, ${sumAggregates('a')} from added a group by a.child)`;
  const groups =
    scope === 'above'
      ? // Fresh district rollups; inside stale districts, fresh township rollups and the unit rows of
        // the rest; units above the districts (cities, the province) one by one.
        `districts as (select d.* from stats_district d, params where d.path like ${like} and ${fresh('d')}),
       stale_districts as (select d.path from stats_district d, params where d.path like ${like} and not (${fresh('d')})),
       townships as (
         select t.* from stale_districts sd join stats_township t on t.path like sd.path || '%', params where ${fresh('t')}
       ),
       units as (
         ${unitRows(`s.unit_id in (select u.id from unit u where u.level in ('PROVINCE', 'CITY') and u.path like ${like})`)}
         union all
         ${unitRows(`s.township_id is null and exists (select 1 from stale_districts sd where s.path like sd.path || '%')`)}
         union all
         ${unitRows(`s.township_id = any(array(select t.unit_id from stale_districts sd join stats_township t on t.path like sd.path || '%', params where not (${fresh('t')})))`)}
       ),
       ${perChild(['townships', 'districts'])}`
      : scope === 'township'
        ? `units as (${unitRows(`s.path like ${like}`)}),
       per_child as (
         select ${child('f.path')} as child,
         ${aggregateUnits()}
         from units f, params group by 1
       )`
        : `townships as (select t.* from stats_township t, params where t.path like ${like} and ${fresh('t')}),
       units as (
         ${unitRows(`s.township_id is null and s.path like ${like}`)}
         union all
         ${unitRows(`s.township_id = any(array(select t.unit_id from stats_township t, params where t.path like ${like} and not (${fresh('t')})))`)}
       ),
       ${perChild(['townships'])}`;
  return `${head},
       ${groups}
       select 1 as grp, null::int as child, ${sumAggregates('g')}, null as child_name, null as child_level, null::int as child_sort
       from per_child g
       union all
       select 0, g.child, ${rollupColumns('g')}, c.name, c.level, c.sort_order
       from per_child g join unit c on c.id = g.child`;
}

/** Level of each branch in scope at the period end `p.period_end`. */
const LEVELS_AT_END = `select (select count(*) from branch_star b where b.branch_id = s.id and b.since <= p.period_end and (b.until is null or b.until > p.period_end)) as level
  from scope s where s.level = 'BRANCH'`;
const endOfDay = `((p.period_end + 1)::timestamp at time zone 'Asia/Shanghai')`;
const startOfPeriod = `(p.period_start::timestamp at time zone 'Asia/Shanghai')`;

const TREND_SQL: Record<StatsMetric, string> = {
  AVERAGE_LEVEL: `select avg(level) from (${LEVELS_AT_END}) l`,
  THREE_STAR_SHARE: `select (count(*) filter (where level >= 3))::float8 / nullif(count(*), 0) from (${LEVELS_AT_END}) l`,
  FOUR_STAR_COUNT: `select count(*) filter (where level >= 4) from (${LEVELS_AT_END}) l`,
  FIVE_STAR_COUNT: `select count(*) filter (where level = 5) from (${LEVELS_AT_END}) l`,
  KEY_TASK_COMPLETION: `select (count(*) filter (where pi.completed_at < ${endOfDay}))::float8 / nullif(count(*), 0)
    from plan_item pi join plan pl on pl.id = pi.plan_id join scope s on s.id = pi.unit_id
    where pl.year = extract(year from p.period_end)`,
  SPOT_CHECKS_COMPLETED: `select count(*) from spot_check sc join scope s on s.id = sc.target_unit_id
    where sc.status = 'COMPLETED' and sc.completed_at >= ${startOfPeriod} and sc.completed_at < ${endOfDay}`,
  RECTIFICATION_CLOSURE: `select (count(*) filter (where r.closed_at < ${endOfDay}))::float8 / nullif(count(*), 0)
    from rectification r join spot_check sc on sc.id = r.spot_check_id and sc.status = 'COMPLETED' join scope s on s.id = r.responsible_unit_id
    where r.created_at < ${endOfDay}`,
  DAILY_REPORT_RATE: `select (select count(*) from daily_report dr join scope s on s.id = dr.unit_id where dr.report_date between p.period_start and p.period_end)::float8
    / nullif((select count(*) from scope s where s.level in ('BRANCH', 'TOWNSHIP')) * (p.period_end - p.period_start + 1), 0)`,
};

/**
 * Rollup rows waiting for the refresher, per table: touched since computed, or computed for another
 * day (what refreshStats would rewrite). Read by /metrics.
 */
export async function staleRollupRows(em: EntityManager, now: Date): Promise<{ table: string; rows: number }[]> {
  const today = shanghaiDate(now);
  const stale = (t: string) =>
    `select '${t}' as t, count(*)::int as n from ${t} where touched <> computed or today <> ?::date`;
  const rows = await em.execute<{ t: string; n: number }[]>(
    `${stale('stats_unit')} union all ${stale('stats_township')} union all ${stale('stats_district')}`,
    [today, today, today],
  );
  return rows.map((r) => ({ table: r.t, rows: Number(r.n) }));
}

/**
 * Recompute rollup rows that are stale (touched since computed) or describe another day: unit rows
 * first, then township rollups, at most `limit` of each per call. Returns how many rows it wrote.
 * Safe to run from any number of processes at once.
 */
export async function refreshStats(em: EntityManager, now: Date, limit = 2000): Promise<number> {
  const today = shanghaiDate(now);
  const year = Number(today.slice(0, 4));
  const params = `params as (select ?::int as year, ?::date as as_of, ?::date as today)`;
  const stale = (t: string) =>
    `${t}.touched <> ${t}.computed or ${t}.year <> params.year or ${t}.as_of <> params.as_of or ${t}.today <> params.today`;
  const [{ n: units }] = await em.execute<{ n: string }[]>(
    `with ${params},
     todo as (select s.unit_id as id, s.touched from stats_unit s, params where ${stale('s')} limit ?),
     written as (
       insert into stats_unit (unit_id, path, is_branch, township_id, year, as_of, today, touched, computed, ${UNIT_COLUMNS.join(', ')}, ${EXTRA})
       select f.unit_id, f.path, f.is_branch, f.township_id, params.year, params.as_of, params.today, t.touched, t.touched, ${UNIT_COLUMNS.map((c) => `f.${c}`).join(', ')}, f.${EXTRA}
       from params cross join lateral (${liveUnits('array(select id from todo)')}) f join todo t on t.id = f.unit_id
       on conflict (unit_id) do update set
         year = excluded.year, as_of = excluded.as_of, today = excluded.today, computed = excluded.computed,
         ${[...UNIT_COLUMNS, EXTRA].map((c) => `${c} = excluded.${c}`).join(', ')}
       returning 1
     )
     select count(*) as n from written`,
    [year, today, today, limit],
  );
  const [{ n: townships }] = await em.execute<{ n: string }[]>(
    `with ${params},
     todo as (select t.unit_id, t.touched from stats_township t, params where ${stale('t')} limit ?),
     units as (${unitRows('s.township_id = any(array(select unit_id from todo))')}),
     added as (select f.township_id, ${aggregateUnits()} from units f group by f.township_id),
     written as (
       insert into stats_township (unit_id, path, year, as_of, today, touched, computed, ${FIGURE_COLUMNS.join(', ')}, ${EXTRA})
       select t.unit_id, '', params.year, params.as_of, params.today, t.touched, t.touched, ${FIGURE_COLUMNS.map((n) => `coalesce(a.${n}, 0)`).join(', ')}, coalesce(a.${EXTRA}, '{}'::jsonb)
       from todo t cross join params left join added a on a.township_id = t.unit_id
       on conflict (unit_id) do update set
         year = excluded.year, as_of = excluded.as_of, today = excluded.today, computed = excluded.computed,
         ${[...FIGURE_COLUMNS, EXTRA].map((n) => `${n} = excluded.${n}`).join(', ')}
       returning 1
     )
     select count(*) as n from written`,
    [year, today, today, limit],
  );
  // District rollups, after the townships they add up: each one is its subtree's total, computed
  // by the district statement itself (which reads fresh township rows and computes the rest live).
  const districts = await em.execute<{ unit_id: number; touched: number; path: string; depth: number }[]>(
    `select d.unit_id, d.touched, u.path, u.depth from stats_district d join unit u on u.id = d.unit_id
      where d.touched <> d.computed or d.year <> ? or d.as_of <> ? or d.today <> ? limit ?`,
    [year, today, today, Math.max(1, Math.ceil(limit / 20))],
  );
  let districtsWritten = 0;
  for (const d of districts) {
    if (!/^[0-9.]+$/.test(d.path)) continue;
    const rows = await em.execute<GroupRow[]>(
      campaignStatsSql([String(d.depth + 2), `'${d.path}%'`, String(year), `'${today}'`, `'${today}'`], 'upper'),
    );
    const total = rows.find((r) => Number(r.grp) === 1);
    if (!total) continue;
    await em.execute(
      `update stats_district set year = ?, as_of = ?, today = ?, computed = ?, ${FIGURE_COLUMNS.map((n) => `${n} = ?`).join(', ')}, ${EXTRA} = ?::jsonb where unit_id = ?`,
      [
        year,
        today,
        today,
        d.touched,
        ...FIGURE_COLUMNS.map((n) => Number(total[n] ?? 0)),
        JSON.stringify(extraOf(total)),
        d.unit_id,
      ],
    );
    districtsWritten++;
  }
  return Number(units) + Number(townships) + districtsWritten;
}
