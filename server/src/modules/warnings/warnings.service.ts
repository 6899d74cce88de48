/**
 * 预警: branches holding a star that are at risk at the next review. The score is defined once, in
 * SQL (fs_warning_rows, migration inbox), and read here for lists and by the campaign statistics
 * (fs_warnings_figures) alike. It counts only COMPLETED spot checks, so nothing here moves while a
 * check is planned or running.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { shanghaiDate } from '../../common/dates';
import { fail } from '../../common/reasons';
import type { Principal } from '../../common/principal';
import { UserRole } from '../../common/roles';
import { likeEscape } from '../../common/validate';
import { Unit, UnitLevel, UnitReasons } from '../org/public';
import { WarningReasons, WarningRuleReasons } from './warnings.errors';
import {
  WARNING_DEFAULTS,
  WARNING_FIELDS,
  WARNING_RANGES,
  WarningRule,
  type WarningParams,
} from './warning-rule.entity';

/** Who reads the warning list. */
export const WARNING_READERS = [UserRole.DISTRICT_ADMIN, UserRole.LEADER, UserRole.TASK_FORCE, UserRole.TOWNSHIP_STAFF];

export enum WarningReasonCode {
  OVERDUE_TASKS = 'OVERDUE_TASKS',
  INCOMPLETE_TASKS = 'INCOMPLETE_TASKS',
  MAJOR_FINDINGS = 'MAJOR_FINDINGS',
  CRITICAL_FINDINGS = 'CRITICAL_FINDINGS',
  OVERDUE_RECTIFICATIONS = 'OVERDUE_RECTIFICATIONS',
}

export interface WarningReasonData {
  code: WarningReasonCode;
  count: number;
  points: number;
}

export interface WarningData {
  branchId: number;
  starCode: string;
  score: number;
  atRisk: boolean;
  threshold: number;
  reasons: WarningReasonData[];
}

interface Row {
  branch_id: number;
  star_code: string;
  district_id: number;
  score: number;
  at_risk: boolean;
  overdue_tasks: number;
  incomplete_tasks: number;
  major_findings: number;
  critical_findings: number;
  overdue_rectifications: number;
  total: string;
  rule: Partial<Record<string, number>> | null;
}

export class WarningService {
  constructor(
    private readonly em: EntityManager,
    private readonly now: () => Date,
  ) {}

  /** Held stars under the unit, highest risk first (a task force sees its own star only). */
  async list(
    p: Principal,
    unitId: number,
    f: { starCode?: string | null; atRiskOnly: boolean },
    first: number,
    offset: number,
  ): Promise<{ items: WarningData[]; total: number; atRisk: number }> {
    const unit = await this.em.findOne(Unit, { id: unitId });
    if (!unit || !p.canRead(unit.path)) throw fail(UnitReasons.NOT_FOUND);
    const grants = p.grants.filter((g) => WARNING_READERS.includes(g.role));
    if (!grants.some((g) => unit.path.startsWith(g.unitPath) || g.unitPath.startsWith(unit.path)))
      throw fail(WarningReasons.FORBIDDEN);
    const g = JSON.stringify(grants.map((x) => ({ path: x.unitPath, star: x.starCode })));
    const rows = await this.em.execute<Row[]>(
      `with g as (select * from jsonb_to_recordset(?::jsonb) as x(path text, star text)),
            w as (select w.* from fs_warning_rows(
                    array(select id from unit where path like ? and level = '${UnitLevel.BRANCH}'), ?::date) w
                    join unit u on u.id = w.branch_id
                   where exists (select 1 from g where u.path like g.path || '%' and (g.star is null or g.star = w.star_code))
                     and (?::text is null or w.star_code = ?))
       select w.*, count(*) over ()::text as total, (select count(*) from w where w.at_risk)::int as at_risk_total,
              (select to_jsonb(r) from warning_rule r where r.district_id = w.district_id) as rule
         from w where (not ? or w.at_risk)
        order by w.score desc, w.branch_id, w.star_code limit ? offset ?`,
      [
        g,
        `${likeEscape(unit.path)}%`,
        shanghaiDate(this.now()),
        f.starCode ?? null,
        f.starCode ?? null,
        f.atRiskOnly,
        first,
        offset,
      ],
    );
    const atRisk = rows.length ? Number((rows[0] as Row & { at_risk_total: number }).at_risk_total) : 0;
    return {
      total: rows.length ? Number(rows[0].total) : 0,
      atRisk,
      items: rows.map((r) => {
        const rule = { ...WARNING_DEFAULTS };
        for (const k of WARNING_FIELDS) {
          const snake = k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
          if (r.rule && typeof r.rule[snake] === 'number') rule[k] = r.rule[snake];
        }
        const reasons: WarningReasonData[] = [
          { code: WarningReasonCode.OVERDUE_TASKS, count: r.overdue_tasks, points: rule.overdueTaskPoints },
          { code: WarningReasonCode.INCOMPLETE_TASKS, count: r.incomplete_tasks, points: rule.incompleteTaskPoints },
          { code: WarningReasonCode.MAJOR_FINDINGS, count: r.major_findings, points: rule.majorFindingPoints },
          { code: WarningReasonCode.CRITICAL_FINDINGS, count: r.critical_findings, points: rule.criticalFindingPoints },
          {
            code: WarningReasonCode.OVERDUE_RECTIFICATIONS,
            count: r.overdue_rectifications,
            points: rule.overdueRectificationPoints,
          },
        ]
          .filter((x) => x.count > 0)
          .map((x) => ({ ...x, points: x.points * x.count }));
        return {
          branchId: r.branch_id,
          starCode: r.star_code,
          score: r.score,
          atRisk: r.at_risk,
          threshold: rule.threshold,
          reasons,
        };
      }),
    };
  }

  private async district(p: Principal, districtId: number): Promise<Unit> {
    const d = await this.em.findOne(Unit, { id: districtId });
    if (!d || d.level !== UnitLevel.DISTRICT || !p.canReadDistrictLevel(d.path)) throw fail(UnitReasons.NOT_FOUND);
    return d;
  }

  async rule(p: Principal, districtId: number): Promise<WarningRule> {
    const d = await this.district(p, districtId);
    return (
      (await this.em.findOne(WarningRule, { district: d })) ??
      Object.assign(new WarningRule(), {
        id: 0,
        district: d,
        ...WARNING_DEFAULTS,
        version: 0,
        createdAt: this.now(),
        updatedAt: this.now(),
      })
    );
  }

  async setRule(p: Principal, districtId: number, data: WarningParams): Promise<WarningRule> {
    const d = await this.district(p, districtId);
    if (!p.hasRoleOver(d.path, UserRole.DISTRICT_ADMIN)) throw fail(WarningRuleReasons.FORBIDDEN);
    for (const k of WARNING_FIELDS) {
      const [min, max] = WARNING_RANGES[k];
      if (!Number.isInteger(data[k]) || data[k] < min || data[k] > max)
        throw fail(WarningRuleReasons.BAD_VALUE, { field: k, params: { min, max } });
    }
    const row =
      (await this.em.findOne(WarningRule, { district: d })) ?? this.em.create(WarningRule, { district: d, ...data });
    Object.assign(row, data);
    return row;
  }
}
