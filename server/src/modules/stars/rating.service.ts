import { raw, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { NOTHING, anyOf, assertRoleOver, starScope } from '../../common/access';
import type { AppError } from '../../common/errors';
import { addDays, shanghaiDate } from '../../common/dates';
import { InputReasons } from '../../common/common.errors';
import { fail, transitionFailed } from '../../common/reasons';
import { checkDate, checkText } from '../../common/validate';
import { orderBy, offset, type ListArgs, type Page } from '../../graphql/pagination';
import { TokenKind, UserRole } from '../../common/roles';
import type { Principal } from '../../common/principal';
import type { AttachEvidence } from '../files/public';
import { BranchReasons, StarCodeReasons, UnitLevel, Unit, StarType } from '../org/public';
import { KeyTask } from './key-task.entity';
import {
  ApplicationReasons,
  BranchStarReasons,
  BranchstarReasons,
  ObjectionReasons,
  PairingReasons,
  StarapplicationReasons,
  StarsReasons,
} from './stars.errors';
import {
  ApplicationAction,
  ApplicationStatus,
  BranchStarState,
  ObjectionAction,
  ObjectionStatus,
  OPEN_STATUSES,
  ReviewDecision,
  StarEndKind,
  StarHistoryKind,
} from './rating.enums';
import {
  BranchPairing,
  BranchStar,
  StarApplication,
  StarApplicationItem,
  StarApplicationTransition,
  StarObjection,
} from './rating.entity';

export interface StarSettings {
  /** 公示 period in calendar days (Asia/Shanghai): objections are accepted through the last day. */
  noticeDays: number;
  /** "STRONG_BRANCH is required for a fifth star". */
  strongBranchRequiredForFifth: boolean;
}

/** The defaults of the configuration (STAR_NOTICE_DAYS, STAR_STRONG_BRANCH_REQUIRED_FOR_FIFTH). */
export const DEFAULT_STAR_SETTINGS: StarSettings = { noticeDays: 7, strongBranchRequiredForFifth: true };
export const STRONG_BRANCH = 'STRONG_BRANCH';

export interface ApplicationItemData {
  keyTaskId: number;
  met: boolean;
  score?: number | null;
  note?: string | null;
  evidenceFileIds?: number[];
}
export interface ApplicationFilter {
  branchId?: number | null;
  withinId?: number | null;
  starCode?: string | null;
  year?: number | null;
  status?: ApplicationStatus | null;
  ids?: number[];
  /** 待我处理: only those the caller has to act on now (allowedActions other than filing an objection). */
  actionable?: boolean | null;
}

export interface ObjectionFilter {
  applicationId?: number | null;
  status?: ObjectionStatus | null;
  ids?: number[];
  /** 待我处理: only those the caller may resolve now (as allowedActions). */
  actionable?: boolean | null;
}

const OBJECTION_SORT = { id: 'id', filedAt: 'filedAt', status: 'status', resolvedAt: 'resolvedAt' };

/** Who reviews at each stage, and where an approval leads. */
export const STAGES: Partial<
  Record<ApplicationStatus, { next: ApplicationStatus; roles: UserRole[]; starLimited?: boolean }>
> = {
  [ApplicationStatus.SUBMITTED]: { next: ApplicationStatus.TOWNSHIP_APPROVED, roles: [UserRole.TOWNSHIP_STAFF] },
  [ApplicationStatus.TOWNSHIP_APPROVED]: {
    next: ApplicationStatus.TASK_FORCE_APPROVED,
    roles: [UserRole.TASK_FORCE],
    starLimited: true,
  },
  [ApplicationStatus.TASK_FORCE_APPROVED]: {
    next: ApplicationStatus.DECIDED,
    roles: [UserRole.DISTRICT_ADMIN, UserRole.LEADER],
  },
  [ApplicationStatus.DECIDED]: {
    next: ApplicationStatus.PUBLIC_NOTICE,
    roles: [UserRole.DISTRICT_ADMIN, UserRole.LEADER],
  },
};
export const DECIDERS = [UserRole.DISTRICT_ADMIN, UserRole.LEADER];
const SORT = {
  id: 'id',
  year: 'year',
  status: 'status',
  submittedAt: 'submittedAt',
  selfScore: 'selfScore',
  createdAt: 'createdAt',
  updatedAt: 'updatedAt',
  // Days in its current state: fewest days (the latest step) first when ascending.
  daysWaiting: '-updatedAt',
};

export interface StarHistoryEntry {
  starCode: string;
  kind: StarHistoryKind;
  date: string;
  reason: string | null;
  by: string | null;
  applicationId: number | null;
}

/** The rating lifecycle: self-assessment → township → task force → district → public notice → award; downgrade and revocation. */
export class RatingService {
  constructor(
    private readonly em: EntityManager,
    private readonly now: () => Date,
    private readonly settings: StarSettings,
    private readonly attachEvidence: AttachEvidence,
  ) {}

  today(): string {
    return shanghaiDate(this.now());
  }

  // ---- reading ----

  async list(p: Principal, f: ApplicationFilter, args: ListArgs): Promise<Page<StarApplication>> {
    const where: FilterQuery<StarApplication>[] = [starScope(p, 'branch', 'starType') as FilterQuery<StarApplication>];
    if (f.branchId) where.push({ branch: f.branchId });
    if (f.starCode) where.push({ starType: { code: f.starCode } });
    if (f.year) where.push({ year: f.year });
    if (f.status) where.push({ status: f.status });
    if (f.ids) where.push({ id: { $in: f.ids } });
    if (f.actionable === true) where.push(this.actionableWhere(p));
    if (f.withinId) {
      const root = await this.em.findOne(Unit, { id: f.withinId }, { fields: ['path'] });
      if (!root) return { items: [], total: 0 };
      where.push({ branch: { path: { $like: `${root.path}%` } } });
    }
    const [items, total] = await this.em.findAndCount(
      StarApplication,
      { $and: where },
      { orderBy: orderBy(args, SORT, 'id'), ...offset(args), populate: ['branch'] },
    );
    return { items, total };
  }

  async get(p: Principal, id: number): Promise<StarApplication> {
    const a = await this.em.findOne(StarApplication, { id }, { populate: ['branch'] });
    if (!a || !p.canReadStar(a.branch.path, a.starType.code)) throw fail(ApplicationReasons.NOT_FOUND);
    return a;
  }

  /** The actions the principal may take on the application now (what the review screen offers). */
  /** `branchPath`: the application's branch path when the caller holds the branch apart (a read view). */
  allowedActions(
    p: Principal,
    a: StarApplication,
    openObjections: number,
    branchPath: string = a.branch.path,
  ): ApplicationAction[] {
    const out: ApplicationAction[] = [];
    const path = branchPath;
    const stage = STAGES[a.status];
    if (stage && this.mayReview(p, a, path, stage.roles, stage.starLimited))
      out.push(ApplicationAction.APPROVE, ApplicationAction.REJECT, ApplicationAction.RETURN);
    if (a.status === ApplicationStatus.RETURNED && p.hasRoleOver(path, UserRole.BRANCH_STAFF))
      out.push(ApplicationAction.RESUBMIT);
    if (a.status === ApplicationStatus.PUBLIC_NOTICE) {
      const today = this.today();
      if (today <= a.noticeEndsOn! && p.tokenKind !== 'API' && p.canReadStar(path, a.starType.code))
        out.push(ApplicationAction.FILE_OBJECTION);
      if (p.hasRoleOver(path, ...DECIDERS)) {
        if (openObjections > 0) out.push(ApplicationAction.RESOLVE_OBJECTION);
        if (today > a.noticeEndsOn! && openObjections === 0) out.push(ApplicationAction.FINALIZE);
      }
    }
    return out;
  }

  /**
   * 待我处理 as a query condition, rule for rule what `allowedActions` offers (filing an objection
   * aside: anyone may, no one has to): the review stage's roles over the branch (task forces: their
   * star), the branch for a returned one, and the deciders for a notice with an open objection to
   * resolve or whose period has passed.
   */
  private actionableWhere(p: Principal): FilterQuery<StarApplication> {
    if (p.tokenKind === TokenKind.API) return NOTHING as FilterQuery<StarApplication>;
    const or: FilterQuery<StarApplication>[] = [];
    for (const g of p.grants) {
      const branch = { path: { $like: `${g.unitPath}%` } };
      for (const [status, stage] of Object.entries(STAGES)) {
        if (!stage.roles.includes(g.role)) continue;
        or.push({
          status: status as ApplicationStatus,
          branch,
          ...(stage.starLimited && g.starCode ? { starType: { code: g.starCode } } : {}),
        });
      }
      if (g.role === UserRole.BRANCH_STAFF) or.push({ status: ApplicationStatus.RETURNED, branch });
      if (DECIDERS.includes(g.role))
        or.push({
          status: ApplicationStatus.PUBLIC_NOTICE,
          branch,
          $or: [
            { noticeEndsOn: { $lt: this.today() } },
            {
              [raw(
                (alias) =>
                  `exists (select 1 from star_objection o where o.application_id = ${alias}.id and o.status = '${ObjectionStatus.OPEN}')`,
              )]: true,
            },
          ],
        });
    }
    return anyOf(or) as FilterQuery<StarApplication>;
  }

  // ---- objections ----

  /** Objections of the applications the principal may read. */
  async listObjections(p: Principal, f: ObjectionFilter, args: ListArgs): Promise<Page<StarObjection>> {
    const where: FilterQuery<StarObjection>[] = [
      { application: starScope(p, 'branch', 'starType') } as FilterQuery<StarObjection>,
    ];
    if (f.applicationId) where.push({ application: f.applicationId });
    if (f.status) where.push({ status: f.status });
    if (f.ids) where.push({ id: { $in: f.ids } });
    if (f.actionable === true) {
      const deciders = p.tokenKind === TokenKind.API ? [] : p.grants.filter((g) => DECIDERS.includes(g.role));
      where.push({
        status: ObjectionStatus.OPEN,
        ...anyOf(deciders.map((g) => ({ application: { branch: { path: { $like: `${g.unitPath}%` } } } }))),
      } as FilterQuery<StarObjection>);
    }
    const [items, total] = await this.em.findAndCount(
      StarObjection,
      { $and: where },
      { orderBy: orderBy(args, OBJECTION_SORT, 'filedAt') as never, ...offset(args) },
    );
    return { items, total };
  }

  /** Why `p` may not take `action` on the objection now, or null: what resolveObjection applies. */
  objectionRefusal(
    p: Principal,
    status: ObjectionStatus,
    branchPath: string,
    action: ObjectionAction,
  ): AppError | null {
    if (!p.hasRoleOver(branchPath, ...DECIDERS)) return fail(ObjectionReasons.FORBIDDEN);
    const to = action === ObjectionAction.UPHOLD ? ObjectionStatus.UPHELD : ObjectionStatus.DISMISSED;
    if (status !== ObjectionStatus.OPEN) return transitionFailed(ObjectionReasons.INVALID_TRANSITION, status, to);
    return null;
  }

  private mayReview(p: Principal, a: StarApplication, path: string, roles: UserRole[], starLimited?: boolean): boolean {
    return p.grants.some(
      (g) =>
        roles.includes(g.role) &&
        path.startsWith(g.unitPath) &&
        (!starLimited || !g.starCode || g.starCode === a.starType.code),
    );
  }

  // ---- the branch: apply and resubmit ----

  async apply(
    p: Principal,
    data: { branchId: number; starCode: string; year: number; items: ApplicationItemData[] },
  ): Promise<StarApplication> {
    const branch = await this.em.findOne(Unit, { id: data.branchId });
    if (!branch || branch.level !== UnitLevel.BRANCH || !p.canRead(branch.path))
      throw fail(ApplicationReasons.BRANCH_NOT_FOUND, { field: 'branchId' });
    assertRoleOver(p, branch.path, StarapplicationReasons, [UserRole.BRANCH_STAFF]);
    const star = await this.em.findOne(StarType, { code: data.starCode });
    if (!star) throw fail(StarCodeReasons.UNKNOWN_STAR_CODE, { field: 'starCode', params: { code: data.starCode } });
    if (branch.category && !star.categories.includes(branch.category))
      throw fail(StarsReasons.CATEGORY_NOT_COVERED, { field: 'starCode', params: { star: star.code } });
    if (!Number.isInteger(data.year) || data.year < 2000 || data.year > 2100)
      throw fail(InputReasons.YEAR_RANGE, { field: 'year', params: { min: 2000, max: 2100 } });
    const open = await this.em.count(StarApplication, {
      branch,
      starType: star,
      year: data.year,
      status: { $in: OPEN_STATUSES },
    });
    if (open) throw fail(ApplicationReasons.DUPLICATE, { field: 'starCode' });
    const held = await this.heldCodes(branch.id);
    if (held.includes(star.code)) throw fail(ApplicationReasons.ALREADY_HELD, { field: 'starCode' });
    this.checkFifthStar(held, star.code, 'starCode');
    const now = this.now();
    const app = this.em.create(StarApplication, {
      branch,
      starType: star,
      year: data.year,
      status: ApplicationStatus.SUBMITTED,
      submittedAt: now,
      submittedById: p.userId,
      updatedAt: now,
    });
    app.selfScore = await this.setItems(app, branch, star, data.items);
    this.log(app, p, null, ApplicationStatus.SUBMITTED, null, null);
    await this.attachItemEvidence(p, data.items);
    return app;
  }

  async resubmit(
    p: Principal,
    id: number,
    items: ApplicationItemData[],
    comment?: string | null,
  ): Promise<StarApplication> {
    const app = await this.get(p, id);
    if (app.status !== ApplicationStatus.RETURNED)
      throw transitionFailed(ApplicationReasons.INVALID_TRANSITION, app.status, ApplicationStatus.SUBMITTED);
    assertRoleOver(p, app.branch.path, StarapplicationReasons, [UserRole.BRANCH_STAFF]);
    const star = await this.em.findOneOrFail(StarType, { code: app.starType.code });
    app.selfScore = await this.setItems(
      app,
      app.branch,
      star,
      items,
      await this.em.find(StarApplicationItem, { application: app }),
    );
    app.submittedAt = this.now();
    app.submittedById = p.userId;
    this.transition(app, p, ApplicationStatus.SUBMITTED, null, comment ?? null);
    await this.attachItemEvidence(p, items);
    return app;
  }

  /** The items `setItems` wrote last, in input order (each gets its own evidence). */
  private lastItems: StarApplicationItem[] = [];

  private async attachItemEvidence(p: Principal, items: ApplicationItemData[]): Promise<void> {
    for (let i = 0; i < items.length; i++) {
      if (items[i].evidenceFileIds?.length)
        await this.attachEvidence(p, items[i].evidenceFileIds, 'StarApplicationItem', this.lastItems[i]);
    }
  }

  /** Items by key task: existing ones (a resubmission) are updated in place so their evidence stays attached. */
  private async setItems(
    app: StarApplication,
    branch: Unit,
    star: StarType,
    items: ApplicationItemData[],
    existing: StarApplicationItem[] = [],
  ): Promise<number> {
    if (!items.length) throw fail(ApplicationReasons.ITEMS_REQUIRED, { field: 'items' });
    const ids = items.map((i) => i.keyTaskId);
    // Named at the second listing, where the form shows it.
    const again = ids.findIndex((id, i) => ids.indexOf(id) !== i);
    if (again >= 0) throw fail(ApplicationReasons.DUPLICATE_TASK, { field: `items[${again}].keyTaskId` });
    const tasks = await this.em.find(KeyTask, { id: { $in: ids } });
    items.forEach((it, i) => {
      const t = tasks.find((k) => k.id === it.keyTaskId);
      if (!t || t.starType.code !== star.code || (branch.category && t.category !== branch.category)) {
        throw fail(ApplicationReasons.TASK_NOT_OF_STAR, { field: `items[${i}].keyTaskId` });
      }
      if (
        it.score !== undefined &&
        it.score !== null &&
        (!Number.isFinite(it.score) || it.score < 0 || it.score > 1000)
      ) {
        throw fail(ApplicationReasons.SCORE_RANGE, { field: `items[${i}].score` });
      }
    });
    this.lastItems = items.map((it) => {
      const old = existing.find((e) => e.keyTask.id === it.keyTaskId);
      if (old) {
        old.met = it.met;
        old.score = it.score ?? 0;
        old.note = it.note?.trim() || null;
        old.updatedAt = this.now();
        return old;
      }
      return this.em.create(StarApplicationItem, {
        application: app,
        keyTask: tasks.find((k) => k.id === it.keyTaskId)!,
        met: it.met,
        score: it.score ?? 0,
        note: it.note?.trim() || null,
      });
    });
    // Tasks dropped from a resubmission leave the self-assessment (their evidence references remain on file).
    const dropped = existing.filter((e) => !items.some((it) => it.keyTaskId === e.keyTask.id));
    for (const d of dropped) this.em.remove(d);
    return items.reduce((s, it) => s + (it.score ?? 0), 0);
  }

  // ---- reviews ----

  async review(p: Principal, id: number, decision: ReviewDecision, comment?: string | null): Promise<StarApplication> {
    const app = await this.get(p, id);
    const stage = STAGES[app.status];
    const to =
      decision === ReviewDecision.APPROVE
        ? (stage?.next ?? ApplicationStatus.TOWNSHIP_APPROVED)
        : decision === ReviewDecision.REJECT
          ? ApplicationStatus.REJECTED
          : ApplicationStatus.RETURNED;
    if (!stage) throw transitionFailed(ApplicationReasons.INVALID_TRANSITION, app.status, to);
    if (!this.mayReview(p, app, app.branch.path, stage.roles, stage.starLimited)) {
      throw fail(ApplicationReasons.WRONG_REVIEWER, { params: { roles: stage.roles.join('/') } });
    }
    const text = comment?.trim() || null;
    if (decision !== ReviewDecision.APPROVE && !text)
      throw fail(ApplicationReasons.COMMENT_REQUIRED, { field: 'comment' });
    if (to === ApplicationStatus.PUBLIC_NOTICE) {
      this.checkFifthStar(await this.heldCodes(app.branch.id), app.starType.code, 'id');
      const today = this.today();
      app.noticeStartsOn = today;
      app.noticeEndsOn = addDays(today, Math.max(this.settings.noticeDays, 1) - 1);
    }
    this.transition(app, p, to, decision, text);
    return app;
  }

  async fileObjection(p: Principal, applicationId: number, reason: string): Promise<StarObjection> {
    const app = await this.get(p, applicationId);
    if (app.status !== ApplicationStatus.PUBLIC_NOTICE || this.today() > app.noticeEndsOn!) {
      throw transitionFailed(ObjectionReasons.NOT_IN_NOTICE, app.status, 'OBJECTION');
    }
    return this.em.create(StarObjection, {
      application: app,
      reason: checkText(reason, 'reason', 4000),
      filedById: p.userId,
      filedByName: p.displayName,
      filedAt: this.now(),
    });
  }

  async resolveObjection(
    p: Principal,
    objectionId: number,
    upheld: boolean,
    comment?: string | null,
  ): Promise<StarObjection> {
    const o = await this.em.findOne(StarObjection, { id: objectionId }, { populate: ['application.branch'] });
    if (!o || !p.canReadStar(o.application.branch.path, o.application.starType.code))
      throw fail(ObjectionReasons.NOT_FOUND);
    const refusal = this.objectionRefusal(
      p,
      o.status,
      o.application.branch.path,
      upheld ? ObjectionAction.UPHOLD : ObjectionAction.DISMISS,
    );
    if (refusal) throw refusal;
    const to = upheld ? ObjectionStatus.UPHELD : ObjectionStatus.DISMISSED;
    o.status = to;
    o.resolution = comment?.trim() || null;
    o.resolvedByName = p.displayName;
    o.resolvedAt = this.now();
    if (upheld && o.application.status === ApplicationStatus.PUBLIC_NOTICE) {
      this.transition(
        o.application,
        p,
        ApplicationStatus.REJECTED,
        null,
        `异议成立，停止命名 Objection upheld: ${o.reason}${o.resolution ? ` — ${o.resolution}` : ''}`,
      );
    }
    return o;
  }

  /** 命名: after the notice period (no open or upheld objection), the branch holds the star from today. */
  async finalize(p: Principal | null, id: number): Promise<StarApplication> {
    const app = p
      ? await this.get(p, id)
      : await this.em.findOneOrFail(StarApplication, { id }, { populate: ['branch'] });
    if (app.status !== ApplicationStatus.PUBLIC_NOTICE)
      throw transitionFailed(ApplicationReasons.INVALID_TRANSITION, app.status, ApplicationStatus.AWARDED);
    if (p && !p.hasRoleOver(app.branch.path, ...DECIDERS))
      throw fail(ApplicationReasons.WRONG_REVIEWER, { params: { roles: DECIDERS.join('/') } });
    const today = this.today();
    if (today <= app.noticeEndsOn!)
      throw fail(ApplicationReasons.NOTICE_NOT_OVER, { params: { noticeEndsOn: app.noticeEndsOn! } });
    const objections = await this.em.count(StarObjection, {
      application: app,
      status: { $in: [ObjectionStatus.OPEN, ObjectionStatus.UPHELD] },
    });
    if (objections) throw fail(ApplicationReasons.OBJECTION_OPEN);
    const held = await this.heldCodes(app.branch.id);
    this.checkFifthStar(held, app.starType.code, 'id');
    app.awardedAt = this.now();
    if (!held.includes(app.starType.code)) {
      this.em.create(BranchStar, {
        branch: app.branch,
        starType: app.starType,
        since: today,
        application: app,
        awardedByName: p?.displayName ?? '系统 System',
      });
    }
    this.transition(
      app,
      p,
      ApplicationStatus.AWARDED,
      null,
      p ? null : '公示期满，自动命名 Notice period passed: awarded by the scheduled sweep',
    );
    return app;
  }

  /** The scheduled sweep: every application whose notice period has passed without open/upheld objections. */
  async sweep(): Promise<number[]> {
    const today = this.today();
    const due = await this.em.find(
      StarApplication,
      { status: ApplicationStatus.PUBLIC_NOTICE, noticeEndsOn: { $lt: today } },
      { populate: ['branch'] },
    );
    const done: number[] = [];
    for (const a of due) {
      try {
        await this.finalize(null, a.id);
        done.push(a.id);
      } catch {
        // an objection still open, or the fifth-star rule: left for a person to decide
      }
    }
    return done;
  }

  // ---- dynamic management ----

  async endStar(
    p: Principal,
    branchId: number,
    starCode: string,
    reason: string,
    kind: StarEndKind,
  ): Promise<BranchStar> {
    const branch = await this.em.findOne(Unit, { id: branchId });
    if (!branch || branch.level !== UnitLevel.BRANCH || !p.canRead(branch.path)) throw fail(BranchReasons.NOT_FOUND);
    assertRoleOver(p, branch.path, BranchstarReasons, [UserRole.DISTRICT_ADMIN]);
    const text = checkText(reason, 'reason', 4000);
    const held = await this.em.findOne(BranchStar, { branch, starType: { code: starCode }, until: null });
    if (!held) throw transitionFailed(BranchStarReasons.NOT_HELD, 'NOT_HELD', kind);
    held.until = this.today();
    held.endKind = kind;
    held.endReason = text;
    held.endedByName = p.displayName;
    held.updatedAt = this.now();
    return held;
  }

  // ---- pairing ----

  async pair(
    p: Principal,
    data: { strongBranchId: number; weakBranchId: number; note?: string | null; startDate?: string | null },
  ): Promise<BranchPairing> {
    const [strong, weak] = await Promise.all(
      [data.strongBranchId, data.weakBranchId].map((id) => this.em.findOne(Unit, { id })),
    );
    for (const [u, field] of [
      [strong, 'strongBranchId'],
      [weak, 'weakBranchId'],
    ] as const) {
      if (!u || u.level !== UnitLevel.BRANCH || !p.canRead(u.path))
        throw fail(PairingReasons.BRANCH_NOT_FOUND, { field });
      assertRoleOver(p, u.path, PairingReasons, [UserRole.DISTRICT_ADMIN, UserRole.TOWNSHIP_STAFF]);
    }
    if (strong!.id === weak!.id) throw fail(PairingReasons.SAME_BRANCH, { field: 'weakBranchId' });
    const active = await this.em.count(BranchPairing, { strongBranch: strong!, weakBranch: weak!, endDate: null });
    if (active) throw fail(PairingReasons.DUPLICATE);
    return this.em.create(BranchPairing, {
      strongBranch: strong!,
      weakBranch: weak!,
      startDate: data.startDate ? checkDate(data.startDate, 'startDate') : this.today(),
      note: data.note?.trim() || null,
    });
  }

  async endPairing(p: Principal, id: number): Promise<BranchPairing> {
    const pr = await this.em.findOne(BranchPairing, { id }, { populate: ['strongBranch', 'weakBranch'] });
    if (!pr || !(p.canRead(pr.strongBranch.path) || p.canRead(pr.weakBranch.path)))
      throw fail(PairingReasons.NOT_FOUND);
    assertRoleOver(p, pr.strongBranch.path, PairingReasons, [UserRole.DISTRICT_ADMIN, UserRole.TOWNSHIP_STAFF]);
    if (pr.endDate) throw transitionFailed(PairingReasons.ENDED, 'ENDED', 'ENDED');
    pr.endDate = this.today();
    return pr;
  }

  // ---- branch star views ----

  async heldCodes(branchId: number): Promise<string[]> {
    const rows = await this.em.find(BranchStar, { branch: branchId, until: null });
    return rows.map((r) => r.starType.code);
  }

  /** Fifth star only with STRONG_BRANCH (when the setting says so). */
  private checkFifthStar(held: string[], code: string, field: string): void {
    if (!this.settings.strongBranchRequiredForFifth) return;
    const after = new Set([...held, code]);
    if (after.size >= 5 && !held.includes(STRONG_BRANCH) && code !== STRONG_BRANCH) {
      throw fail(ApplicationReasons.STRONG_BRANCH_REQUIRED, { field });
    }
  }

  // ---- history ----

  private transition(
    app: StarApplication,
    p: Principal | null,
    to: ApplicationStatus,
    decision: ReviewDecision | null,
    comment: string | null,
  ): void {
    const from = app.status;
    app.status = to;
    app.updatedAt = this.now();
    this.log(app, p, from, to, decision, comment);
  }

  private log(
    app: StarApplication,
    p: Principal | null,
    from: ApplicationStatus | null,
    to: ApplicationStatus,
    decision: ReviewDecision | null,
    comment: string | null,
  ): void {
    this.em.create(StarApplicationTransition, {
      application: app,
      fromStatus: from,
      toStatus: to,
      decision,
      actorId: p?.userId ?? null,
      actorName: p?.displayName ?? '系统 System',
      at: this.now(),
      comment,
    });
  }
}

/** Per-star state of a branch in a year, from held stars and that year's applications. */
export function starStates(
  starTypes: StarType[],
  held: BranchStar[],
  apps: StarApplication[],
): {
  starCode: string;
  state: BranchStarState;
  since: string | null;
  applicationId: number | null;
  applicationStatus: ApplicationStatus | null;
}[] {
  return starTypes.map((t) => {
    const h = held.find((b) => b.starType.code === t.code && b.until === null);
    const a = apps.filter((x) => x.starType.code === t.code).sort((x, y) => y.id - x.id)[0];
    let state = BranchStarState.NOT_HELD;
    if (h) state = BranchStarState.HELD;
    else if (a?.status === ApplicationStatus.PUBLIC_NOTICE) state = BranchStarState.PUBLIC_NOTICE;
    else if (a?.status === ApplicationStatus.RETURNED) state = BranchStarState.RETURNED;
    else if (a && OPEN_STATUSES.includes(a.status)) state = BranchStarState.IN_REVIEW;
    return {
      starCode: t.code,
      state,
      since: h?.since ?? null,
      applicationId: a?.id ?? null,
      applicationStatus: a?.status ?? null,
    };
  });
}

export function historyOf(rows: BranchStar[]): StarHistoryEntry[] {
  const out: StarHistoryEntry[] = [];
  for (const r of rows) {
    out.push({
      starCode: r.starType.code,
      kind: StarHistoryKind.AWARDED,
      date: r.since,
      reason: null,
      by: r.awardedByName,
      applicationId: r.application?.id ?? null,
    });
    if (r.until) {
      out.push({
        starCode: r.starType.code,
        kind: r.endKind === StarEndKind.REVOKED ? StarHistoryKind.REVOKED : StarHistoryKind.DOWNGRADED,
        date: r.until,
        reason: r.endReason,
        by: r.endedByName,
        applicationId: r.application?.id ?? null,
      });
    }
  }
  return out.sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? -1 : 1));
}
