/** 四不两直暗访: spot checks (secret until completed, see confidentiality.ts), their findings and scores. */
import { LockMode, raw, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { addDays, shanghaiDate, shanghaiDayStart } from '../../common/dates';
import type { Principal } from '../../common/principal';
import { fail } from '../../common/reasons';
import { checkDate, checkText } from '../../common/validate';
import { orderBy, offset, type ListArgs, type Page } from '../../graphql/pagination';
import { Person, Unit, UnitReasons } from '../org/public';
import { KeyTask } from '../stars/public';
import { findingRefusal, spotCheckRefusal, type CheckFacts, type FindingFacts } from './actions';
import { rectificationWhere, spotCheckWhere, teamIdsOf } from './confidentiality';
import { attachConfidentialEvidence } from './evidence';
import type { AttachEvidence } from '../files/public';
import { readStats, type StatsReplica } from '../../db/replica';
import { Finding, Rectification, SpotCheck, SpotCheckScore } from './supervision.entity';
import {
  FindingAction,
  type FindingSeverity,
  RectificationStatus,
  SpotCheckAction,
  SpotCheckStatus,
} from './supervision.enums';
import { FindingReasons, SpotcheckReasons, SpotCheckReasons, SupervisionReasons } from './supervision.errors';
import { assertMember, checkStarCodes, type SupervisionTeamService } from './team.service';

/** What the rules of actions.ts need of a spot check loaded with its team and target. */
export const checkFacts = (sc: SpotCheck): CheckFacts => ({
  status: sc.status,
  teamId: sc.team.id,
  targetPath: sc.targetUnit.path,
});

/** Corrections of a finding: what is given changes, the rest stays. */
export interface FindingChanges {
  keyTaskId?: number | null;
  starCode?: string | null;
  severity?: FindingSeverity | null;
  description?: string | null;
  claimedByPersonId?: number | null;
}

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
    /** STATS_DATABASE_URL: the standby the dashboard's counts (`stats`) run on while it is usable. */
    private readonly replica?: StatsReplica,
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
    // The check on site now comes first (the supervisor's work of the moment), then the asked order.
    const pinned = raw((alias) => `case when ${alias}.status = '${SpotCheckStatus.IN_PROGRESS}' then 0 else 1 end`);
    const [items, total] = await this.em.findAndCount(
      SpotCheck,
      { $and: where },
      { orderBy: [{ [pinned]: 'asc' }, orderBy(args, SPOT_SORT, 'plannedFor')] as never, ...offset(args) },
    );
    return { items, total };
  }

  /** Throws the refusal of the rule in actions.ts, if any. */
  private async authorize(p: Principal, sc: SpotCheck, action: SpotCheckAction): Promise<void> {
    const refusal = spotCheckRefusal(p, await teamIdsOf(this.em, p), checkFacts(sc), action);
    if (refusal) throw refusal;
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
    await this.authorize(p, sc, SpotCheckAction.START);
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
    await this.authorize(p, sc, SpotCheckAction.RECORD_FINDING);
    const { keyTask, starCode } = await this.keyTaskAndStar(data.keyTaskId, data.starCode);
    const finding = this.em.create(Finding, {
      spotCheck: sc,
      keyTask,
      starCode,
      severity: data.severity,
      description: checkText(data.description, 'description', 4000),
      claimedBy: await this.claimant(p, data.claimedByPersonId),
      recordedAt: this.now(),
      recordedById: p.userId,
    });
    await attachConfidentialEvidence(this.em, this.attachEvidence, p, finding, 'Finding', evidenceFileIds);
    return finding;
  }

  /** The key task and star of a finding: the star defaults to the key task's, and must agree with it. */
  private async keyTaskAndStar(
    keyTaskId: number | null | undefined,
    starCodeIn: string | null | undefined,
  ): Promise<{ keyTask: KeyTask | null; starCode: string | null }> {
    let keyTask: KeyTask | null = null;
    if (keyTaskId) {
      keyTask = await this.em.findOne(KeyTask, { id: keyTaskId }, { populate: ['starType'] });
      if (!keyTask) throw fail(SpotCheckReasons.UNKNOWN_KEY_TASK, { field: 'keyTaskId' });
    }
    const starCode = starCodeIn ?? keyTask?.starType.code ?? null;
    if (starCode) await checkStarCodes(this.em, [starCode], 'starCode');
    if (keyTask && starCode && keyTask.starType.code !== starCode)
      throw fail(SpotCheckReasons.STAR_MISMATCH, { field: 'starCode' });
    return { keyTask, starCode };
  }

  private async claimant(p: Principal, personId: number | null | undefined): Promise<Person | null> {
    if (!personId) return null;
    const person = await this.em.findOne(Person, { id: personId }, { populate: ['unit'] });
    if (!person || !p.canRead(person.unit.path))
      throw fail(SpotCheckReasons.UNKNOWN_PERSON, { field: 'claimedByPersonId' });
    return person;
  }

  /** What the rules need of a finding loaded by getFinding. */
  async findingFacts(f: Finding): Promise<FindingFacts> {
    return {
      check: checkFacts(f.spotCheck),
      withdrawn: f.withdrawnAt !== null,
      hasRectification: (await this.em.count(Rectification, { finding: f })) > 0,
    };
  }

  /** Throws the refusal of the rule in actions.ts for this finding, if any. */
  async authorizeFinding(p: Principal, f: Finding, action: FindingAction): Promise<void> {
    const refusal = findingRefusal(p, await teamIdsOf(this.em, p), await this.findingFacts(f), action);
    if (refusal) throw refusal;
  }

  /** Correct a finding (its team, while the check is in progress); the audit trail keeps what it said. */
  async updateFinding(p: Principal, id: number, changes: FindingChanges, version?: number): Promise<Finding> {
    const f = await this.getFinding(p, id);
    await this.authorizeFinding(p, f, FindingAction.UPDATE);
    if (version !== undefined) await this.em.lock(f, LockMode.OPTIMISTIC, version);
    if (changes.keyTaskId !== undefined || changes.starCode !== undefined) {
      const keyTaskId = changes.keyTaskId !== undefined ? changes.keyTaskId : (f.keyTask?.id ?? null);
      // A new key task brings its own star unless a star is given too.
      const star = changes.starCode !== undefined ? changes.starCode : changes.keyTaskId ? null : f.starCode;
      const { keyTask, starCode } = await this.keyTaskAndStar(keyTaskId, star);
      f.keyTask = keyTask;
      f.starCode = starCode;
    }
    if (changes.severity) f.severity = changes.severity;
    if (changes.description !== undefined && changes.description !== null)
      f.description = checkText(changes.description, 'description', 4000);
    if (changes.claimedByPersonId !== undefined) f.claimedBy = await this.claimant(p, changes.claimedByPersonId);
    f.correctedAt = this.now();
    f.updatedAt = this.now();
    return f;
  }

  /** Withdraw a finding with a reason (its team, while the check is in progress): it stays, marked withdrawn. */
  async withdrawFinding(p: Principal, id: number, reason: string): Promise<Finding> {
    const f = await this.getFinding(p, id);
    await this.authorizeFinding(p, f, FindingAction.WITHDRAW);
    const text = reason?.trim();
    if (!text) throw fail(FindingReasons.REASON_REQUIRED, { field: 'reason' });
    f.withdrawalReason = checkText(text, 'reason', 4000);
    f.withdrawnAt = this.now();
    f.withdrawnByName = p.displayName.slice(0, 60);
    f.updatedAt = this.now();
    return f;
  }

  /** IN_PROGRESS → COMPLETED, attesting the method, with per-key-task scores; the check then stops being secret. */
  async completeSpotCheck(p: Principal, id: number, data: CompletionData): Promise<SpotCheck> {
    const sc = await this.getSpotCheck(p, id);
    await this.authorize(p, sc, SpotCheckAction.COMPLETE);
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

  /**
   * Counts by state over the principal's VISIBLE spot checks only (a planned check counts for nobody
   * else). What is visible is decided here, on the primary; the counts run on the standby when there is one.
   */
  async stats(p: Principal, withinId?: number | null): Promise<SupervisionStats> {
    const visible = await spotCheckWhere(this.em, p);
    const within: FilterQuery<SpotCheck>[] = [visible];
    if (withinId) {
      const root = await this.em.findOne(Unit, { id: withinId }, { fields: ['path'] });
      within.push(root ? { targetUnit: { path: { $like: `${root.path}%` } } } : { id: { $lt: 0 } });
    }
    const sc = { $and: within } as FilterQuery<SpotCheck>;
    const rect = await rectificationWhere(this.em, p);
    const rectIn = { $and: [rect, { spotCheck: sc }] } as FilterQuery<Rectification>;
    const today = shanghaiDate(this.now());
    const [planned, inProgress, completed, findings, open, overdue, closed, late, awaiting] = await readStats(
      this.replica,
      this.em,
      (em) => {
        const count = (status: SpotCheckStatus) =>
          em.count(SpotCheck, { $and: [sc, { status }] } as FilterQuery<SpotCheck>);
        return Promise.all([
          count(SpotCheckStatus.PLANNED),
          count(SpotCheckStatus.IN_PROGRESS),
          count(SpotCheckStatus.COMPLETED),
          em.count(Finding, { spotCheck: sc, withdrawnAt: null } as FilterQuery<Finding>),
          em.count(Rectification, {
            $and: [rectIn, { status: { $ne: RectificationStatus.CLOSED } }],
          } as FilterQuery<Rectification>),
          em.count(Rectification, {
            $and: [rectIn, { status: { $ne: RectificationStatus.CLOSED }, deadline: { $lt: today } }],
          } as FilterQuery<Rectification>),
          em.count(Rectification, {
            $and: [rectIn, { status: RectificationStatus.CLOSED }],
          } as FilterQuery<Rectification>),
          em.count(Rectification, {
            $and: [rectIn, { status: RectificationStatus.ASSIGNED, deadline: { $lt: today } }],
          } as FilterQuery<Rectification>),
          em.count(Rectification, {
            $and: [rectIn, { status: RectificationStatus.SUBMITTED }],
          } as FilterQuery<Rectification>),
        ]);
      },
    );
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
