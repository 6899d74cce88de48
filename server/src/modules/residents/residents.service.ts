/** The resident-request loop: intake, stages, the consultation meetings, evaluations; every step an event. */
import crypto from 'node:crypto';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { anyOf } from '../../common/access';
import { shanghaiDate } from '../../common/dates';
import type { Principal } from '../../common/principal';
import { fail } from '../../common/reasons';
import { TokenKind, UserRole } from '../../common/roles';
import { checkDate, checkPhone, checkText, likeEscape } from '../../common/validate';
import { orderBy, offset, type ListArgs, type Page } from '../../graphql/pagination';
import { Unit, UnitLevel } from '../org/public';
import { addWorkingDays } from './calendar';
import { ResidentMeeting, ResidentPhoto, ResidentRequest, ResidentRequestEvent } from './resident.entity';
import { ResidentMeetingReasons, ResidentRequestReasons } from './residents.errors';
import {
  DEADLINE_WORKING_DAYS,
  EvaluationVia,
  ResidentAction,
  ResidentCategory,
  ResidentChannel,
  ResidentEvaluation,
  ResidentStage,
} from './residents.enums';

export interface IntakeData {
  unitId: number;
  channel: ResidentChannel;
  category: ResidentCategory;
  title: string;
  content: string;
  anonymous: boolean;
  residentName?: string | null;
  phone?: string | null;
  address?: string | null;
  receivedAt?: Date | null;
  /** The honeypot: a field people never see, so never fill in. */
  website?: string | null;
  photos?: { mimeType: string; data: Buffer; sha256: string }[];
}

export interface RequestFilter {
  stage?: ResidentStage | null;
  stages?: ResidentStage[] | null;
  unitId?: number | null;
  category?: ResidentCategory | null;
  overdue?: boolean | null;
  search?: string | null;
  ids?: number[] | null;
}

export interface MeetingData {
  unitId: number;
  heldOn: string;
  topic: string;
  attendees: string;
  solution: string;
  requestIds: number[];
}

const HANDLER_ROLES = [UserRole.BRANCH_STAFF, UserRole.TOWNSHIP_STAFF];
/** Stages in which the deadline runs (not yet answered). */
export const OPEN_STAGES = [ResidentStage.ACCEPTED, ResidentStage.CONSULTATION, ResidentStage.HANDLING];
const SORT = { id: 'id', receivedAt: 'receivedAt', deadline: 'deadline', stage: 'stage', category: 'category' };
const MEETING_SORT = { id: 'id', heldOn: 'heldOn' };
/** No 0/O, 1/I/L: read out over the phone without mistakes. */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const MAX_PHOTOS = 6;

export function newTrackingCode(): string {
  const bytes = crypto.randomBytes(10);
  return [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
}

/**
 * The staff handling a request: a signed-in (not API) user with a staff grant on exactly the unit
 * that has it now. They alone read the resident's name, phone and address and take its steps.
 */
export function handles(p: Principal | null, unit: { id: number }): boolean {
  return (
    !!p &&
    p.tokenKind === TokenKind.SESSION &&
    p.grants.some((g) => HANDLER_ROLES.includes(g.role) && g.unitId === unit.id)
  );
}

function optionalText(v: string | null | undefined, field: string, max: number): string | null {
  if (v === null || v === undefined || !v.trim()) return null;
  return checkText(v, field, max);
}

export class ResidentRequestService {
  constructor(
    private readonly em: EntityManager,
    private readonly now: () => Date,
  ) {}

  private scope(p: Principal): FilterQuery<ResidentRequest> {
    return anyOf(p.readPrefixes().map((prefix) => ({ unit: { path: { $like: `${prefix}%` } } })));
  }

  async list(p: Principal, args: ListArgs, filter: RequestFilter = {}): Promise<Page<ResidentRequest>> {
    const where: FilterQuery<ResidentRequest>[] = [this.scope(p)];
    if (filter.stage) where.push({ stage: filter.stage });
    if (filter.stages?.length) where.push({ stage: { $in: filter.stages } });
    if (filter.category) where.push({ category: filter.category });
    if (filter.ids) where.push({ id: { $in: filter.ids } });
    if (filter.unitId) {
      const u = await this.em.findOne(Unit, { id: filter.unitId }, { fields: ['path'] });
      where.push(u ? { unit: { path: { $like: `${u.path}%` } } } : { id: { $lt: 0 } });
    }
    if (filter.overdue) where.push({ stage: { $in: OPEN_STAGES }, deadline: { $lt: shanghaiDate(this.now()) } });
    if (filter.search?.trim()) {
      const s = `%${likeEscape(filter.search.trim())}%`;
      where.push({ $or: [{ title: { $ilike: s } }, { trackingCode: filter.search.trim().toUpperCase() }] });
    }
    const [items, total] = await this.em.findAndCount(
      ResidentRequest,
      { $and: where },
      { orderBy: orderBy(args, SORT, 'id'), ...offset(args), populate: ['unit'] },
    );
    return { items, total };
  }

  async get(p: Principal, id: number): Promise<ResidentRequest> {
    const r = await this.em.findOne(ResidentRequest, { $and: [{ id }, this.scope(p)] }, { populate: ['unit'] });
    if (!r) throw fail(ResidentRequestReasons.NOT_FOUND);
    return r;
  }

  /** A readable request the principal handles (FORBIDDEN for others who can read it). */
  private async handled(p: Principal, id: number): Promise<ResidentRequest> {
    const r = await this.get(p, id);
    if (!handles(p, r.unit)) throw fail(ResidentRequestReasons.FORBIDDEN);
    return r;
  }

  private event(
    r: ResidentRequest,
    action: ResidentAction,
    from: ResidentStage | null,
    p: Principal | null,
    note?: string | null,
  ) {
    this.em.create(ResidentRequestEvent, {
      request: r,
      action,
      fromStage: from,
      toStage: r.stage,
      userId: p?.userId ?? null,
      byName: p ? p.displayName.slice(0, 60) : '居民',
      at: this.now(),
      note: note ?? null,
    });
  }

  private badStage(r: ResidentRequest, to: string): never {
    throw fail(ResidentRequestReasons.BAD_STAGE, { params: { fromState: r.stage, toState: to } });
  }

  /** The unit a request may be addressed to: a community or village branch, or a township-level unit. */
  private async intakeUnit(unitId: number): Promise<Unit> {
    const unit = await this.em.findOne(Unit, { id: unitId });
    if (!unit) throw fail(ResidentRequestReasons.UNKNOWN_COMMUNITY, { field: 'unitId' });
    if (unit.level !== UnitLevel.BRANCH && unit.level !== UnitLevel.TOWNSHIP)
      throw fail(ResidentRequestReasons.NOT_A_COMMUNITY, { field: 'unitId' });
    return unit;
  }

  private build(unit: Unit, data: IntakeData, stageAction: ResidentAction, p: Principal | null): ResidentRequest {
    if (data.website && data.website.trim()) throw fail(ResidentRequestReasons.HONEYPOT, { field: 'website' });
    const title = checkText(data.title ?? '', 'title', 100);
    const content = checkText(data.content ?? '', 'content', 4000);
    let residentName = optionalText(data.residentName, 'residentName', 40);
    let phone = data.phone?.trim() ? checkPhone(data.phone, 'phone') : null;
    let address = optionalText(data.address, 'address', 200);
    if (data.anonymous) {
      if (residentName || phone || address)
        throw fail(ResidentRequestReasons.ANONYMOUS_WITH_CONTACT, {
          field: residentName ? 'residentName' : phone ? 'phone' : 'address',
        });
      residentName = phone = address = null;
    } else if (!residentName || !phone) {
      throw fail(ResidentRequestReasons.CONTACT_REQUIRED, { field: residentName ? 'phone' : 'residentName' });
    }
    const photos = data.photos ?? [];
    if (photos.length > MAX_PHOTOS)
      throw fail(ResidentRequestReasons.TOO_MANY_PHOTOS, { field: 'photos', params: { max: MAX_PHOTOS } });
    const r = this.em.create(ResidentRequest, {
      unit,
      originUnit: unit,
      trackingCode: newTrackingCode(),
      channel: data.channel,
      category: data.category,
      title,
      content,
      residentName,
      phone,
      address,
      anonymous: data.anonymous,
      receivedAt: data.receivedAt ?? this.now(),
    });
    for (const ph of photos)
      this.em.create(ResidentPhoto, {
        request: r,
        mimeType: ph.mimeType,
        size: ph.data.length,
        sha256: ph.sha256,
        data: ph.data,
        createdAt: this.now(),
      });
    this.event(r, stageAction, null, p);
    return r;
  }

  /** The public form (no sign-in): the resident gets the tracking code. Rate limits apply before this. */
  async submit(data: IntakeData): Promise<ResidentRequest> {
    const unit = await this.intakeUnit(data.unitId);
    return this.build(
      unit,
      { ...data, channel: ResidentChannel.ONLINE, receivedAt: null },
      ResidentAction.SUBMIT,
      null,
    );
  }

  /** Staff register a letter (清风邮局), a visit or a call. */
  async register(p: Principal, data: IntakeData): Promise<ResidentRequest> {
    const unit = await this.intakeUnit(data.unitId);
    if (!p.canRead(unit.path)) throw fail(ResidentRequestReasons.UNKNOWN_COMMUNITY, { field: 'unitId' });
    if (!handles(p, unit)) throw fail(ResidentRequestReasons.FORBIDDEN);
    if (data.receivedAt && data.receivedAt.getTime() > this.now().getTime() + 60_000)
      throw fail(ResidentRequestReasons.BAD_MONTH, { field: 'receivedAt' });
    return this.build(unit, { ...data, website: null }, ResidentAction.REGISTER, p);
  }

  /** 民情气象站 accepts: the deadline is set by category in working days from the day it came in. */
  async accept(p: Principal, id: number, category?: ResidentCategory | null): Promise<ResidentRequest> {
    const r = await this.handled(p, id);
    if (r.stage !== ResidentStage.REGISTERED) this.badStage(r, ResidentStage.ACCEPTED);
    if (category) r.category = category;
    r.stage = ResidentStage.ACCEPTED;
    r.acceptedAt = this.now();
    r.deadline = await addWorkingDays(this.em, shanghaiDate(r.receivedAt), DEADLINE_WORKING_DAYS[r.category]);
    this.event(r, ResidentAction.ACCEPT, ResidentStage.REGISTERED, p, `时限 ${r.deadline}`);
    return r;
  }

  /** A duplicate is merged into the request it repeats; it is answered with that one. */
  async merge(p: Principal, id: number, intoId: number, note?: string | null): Promise<ResidentRequest> {
    const r = await this.handled(p, id);
    if (r.stage !== ResidentStage.REGISTERED) this.badStage(r, ResidentStage.MERGED);
    const into = await this.em.findOne(ResidentRequest, { id: intoId, unit: r.unit.id });
    if (!into || into.id === r.id || into.stage === ResidentStage.MERGED)
      throw fail(ResidentRequestReasons.MERGE_TARGET, { field: 'intoId' });
    r.stage = ResidentStage.MERGED;
    r.mergedInto = into;
    this.event(
      r,
      ResidentAction.MERGE,
      ResidentStage.REGISTERED,
      p,
      `合并到 #${into.id}${note?.trim() ? `：${note.trim()}` : ''}`,
    );
    return r;
  }

  /** Referred to another unit of the district, with the reason: it arrives there as registered. */
  async refer(p: Principal, id: number, unitId: number, reason: string): Promise<ResidentRequest> {
    const r = await this.handled(p, id);
    if (r.stage !== ResidentStage.REGISTERED) this.badStage(r, 'REFERRED');
    const why = (reason ?? '').trim();
    if (!why) throw fail(ResidentRequestReasons.REASON_REQUIRED, { field: 'reason' });
    const target = await this.em.findOne(Unit, { id: unitId });
    const district = r.unit.path.split('.').filter(Boolean).slice(0, 3).join('.') + '.';
    if (
      !target ||
      target.id === r.unit.id ||
      !target.path.startsWith(district) ||
      (target.level !== UnitLevel.BRANCH && target.level !== UnitLevel.TOWNSHIP)
    )
      throw fail(ResidentRequestReasons.REFER_TARGET, { field: 'unitId' });
    r.unit = target;
    this.event(
      r,
      ResidentAction.REFER,
      ResidentStage.REGISTERED,
      p,
      `转交 ${target.name}：${checkText(why, 'reason', 500)}`,
    );
    return r;
  }

  /** Responsible unit and person take it over (from accepted, or after the consultation). */
  async handle(p: Principal, id: number, responsibleUnit: string, responsiblePerson: string): Promise<ResidentRequest> {
    const r = await this.handled(p, id);
    if (r.stage !== ResidentStage.ACCEPTED && r.stage !== ResidentStage.CONSULTATION)
      this.badStage(r, ResidentStage.HANDLING);
    const from = r.stage;
    r.responsibleUnit = checkText(responsibleUnit ?? '', 'responsibleUnit', 100);
    r.responsiblePerson = checkText(responsiblePerson ?? '', 'responsiblePerson', 60);
    r.stage = ResidentStage.HANDLING;
    this.event(r, ResidentAction.HANDLE, from, p, `${r.responsibleUnit} · ${r.responsiblePerson} · 时限 ${r.deadline}`);
    return r;
  }

  /** 双白小灵通: what was done, told to the resident; the first feedback decides 按时响应. */
  async feedback(p: Principal, id: number, text: string): Promise<ResidentRequest> {
    const r = await this.handled(p, id);
    if (r.stage !== ResidentStage.HANDLING) this.badStage(r, ResidentStage.FEEDBACK);
    r.feedback = checkText(text ?? '', 'feedback', 4000);
    r.feedbackAt = this.now();
    if (r.respondedOnTime === null) r.respondedOnTime = !!r.deadline && shanghaiDate(r.feedbackAt) <= r.deadline;
    r.stage = ResidentStage.FEEDBACK;
    this.event(r, ResidentAction.FEEDBACK, ResidentStage.HANDLING, p, r.feedback);
    return r;
  }

  private applyEvaluation(
    r: ResidentRequest,
    evaluation: ResidentEvaluation,
    via: EvaluationVia,
    p: Principal | null,
    comment?: string | null,
  ): ResidentRequest {
    if (r.stage !== ResidentStage.FEEDBACK) this.badStage(r, 'EVALUATED');
    const note = optionalText(comment, 'comment', 500);
    r.evaluation = evaluation;
    r.evaluationVia = via;
    r.evaluatedAt = this.now();
    if (evaluation === ResidentEvaluation.UNSATISFIED) {
      r.stage = ResidentStage.HANDLING;
      r.reopenCount += 1;
      this.event(r, ResidentAction.REOPEN, ResidentStage.FEEDBACK, p, note ?? '不满意');
    } else {
      r.stage = ResidentStage.CLOSED;
      this.event(r, ResidentAction.EVALUATE, ResidentStage.FEEDBACK, p, note ?? evaluation);
    }
    return r;
  }

  /** The resident evaluates with the tracking code (no sign-in). */
  async evaluateByCode(
    code: string,
    evaluation: ResidentEvaluation,
    comment?: string | null,
  ): Promise<ResidentRequest> {
    const r = await this.byCode(code);
    return this.applyEvaluation(r, evaluation, EvaluationVia.TRACKING_CODE, null, comment);
  }

  /** Staff record what the resident said on a call-back. */
  async recordEvaluation(
    p: Principal,
    id: number,
    evaluation: ResidentEvaluation,
    comment?: string | null,
  ): Promise<ResidentRequest> {
    const r = await this.handled(p, id);
    return this.applyEvaluation(r, evaluation, EvaluationVia.CALL_BACK, p, comment);
  }

  async byCode(code: string): Promise<ResidentRequest> {
    const clean = (code ?? '').trim().toUpperCase();
    const r = /^[2-9A-Z]{10}$/.test(clean)
      ? await this.em.findOne(ResidentRequest, { trackingCode: clean }, { populate: ['unit'] })
      : null;
    if (!r) throw fail(ResidentRequestReasons.UNKNOWN_TRACKING_CODE, { field: 'code' });
    return r;
  }

  /** The request a merged one was answered with (itself otherwise). */
  async answeredBy(r: ResidentRequest): Promise<ResidentRequest> {
    let cur = r;
    for (let i = 0; i < 10 && cur.mergedInto; i++)
      cur = await this.em.findOneOrFail(ResidentRequest, { id: cur.mergedInto.id }, { populate: ['unit'] });
    return cur;
  }

  /** A photo of a request the principal handles (NOT_FOUND for anyone else). */
  async photo(p: Principal, id: number): Promise<ResidentPhoto> {
    const ph = await this.em.findOne(ResidentPhoto, { id }, { populate: ['request', 'request.unit', 'data'] });
    if (!ph || !handles(p, ph.request.unit)) throw fail(ResidentRequestReasons.NOT_FOUND);
    return ph;
  }

  async photoIds(requestId: number): Promise<number[]> {
    const rows = await this.em.find(ResidentPhoto, { request: requestId }, { fields: ['id'], orderBy: { id: 'asc' } });
    return rows.map((r) => r.id);
  }

  async timeline(requestId: number): Promise<ResidentRequestEvent[]> {
    return this.em.find(ResidentRequestEvent, { request: requestId }, { orderBy: { id: 'asc' } });
  }

  // 社区半月谈

  private meetingScope(p: Principal): FilterQuery<ResidentMeeting> {
    return anyOf(p.readPrefixes().map((prefix) => ({ unit: { path: { $like: `${prefix}%` } } })));
  }

  async listMeetings(
    p: Principal,
    args: ListArgs,
    filter: { unitId?: number | null } = {},
  ): Promise<Page<ResidentMeeting>> {
    const where: FilterQuery<ResidentMeeting>[] = [this.meetingScope(p)];
    if (filter.unitId) where.push({ unit: filter.unitId });
    const [items, total] = await this.em.findAndCount(
      ResidentMeeting,
      { $and: where },
      { orderBy: orderBy(args, MEETING_SORT, 'heldOn'), ...offset(args), populate: ['unit'] },
    );
    return { items, total };
  }

  async getMeeting(p: Principal, id: number): Promise<ResidentMeeting> {
    const m = await this.em.findOne(ResidentMeeting, { $and: [{ id }, this.meetingScope(p)] }, { populate: ['unit'] });
    if (!m) throw fail(ResidentMeetingReasons.NOT_FOUND);
    return m;
  }

  /** A meeting record taking several accepted requests of its unit into consultation. */
  async createMeeting(p: Principal, data: MeetingData): Promise<ResidentMeeting> {
    const unit = await this.em.findOne(Unit, { id: data.unitId });
    if (!unit || !p.canRead(unit.path)) throw fail(ResidentRequestReasons.UNKNOWN_COMMUNITY, { field: 'unitId' });
    if (!handles(p, unit)) throw fail(ResidentRequestReasons.FORBIDDEN);
    const ids = [...new Set(data.requestIds)];
    const requests = ids.length
      ? await this.em.find(ResidentRequest, { id: { $in: ids }, unit: unit.id, stage: ResidentStage.ACCEPTED })
      : [];
    if (!ids.length || requests.length !== ids.length)
      throw fail(ResidentMeetingReasons.NO_REQUESTS, { field: 'requestIds' });
    const m = this.em.create(ResidentMeeting, {
      unit,
      heldOn: checkDate(data.heldOn, 'heldOn'),
      topic: checkText(data.topic ?? '', 'topic', 200),
      attendees: checkText(data.attendees ?? '', 'attendees', 2000),
      solution: checkText(data.solution ?? '', 'solution', 4000),
      recordedBy: p.displayName.slice(0, 60),
    });
    for (const r of requests) {
      r.stage = ResidentStage.CONSULTATION;
      r.meeting = m;
      this.event(r, ResidentAction.CONSULT, ResidentStage.ACCEPTED, p, `${m.heldOn} ${m.topic}：${m.solution}`);
    }
    return m;
  }
}
