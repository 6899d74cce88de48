/** 整改: the rectification of a finding — assigned by the team, submitted by the responsible unit, verified by the team. */
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { shanghaiDate, shanghaiDayStart } from '../../common/dates';
import { InputReasons } from '../../common/common.errors';
import type { Principal } from '../../common/principal';
import { fail } from '../../common/reasons';
import { checkDate, checkText } from '../../common/validate';
import { orderBy, offset, type ListArgs, type Page } from '../../graphql/pagination';
import { Person, Unit } from '../org/public';
import { actionableRectificationWhere, rectificationRefusal, type RectificationFacts } from './actions';
import { rectificationWhere, teamIdsOf } from './confidentiality';
import { attachConfidentialEvidence } from './evidence';
import type { AttachEvidence } from '../files/public';
import { checkFacts, type SpotCheckService } from './spot-check.service';
import { Rectification, RectificationEvent } from './supervision.entity';
import { FindingAction, RectificationAction, RectificationStatus } from './supervision.enums';
import { RectificationReasons } from './supervision.errors';

export interface RectificationFilter {
  status?: RectificationStatus | null;
  overdue?: boolean | null;
  spotCheckId?: number | null;
  withinId?: number | null;
  ids?: number[] | null;
  /** 待我处理: only those the caller may submit or verify now (the rule of actions.ts). */
  actionable?: boolean | null;
  /** Deadline passed and still not submitted (ASSIGNED): the responsible unit's lateness. */
  late?: boolean | null;
  /** Assigned in this calendar year (Asia/Shanghai). */
  year?: number | null;
  /** The checked unit (the spot check's target) inside this subtree. */
  targetWithinId?: number | null;
}

export interface AssignmentData {
  responsibleUnitId: number;
  responsiblePersonId?: number | null;
  measures: string;
  deadline: string;
}

const RECT_SORT = {
  id: 'id',
  deadline: 'deadline',
  status: 'status',
  createdAt: 'createdAt',
  reopenCount: 'reopenCount',
  submittedAt: 'submittedAt',
  updatedAt: 'updatedAt',
  // Days in its current state: fewest days (the latest step) first when ascending.
  daysWaiting: '-updatedAt',
};

/** What the rules of actions.ts need of a rectification loaded by getRectification. */
const facts = (r: Rectification): RectificationFacts => ({
  check: checkFacts(r.spotCheck),
  status: r.status,
  responsiblePath: r.responsibleUnit.path,
});

export class RectificationService {
  constructor(
    private readonly em: EntityManager,
    private readonly now: () => Date,
    private readonly spotChecks: SpotCheckService,
    private readonly attachEvidence: AttachEvidence,
  ) {}

  private today(): string {
    return shanghaiDate(this.now());
  }

  /** The rectifications the principal may see; `overdue` picks the escalation list. */
  async listRectifications(p: Principal, filter: RectificationFilter, args: ListArgs): Promise<Page<Rectification>> {
    const where: FilterQuery<Rectification>[] = [await rectificationWhere(this.em, p)];
    if (filter.status) where.push({ status: filter.status });
    if (filter.spotCheckId) where.push({ spotCheck: filter.spotCheckId });
    if (filter.ids) where.push({ id: { $in: filter.ids } });
    if (filter.actionable === true) where.push(actionableRectificationWhere(p, await teamIdsOf(this.em, p)));
    if (filter.overdue === true)
      where.push({ status: { $ne: RectificationStatus.CLOSED }, deadline: { $lt: this.today() } });
    if (filter.overdue === false)
      where.push({ $or: [{ status: RectificationStatus.CLOSED }, { deadline: { $gte: this.today() } }] });
    if (filter.late === true) where.push({ status: RectificationStatus.ASSIGNED, deadline: { $lt: this.today() } });
    if (filter.late === false)
      where.push({ $or: [{ status: { $ne: RectificationStatus.ASSIGNED } }, { deadline: { $gte: this.today() } }] });
    if (filter.year !== undefined && filter.year !== null) {
      if (!Number.isInteger(filter.year) || filter.year < 2000 || filter.year > 2100)
        throw fail(InputReasons.BAD_YEAR, { field: 'filter.year' });
      where.push({
        createdAt: {
          $gte: shanghaiDayStart(`${filter.year}-01-01`),
          $lt: shanghaiDayStart(`${filter.year + 1}-01-01`),
        },
      });
    }
    if (filter.withinId) {
      const root = await this.em.findOne(Unit, { id: filter.withinId }, { fields: ['path'] });
      if (!root) return { items: [], total: 0 };
      where.push({ responsibleUnit: { path: { $like: `${root.path}%` } } });
    }
    if (filter.targetWithinId) {
      const root = await this.em.findOne(Unit, { id: filter.targetWithinId }, { fields: ['path'] });
      if (!root) return { items: [], total: 0 };
      where.push({ spotCheck: { targetUnit: { path: { $like: `${root.path}%` } } } });
    }
    const [items, total] = await this.em.findAndCount(
      Rectification,
      { $and: where },
      { orderBy: orderBy(args, RECT_SORT, 'deadline') as never, ...offset(args) },
    );
    return { items, total };
  }

  /** A visible rectification, or NOT_FOUND. */
  async getRectification(p: Principal, id: number): Promise<Rectification> {
    const r = await this.em.findOne(
      Rectification,
      { $and: [{ id }, await rectificationWhere(this.em, p)] },
      { populate: ['responsibleUnit', 'spotCheck', 'spotCheck.team', 'spotCheck.targetUnit'] },
    );
    if (!r) throw fail(RectificationReasons.NOT_FOUND);
    return r;
  }

  /** Deadline passed and not closed. */
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

  /** Throws the refusal of the rule in actions.ts, if any. */
  private async authorize(p: Principal, r: Rectification, action: RectificationAction): Promise<void> {
    const refusal = rectificationRefusal(p, await teamIdsOf(this.em, p), facts(r), action);
    if (refusal) throw refusal;
  }

  /** Assign the rectification of a finding of a completed check (the team, or district admins). */
  async assignRectification(p: Principal, findingId: number, data: AssignmentData): Promise<Rectification> {
    const finding = await this.spotChecks.getFinding(p, findingId);
    const sc = finding.spotCheck;
    await this.spotChecks.authorizeFinding(p, finding, FindingAction.ASSIGN_RECTIFICATION);
    const unit = await this.em.findOne(Unit, { id: data.responsibleUnitId });
    // The responsible unit is the target itself, one of its ancestors inside the team's scope, or below it.
    const onLine =
      unit &&
      (sc.targetUnit.path.startsWith(unit.path) || unit.path.startsWith(sc.targetUnit.path)) &&
      unit.path.startsWith(sc.team.scopeUnit?.path ?? '');
    if (!unit || !onLine) throw fail(RectificationReasons.BAD_UNIT, { field: 'responsibleUnitId' });
    let person: Person | null = null;
    if (data.responsiblePersonId) {
      person = await this.em.findOne(Person, { id: data.responsiblePersonId }, { populate: ['unit'] });
      if (!person || !p.canRead(person.unit.path))
        throw fail(RectificationReasons.UNKNOWN_PERSON, { field: 'responsiblePersonId' });
    }
    const r = this.em.create(Rectification, {
      finding,
      spotCheck: sc,
      responsibleUnit: unit,
      responsiblePerson: person,
      measures: checkText(data.measures, 'measures', 4000),
      deadline: checkDate(data.deadline, 'deadline'),
      updatedAt: this.now(),
    });
    this.event(p, r, RectificationAction.ASSIGN, null, RectificationStatus.ASSIGNED, null);
    return r;
  }

  /** The responsible unit submits what it did, with evidence: ASSIGNED → SUBMITTED. */
  async submitRectification(
    p: Principal,
    id: number,
    data: { note: string },
    evidenceFileIds: readonly number[] = [],
  ): Promise<Rectification> {
    const r = await this.getRectification(p, id);
    await this.authorize(p, r, RectificationAction.SUBMIT);
    const note = checkText(data.note, 'note', 4000);
    r.status = RectificationStatus.SUBMITTED;
    r.submissionNote = note;
    r.submittedAt = this.now();
    r.updatedAt = this.now();
    this.event(p, r, RectificationAction.SUBMIT, RectificationStatus.ASSIGNED, RectificationStatus.SUBMITTED, note);
    await attachConfidentialEvidence(this.em, this.attachEvidence, p, r, 'Rectification', evidenceFileIds);
    return r;
  }

  /** The team (or a district admin) accepts (closes) or rejects (reopens) a submission. */
  async verifyRectification(
    p: Principal,
    id: number,
    data: { accept: boolean; comment?: string | null },
  ): Promise<Rectification> {
    const r = await this.getRectification(p, id);
    await this.authorize(p, r, data.accept ? RectificationAction.ACCEPT : RectificationAction.REJECT);
    const comment = data.comment?.trim() || null;
    r.updatedAt = this.now();
    if (data.accept) {
      r.status = RectificationStatus.CLOSED;
      r.closedAt = this.now();
      this.event(p, r, RectificationAction.ACCEPT, RectificationStatus.SUBMITTED, RectificationStatus.CLOSED, comment);
    } else {
      if (!comment) throw fail(RectificationReasons.REASON_REQUIRED, { field: 'comment' });
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
