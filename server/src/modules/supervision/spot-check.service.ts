/** 四不两直暗访: spot checks (secret until completed, see confidentiality.ts), their findings and scores. */
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { addDays, shanghaiDate, shanghaiDayStart } from '../../common/dates';
import type { Principal } from '../../common/principal';
import { fail, transitionFailed } from '../../common/reasons';
import { checkDate, checkText } from '../../common/validate';
import { orderBy, offset, type ListArgs, type Page } from '../../graphql/pagination';
import { Person, Unit, UnitReasons } from '../org/public';
import { KeyTask } from '../stars/public';
import { rectificationWhere, spotCheckWhere } from './confidentiality';
import { attachConfidentialEvidence } from './evidence';
import type { AttachEvidence } from '../files/public';
import { Finding, Rectification, SpotCheck, SpotCheckScore } from './supervision.entity';
import { type FindingSeverity, RectificationStatus, SpotCheckStatus } from './supervision.enums';
import { FindingReasons, SpotcheckReasons, SpotCheckReasons, SupervisionReasons } from './supervision.errors';
import { assertMember, checkStarCodes, type SupervisionTeamService } from './team.service';

export interface SpotCheckPlan {
  teamId: number;
  targetUnitId: number;
  plannedFor: string;
  keyTaskIds?: number[] | null;
  starCodes?: string[] | null;
  note?: string | null;
}

export interface SpotCheckFilter {
  status?: SpotCheckStatus | null;
  teamId?: number | null;
  withinId?: number | null;
  ids?: number[] | null;
  /** Completed on or after this Asia/Shanghai date. */
  completedFrom?: string | null;
  /** Completed on or before this Asia/Shanghai date. */
  completedTo?: string | null;
}

export interface FindingData {
  keyTaskId?: number | null;
  starCode?: string | null;
  severity: FindingSeverity;
  description: string;
  claimedByPersonId?: number | null;
}

export interface FindingFilter {
  spotCheckId?: number | null;
  ids?: number[] | null;
}

export interface ScoreData {
  keyTaskId: number;
  score: number;
  comment?: string | null;
}

export interface CompletionData {
  summary: string;
  methodAttested: boolean;
  scores?: ScoreData[] | null;
}

export interface SupervisionStats {
  planned: number;
  inProgress: number;
  completed: number;
  findings: number;
  openRectifications: number;
  overdueRectifications: number;
  lateRectifications: number;
  awaitingVerification: number;
  closedRectifications: number;
}

const SPOT_SORT = {
  id: 'id',
  plannedFor: 'plannedFor',
  status: 'status',
  createdAt: 'createdAt',
  completedAt: 'completedAt',
  overallScore: 'overallScore',
};

export class SpotCheckService {
  constructor(
    private readonly em: EntityManager,
    private readonly now: () => Date,
    private readonly teams: SupervisionTeamService,
    private readonly attachEvidence: AttachEvidence,
  ) {}

  /** The spot checks the principal may see. */
  async listSpotChecks(p: Principal, filter: SpotCheckFilter, args: ListArgs): Promise<Page<SpotCheck>> {
    const where: FilterQuery<SpotCheck>[] = [await spotCheckWhere(this.em, p)];
    if (filter.status) where.push({ status: filter.status });
    if (filter.teamId) where.push({ team: filter.teamId });
    if (filter.ids) where.push({ id: { $in: filter.ids } });
    if (filter.completedFrom)
      where.push({ completedAt: { $gte: shanghaiDayStart(checkDate(filter.completedFrom, 'filter.completedFrom')) } });
    if (filter.completedTo)
      where.push({
        completedAt: { $lt: shanghaiDayStart(addDays(checkDate(filter.completedTo, 'filter.completedTo'), 1)) },
      });
    if (filter.withinId) {
      const root = await this.em.findOne(Unit, { id: filter.withinId }, { fields: ['path'] });
      if (!root) return { items: [], total: 0 };
      where.push({ targetUnit: { path: { $like: `${root.path}%` } } });
    }
    const [items, total] = await this.em.findAndCount(
      SpotCheck,
      { $and: where },
      { orderBy: orderBy(args, SPOT_SORT, 'plannedFor') as never, ...offset(args) },
    );
    return { items, total };
  }

  /** A visible spot check, or the same NOT_FOUND as a missing id. */
  async getSpotCheck(p: Principal, id: number): Promise<SpotCheck> {
    const sc = await this.em.findOne(
      SpotCheck,
      { $and: [{ id }, await spotCheckWhere(this.em, p)] },
      { populate: ['targetUnit', 'team'] },
    );
    if (!sc) throw fail(SpotcheckReasons.NOT_FOUND);
    return sc;
  }

  /** Plan a check of a unit in the team's scope (team members). */
  async planSpotCheck(p: Principal, plan: SpotCheckPlan): Promise<SpotCheck> {
    const team = await this.teams.getTeam(p, plan.teamId);
    await assertMember(this.em, p, team);
    if (!team.active) throw fail(SupervisionReasons.TEAM_INACTIVE, { field: 'teamId' });
    const target = await this.em.findOne(Unit, { id: plan.targetUnitId });
    if (!target || !target.path.startsWith(team.scopeUnit.path) || !p.canRead(target.path))
      throw fail(UnitReasons.NOT_FOUND, { code: 'NOT_FOUND' });
    const keyTaskIds = [...new Set(plan.keyTaskIds ?? [])];
    if (keyTaskIds.length && (await this.em.count(KeyTask, { id: { $in: keyTaskIds } })) !== keyTaskIds.length)
      throw fail(SpotCheckReasons.UNKNOWN_KEY_TASK, { field: 'keyTaskIds' });
    return this.em.create(SpotCheck, {
      team,
      targetUnit: target,
      plannedFor: checkDate(plan.plannedFor, 'plannedFor'),
      keyTaskIds,
      starCodes: await checkStarCodes(this.em, plan.starCodes ?? [], 'starCodes'),
      note: plan.note?.trim() || null,
      plannedById: p.userId,
    });
  }

  /** Arrive on site: PLANNED → IN_PROGRESS. */
  async startSpotCheck(
    p: Principal,
    id: number,
    data: { startedAt?: Date | null; location?: string | null },
  ): Promise<SpotCheck> {
    const sc = await this.getSpotCheck(p, id);
    await assertMember(this.em, p, sc.team);
    if (sc.status !== SpotCheckStatus.PLANNED)
      throw transitionFailed(SpotCheckReasons.NOT_PLANNED, sc.status, SpotCheckStatus.IN_PROGRESS);
    sc.status = SpotCheckStatus.IN_PROGRESS;
    sc.startedAt = data.startedAt ?? this.now();
    sc.location = data.location?.trim().slice(0, 200) || null;
    return sc;
  }

  /** Record a finding of a check in progress, with its evidence photos. */
  async recordFinding(
    p: Principal,
    spotCheckId: number,
    data: FindingData,
    evidenceFileIds: readonly number[] = [],
  ): Promise<Finding> {
    const sc = await this.getSpotCheck(p, spotCheckId);
    await assertMember(this.em, p, sc.team);
    if (sc.status !== SpotCheckStatus.IN_PROGRESS)
      throw transitionFailed(SpotCheckReasons.NOT_IN_PROGRESS, sc.status, SpotCheckStatus.IN_PROGRESS);
    let keyTask: KeyTask | null = null;
    if (data.keyTaskId) {
      keyTask = await this.em.findOne(KeyTask, { id: data.keyTaskId }, { populate: ['starType'] });
      if (!keyTask) throw fail(SpotCheckReasons.UNKNOWN_KEY_TASK, { field: 'keyTaskId' });
    }
    const starCode = data.starCode ?? keyTask?.starType.code ?? null;
    if (starCode) await checkStarCodes(this.em, [starCode], 'starCode');
    if (keyTask && starCode && keyTask.starType.code !== starCode)
      throw fail(SpotCheckReasons.STAR_MISMATCH, { field: 'starCode' });
    let claimedBy: Person | null = null;
    if (data.claimedByPersonId) {
      claimedBy = await this.em.findOne(Person, { id: data.claimedByPersonId }, { populate: ['unit'] });
      if (!claimedBy || !p.canRead(claimedBy.unit.path))
        throw fail(SpotCheckReasons.UNKNOWN_PERSON, { field: 'claimedByPersonId' });
    }
    const finding = this.em.create(Finding, {
      spotCheck: sc,
      keyTask,
      starCode,
      severity: data.severity,
      description: checkText(data.description, 'description', 4000),
      claimedBy,
      recordedAt: this.now(),
      recordedById: p.userId,
    });
    await attachConfidentialEvidence(this.em, this.attachEvidence, p, finding, 'Finding', evidenceFileIds);
    return finding;
  }

  /** IN_PROGRESS → COMPLETED, attesting the method, with per-key-task scores; the check then stops being secret. */
  async completeSpotCheck(p: Principal, id: number, data: CompletionData): Promise<SpotCheck> {
    const sc = await this.getSpotCheck(p, id);
    await assertMember(this.em, p, sc.team);
    if (sc.status !== SpotCheckStatus.IN_PROGRESS)
      throw transitionFailed(SpotCheckReasons.NOT_IN_PROGRESS, sc.status, SpotCheckStatus.COMPLETED);
    if (!data.methodAttested) throw fail(SpotCheckReasons.METHOD_NOT_ATTESTED, { field: 'methodAttested' });
    const scores = data.scores ?? [];
    const ids = scores.map((s) => s.keyTaskId);
    if (new Set(ids).size !== ids.length) throw fail(SpotCheckReasons.DUPLICATE_SCORE, { field: 'scores' });
    const tasks = ids.length ? await this.em.find(KeyTask, { id: { $in: ids } }) : [];
    if (tasks.length !== ids.length) throw fail(SpotCheckReasons.UNKNOWN_KEY_TASK, { field: 'scores' });
    for (const s of scores) {
      if (!(s.score >= 0 && s.score <= 100)) throw fail(SpotCheckReasons.BAD_SCORE, { field: 'scores' });
      this.em.create(SpotCheckScore, {
        spotCheck: sc,
        keyTask: this.em.getReference(KeyTask, s.keyTaskId),
        score: s.score,
        comment: s.comment?.trim() || null,
      });
    }
    sc.status = SpotCheckStatus.COMPLETED;
    sc.completedAt = this.now();
    sc.completedById = p.userId;
    sc.summary = checkText(data.summary, 'summary', 4000);
    sc.methodAttested = true;
    sc.overallScore = scores.length
      ? Math.round((scores.reduce((n, s) => n + s.score, 0) / scores.length) * 100) / 100
      : null;
    return sc;
  }

  /** Findings of the spot checks the principal may see. */
  async listFindings(p: Principal, filter: FindingFilter, args: ListArgs): Promise<Page<Finding>> {
    const where: FilterQuery<Finding>[] = [{ spotCheck: await spotCheckWhere(this.em, p) }];
    if (filter.spotCheckId) where.push({ spotCheck: filter.spotCheckId });
    if (filter.ids) where.push({ id: { $in: filter.ids } });
    const [items, total] = await this.em.findAndCount(
      Finding,
      { $and: where },
      {
        orderBy: orderBy(args, { id: 'id', severity: 'severity', recordedAt: 'recordedAt' }, 'id') as never,
        ...offset(args),
      },
    );
    return { items, total };
  }

  /** A finding of a visible spot check, or NOT_FOUND. */
  async getFinding(p: Principal, id: number): Promise<Finding> {
    const f = await this.em.findOne(
      Finding,
      { $and: [{ id }, { spotCheck: await spotCheckWhere(this.em, p) }] },
      { populate: ['spotCheck', 'spotCheck.targetUnit', 'spotCheck.team'] },
    );
    if (!f) throw fail(FindingReasons.NOT_FOUND);
    return f;
  }

  /** Counts by state over the principal's VISIBLE spot checks only (a planned check counts for nobody else). */
  async stats(p: Principal, withinId?: number | null): Promise<SupervisionStats> {
    const visible = await spotCheckWhere(this.em, p);
    const within: FilterQuery<SpotCheck>[] = [visible];
    if (withinId) {
      const root = await this.em.findOne(Unit, { id: withinId }, { fields: ['path'] });
      within.push(root ? { targetUnit: { path: { $like: `${root.path}%` } } } : { id: { $lt: 0 } });
    }
    const sc = { $and: within } as FilterQuery<SpotCheck>;
    const count = (status: SpotCheckStatus) =>
      this.em.count(SpotCheck, { $and: [sc, { status }] } as FilterQuery<SpotCheck>);
    const rect = await rectificationWhere(this.em, p);
    const rectIn = { $and: [rect, { spotCheck: sc }] } as FilterQuery<Rectification>;
    const today = shanghaiDate(this.now());
    const [planned, inProgress, completed, findings, open, overdue, closed, late, awaiting] = await Promise.all([
      count(SpotCheckStatus.PLANNED),
      count(SpotCheckStatus.IN_PROGRESS),
      count(SpotCheckStatus.COMPLETED),
      this.em.count(Finding, { spotCheck: sc } as FilterQuery<Finding>),
      this.em.count(Rectification, {
        $and: [rectIn, { status: { $ne: RectificationStatus.CLOSED } }],
      } as FilterQuery<Rectification>),
      this.em.count(Rectification, {
        $and: [rectIn, { status: { $ne: RectificationStatus.CLOSED }, deadline: { $lt: today } }],
      } as FilterQuery<Rectification>),
      this.em.count(Rectification, {
        $and: [rectIn, { status: RectificationStatus.CLOSED }],
      } as FilterQuery<Rectification>),
      this.em.count(Rectification, {
        $and: [rectIn, { status: RectificationStatus.ASSIGNED, deadline: { $lt: today } }],
      } as FilterQuery<Rectification>),
      this.em.count(Rectification, {
        $and: [rectIn, { status: RectificationStatus.SUBMITTED }],
      } as FilterQuery<Rectification>),
    ]);
    return {
      planned,
      inProgress,
      completed,
      findings,
      openRectifications: open,
      overdueRectifications: overdue,
      closedRectifications: closed,
      lateRectifications: late,
      awaitingVerification: awaiting,
    };
  }
}
