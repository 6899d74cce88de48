/**
 * 响应率, 解决率, 满意率 over a unit's subtree, its children (drill-down) and by month. Counted in
 * SQL from the requests themselves (never from personal fields): merged duplicates do not count,
 * a referred request counts where it is handled now.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { shanghaiDate } from '../../common/dates';
import type { Principal } from '../../common/principal';
import { fail } from '../../common/reasons';
import { Unit, UnitReasons } from '../org/public';
import { ResidentRequestReasons } from './residents.errors';

export interface RateCounts {
  total: number;
  respondedOnTime: number;
  resolved: number;
  evaluated: number;
  satisfied: number;
  overdue: number;
}

export interface RatesRow extends RateCounts {
  unitId: number;
  unitName: string;
  level: string;
}

export interface RatesResult {
  unit: RatesRow;
  byChild: RatesRow[];
  byMonth: (RateCounts & { month: string })[];
}

const COUNTS = `count(r.id)::int as total,
  count(*) filter (where r.responded_on_time)::int as "respondedOnTime",
  count(*) filter (where r.stage in ('FEEDBACK', 'CLOSED'))::int as resolved,
  count(*) filter (where r.evaluation is not null)::int as evaluated,
  count(*) filter (where r.evaluation in ('SATISFIED', 'BASICALLY_SATISFIED'))::int as satisfied,
  count(*) filter (where r.stage in ('ACCEPTED', 'CONSULTATION', 'HANDLING') and r.deadline < ?::date)::int as overdue`;

const ZERO: RateCounts = { total: 0, respondedOnTime: 0, resolved: 0, evaluated: 0, satisfied: 0, overdue: 0 };

export function rate(part: number, whole: number): number | null {
  return whole ? Math.round((part / whole) * 10000) / 10000 : null;
}

/** The campaign statistics' view of one unit and its children (StatsService.campaignStats). */
interface StatsLike {
  campaignStats(
    p: Principal,
    unitId: number,
    year: number,
  ): Promise<{
    figures: { extra: Record<string, number> };
    byChild: { unitId: string; unitName: string; unitLevel: string; figures: { extra: Record<string, number> } }[];
  }>;
}

/** The residents' columns of the statistics' `extra` (fs_residents_figures) as rate counts. */
function countsOf(x: Record<string, number>): RateCounts {
  return {
    total: x.residents_total ?? 0,
    respondedOnTime: x.residents_responded ?? 0,
    resolved: x.residents_resolved ?? 0,
    evaluated: x.residents_evaluated ?? 0,
    satisfied: x.residents_satisfied ?? 0,
    overdue: x.residents_overdue ?? 0,
  };
}

export class ResidentRatesService {
  constructor(
    private readonly em: EntityManager,
    private readonly now: () => Date,
    /** For a whole year: the unit's and children's counts from the statistics' rollups. */
    private readonly stats?: () => StatsLike,
  ) {}

  /** The rates of a unit the principal can read, for a year (and optionally one month of it). */
  async rates(p: Principal, unitId: number, year: number, month?: number | null): Promise<RatesResult> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw fail(ResidentRequestReasons.BAD_MONTH, { field: 'year' });
    if (month !== null && month !== undefined && (!Number.isInteger(month) || month < 1 || month > 12))
      throw fail(ResidentRequestReasons.BAD_MONTH, { field: 'month' });
    const unit = await this.em.findOne(Unit, { id: unitId });
    if (!unit || !p.canRead(unit.path)) throw fail(UnitReasons.NOT_FOUND, { code: 'NOT_FOUND', field: 'unitId' });
    const from = month ? `${year}-${String(month).padStart(2, '0')}-01` : `${year}-01-01`;
    const to = month
      ? month === 12
        ? `${year + 1}-01-01`
        : `${year}-${String(month + 1).padStart(2, '0')}-01`
      : `${year + 1}-01-01`;
    const today = shanghaiDate(this.now());
    const within = `r.received_at >= (?::date)::timestamp at time zone 'Asia/Shanghai'
      and r.received_at < (?::date)::timestamp at time zone 'Asia/Shanghai' and r.stage <> 'MERGED'`;
    let own: RateCounts | undefined;
    let children: RatesRow[];
    if (!month && this.stats && year <= Number(today.slice(0, 4))) {
      // A whole year: the same counts (fs_residents_figures) are in the statistics' rollups, kept per
      // unit and summed per township and district, so a province reads a few hundred rows instead of
      // scanning every request of the year through the unit tree.
      const cs = await this.stats().campaignStats(p, unit.id, year);
      own = countsOf(cs.figures.extra);
      children = cs.byChild.map((c) => ({
        unitId: Number(c.unitId),
        unitName: c.unitName,
        level: c.unitLevel,
        ...countsOf(c.figures.extra),
      }));
    } else {
      [own] = await this.em.execute<RateCounts[]>(
        `select ${COUNTS} from resident_request r join unit u on u.id = r.unit_id
         where u.path like ? and ${within}`,
        [today, `${unit.path}%`, from, to],
      );
      children = await this.em.execute<RatesRow[]>(
        `select c.id as "unitId", c.name as "unitName", c.level, ${COUNTS}
         from unit c
         left join unit u on u.path like c.path || '%'
         left join resident_request r on r.unit_id = u.id and ${within}
         where c.parent_id = ?
         group by c.id, c.name, c.level, c.sort_order
         order by c.sort_order, c.id`,
        [today, from, to, unit.id],
      );
    }
    const months = await this.em.execute<(RateCounts & { month: string })[]>(
      `select to_char(r.received_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month, ${COUNTS}
       from resident_request r join unit u on u.id = r.unit_id
       where u.path like ? and ${within}
       group by 1 order by 1`,
      [today, `${unit.path}%`, from, to],
    );
    return {
      unit: { unitId: unit.id, unitName: unit.name, level: unit.level, ...(own ?? ZERO) },
      byChild: children,
      byMonth: months,
    };
  }
}
