/**
 * 每日一报告 · 每月一观摩 · 每季度一评比: daily reports, monthly tours, and the quarterly appraisal.
 *
 * The ranking is computed in ONE SQL statement per request (`rankingSql`) from plan completion,
 * spot-check scores, rectification closure and timeliness, and tour scores. Only COMPLETED spot
 * checks count (a planned one is secret, and has no score anyway), so a ranking never reveals one.
 */
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { pathScope } from '../../common/access';
import { addDays, shanghaiDate } from '../../common/dates';
import { InputReasons } from '../../common/common.errors';
import { fail } from '../../common/reasons';
import { checkDate, checkText } from '../../common/validate';
import { orderBy, offset, type ListArgs, type Page } from '../../graphql/pagination';
import { UserRole } from '../../common/roles';
import type { Principal } from '../../common/principal';
import {
  AppraisalReasons,
  DailyreportReasons,
  DailyReportReasons,
  MonthlyobservationReasons,
  ObservationReasons,
} from './cadence.errors';
import { UnitLevel, Unit, UnitReasons } from '../org/public';
import {
  AppraisalWeights,
  DailyReport,
  MonthlyObservation,
  ObservationVisit,
  QuarterlyAppraisal,
  QuarterlyAppraisalRow,
  type ReportFigure,
} from './cadence.entity';
import { AppraisalComponent, MissingComponentRule } from './cadence.enums';
import { readStats, type StatsReplica } from '../../db/replica';

export const DEFAULT_WEIGHTS = {
  planCompletion: 30,
  spotCheck: 25,
  rectificationClosure: 15,
  rectificationTimeliness: 10,
  tour: 20,
  training: 0,
};
export type Weights = typeof DEFAULT_WEIGHTS;
const COMPONENTS = Object.keys(DEFAULT_WEIGHTS) as (keyof Weights)[];

export interface RankingRow {
  unitId: number;
  unitName: string;
  rank: number;
  score: number;
  planCompletion: number | null;
  spotCheck: number | null;
  rectificationClosure: number | null;
  rectificationTimeliness: number | null;
  tour: number | null;
  training: number | null;
  /** The components this row had data for. */
  coverage: AppraisalComponent[];
}

const COMPONENT_OF: Record<keyof Weights, AppraisalComponent> = {
  planCompletion: AppraisalComponent.PLAN_COMPLETION,
  spotCheck: AppraisalComponent.SPOT_CHECK,
  rectificationClosure: AppraisalComponent.RECTIFICATION_CLOSURE,
  rectificationTimeliness: AppraisalComponent.RECTIFICATION_TIMELINESS,
  tour: AppraisalComponent.TOUR,
  training: AppraisalComponent.TRAINING,
};

/** The components a row has data for, in the order of the weights. */
export const coverageOf = (r: Pick<RankingRow, keyof Weights>): AppraisalComponent[] =>
  COMPONENTS.filter((k) => r[k] !== null && r[k] !== undefined).map((k) => COMPONENT_OF[k]);

export interface Ranking {
  unit: Unit;
  year: number;
  quarter: number;
  weights: Weights;
  missingComponents: MissingComponentRule;
  published: QuarterlyAppraisal | null;
  rows: RankingRow[];
}

export function quarterRange(year: number, quarter: number): { from: string; to: string } {
  const m = (quarter - 1) * 3;
  const from = `${year}-${String(m + 1).padStart(2, '0')}-01`;
  const end = new Date(Date.UTC(year, m + 3, 0));
  return { from, to: end.toISOString().slice(0, 10) };
}

/**
 * Each component is a percentage (0–100) over the child's subtree, or null when it has no data
 * (no plan items due, no completed checks, no rectifications due, no tour visits). What a missing
 * component does is the district's rule (the `zero` flag among the parameters): RESCALE leaves it out and
 * scales up the weights of the others, so a unit is not punished for not having been visited; ZERO
 * counts it as 0, so a unit never inspected cannot outrank an inspected one. Plan completion: plan
 * items of the year due by the quarter's end, share DONE by then. Spot check: mean overall score of
 * checks completed in the quarter. Rectification closure: share of rectifications due in the quarter
 * that are closed. Timeliness is the responsible unit's own: share of those whose evidence it
 * submitted by the deadline (waiting for the team's verification afterwards is not its lateness),
 * over the rectifications due in the quarter whose deadline has passed or that were submitted.
 * Tour: mean visit score of tours held in the quarter. Training: share of the expected takers of the
 * knowledge tests held in the quarter who took them (participation, %); its weight is 0 by default.
 */
const rankingSql = `
with c as (select id, name, path, sort_order from unit where parent_id = ?),
pc as (
  select c.id, 100.0 * count(*) filter (where pi.status = 'DONE' and (pi.completed_at at time zone 'Asia/Shanghai')::date <= ?::date) / nullif(count(pi.id), 0) as v
  from c join unit u on u.path like c.path || '%' join plan_item pi on pi.unit_id = u.id join plan p on p.id = pi.plan_id and p.year = ?
  where pi.deadline <= ?::date group by c.id),
sc as (
  select c.id, avg(s.overall_score) as v
  from c join unit u on u.path like c.path || '%' join spot_check s on s.target_unit_id = u.id
  where s.status = 'COMPLETED' and s.overall_score is not null and (s.completed_at at time zone 'Asia/Shanghai')::date between ?::date and ?::date group by c.id),
rs as (
  select c.id, r.status, r.deadline,
         -- submitted by the deadline: a submission event, the latest submission or the closing by then
         (exists (select 1 from rectification_event e where e.rectification_id = r.id and e.action = 'SUBMIT'
                   and (e.at at time zone 'Asia/Shanghai')::date <= r.deadline)
          or coalesce((r.submitted_at at time zone 'Asia/Shanghai')::date <= r.deadline, false)
          or coalesce((r.closed_at at time zone 'Asia/Shanghai')::date <= r.deadline, false)) as on_time
  from c join unit u on u.path like c.path || '%' join rectification r on r.responsible_unit_id = u.id
  where r.deadline between ?::date and ?::date),
rc as (
  select id,
         100.0 * count(*) filter (where status = 'CLOSED') / count(*) as closure,
         100.0 * count(*) filter (where on_time) / nullif(count(*) filter (where on_time or deadline < ?::date), 0) as timely
  from rs group by id),
tc as (
  select c.id, avg(v.score) as v
  from c join unit u on u.path like c.path || '%' join observation_visit v on v.unit_id = u.id join monthly_observation o on o.id = v.observation_id
  where o.held_on between ?::date and ?::date group by c.id),
ts as (select id, audience_roles, audience_unit_ids, test_date from test_session where test_date between ?::date and ?::date),
tk as (select ts.id as sid, k.person_id, k.score from ts cross join lateral training_counted(ts.id, ?::timestamptz) k),
tx as (
  select e.unit_id, tk.score from ts cross join lateral training_expected(ts.audience_roles, ts.audience_unit_ids, ts.test_date) e
  left join tk on tk.sid = ts.id and tk.person_id = e.person_id),
trc as (
  select c.id, 100.0 * count(tx.score) / nullif(count(*), 0) as v
  from c join unit u on u.path like c.path || '%' join tx on tx.unit_id = u.id group by c.id),
comp as (
  select c.id, c.name, c.sort_order, pc.v as plan_completion, sc.v as spot_check, rc.closure as rectification_closure, rc.timely as rectification_timeliness, tc.v as tour, trc.v as training
  from c left join pc on pc.id = c.id left join sc on sc.id = c.id left join rc on rc.id = c.id left join tc on tc.id = c.id left join trc on trc.id = c.id),
scored as (
  select comp.*,
    coalesce((coalesce(plan_completion, 0) * ? + coalesce(spot_check, 0) * ? + coalesce(rectification_closure, 0) * ? + coalesce(rectification_timeliness, 0) * ? + coalesce(tour, 0) * ? + coalesce(training, 0) * ?)
      / nullif(case when ?::boolean then ?::float8 + ? + ? + ? + ? + ?
             else (case when plan_completion is null then 0 else ? end) + (case when spot_check is null then 0 else ? end) + (case when rectification_closure is null then 0 else ? end)
             + (case when rectification_timeliness is null then 0 else ? end) + (case when tour is null then 0 else ? end)
             + (case when training is null then 0 else ? end) end, 0), 0) as score
  from comp)
select id, name, round(score::numeric, 2)::float8 as score, rank() over (order by round(score::numeric, 2) desc)::int as rank,
       round(plan_completion::numeric, 2)::float8 as plan_completion, round(spot_check::numeric, 2)::float8 as spot_check,
       round(rectification_closure::numeric, 2)::float8 as rectification_closure, round(rectification_timeliness::numeric, 2)::float8 as rectification_timeliness,
       round(tour::numeric, 2)::float8 as tour, round(training::numeric, 2)::float8 as training
from scored order by rank, sort_order, id`;

/** A row of rankingSql: numbers as PostgreSQL's numeric arrive as strings. */
interface RankingSqlRow {
  id: number | string;
  name: string;
  rank: number | string;
  score: number | string;
  plan_completion: RankingRow['planCompletion'];
  spot_check: RankingRow['spotCheck'];
  rectification_closure: RankingRow['rectificationClosure'];
  rectification_timeliness: RankingRow['rectificationTimeliness'];
  tour: RankingRow['tour'];
  training: RankingRow['training'];
}

/** A year of the campaign and a quarter of it, as the API and the exports accept them. */
export function checkQuarter(year: number, quarter: number): void {
  if (!(year >= 2000 && year <= 2100)) throw fail(InputReasons.BAD_YEAR, { field: 'year' });
  if (![1, 2, 3, 4].includes(quarter)) throw fail(InputReasons.BAD_QUARTER, { field: 'quarter' });
}

export class CadenceService {
  constructor(
    private readonly em: EntityManager,
    private readonly now: () => Date,
    /** STATS_DATABASE_URL: the standby the live ranking statement runs on while it is usable. */
    private readonly replica?: StatsReplica,
  ) {}

  private async readableUnit(p: Principal, id: number): Promise<Unit> {
    const u = await this.em.findOne(Unit, { id });
    if (!u || !p.canRead(u.path)) throw fail(UnitReasons.NOT_FOUND);
    return u;
  }

  // ---- daily reports ------------------------------------------------------------------------

  /** Today's report of the unit: created, or updated when it already exists (same Asia/Shanghai day). */
  async submitDailyReport(
    p: Principal,
    data: { unitId: number; doneToday: string; figures?: ReportFigure[] | null; blockers?: string | null },
  ): Promise<DailyReport> {
    const unit = await this.readableUnit(p, data.unitId);
    if (unit.level !== UnitLevel.BRANCH && unit.level !== UnitLevel.TOWNSHIP)
      throw fail(DailyReportReasons.BAD_UNIT, { field: 'unitId' });
    if (!p.hasRoleOver(unit.path, UserRole.BRANCH_STAFF, UserRole.TOWNSHIP_STAFF))
      throw fail(DailyReportReasons.FORBIDDEN);
    const today = shanghaiDate(this.now());
    const figures = (data.figures ?? []).map((f, i) => ({
      label: checkText(f.label, `figures[${i}].label`, 60),
      value: f.value,
    }));
    const fields = {
      doneToday: checkText(data.doneToday, 'doneToday', 4000),
      figures,
      blockers: data.blockers?.trim() || null,
      reporterId: p.userId,
      reporterName: p.displayName.slice(0, 60),
    };
    const existing = await this.em.findOne(DailyReport, { unit, reportDate: today });
    if (existing) return Object.assign(existing, fields);
    return this.em.create(DailyReport, { unit, reportDate: today, ...fields });
  }

  async listDailyReports(
    p: Principal,
    filter: {
      withinId?: number | null;
      date?: string | null;
      from?: string | null;
      to?: string | null;
      ids?: number[] | null;
    },
    args: ListArgs,
  ): Promise<Page<DailyReport>> {
    const where: FilterQuery<DailyReport>[] = [{ unit: pathScope(p) }];
    if (filter.date) where.push({ reportDate: checkDate(filter.date, 'filter.date') });
    if (filter.from) where.push({ reportDate: { $gte: checkDate(filter.from, 'filter.from') } });
    if (filter.to) where.push({ reportDate: { $lte: checkDate(filter.to, 'filter.to') } });
    if (filter.ids) where.push({ id: { $in: filter.ids } });
    if (filter.withinId) {
      const root = await this.em.findOne(Unit, { id: filter.withinId }, { fields: ['path'] });
      if (!root) return { items: [], total: 0 };
      where.push({ unit: { path: { $like: `${root.path}%` } } });
    }
    const [items, total] = await this.em.findAndCount(DailyReport, { $and: where } as FilterQuery<DailyReport>, {
      orderBy: orderBy(args, { id: 'id', reportDate: 'reportDate' }, 'reportDate') as never,
      ...offset(args),
    });
    return { items, total };
  }

  async getDailyReport(p: Principal, id: number): Promise<DailyReport> {
    const r = await this.em.findOne(DailyReport, {
      $and: [{ id }, { unit: pathScope(p) }],
    } as FilterQuery<DailyReport>);
    if (!r) throw fail(DailyreportReasons.NOT_FOUND);
    return r;
  }

  /** Branches and townships in the unit's subtree (itself included) with no report on that date. */
  async missingDailyReports(p: Principal, unitId: number, date: string): Promise<Unit[]> {
    const root = await this.readableUnit(p, unitId);
    checkDate(date, 'date');
    const rows = await this.em.execute<{ id: number }[]>(
      `select u.id from unit u where u.path like ? and u.level in (?, ?)
         and not exists (select 1 from daily_report r where r.unit_id = u.id and r.report_date = ?::date) limit 1000`,
      [`${root.path}%`, UnitLevel.TOWNSHIP, UnitLevel.BRANCH, date],
    );
    if (!rows.length) return [];
    return this.em.find(
      Unit,
      { id: { $in: rows.map((r) => Number(r.id)) } },
      { orderBy: { depth: 'asc', sortOrder: 'asc', id: 'asc' } },
    );
  }

  // ---- monthly tours ------------------------------------------------------------------------

  async createObservation(
    p: Principal,
    data: {
      unitId: number;
      heldOn: string;
      title: string;
      participants?: string[] | null;
      note?: string | null;
      visits: { unitId: number; score: number; comment?: string | null }[];
    },
  ): Promise<MonthlyObservation> {
    const organizer = await this.readableUnit(p, data.unitId);
    if (!p.hasRoleOver(organizer.path, UserRole.DISTRICT_ADMIN, UserRole.TOWNSHIP_STAFF))
      throw fail(ObservationReasons.FORBIDDEN);
    if (!data.visits.length) throw fail(ObservationReasons.NO_VISITS, { field: 'visits' });
    const ids = data.visits.map((v) => v.unitId);
    if (new Set(ids).size !== ids.length) throw fail(ObservationReasons.DUPLICATE_UNIT, { field: 'visits' });
    const units = await this.em.find(Unit, { id: { $in: ids }, path: { $like: `${organizer.path}%` } });
    if (units.length !== ids.length) throw fail(ObservationReasons.BAD_UNIT, { field: 'visits' });
    const obs = this.em.create(MonthlyObservation, {
      organizerUnit: organizer,
      heldOn: checkDate(data.heldOn, 'heldOn'),
      title: checkText(data.title, 'title', 200),
      participants: (data.participants ?? [])
        .map((x) => x.trim())
        .filter(Boolean)
        .slice(0, 200),
      note: data.note?.trim() || null,
    });
    for (const v of data.visits) {
      if (!(v.score >= 0 && v.score <= 100)) throw fail(ObservationReasons.BAD_SCORE, { field: 'visits' });
      this.em.create(ObservationVisit, {
        observation: obs,
        unit: units.find((u) => u.id === v.unitId)!,
        score: v.score,
        comment: v.comment?.trim() || null,
      });
    }
    return obs;
  }

  private observationWhere(p: Principal): FilterQuery<MonthlyObservation> {
    return {
      $or: [{ organizerUnit: pathScope(p) }, { visits: { unit: pathScope(p) } }],
    } as FilterQuery<MonthlyObservation>;
  }

  async listObservations(
    p: Principal,
    filter: { month?: string | null; ids?: number[] | null },
    args: ListArgs,
  ): Promise<Page<MonthlyObservation>> {
    const where: FilterQuery<MonthlyObservation>[] = [this.observationWhere(p)];
    if (filter.month) {
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(filter.month))
        throw fail(InputReasons.INVALID_MONTH, { field: 'filter.month' });
      const [y, m] = filter.month.split('-').map(Number);
      where.push({
        heldOn: { $gte: `${filter.month}-01`, $lte: new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10) },
      });
    }
    if (filter.ids) where.push({ id: { $in: filter.ids } });
    const [items, total] = await this.em.findAndCount(
      MonthlyObservation,
      { $and: where } as FilterQuery<MonthlyObservation>,
      { orderBy: orderBy(args, { id: 'id', heldOn: 'heldOn' }, 'heldOn') as never, ...offset(args) },
    );
    return { items, total };
  }

  async getObservation(p: Principal, id: number): Promise<MonthlyObservation> {
    const o = await this.em.findOne(MonthlyObservation, {
      $and: [{ id }, this.observationWhere(p)],
    } as FilterQuery<MonthlyObservation>);
    if (!o) throw fail(MonthlyobservationReasons.NOT_FOUND);
    return o;
  }

  // ---- quarterly appraisal ------------------------------------------------------------------

  /** The weights in force for a unit: those of the district above (or at) it, else the defaults. */
  async weightsFor(
    unit: Unit,
  ): Promise<{ weights: Weights; missingComponents: MissingComponentRule; row: AppraisalWeights | null }> {
    const ids = unit.pathIds();
    const row = await this.em.findOne(AppraisalWeights, { district: { $in: ids } });
    if (!row) return { weights: { ...DEFAULT_WEIGHTS }, missingComponents: MissingComponentRule.RESCALE, row: null };
    const weights = {} as Weights;
    for (const k of COMPONENTS) weights[k] = row[k];
    return { weights, missingComponents: row.missingComponents, row };
  }

  async appraisalWeights(p: Principal, districtId: number): Promise<AppraisalWeights> {
    const d = await this.readableUnit(p, districtId);
    if (d.level !== UnitLevel.DISTRICT) throw fail(UnitReasons.NOT_FOUND);
    const { weights, row } = await this.weightsFor(d);
    return (
      row ??
      Object.assign(new AppraisalWeights(), {
        id: 0,
        district: d,
        ...weights,
        missingComponents: MissingComponentRule.RESCALE,
        version: 0,
        createdAt: this.now(),
        updatedAt: this.now(),
      })
    );
  }

  /** The district's rule for components without data (district admins); the weights stay as they are. */
  async setAppraisalRule(p: Principal, districtId: number, rule: MissingComponentRule): Promise<AppraisalWeights> {
    const d = await this.readableUnit(p, districtId);
    if (d.level !== UnitLevel.DISTRICT) throw fail(UnitReasons.NOT_FOUND);
    if (!p.hasRoleOver(d.path, UserRole.DISTRICT_ADMIN)) throw fail(AppraisalReasons.FORBIDDEN);
    if (!Object.values(MissingComponentRule).includes(rule))
      throw fail(AppraisalReasons.BAD_RULE, { field: 'missingComponents' });
    const row =
      (await this.em.findOne(AppraisalWeights, { district: d })) ??
      this.em.create(AppraisalWeights, { district: d, ...DEFAULT_WEIGHTS });
    row.missingComponents = rule;
    return row;
  }

  async setAppraisalWeights(
    p: Principal,
    districtId: number,
    given: Omit<Weights, 'training'> & { training?: number | null },
  ): Promise<AppraisalWeights> {
    const d = await this.readableUnit(p, districtId);
    if (d.level !== UnitLevel.DISTRICT) throw fail(UnitReasons.NOT_FOUND);
    if (!p.hasRoleOver(d.path, UserRole.DISTRICT_ADMIN)) throw fail(AppraisalReasons.FORBIDDEN);
    // Clients that do not know the training weight leave it as it is.
    const current = await this.em.findOne(AppraisalWeights, { district: d });
    const w: Weights = { ...given, training: given.training ?? current?.training ?? 0 };
    for (const k of COMPONENTS) if (!(w[k] >= 0 && w[k] <= 100)) throw fail(AppraisalReasons.BAD_WEIGHT, { field: k });
    if (COMPONENTS.every((k) => w[k] === 0)) throw fail(AppraisalReasons.ALL_ZERO, { field: 'planCompletion' });
    const row = current ?? this.em.create(AppraisalWeights, { district: d, ...w });
    Object.assign(row, w);
    return row;
  }

  /**
   * Live scores of the unit's children, computed in SQL with the district's weights: on the standby
   * when there is one, except inside a transaction (publishing freezes what the primary holds).
   */
  async compute(
    unit: Unit,
    year: number,
    quarter: number,
    weights: Weights,
    missingComponents: MissingComponentRule = MissingComponentRule.RESCALE,
  ): Promise<RankingRow[]> {
    const { from, to } = quarterRange(year, quarter);
    const w = COMPONENTS.map((k) => weights[k]);
    // Timeliness is judged for deadlines passed by the quarter's end, or by today while it runs.
    const today = shanghaiDate(this.now());
    const params = [
      unit.id,
      to,
      year,
      to,
      from,
      to,
      from,
      to,
      today <= to ? today : addDays(to, 1),
      from,
      to,
      from,
      to,
      this.now(),
      ...w,
      missingComponents === MissingComponentRule.ZERO,
      ...w,
      ...w,
    ];
    const rows = await readStats(this.replica, this.em, (em) => em.execute<RankingSqlRow[]>(rankingSql, params));
    return rows.map((r) => ({
      unitId: Number(r.id),
      unitName: r.name,
      rank: Number(r.rank),
      score: Number(r.score),
      planCompletion: r.plan_completion,
      spotCheck: r.spot_check,
      rectificationClosure: r.rectification_closure,
      rectificationTimeliness: r.rectification_timeliness,
      tour: r.tour,
      training: r.training,
      coverage: coverageOf({
        planCompletion: r.plan_completion,
        spotCheck: r.spot_check,
        rectificationClosure: r.rectification_closure,
        rectificationTimeliness: r.rectification_timeliness,
        tour: r.tour,
        training: r.training,
      }),
    }));
  }

  /** The published snapshot when there is one, else the live computation. */
  async ranking(p: Principal, unitId: number, year: number, quarter: number): Promise<Ranking> {
    checkQuarter(year, quarter);
    const unit = await this.readableUnit(p, unitId);
    const published = await this.em.findOne(QuarterlyAppraisal, { unit, year, quarter });
    if (published) {
      const rows = await this.em.find(
        QuarterlyAppraisalRow,
        { appraisal: published },
        { populate: ['unit'], orderBy: { rank: 'asc', unit: { sortOrder: 'asc' }, id: 'asc' } },
      );
      return {
        unit,
        year,
        quarter,
        weights: published.weights as Weights,
        missingComponents: published.missingComponents,
        published,
        rows: rows.map((r) => ({
          unitId: r.unit.id,
          unitName: r.unit.name,
          rank: r.rank,
          score: r.score,
          planCompletion: r.planCompletion,
          spotCheck: r.spotCheck,
          rectificationClosure: r.rectificationClosure,
          rectificationTimeliness: r.rectificationTimeliness,
          tour: r.tour,
          training: r.training,
          coverage: coverageOf(r),
        })),
      };
    }
    const { weights, missingComponents } = await this.weightsFor(unit);
    return {
      unit,
      year,
      quarter,
      weights,
      missingComponents,
      published: null,
      rows: await this.compute(unit, year, quarter, weights, missingComponents),
    };
  }

  /** Freeze the ranking: snapshot rows that later data no longer changes. */
  async publish(p: Principal, unitId: number, year: number, quarter: number): Promise<QuarterlyAppraisal> {
    checkQuarter(year, quarter);
    const unit = await this.readableUnit(p, unitId);
    if (!p.hasRoleOver(unit.path, UserRole.DISTRICT_ADMIN)) throw fail(AppraisalReasons.FORBIDDEN);
    if (await this.em.count(QuarterlyAppraisal, { unit, year, quarter }))
      throw fail(AppraisalReasons.ALREADY_PUBLISHED);
    const { weights, missingComponents } = await this.weightsFor(unit);
    const rows = await this.compute(unit, year, quarter, weights, missingComponents);
    const a = this.em.create(QuarterlyAppraisal, {
      unit,
      year,
      quarter,
      publishedAt: this.now(),
      publishedById: p.userId,
      weights,
      missingComponents,
    });
    for (const r of rows) {
      this.em.create(QuarterlyAppraisalRow, {
        appraisal: a,
        unit: this.em.getReference(Unit, r.unitId),
        rank: r.rank,
        score: r.score,
        planCompletion: r.planCompletion,
        spotCheck: r.spotCheck,
        rectificationClosure: r.rectificationClosure,
        rectificationTimeliness: r.rectificationTimeliness,
        tour: r.tour,
        training: r.training,
      });
    }
    return a;
  }
}
