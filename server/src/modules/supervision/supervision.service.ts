/**
 * 督导: teams, secret spot checks (四不两直), findings and the rectification loop.
 *
 * Confidentiality is decided in ONE place, `spotCheckWhere`: a spot check is visible to its own
 * team, to district admins and leaders over its target, and — once COMPLETED — to anyone who may
 * read the target unit (its branch, its township, other supervisors, integrators). Every list,
 * total, statistic, file check and audit search goes through that condition, and fetching an
 * invisible check by id throws exactly the NOT_FOUND of a missing id.
 */
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { pathScope } from '../../common/access';
import { shanghaiDate } from '../../common/dates';
import { badInput, conflict, forbidden, invalidTransition, notFound } from '../../common/errors';
import { checkDate, checkText } from '../../common/validate';
import { orderBy, offset, type ListArgs, type Page } from '../../graphql/pagination';
import { TokenKind, UserRole } from '../../common/roles';
import type { Principal } from '../../common/principal';
import { RoleAssignment, User } from '../auth/public';
import { Person, Unit, StarType } from '../org/public';
import { KeyTask } from '../stars/public';
import {
  Finding,
  Rectification,
  RectificationEvent,
  SpotCheck,
  SpotCheckScore,
  SupervisionTeam,
  SupervisionTeamMember,
} from './supervision.entity';
import { FindingSeverity, RectificationAction, RectificationStatus, SpotCheckStatus } from './supervision.enums';

const LEADERSHIP = [UserRole.DISTRICT_ADMIN, UserRole.LEADER];

export interface TeamData {
  name?: string;
  scopeUnitId?: number;
  leaderUserId?: number;
  memberUserIds?: number[];
  starCodes?: string[];
  active?: boolean;
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
}

export interface FindingData {
  keyTaskId?: number | null;
  starCode?: string | null;
  severity: FindingSeverity;
  description: string;
  claimedByPersonId?: number | null;
}

export interface ScoreData {
  keyTaskId: number;
  score: number;
  comment?: string | null;
}

export interface RectificationFilter {
  status?: RectificationStatus | null;
  overdue?: boolean | null;
  spotCheckId?: number | null;
  withinId?: number | null;
  ids?: number[] | null;
}

export interface SupervisionStats {
  planned: number;
  inProgress: number;
  completed: number;
  findings: number;
  openRectifications: number;
  overdueRectifications: number;
  closedRectifications: number;
}

/** Ids of the teams the principal belongs to (sign-in sessions only: an API token is never a member). */
export async function teamIdsOf(em: EntityManager, p: Principal): Promise<number[]> {
  if (p.tokenKind !== TokenKind.SESSION) return [];
  const rows = await em.execute<{ team_id: number }[]>(
    'select m.team_id from supervision_team_member m join supervision_team t on t.id = m.team_id where m.user_id = ? and t.active',
    [p.userId],
  );
  return rows.map((r) => Number(r.team_id));
}

/** THE confidentiality rule, as a MikroORM condition on SpotCheck (used by find, count and every join). */
export async function spotCheckWhere(em: EntityManager, p: Principal): Promise<FilterQuery<SpotCheck>> {
  const or: FilterQuery<SpotCheck>[] = [];
  const teams = await teamIdsOf(em, p);
  if (teams.length) or.push({ team: { $in: teams } });
  for (const g of p.grants) {
    if (LEADERSHIP.includes(g.role)) or.push({ targetUnit: { path: { $like: `${g.unitPath}%` } } });
  }
  for (const prefix of p.readPrefixes())
    or.push({ status: SpotCheckStatus.COMPLETED, targetUnit: { path: { $like: `${prefix}%` } } });
  return or.length ? { $or: or } : { id: { $lt: 0 } };
}

/** A rectification is visible with its spot check, or to whoever reads the responsible unit. */
export async function rectificationWhere(em: EntityManager, p: Principal): Promise<FilterQuery<Rectification>> {
  return {
    $or: [{ spotCheck: await spotCheckWhere(em, p) }, { responsibleUnit: pathScope(p) }],
  } as FilterQuery<Rectification>;
}

/** Spot check ids (among `ids`) this principal may see: for files and the audit trail. */
export async function visibleSpotCheckIds(em: EntityManager, p: Principal, ids?: number[]): Promise<number[]> {
  const where = await spotCheckWhere(em, p);
  const rows = await em.find(SpotCheck, ids ? { $and: [{ id: { $in: ids } }, where] } : where, { fields: ['id'] });
  return rows.map((r) => r.id);
}

const SPOT_SORT = {
  id: 'id',
  plannedFor: 'plannedFor',
  status: 'status',
  createdAt: 'createdAt',
  completedAt: 'completedAt',
  overallScore: 'overallScore',
};
const RECT_SORT = {
  id: 'id',
  deadline: 'deadline',
  status: 'status',
  createdAt: 'createdAt',
  reopenCount: 'reopenCount',
};
const TEAM_SORT = { id: 'id', name: 'name', createdAt: 'createdAt' };

export class SupervisionService {
  constructor(
    private readonly em: EntityManager,
    private readonly now: () => Date,
  ) {}

  private today(): string {
    return shanghaiDate(this.now());
  }

  // ---- teams -------------------------------------------------------------------------------

  /** Teams are read by district admins, leaders and supervisors over the team's scope. */
  private teamWhere(p: Principal): FilterQuery<SupervisionTeam> {
    const or = p.grants
      .filter((g) => [...LEADERSHIP, UserRole.SUPERVISOR].includes(g.role))
      .map((g) => ({
        $or: [
          { scopeUnit: { path: { $like: `${g.unitPath}%` } } },
          { scopeUnit: { path: { $in: ancestorsOf(g.unitPath) } } },
        ],
      }));
    return or.length ? { $or: or } : { id: { $lt: 0 } };
  }

  async listTeams(
    p: Principal,
    args: ListArgs,
    filter: { ids?: number[] | null } = {},
  ): Promise<Page<SupervisionTeam>> {
    const where: FilterQuery<SupervisionTeam>[] = [this.teamWhere(p)];
    if (filter.ids) where.push({ id: { $in: filter.ids } });
    const [items, total] = await this.em.findAndCount(
      SupervisionTeam,
      { $and: where },
      { orderBy: orderBy(args, TEAM_SORT, 'id'), ...offset(args) },
    );
    return { items, total };
  }

  async getTeam(p: Principal, id: number): Promise<SupervisionTeam> {
    const team = await this.em.findOne(
      SupervisionTeam,
      { $and: [{ id }, this.teamWhere(p)] },
      { populate: ['scopeUnit'] },
    );
    if (!team) throw notFound('supervisionTeam');
    return team;
  }

  async createTeam(p: Principal, data: TeamData): Promise<SupervisionTeam> {
    const scope = await this.em.findOne(Unit, { id: data.scopeUnitId ?? 0 });
    if (!scope || !p.canRead(scope.path)) throw notFound('unit');
    if (!p.hasRoleOver(scope.path, UserRole.DISTRICT_ADMIN))
      throw forbidden('SUPERVISION.FORBIDDEN', '只有区级管理员可以组建督导组 (only district admins form teams)');
    const team = this.em.create(SupervisionTeam, {
      name: checkText(data.name ?? '', 'name', 100),
      scopeUnit: scope,
      leader: this.em.getReference(User, data.leaderUserId ?? 0),
      starCodes: await this.checkStars(data.starCodes ?? []),
    });
    await this.setMembers(team, data.leaderUserId!, data.memberUserIds ?? []);
    return team;
  }

  async updateTeam(p: Principal, id: number, data: TeamData): Promise<SupervisionTeam> {
    const team = await this.getTeam(p, id);
    if (!p.hasRoleOver(team.scopeUnit.path, UserRole.DISTRICT_ADMIN))
      throw forbidden('SUPERVISION.FORBIDDEN', '只有区级管理员可以修改督导组 (only district admins edit teams)');
    if (data.name !== undefined) team.name = checkText(data.name, 'name', 100);
    if (data.starCodes !== undefined) team.starCodes = await this.checkStars(data.starCodes);
    if (data.active !== undefined && data.active !== null) team.active = data.active;
    if (data.leaderUserId !== undefined || data.memberUserIds !== undefined) {
      const current = await this.em.find(SupervisionTeamMember, { team });
      const leaderId = data.leaderUserId ?? team.leader.id;
      const memberIds = data.memberUserIds ?? current.map((m) => m.user.id);
      for (const m of current) this.em.remove(m);
      await this.em.flush();
      team.leader = this.em.getReference(User, leaderId);
      await this.setMembers(team, leaderId, memberIds);
    }
    return team;
  }

  /** Members must hold the SUPERVISOR role over the team's scope; the leader is always a member. */
  private async setMembers(team: SupervisionTeam, leaderId: number, memberIds: number[]): Promise<void> {
    const ids = [...new Set([leaderId, ...memberIds])];
    const grants = await this.em.find(
      RoleAssignment,
      { user: { $in: ids }, role: UserRole.SUPERVISOR },
      { populate: ['unit'] },
    );
    for (const uid of ids) {
      const ok = grants.some(
        (g) =>
          g.user.id === uid &&
          (team.scopeUnit.path.startsWith(g.unit.path) || g.unit.path.startsWith(team.scopeUnit.path)),
      );
      if (!ok) {
        const field = uid === leaderId ? 'leaderUserId' : 'memberUserIds';
        throw badInput(
          field,
          'SUPERVISION.NOT_A_SUPERVISOR',
          '督导组成员须为本辖区督导员 (members must be supervisors of this area)',
        );
      }
    }
    for (const uid of ids) this.em.create(SupervisionTeamMember, { team, user: this.em.getReference(User, uid) });
  }

  /** Users holding the SUPERVISOR role over (or inside) a unit the caller administers: candidates for its teams. */
  async supervisorsFor(p: Principal, unitId: number): Promise<User[]> {
    const unit = await this.em.findOne(Unit, { id: unitId });
    if (!unit || !p.canRead(unit.path)) throw notFound('unit');
    if (!p.hasRoleOver(unit.path, UserRole.DISTRICT_ADMIN))
      throw forbidden('SUPERVISION.FORBIDDEN', '只有区级管理员可以查看督导员名单 (district admins only)');
    const grants = await this.em.find(RoleAssignment, { role: UserRole.SUPERVISOR }, { populate: ['unit', 'user'] });
    const users = grants
      .filter((g) => unit.path.startsWith(g.unit.path) || g.unit.path.startsWith(unit.path))
      .map((g) => g.user);
    return [...new Map(users.map((u) => [u.id, u])).values()].sort((a, b) => a.id - b.id);
  }

  private async checkStars(codes: string[]): Promise<string[]> {
    const unique = [...new Set(codes)];
    if (!unique.length) return [];
    const found = await this.em.count(StarType, { code: { $in: unique } });
    if (found !== unique.length)
      throw badInput('starCodes', 'STARS.UNKNOWN_STAR_CODE', '未知的星类型 (unknown star code)');
    return unique;
  }

  private async assertMember(p: Principal, team: SupervisionTeam | { id: number }): Promise<void> {
    const teams = await teamIdsOf(this.em, p);
    if (!teams.includes(team.id))
      throw forbidden(
        'SPOT_CHECK.NOT_TEAM_MEMBER',
        '只有本督导组成员可以执行此操作 (only members of the team may do this)',
      );
  }

  // ---- spot checks ------------------------------------------------------------------------

  async listSpotChecks(p: Principal, filter: SpotCheckFilter, args: ListArgs): Promise<Page<SpotCheck>> {
    const where: FilterQuery<SpotCheck>[] = [await spotCheckWhere(this.em, p)];
    if (filter.status) where.push({ status: filter.status });
    if (filter.teamId) where.push({ team: filter.teamId });
    if (filter.ids) where.push({ id: { $in: filter.ids } });
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
    if (!sc) throw notFound('spotCheck');
    return sc;
  }

  async planSpotCheck(p: Principal, plan: SpotCheckPlan): Promise<SpotCheck> {
    const team = await this.getTeam(p, plan.teamId);
    await this.assertMember(p, team);
    if (!team.active) throw badInput('teamId', 'SUPERVISION.TEAM_INACTIVE', '该督导组已停用 (team is inactive)');
    const target = await this.em.findOne(Unit, { id: plan.targetUnitId });
    if (!target || !target.path.startsWith(team.scopeUnit.path) || !p.canRead(target.path)) throw notFound('unit');
    const keyTaskIds = [...new Set(plan.keyTaskIds ?? [])];
    if (keyTaskIds.length && (await this.em.count(KeyTask, { id: { $in: keyTaskIds } })) !== keyTaskIds.length) {
      throw badInput('keyTaskIds', 'SPOT_CHECK.UNKNOWN_KEY_TASK', '重点任务不存在 (unknown key task)');
    }
    return this.em.create(SpotCheck, {
      team,
      targetUnit: target,
      plannedFor: checkDate(plan.plannedFor, 'plannedFor'),
      keyTaskIds,
      starCodes: await this.checkStars(plan.starCodes ?? []),
      note: plan.note?.trim() || null,
      plannedById: p.userId,
    });
  }

  async startSpotCheck(
    p: Principal,
    id: number,
    data: { startedAt?: Date | null; location?: string | null },
  ): Promise<SpotCheck> {
    const sc = await this.getSpotCheck(p, id);
    await this.assertMember(p, sc.team);
    if (sc.status !== SpotCheckStatus.PLANNED)
      throw invalidTransition('SPOT_CHECK.NOT_PLANNED', sc.status, SpotCheckStatus.IN_PROGRESS);
    sc.status = SpotCheckStatus.IN_PROGRESS;
    sc.startedAt = data.startedAt ?? this.now();
    sc.location = data.location?.trim().slice(0, 200) || null;
    return sc;
  }

  async recordFinding(p: Principal, spotCheckId: number, data: FindingData): Promise<Finding> {
    const sc = await this.getSpotCheck(p, spotCheckId);
    await this.assertMember(p, sc.team);
    if (sc.status !== SpotCheckStatus.IN_PROGRESS)
      throw invalidTransition('SPOT_CHECK.NOT_IN_PROGRESS', sc.status, SpotCheckStatus.IN_PROGRESS);
    let keyTask: KeyTask | null = null;
    if (data.keyTaskId) {
      keyTask = await this.em.findOne(KeyTask, { id: data.keyTaskId }, { populate: ['starType'] });
      if (!keyTask) throw badInput('keyTaskId', 'SPOT_CHECK.UNKNOWN_KEY_TASK', '重点任务不存在 (unknown key task)');
    }
    const starCode = data.starCode ?? keyTask?.starType.code ?? null;
    if (starCode)
      await this.checkStars([starCode]).catch(() => {
        throw badInput('starCode', 'STARS.UNKNOWN_STAR_CODE', '未知的星类型 (unknown star code)');
      });
    if (keyTask && starCode && keyTask.starType.code !== starCode)
      throw badInput(
        'starCode',
        'SPOT_CHECK.STAR_MISMATCH',
        '星类型与重点任务不一致 (star does not match the key task)',
      );
    let claimedBy: Person | null = null;
    if (data.claimedByPersonId) {
      claimedBy = await this.em.findOne(Person, { id: data.claimedByPersonId }, { populate: ['unit'] });
      if (!claimedBy || !p.canRead(claimedBy.unit.path))
        throw badInput('claimedByPersonId', 'SPOT_CHECK.UNKNOWN_PERSON', '认领人不存在 (unknown person)');
    }
    return this.em.create(Finding, {
      spotCheck: sc,
      keyTask,
      starCode,
      severity: data.severity,
      description: checkText(data.description, 'description', 4000),
      claimedBy,
      recordedAt: this.now(),
      recordedById: p.userId,
    });
  }

  async completeSpotCheck(
    p: Principal,
    id: number,
    data: { summary: string; methodAttested: boolean; scores?: ScoreData[] | null },
  ): Promise<SpotCheck> {
    const sc = await this.getSpotCheck(p, id);
    await this.assertMember(p, sc.team);
    if (sc.status !== SpotCheckStatus.IN_PROGRESS)
      throw invalidTransition('SPOT_CHECK.NOT_IN_PROGRESS', sc.status, SpotCheckStatus.COMPLETED);
    if (!data.methodAttested)
      throw badInput(
        'methodAttested',
        'SPOT_CHECK.METHOD_NOT_ATTESTED',
        '须确认按“四不两直”方式开展 (attest the four-no, two-direct method)',
      );
    const scores = data.scores ?? [];
    const ids = scores.map((s) => s.keyTaskId);
    if (new Set(ids).size !== ids.length)
      throw badInput('scores', 'SPOT_CHECK.DUPLICATE_SCORE', '同一重点任务只能评分一次 (one score per key task)');
    const tasks = ids.length ? await this.em.find(KeyTask, { id: { $in: ids } }) : [];
    if (tasks.length !== ids.length)
      throw badInput('scores', 'SPOT_CHECK.UNKNOWN_KEY_TASK', '重点任务不存在 (unknown key task)');
    for (const s of scores) {
      if (!(s.score >= 0 && s.score <= 100))
        throw badInput('scores', 'SPOT_CHECK.BAD_SCORE', '得分应在 0–100 之间 (score must be 0–100)');
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

  async listFindings(
    p: Principal,
    filter: { spotCheckId?: number | null; ids?: number[] | null },
    args: ListArgs,
  ): Promise<Page<Finding>> {
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

  async getFinding(p: Principal, id: number): Promise<Finding> {
    const f = await this.em.findOne(
      Finding,
      { $and: [{ id }, { spotCheck: await spotCheckWhere(this.em, p) }] },
      { populate: ['spotCheck', 'spotCheck.targetUnit', 'spotCheck.team'] },
    );
    if (!f) throw notFound('finding');
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
    const rect = await this.rectificationWhere(p);
    const rectIn = { $and: [rect, { spotCheck: sc }] } as FilterQuery<Rectification>;
    const today = this.today();
    const [planned, inProgress, completed, findings, open, overdue, closed] = await Promise.all([
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
    ]);
    return {
      planned,
      inProgress,
      completed,
      findings,
      openRectifications: open,
      overdueRectifications: overdue,
      closedRectifications: closed,
    };
  }

  // ---- rectification ----------------------------------------------------------------------

  rectificationWhere(p: Principal): Promise<FilterQuery<Rectification>> {
    return rectificationWhere(this.em, p);
  }

  async listRectifications(p: Principal, filter: RectificationFilter, args: ListArgs): Promise<Page<Rectification>> {
    const where: FilterQuery<Rectification>[] = [await this.rectificationWhere(p)];
    if (filter.status) where.push({ status: filter.status });
    if (filter.spotCheckId) where.push({ spotCheck: filter.spotCheckId });
    if (filter.ids) where.push({ id: { $in: filter.ids } });
    if (filter.overdue === true)
      where.push({ status: { $ne: RectificationStatus.CLOSED }, deadline: { $lt: this.today() } });
    if (filter.overdue === false)
      where.push({ $or: [{ status: RectificationStatus.CLOSED }, { deadline: { $gte: this.today() } }] });
    if (filter.withinId) {
      const root = await this.em.findOne(Unit, { id: filter.withinId }, { fields: ['path'] });
      if (!root) return { items: [], total: 0 };
      where.push({ responsibleUnit: { path: { $like: `${root.path}%` } } });
    }
    const [items, total] = await this.em.findAndCount(
      Rectification,
      { $and: where },
      { orderBy: orderBy(args, RECT_SORT, 'deadline') as never, ...offset(args) },
    );
    return { items, total };
  }

  async getRectification(p: Principal, id: number): Promise<Rectification> {
    const r = await this.em.findOne(
      Rectification,
      { $and: [{ id }, await this.rectificationWhere(p)] },
      { populate: ['responsibleUnit', 'spotCheck', 'spotCheck.team', 'spotCheck.targetUnit'] },
    );
    if (!r) throw notFound('rectification');
    return r;
  }

  isOverdue(r: Rectification): boolean {
    return r.status !== RectificationStatus.CLOSED && r.deadline < this.today();
  }

  private event(
    p: Principal,
    r: Rectification,
    action: RectificationAction,
    from: RectificationStatus | null,
    to: RectificationStatus,
    comment: string | null,
  ) {
    this.em.create(RectificationEvent, {
      rectification: r,
      action,
      fromStatus: from,
      toStatus: to,
      userId: p.userId,
      byName: p.displayName.slice(0, 60),
      at: this.now(),
      comment,
    });
  }

  private async assertTeamOrAdmin(p: Principal, sc: SpotCheck): Promise<void> {
    if (p.hasRoleOver(sc.targetUnit.path, UserRole.DISTRICT_ADMIN)) return;
    await this.assertMember(p, sc.team);
  }

  async assignRectification(
    p: Principal,
    findingId: number,
    data: { responsibleUnitId: number; responsiblePersonId?: number | null; measures: string; deadline: string },
  ): Promise<Rectification> {
    const finding = await this.getFinding(p, findingId);
    const sc = finding.spotCheck;
    await this.assertTeamOrAdmin(p, sc);
    if (sc.status !== SpotCheckStatus.COMPLETED)
      throw invalidTransition('SPOT_CHECK.NOT_COMPLETED', sc.status, SpotCheckStatus.COMPLETED);
    if (await this.em.count(Rectification, { finding }))
      throw conflict('RECTIFICATION.ALREADY_ASSIGNED', '该问题已交办整改 (this finding already has a rectification)', {
        field: 'findingId',
      });
    const unit = await this.em.findOne(Unit, { id: data.responsibleUnitId });
    // The responsible unit is the target itself, one of its ancestors inside the team's scope, or below it.
    const onLine =
      unit &&
      (sc.targetUnit.path.startsWith(unit.path) || unit.path.startsWith(sc.targetUnit.path)) &&
      unit.path.startsWith(sc.team.scopeUnit?.path ?? '');
    if (!unit || !onLine)
      throw badInput(
        'responsibleUnitId',
        'RECTIFICATION.BAD_UNIT',
        '责任单位须为被检单位或其上级 (the responsible unit must be the target or above it)',
      );
    let person: Person | null = null;
    if (data.responsiblePersonId) {
      person = await this.em.findOne(Person, { id: data.responsiblePersonId }, { populate: ['unit'] });
      if (!person || !p.canRead(person.unit.path))
        throw badInput('responsiblePersonId', 'RECTIFICATION.UNKNOWN_PERSON', '责任人不存在 (unknown person)');
    }
    const r = this.em.create(Rectification, {
      finding,
      spotCheck: sc,
      responsibleUnit: unit,
      responsiblePerson: person,
      measures: checkText(data.measures, 'measures', 4000),
      deadline: checkDate(data.deadline, 'deadline'),
    });
    this.event(p, r, RectificationAction.ASSIGN, null, RectificationStatus.ASSIGNED, null);
    return r;
  }

  async submitRectification(p: Principal, id: number, data: { note: string }): Promise<Rectification> {
    const r = await this.getRectification(p, id);
    if (
      !p.hasRoleOver(r.responsibleUnit.path, UserRole.BRANCH_STAFF, UserRole.TOWNSHIP_STAFF, UserRole.DISTRICT_ADMIN)
    ) {
      throw forbidden('RECTIFICATION.NOT_RESPONSIBLE', '只有责任单位可以提交整改 (only the responsible unit submits)');
    }
    if (r.status !== RectificationStatus.ASSIGNED)
      throw invalidTransition('RECTIFICATION.NOT_ASSIGNED', r.status, RectificationStatus.SUBMITTED);
    const note = checkText(data.note, 'note', 4000);
    r.status = RectificationStatus.SUBMITTED;
    r.submissionNote = note;
    r.submittedAt = this.now();
    this.event(p, r, RectificationAction.SUBMIT, RectificationStatus.ASSIGNED, RectificationStatus.SUBMITTED, note);
    return r;
  }

  async verifyRectification(
    p: Principal,
    id: number,
    data: { accept: boolean; comment?: string | null },
  ): Promise<Rectification> {
    const r = await this.getRectification(p, id);
    await this.assertTeamOrAdmin(p, r.spotCheck);
    if (r.status !== RectificationStatus.SUBMITTED)
      throw invalidTransition(
        'RECTIFICATION.NOT_SUBMITTED',
        r.status,
        data.accept ? RectificationStatus.CLOSED : RectificationStatus.ASSIGNED,
      );
    const comment = data.comment?.trim() || null;
    if (data.accept) {
      r.status = RectificationStatus.CLOSED;
      r.closedAt = this.now();
      this.event(p, r, RectificationAction.ACCEPT, RectificationStatus.SUBMITTED, RectificationStatus.CLOSED, comment);
    } else {
      if (!comment)
        throw badInput('comment', 'RECTIFICATION.REASON_REQUIRED', '退回须说明原因 (say why it is rejected)');
      r.status = RectificationStatus.ASSIGNED;
      r.reopenCount += 1;
      this.event(
        p,
        r,
        RectificationAction.REJECT,
        RectificationStatus.SUBMITTED,
        RectificationStatus.ASSIGNED,
        comment,
      );
    }
    return r;
  }
}

/** "1.4.37." → ["1.", "1.4."] (the proper ancestors' paths). */
function ancestorsOf(path: string): string[] {
  const ids = path.split('.').filter(Boolean);
  return ids.slice(0, -1).map((_, i) => `${ids.slice(0, i + 1).join('.')}.`);
}
