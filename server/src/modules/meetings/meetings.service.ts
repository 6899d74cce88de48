/**
 * 学讲评 meetings and their four lists. A branch (or township) records its own meetings; the items of
 * the lists are followed to closure by the unit and those above it, like rectifications: overdue is
 * computed from the deadline, closing needs a note (and evidence when the item says so), reopening counts.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { assertReadable, assertRoleOver, pathScope } from '../../common/access';
import { shanghaiDate } from '../../common/dates';
import { InputReasons } from '../../common/common.errors';
import type { Principal } from '../../common/principal';
import { fail } from '../../common/reasons';
import { UserRole } from '../../common/roles';
import { checkDate, checkText } from '../../common/validate';
import { orderBy, offset, type ListArgs, type Page } from '../../graphql/pagination';
import type { AttachEvidence } from '../files/public';
import { Person, Unit, UnitLevel } from '../org/public';
import { Plan, type PlanService } from '../plans/public';
import { Meeting, MeetingItem, MeetingItemEvent, type EvaluationData, type SpeechData } from './meeting.entity';
import { FOLLOWED_KINDS, MeetingItemAction, MeetingItemKind, MeetingItemStatus } from './meetings.enums';
import { MeetingReasons, MeetingitemReasons } from './meetings.errors';

/** Who follows list items: the unit's own staff and the staff and admins above it. */
export const ITEM_FOLLOWERS = [UserRole.DISTRICT_ADMIN, UserRole.TOWNSHIP_STAFF, UserRole.BRANCH_STAFF];
const UNIT_RECORDERS = [UserRole.TOWNSHIP_STAFF, UserRole.BRANCH_STAFF];

export interface MeetingData {
  unitId?: number;
  date?: string;
  theme?: string;
  attendeeIds?: number[];
  studyContent?: string;
  studyMaterials?: string | null;
  speeches?: SpeechData[];
  evaluations?: EvaluationData[];
  summary?: string | null;
}

export interface MeetingFilter {
  unitId?: number | null;
  withinId?: number | null;
  year?: number | null;
  month?: number | null;
  ids?: number[];
}

export interface MeetingItemData {
  kind?: MeetingItemKind;
  content?: string;
  ownerUnitId?: number | null;
  ownerPersonId?: number | null;
  deadline?: string | null;
  evidenceRequired?: boolean | null;
  answersIds?: number[] | null;
  sortOrder?: number | null;
}

export interface MeetingItemFilter {
  meetingId?: number | null;
  withinId?: number | null;
  kind?: MeetingItemKind | null;
  status?: MeetingItemStatus | null;
  overdue?: boolean | null;
  ids?: number[];
}

const MEETING_SORT = { id: 'id', date: 'date', theme: 'theme', createdAt: 'createdAt' };
const ITEM_SORT = { id: 'id', deadline: 'deadline', kind: 'kind', status: 'status', sortOrder: 'sortOrder' };

export class MeetingService {
  constructor(
    private readonly em: EntityManager,
    private readonly now: () => Date,
    private readonly attachEvidence: AttachEvidence,
    private readonly plans: PlanService,
  ) {}

  today(): string {
    return shanghaiDate(this.now());
  }

  /**
   * Recording is the unit's own business: branch or township staff of exactly that unit, or a district
   * admin above it. Township staff follow their branches' lists but do not write their meetings.
   */
  private assertRecorder(p: Principal, unit: Unit): void {
    if (!p.canRead(unit.path)) throw fail(MeetingReasons.NOT_FOUND, { code: 'NOT_FOUND' });
    const own = p.grants.some((g) => UNIT_RECORDERS.includes(g.role) && g.unitPath === unit.path);
    if (!own && !p.hasRoleOver(unit.path, UserRole.DISTRICT_ADMIN)) throw fail(MeetingReasons.FORBIDDEN);
  }

  private async subtree(id: number): Promise<string | null> {
    const u = await this.em.findOne(Unit, { id }, { fields: ['path'] });
    return u?.path ?? null;
  }

  async list(p: Principal, filter: MeetingFilter, args: ListArgs): Promise<Page<Meeting>> {
    const where: FilterQuery<Meeting>[] = [{ unit: pathScope(p) }];
    if (filter.unitId) where.push({ unit: filter.unitId });
    if (filter.ids) where.push({ id: { $in: filter.ids } });
    if (filter.withinId) {
      const path = await this.subtree(filter.withinId);
      if (!path) return { items: [], total: 0 };
      where.push({ unit: { path: { $like: `${path}%` } } });
    }
    if (filter.year != null) {
      if (!Number.isInteger(filter.year) || filter.year < 2000 || filter.year > 2100)
        throw fail(InputReasons.BAD_YEAR, { field: 'filter.year' });
      const m = filter.month;
      if (m != null && (!Number.isInteger(m) || m < 1 || m > 12))
        throw fail(InputReasons.INVALID, { field: 'filter.month' });
      const from = m ? `${filter.year}-${String(m).padStart(2, '0')}-01` : `${filter.year}-01-01`;
      const to = m
        ? m === 12
          ? `${filter.year + 1}-01-01`
          : `${filter.year}-${String(m + 1).padStart(2, '0')}-01`
        : `${filter.year + 1}-01-01`;
      where.push({ date: { $gte: from, $lt: to } });
    }
    const [items, total] = await this.em.findAndCount(
      Meeting,
      { $and: where },
      { orderBy: orderBy(args, MEETING_SORT, 'date') as never, ...offset(args) },
    );
    return { items, total };
  }

  async get(p: Principal, id: number): Promise<Meeting> {
    const m = await this.em.findOne(Meeting, { id }, { populate: ['unit'] });
    if (!m || !p.canRead(m.unit.path)) throw fail(MeetingReasons.NOT_FOUND, { code: 'NOT_FOUND' });
    return m;
  }

  /** Attendees are people of the meeting's unit or below it; speakers and the evaluated are attendees. */
  private async applyStages(m: Meeting, unit: Unit, data: MeetingData): Promise<void> {
    if (data.attendeeIds) {
      const ids = [...new Set(data.attendeeIds)];
      const people = ids.length ? await this.em.find(Person, { id: { $in: ids } }, { populate: ['unit'] }) : [];
      const ok = new Set(people.filter((x) => x.unit.path.startsWith(unit.path)).map((x) => x.id));
      ids.forEach((id, i) => {
        if (!ok.has(id)) throw fail(MeetingReasons.ATTENDEE_NOT_FOUND, { field: `attendeeIds[${i}]` });
      });
      m.attendeeIds = ids;
    }
    const attendees = new Set(m.attendeeIds);
    if (data.speeches) {
      m.speeches = data.speeches.map((s, i) => {
        if (!attendees.has(s.personId))
          throw fail(MeetingReasons.SPEAKER_NOT_ATTENDEE, { field: `speeches[${i}].personId` });
        return {
          personId: s.personId,
          topic: checkText(s.topic, `speeches[${i}].topic`, 200),
          points: checkText(s.points, `speeches[${i}].points`, 4000),
        };
      });
    }
    if (data.evaluations) {
      m.evaluations = data.evaluations.map((e, i) => {
        if (!attendees.has(e.personId))
          throw fail(MeetingReasons.SPEAKER_NOT_ATTENDEE, { field: `evaluations[${i}].personId` });
        return {
          personId: e.personId,
          selfEvaluation: checkText(e.selfEvaluation, `evaluations[${i}].selfEvaluation`, 4000),
          peerEvaluation: e.peerEvaluation?.trim()
            ? checkText(e.peerEvaluation, `evaluations[${i}].peerEvaluation`, 4000)
            : null,
        };
      });
    }
    if (data.theme !== undefined) m.theme = checkText(data.theme, 'theme', 200);
    if (data.studyContent !== undefined) m.studyContent = checkText(data.studyContent, 'studyContent', 8000);
    if (data.studyMaterials !== undefined)
      m.studyMaterials = data.studyMaterials?.trim() ? checkText(data.studyMaterials, 'studyMaterials', 4000) : null;
    if (data.summary !== undefined) m.summary = data.summary?.trim() ? checkText(data.summary, 'summary', 8000) : null;
    if (data.date !== undefined) {
      const d = checkDate(data.date, 'date');
      if (d > this.today()) throw fail(MeetingReasons.DATE_IN_FUTURE, { field: 'date' });
      m.date = d;
    }
  }

  private async files(p: Principal, m: Meeting, minutes?: readonly string[] | null, photos?: readonly string[] | null) {
    await this.attachEvidence(p, minutes, 'MeetingMinutes', m);
    await this.attachEvidence(p, photos, 'MeetingPhoto', m);
  }

  async create(
    p: Principal,
    data: MeetingData,
    minutes?: readonly string[] | null,
    photos?: readonly string[] | null,
  ): Promise<Meeting> {
    const unit = await this.em.findOne(Unit, { id: data.unitId! });
    if (!unit || !p.canRead(unit.path)) throw fail(MeetingReasons.UNIT_NOT_FOUND, { field: 'unitId' });
    if (unit.level !== UnitLevel.BRANCH && unit.level !== UnitLevel.TOWNSHIP)
      throw fail(MeetingReasons.UNIT_LEVEL, { field: 'unitId' });
    this.assertRecorder(p, unit);
    const m = this.em.create(Meeting, {
      unit,
      date: '',
      theme: '',
      studyContent: '',
      recordedBy: p.userId,
    });
    await this.applyStages(m, unit, { theme: '', studyContent: '', date: '', ...data });
    await this.files(p, m, minutes, photos);
    return m;
  }

  async update(
    p: Principal,
    id: number,
    data: MeetingData,
    version?: number,
    minutes?: readonly string[] | null,
    photos?: readonly string[] | null,
  ): Promise<Meeting> {
    const m = await this.get(p, id);
    this.assertRecorder(p, m.unit);
    if (version !== undefined) await this.em.lock(m, LockMode.OPTIMISTIC, version);
    await this.applyStages(m, m.unit, data);
    await this.files(p, m, minutes, photos);
    return m;
  }

  // ---- the four lists ----

  isOverdue(i: MeetingItem): boolean {
    return i.status === MeetingItemStatus.OPEN && i.deadline !== null && i.deadline < this.today();
  }

  async listItems(p: Principal, filter: MeetingItemFilter, args: ListArgs): Promise<Page<MeetingItem>> {
    const where: FilterQuery<MeetingItem>[] = [{ unit: pathScope(p) }];
    if (filter.meetingId) where.push({ meeting: filter.meetingId });
    if (filter.kind) where.push({ kind: filter.kind });
    if (filter.status) where.push({ status: filter.status });
    if (filter.ids) where.push({ id: { $in: filter.ids } });
    if (filter.overdue === true)
      where.push({ status: MeetingItemStatus.OPEN, deadline: { $ne: null, $lt: this.today() } });
    if (filter.overdue === false)
      where.push({
        $or: [{ status: MeetingItemStatus.CLOSED }, { deadline: null }, { deadline: { $gte: this.today() } }],
      });
    if (filter.withinId) {
      const path = await this.subtree(filter.withinId);
      if (!path) return { items: [], total: 0 };
      where.push({ unit: { path: { $like: `${path}%` } } });
    }
    const [items, total] = await this.em.findAndCount(
      MeetingItem,
      { $and: where },
      { orderBy: orderBy(args, ITEM_SORT, 'sortOrder') as never, ...offset(args) },
    );
    return { items, total };
  }

  async getItem(p: Principal, id: number): Promise<MeetingItem> {
    const i = await this.em.findOne(MeetingItem, { id }, { populate: ['unit', 'meeting'] });
    if (!i) throw fail(MeetingitemReasons.NOT_FOUND);
    assertReadable(p, i.unit.path, MeetingitemReasons);
    return i;
  }

  private async applyItem(p: Principal, item: MeetingItem, data: MeetingItemData): Promise<void> {
    const unit = item.unit;
    if (data.content !== undefined) item.content = checkText(data.content, 'content', 4000);
    if (data.ownerUnitId !== undefined) {
      const u = data.ownerUnitId ? await this.em.findOne(Unit, { id: data.ownerUnitId }) : null;
      if (data.ownerUnitId && (!u || !u.path.startsWith(unit.path)))
        throw fail(MeetingitemReasons.OWNER_UNIT_OUTSIDE, { field: 'ownerUnitId' });
      item.ownerUnit = u;
    }
    if (data.ownerPersonId !== undefined) {
      const person = data.ownerPersonId
        ? await this.em.findOne(Person, { id: data.ownerPersonId }, { populate: ['unit'] })
        : null;
      if (data.ownerPersonId && (!person || !person.unit.path.startsWith(unit.path) || !p.canRead(person.unit.path)))
        throw fail(MeetingitemReasons.OWNER_NOT_FOUND, { field: 'ownerPersonId' });
      item.ownerPerson = person;
      if (person && !item.ownerUnit) item.ownerUnit = person.unit;
    }
    if (data.deadline !== undefined) item.deadline = data.deadline ? checkDate(data.deadline, 'deadline') : null;
    if (data.evidenceRequired != null) item.evidenceRequired = data.evidenceRequired;
    if (data.sortOrder != null) item.sortOrder = data.sortOrder;
    const followed = FOLLOWED_KINDS.includes(item.kind);
    if (data.answersIds != null) {
      if (followed && data.answersIds.length)
        throw fail(MeetingitemReasons.ANSWERS_FOR_METHODS, { field: 'answersIds' });
      const ids = [...new Set(data.answersIds)];
      const found = ids.length
        ? await this.em.find(MeetingItem, { id: { $in: ids }, unit: unit.id, kind: { $in: [...FOLLOWED_KINDS] } })
        : [];
      const ok = new Set(found.map((f) => f.id));
      ids.forEach((id, i) => {
        if (!ok.has(id)) throw fail(MeetingitemReasons.ANSWER_NOT_PROBLEM, { field: `answersIds[${i}]` });
      });
      item.answersIds = ids;
    }
    if (followed) {
      if (!item.ownerPerson) throw fail(MeetingitemReasons.OWNER_REQUIRED, { field: 'ownerPersonId' });
      if (!item.deadline) throw fail(MeetingitemReasons.DEADLINE_REQUIRED, { field: 'deadline' });
    }
  }

  async addItem(p: Principal, meetingId: number, data: MeetingItemData): Promise<MeetingItem> {
    const m = await this.get(p, meetingId);
    this.assertRecorder(p, m.unit);
    if (!data.kind) throw fail(InputReasons.REQUIRED, { field: 'kind', params: { field: 'kind' } });
    const item = this.em.create(MeetingItem, { meeting: m, unit: m.unit, kind: data.kind, content: '' });
    await this.applyItem(p, item, { content: '', ...data });
    return item;
  }

  async updateItem(p: Principal, id: number, data: MeetingItemData, version?: number): Promise<MeetingItem> {
    const item = await this.getItem(p, id);
    assertRoleOver(p, item.unit.path, MeetingitemReasons, ITEM_FOLLOWERS);
    if (version !== undefined) await this.em.lock(item, LockMode.OPTIMISTIC, version);
    await this.applyItem(p, item, { ...data, kind: undefined });
    return item;
  }

  private event(p: Principal, item: MeetingItem, action: MeetingItemAction, note: string | null) {
    this.em.create(MeetingItemEvent, {
      item,
      action,
      userId: p.userId,
      byName: p.displayName.slice(0, 60),
      at: this.now(),
      note,
    });
  }

  private async followed(p: Principal, id: number): Promise<MeetingItem> {
    const item = await this.getItem(p, id);
    assertRoleOver(p, item.unit.path, MeetingitemReasons, ITEM_FOLLOWERS);
    if (!FOLLOWED_KINDS.includes(item.kind)) throw fail(MeetingitemReasons.NOT_FOLLOWED);
    return item;
  }

  /** 销号: a note always; evidence when the item asks for it (given now, or attached before). */
  async closeItem(
    p: Principal,
    id: number,
    note: string,
    evidenceFileIds?: readonly string[] | null,
  ): Promise<MeetingItem> {
    const item = await this.followed(p, id);
    if (item.status === MeetingItemStatus.CLOSED) throw fail(MeetingitemReasons.ALREADY_CLOSED);
    if (!note?.trim()) throw fail(MeetingitemReasons.NOTE_REQUIRED, { field: 'note' });
    const text = checkText(note, 'note', 4000);
    if (item.evidenceRequired && !evidenceFileIds?.length) {
      const [{ n }] = await this.em.execute<{ n: number }[]>(
        `select count(*)::int as n from file_reference where record_type = 'MeetingItem' and record_id = ?`,
        [item.id],
      );
      if (n === 0) throw fail(MeetingitemReasons.EVIDENCE_REQUIRED, { field: 'evidenceFileIds' });
    }
    item.status = MeetingItemStatus.CLOSED;
    item.closedAt = this.now();
    item.closeNote = text;
    this.event(p, item, MeetingItemAction.CLOSE, text);
    await this.attachEvidence(p, evidenceFileIds, 'MeetingItem', item);
    return item;
  }

  async reopenItem(p: Principal, id: number, note: string): Promise<MeetingItem> {
    const item = await this.followed(p, id);
    if (item.status !== MeetingItemStatus.CLOSED) throw fail(MeetingitemReasons.NOT_CLOSED);
    if (!note?.trim()) throw fail(MeetingitemReasons.NOTE_REQUIRED, { field: 'note' });
    const text = checkText(note, 'note', 4000);
    item.status = MeetingItemStatus.OPEN;
    item.closedAt = null;
    item.reopenCount += 1;
    this.event(p, item, MeetingItemAction.REOPEN, text);
    return item;
  }

  /** The item becomes a task of the unit's plan for the year of its deadline (or of the meeting). */
  async toPlanItem(p: Principal, id: number): Promise<MeetingItem> {
    const item = await this.getItem(p, id);
    assertRoleOver(p, item.unit.path, MeetingitemReasons, ITEM_FOLLOWERS);
    if (item.planItemId) throw fail(MeetingitemReasons.ALREADY_PLANNED);
    const year = Number((item.deadline ?? item.meeting.date).slice(0, 4));
    const plan = await this.em.findOne(Plan, { unit: item.unit.id, year });
    if (!plan) throw fail(MeetingitemReasons.NO_PLAN, { params: { year } });
    const planItem = await this.plans.createItem(p, {
      planId: plan.id,
      unitId: item.ownerUnit?.id ?? item.unit.id,
      responsiblePersonId: item.ownerPerson?.id ?? null,
      title: item.content.slice(0, 200),
      description: item.content.length > 200 ? item.content : null,
      deadline: item.deadline ?? `${year}-12-31`,
    });
    await this.em.flush();
    item.planItemId = planItem.id;
    this.event(p, item, MeetingItemAction.TO_PLAN, null);
    return item;
  }
}
