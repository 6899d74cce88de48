/**
 * 专题培训 and 应知应会 tests: training sessions with sign-in, the question bank with versions, test
 * sessions, attempts on a phone, and results.
 *
 * Who: district admins and township staff organize for their subtree (ORGANIZERS); leaders read
 * results (READERS); takers are users linked to a person who holds an audience role in an audience
 * unit on the test date (SQL `training_expected`). A person's score is visible to that person, to
 * organizers and leaders over their unit, never to peers.
 *
 * The key: an attempt item's `correct` is filled as answers save (so that an overdue attempt can be
 * scored without its client), but nothing that carries a key or a verdict leaves the server before
 * the attempt has ended (training.resolver.ts reads `ended` before any of those fields).
 */
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { randomInt } from 'node:crypto';
import { shanghaiDate } from '../../common/dates';
import { InputReasons } from '../../common/common.errors';
import type { Principal } from '../../common/principal';
import { fail } from '../../common/reasons';
import { UserRole } from '../../common/roles';
import { checkDate, checkText } from '../../common/validate';
import { offset, orderBy, type ListArgs, type Page } from '../../graphql/pagination';
import { Person, PositionRole, Unit, UnitReasons } from '../org/public';
import { Question, QuestionVersion } from './question.entity';
import { TestAttempt, TestSession, type PaperRule } from './test-session.entity';
import { TrainingAttendance, TrainingSession } from './training-session.entity';
import { AttemptStatus, AttendanceMethod, Grading, PaperMode, QuestionKind } from './training.enums';
import {
  AttemptReasons,
  AudienceReasons,
  QuestionReasons,
  TestSessionReasons,
  TrainingSessionReasons,
} from './training.errors';
import { answerFits, isCorrect, paperSeed, random, shuffle, TRUE_FALSE_OPTIONS } from './paper';
import { resultsSql, itemStatsSql } from './training.sql';

export const ORGANIZERS = [UserRole.DISTRICT_ADMIN, UserRole.TOWNSHIP_STAFF];
export const READERS = [UserRole.DISTRICT_ADMIN, UserRole.TOWNSHIP_STAFF, UserRole.LEADER];

export interface Audience {
  unitIds: number[];
  roles: PositionRole[];
}

export interface UnitFigures {
  unitId: number;
  expected: number;
  took: number;
  passed: number;
  average: number | null;
}

export interface TestResults {
  session: TestSession;
  unit: Unit;
  expected: number;
  took: number;
  passed: number;
  average: number | null;
  distribution: number[];
  byChild: UnitFigures[];
  takers: { personId: number; name: string; unitId: number; score: number | null; passed: boolean | null }[];
  items: {
    questionId: number;
    stem: string;
    answered: number;
    facility: number | null;
    discrimination: number | null;
  }[];
}

export interface AttemptView {
  attempt: TestAttempt;
  ended: boolean;
  items: ItemView[];
}

export interface ItemView {
  attemptId: number;
  position: number;
  questionId: number;
  kind: QuestionKind;
  stem: string;
  /** Option texts in the order this taker sees them. */
  options: string[];
  answer: string[] | null;
  /** Only once ended. */
  correct: boolean | null;
  correctAnswer: string[] | null;
  sessionTitle?: string;
}

export interface MyTest {
  session: TestSession;
  attemptsUsed: number;
  openAttemptId: number | null;
  score: number | null;
  passed: boolean | null;
}

interface ItemRow {
  attempt_id: number;
  position: number;
  question_id: number;
  kind: QuestionKind;
  stem: string;
  options: string[];
  key: (number | string)[];
  option_order: number[];
  answer: string[] | null;
  correct: boolean | null;
}

/** An array parameter as a PostgreSQL literal (the driver would expand a JS array into a list). */
export const pgArray = (xs: readonly (number | string)[]) => `{${xs.join(',')}}`;

const ROLE_VALUES = new Set<string>(Object.values(PositionRole));

/** The option texts a taker sees, and the key in their terms (shown indexes or accepted texts). */
function shown(r: Pick<ItemRow, 'kind' | 'options' | 'option_order' | 'key'>): { options: string[]; key: string[] } {
  if (r.kind === QuestionKind.FILL) return { options: [], key: r.key.map(String) };
  const options = r.option_order.map((i) => r.options[i]);
  const key = r.option_order.flatMap((orig, k) => (r.key.map(Number).includes(orig) ? [String(k)] : []));
  return { options, key };
}

export class TrainingService {
  constructor(
    private readonly em: EntityManager,
    private readonly now: () => Date,
  ) {}

  // ---- shared -------------------------------------------------------------------------------

  private async readableUnit(p: Principal, id: number): Promise<Unit> {
    const u = await this.em.findOne(Unit, { id });
    if (!u || !p.canRead(u.path)) throw fail(UnitReasons.NOT_FOUND);
    return u;
  }

  /** The person the signed-in user is linked to, or null. */
  async personOf(p: Principal): Promise<number | null> {
    const [row] = await this.em.execute<{ person_id: number | null }[]>('select person_id from app_user where id = ?', [
      p.userId,
    ]);
    return row?.person_id ?? null;
  }

  private async checkAudience(organizer: Unit, a: Audience): Promise<Audience> {
    if (!a.unitIds.length) throw fail(AudienceReasons.NO_UNITS, { field: 'audienceUnitIds' });
    if (!a.roles.length) throw fail(AudienceReasons.NO_ROLES, { field: 'audienceRoles' });
    if (a.roles.some((r) => !ROLE_VALUES.has(r))) throw fail(InputReasons.INVALID, { field: 'audienceRoles' });
    const ids = [...new Set(a.unitIds)];
    const n = await this.em.count(Unit, { id: { $in: ids }, path: { $like: `${organizer.path}%` } });
    if (n !== ids.length) throw fail(AudienceReasons.BAD_UNIT, { field: 'audienceUnitIds' });
    return { unitIds: ids, roles: [...new Set(a.roles)] };
  }

  /**
   * A session (training or test) is visible to whoever reads its organizer, and to anyone whose
   * subtree overlaps its audience (the township below a district's test, the branches in it).
   */
  private visibleSql(p: Principal, alias: string): { sql: string; params: string[] } {
    const prefixes = p.readPrefixes();
    if (!prefixes.length) return { sql: 'false', params: [] };
    const parts = prefixes.map(
      () =>
        `(ou.path like ? or exists (select 1 from unit a where a.id = any (${alias}.audience_unit_ids) and (a.path like ? or ? like a.path || '%')))`,
    );
    return {
      sql: `(${parts.join(' or ')})`,
      params: prefixes.flatMap((x) => [`${x}%`, `${x}%`, x]),
    };
  }

  private async visibleIds(
    p: Principal,
    table: 'training_session' | 'test_session',
    extra: { sql: string; params: unknown[] }[],
    ids?: number[],
  ): Promise<number[]> {
    const v = this.visibleSql(p, 's');
    const where = [v.sql, ...extra.map((e) => e.sql)];
    const params: unknown[] = [...v.params, ...extra.flatMap((e) => e.params)];
    if (ids) {
      where.push('s.id = any (?::int[])');
      params.push(pgArray(ids));
    }
    const rows = await this.em.execute<{ id: number }[]>(
      `select s.id from ${table} s join unit ou on ou.id = s.organizer_unit_id where ${where.join(' and ')}`,
      params,
    );
    return rows.map((r) => Number(r.id));
  }

  isOrganizerOf(p: Principal, s: { organizerUnit: Unit }): boolean {
    return p.hasRoleOver(s.organizerUnit.path, ...ORGANIZERS);
  }

  private async expectedOf(
    s: { audienceRoles: string[]; audienceUnitIds: number[] },
    date: string,
    personId: number,
  ): Promise<number | null> {
    const [row] = await this.em.execute<{ unit_id: number }[]>(
      'select unit_id from training_expected(?::text[], ?::int[], ?::date) where person_id = ?',
      [pgArray(s.audienceRoles), pgArray(s.audienceUnitIds), date, personId],
    );
    return row ? Number(row.unit_id) : null;
  }

  // ---- training sessions --------------------------------------------------------------------

  async listTrainingSessions(
    p: Principal,
    filter: { from?: string | null; to?: string | null; ids?: number[] },
    args: ListArgs,
  ): Promise<Page<TrainingSession>> {
    const extra = [];
    if (filter.from) extra.push({ sql: 's.held_on >= ?::date', params: [checkDate(filter.from, 'filter.from')] });
    if (filter.to) extra.push({ sql: 's.held_on <= ?::date', params: [checkDate(filter.to, 'filter.to')] });
    const ids = await this.visibleIds(p, 'training_session', extra, filter.ids);
    const [items, total] = await this.em.findAndCount(
      TrainingSession,
      { id: { $in: ids } },
      {
        populate: ['organizerUnit'],
        orderBy: orderBy(args, { id: 'id', heldOn: 'heldOn', title: 'title' }, 'heldOn') as never,
        ...offset(args),
      },
    );
    return { items, total };
  }

  async getTrainingSession(p: Principal, id: number): Promise<TrainingSession> {
    const [visible] = await this.visibleIds(p, 'training_session', [], [id]);
    const s = visible ? await this.em.findOne(TrainingSession, { id }, { populate: ['organizerUnit'] }) : null;
    if (!s) throw fail(TrainingSessionReasons.NOT_FOUND);
    return s;
  }

  async createTrainingSession(
    p: Principal,
    d: {
      unitId: number;
      title: string;
      heldOn: string;
      place?: string | null;
      materials?: string[] | null;
      audience: Audience;
    },
  ): Promise<TrainingSession> {
    const organizer = await this.readableUnit(p, d.unitId);
    if (!p.hasRoleOver(organizer.path, ...ORGANIZERS)) throw fail(TrainingSessionReasons.FORBIDDEN);
    const a = await this.checkAudience(organizer, d.audience);
    return this.em.create(TrainingSession, {
      organizerUnit: organizer,
      title: checkText(d.title, 'title', 200),
      heldOn: checkDate(d.heldOn, 'heldOn'),
      place: d.place?.trim() || null,
      materials: (d.materials ?? []).map((m, i) => checkText(m, `materials[${i}]`, 500)),
      audienceUnitIds: a.unitIds,
      audienceRoles: a.roles,
      signInCode: String(randomInt(100000, 1000000)),
    });
  }

  async updateTrainingSession(
    p: Principal,
    id: number,
    d: {
      title?: string | null;
      heldOn?: string | null;
      place?: string | null;
      materials?: string[] | null;
      audience?: Partial<Audience>;
    },
  ): Promise<TrainingSession> {
    const s = await this.getTrainingSession(p, id);
    if (!this.isOrganizerOf(p, s)) throw fail(TrainingSessionReasons.FORBIDDEN);
    if (d.title != null) s.title = checkText(d.title, 'title', 200);
    if (d.heldOn != null) s.heldOn = checkDate(d.heldOn, 'heldOn');
    if (d.place !== undefined) s.place = d.place?.trim() || null;
    if (d.materials != null) s.materials = d.materials.map((m, i) => checkText(m, `materials[${i}]`, 500));
    if (d.audience?.unitIds || d.audience?.roles) {
      const a = await this.checkAudience(s.organizerUnit, {
        unitIds: d.audience.unitIds ?? s.audienceUnitIds,
        roles: d.audience.roles ?? s.audienceRoles,
      });
      s.audienceUnitIds = a.unitIds;
      s.audienceRoles = a.roles;
    }
    return s;
  }

  /** The attendee types the code shown at the session: recorded once, at their position's unit. */
  async signInTraining(p: Principal, sessionId: number, code: string): Promise<TrainingAttendance> {
    const s = await this.getTrainingSession(p, sessionId);
    const personId = await this.personOf(p);
    if (!personId) throw fail(TrainingSessionReasons.NO_PERSON);
    if (code.trim() !== s.signInCode) throw fail(TrainingSessionReasons.BAD_CODE, { field: 'code' });
    const unitId = await this.expectedOf(s, s.heldOn, personId);
    if (!unitId) throw fail(TrainingSessionReasons.NOT_IN_AUDIENCE);
    return this.attend(s, personId, unitId, AttendanceMethod.CODE);
  }

  async markAttendance(p: Principal, sessionId: number, personIds: number[]): Promise<TrainingSession> {
    const s = await this.getTrainingSession(p, sessionId);
    if (!this.isOrganizerOf(p, s)) throw fail(TrainingSessionReasons.FORBIDDEN);
    for (const [i, personId] of personIds.entries()) {
      const unitId = await this.expectedOf(s, s.heldOn, personId);
      if (!unitId) throw fail(TestSessionReasons.BAD_PERSON, { field: `personIds[${i}]` });
      await this.attend(s, personId, unitId, AttendanceMethod.STAFF);
    }
    return s;
  }

  private async attend(
    s: TrainingSession,
    personId: number,
    unitId: number,
    method: AttendanceMethod,
  ): Promise<TrainingAttendance> {
    const existing = await this.em.findOne(TrainingAttendance, { session: s, person: personId });
    if (existing) return existing;
    return this.em.create(TrainingAttendance, {
      session: s,
      person: this.em.getReference(Person, personId),
      unit: await this.em.findOneOrFail(Unit, { id: unitId }),
      method,
      at: this.now(),
    });
  }

  /** Expected and attended per unit (the attendee's own unit), inside what the caller reads. */
  async attendanceByUnit(
    p: Principal,
    s: TrainingSession,
  ): Promise<{ unitId: number; expected: number; attended: number }[]> {
    const prefixes = p.readPrefixes();
    if (!prefixes.length) return [];
    const rows = await this.em.execute<{ unit_id: number; expected: number; attended: number }[]>(
      `select e.unit_id, count(*)::int as expected, count(a.id)::int as attended
       from training_expected(?::text[], ?::int[], ?::date) e join unit u on u.id = e.unit_id
       left join training_attendance a on a.session_id = ? and a.person_id = e.person_id
       where (${prefixes.map(() => 'u.path like ?').join(' or ')})
       group by e.unit_id, u.path order by u.path`,
      [pgArray(s.audienceRoles), pgArray(s.audienceUnitIds), s.heldOn, s.id, ...prefixes.map((x) => `${x}%`)],
    );
    return rows.map((r) => ({ unitId: Number(r.unit_id), expected: r.expected, attended: r.attended }));
  }

  // ---- question bank ------------------------------------------------------------------------

  /** Banks an organizer may use and edit: their subtree's, and those of the units above them. */
  private bankWhere(p: Principal): FilterQuery<Question> {
    const grants = p.grants.filter((g) => ORGANIZERS.includes(g.role));
    if (!grants.length) return { id: { $lt: 0 } };
    const above = [...new Set(grants.flatMap((g) => g.unitPath.split('.').filter(Boolean).map(Number)))];
    return {
      $or: [
        ...grants.map((g) => ({ ownerUnit: { path: { $like: `${g.unitPath}%` } } })),
        { ownerUnit: { id: { $in: above } } },
      ],
    } as FilterQuery<Question>;
  }

  async listQuestions(
    p: Principal,
    filter: {
      kind?: QuestionKind | null;
      starCode?: string | null;
      difficulty?: number | null;
      search?: string | null;
      ids?: number[];
      active?: boolean | null;
    },
    args: ListArgs,
  ): Promise<Page<Question>> {
    const where: FilterQuery<Question>[] = [this.bankWhere(p)];
    if (filter.kind) where.push({ kind: filter.kind });
    if (filter.starCode) where.push({ starCode: filter.starCode });
    if (filter.difficulty) where.push({ difficulty: filter.difficulty });
    if (filter.active != null) where.push({ active: filter.active });
    if (filter.ids) where.push({ id: { $in: filter.ids } });
    if (filter.search?.trim())
      where.push({ stem: { $ilike: `%${filter.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` } });
    const [items, total] = await this.em.findAndCount(Question, { $and: where } as FilterQuery<Question>, {
      populate: ['ownerUnit'],
      orderBy: orderBy(args, { id: 'id', difficulty: 'difficulty', kind: 'kind' }, 'id') as never,
      ...offset(args),
    });
    return { items, total };
  }

  async getQuestion(p: Principal, id: number): Promise<Question> {
    const q = await this.em.findOne(Question, { $and: [{ id }, this.bankWhere(p)] } as FilterQuery<Question>, {
      populate: ['ownerUnit'],
    });
    if (!q) throw fail(QuestionReasons.NOT_FOUND);
    return q;
  }

  static checkQuestion(d: { kind: QuestionKind; options?: string[] | null; answer: string[]; difficulty: number }): {
    options: string[];
    answer: (number | string)[];
  } {
    if (!(Number.isInteger(d.difficulty) && d.difficulty >= 1 && d.difficulty <= 3))
      throw fail(QuestionReasons.BAD_DIFFICULTY, { field: 'difficulty' });
    if (d.kind === QuestionKind.FILL) {
      const answer = [...new Set(d.answer.map((a) => a.trim()).filter(Boolean))];
      if (!answer.length || answer.some((a) => a.length > 200))
        throw fail(QuestionReasons.BAD_ANSWER, { field: 'answer' });
      return { options: [], answer };
    }
    const options = d.kind === QuestionKind.TRUE_FALSE ? TRUE_FALSE_OPTIONS : (d.options ?? []).map((o) => o.trim());
    if (
      options.length < 2 ||
      options.length > 8 ||
      options.some((o) => !o || o.length > 500) ||
      new Set(options).size !== options.length
    )
      throw fail(QuestionReasons.BAD_OPTIONS, { field: 'options' });
    if (
      !d.answer.every((a) => /^\d$/.test(a) && Number(a) < options.length) ||
      new Set(d.answer).size !== d.answer.length
    )
      throw fail(QuestionReasons.BAD_ANSWER, { field: 'answer' });
    const answer = d.answer.map(Number).sort((a, b) => a - b);
    if (!answer.length || (d.kind !== QuestionKind.MULTIPLE && answer.length !== 1))
      throw fail(QuestionReasons.BAD_ANSWER, { field: 'answer' });
    return { options, answer };
  }

  async createQuestion(
    p: Principal,
    d: {
      unitId: number;
      kind: QuestionKind;
      stem: string;
      options?: string[] | null;
      answer: string[];
      starCode?: string | null;
      keyTaskCode?: string | null;
      audience?: PositionRole | null;
      difficulty: number;
      isSample?: boolean;
    },
  ): Promise<Question> {
    const owner = await this.readableUnit(p, d.unitId);
    if (!p.hasRoleOver(owner.path, ...ORGANIZERS)) throw fail(QuestionReasons.FORBIDDEN);
    const stem = checkText(d.stem, 'stem', 2000);
    const { options, answer } = TrainingService.checkQuestion(d);
    const q = this.em.create(Question, {
      ownerUnit: owner,
      kind: d.kind,
      stem,
      options,
      answer,
      starCode: d.starCode?.trim() || null,
      keyTaskCode: d.keyTaskCode?.trim() || null,
      audience: d.audience ?? null,
      difficulty: d.difficulty,
      isSample: d.isSample ?? false,
    });
    this.em.create(QuestionVersion, { question: q, versionNo: 1, kind: d.kind, stem, options, answer });
    return q;
  }

  /**
   * Wording or key changed on a question an attempt has used: a new version (the attempts keep the
   * old one); unused, the current version changes in place. Tags change on the question alone.
   */
  async updateQuestion(
    p: Principal,
    id: number,
    d: {
      kind?: QuestionKind | null;
      stem?: string | null;
      options?: string[] | null;
      answer?: string[] | null;
      starCode?: string | null;
      keyTaskCode?: string | null;
      audience?: PositionRole | null;
      difficulty?: number | null;
      active?: boolean | null;
    },
  ): Promise<Question> {
    const q = await this.getQuestion(p, id);
    if (!p.hasRoleOver(q.ownerUnit.path, ...ORGANIZERS)) throw fail(QuestionReasons.FORBIDDEN);
    const kind = d.kind ?? q.kind;
    const difficulty = d.difficulty ?? q.difficulty;
    const wordingChanged = d.kind != null || d.stem != null || d.options != null || d.answer != null;
    const checked = TrainingService.checkQuestion({
      kind,
      options: d.options ?? q.options,
      answer: d.answer ?? q.answer.map(String),
      difficulty,
    });
    if (d.starCode !== undefined) q.starCode = d.starCode?.trim() || null;
    if (d.keyTaskCode !== undefined) q.keyTaskCode = d.keyTaskCode?.trim() || null;
    if (d.audience !== undefined) q.audience = d.audience ?? null;
    if (d.active != null) q.active = d.active;
    q.difficulty = difficulty;
    if (!wordingChanged) return q;
    const stem = d.stem != null ? checkText(d.stem, 'stem', 2000) : q.stem;
    Object.assign(q, { kind, stem, options: checked.options, answer: checked.answer });
    const current = await this.em.findOneOrFail(QuestionVersion, { question: q, versionNo: q.currentVersion });
    const [{ used }] = await this.em.execute<{ used: boolean }[]>(
      'select exists (select 1 from attempt_item where question_version_id = ?) as used',
      [current.id],
    );
    if (used) {
      q.currentVersion += 1;
      this.em.create(QuestionVersion, {
        question: q,
        versionNo: q.currentVersion,
        kind,
        stem,
        options: checked.options,
        answer: checked.answer,
      });
    } else Object.assign(current, { kind, stem, options: checked.options, answer: checked.answer });
    return q;
  }

  // ---- test sessions ------------------------------------------------------------------------

  async listTestSessions(
    p: Principal,
    filter: { from?: string | null; to?: string | null; ids?: number[] },
    args: ListArgs,
  ): Promise<Page<TestSession>> {
    const extra = [];
    if (filter.from) extra.push({ sql: 's.test_date >= ?::date', params: [checkDate(filter.from, 'filter.from')] });
    if (filter.to) extra.push({ sql: 's.test_date <= ?::date', params: [checkDate(filter.to, 'filter.to')] });
    const ids = await this.visibleIds(p, 'test_session', extra, filter.ids);
    const [items, total] = await this.em.findAndCount(
      TestSession,
      { id: { $in: ids } },
      {
        populate: ['organizerUnit'],
        orderBy: orderBy(args, { id: 'id', opensAt: 'opensAt', title: 'title' }, 'opensAt') as never,
        ...offset(args),
      },
    );
    return { items, total };
  }

  async getTestSession(p: Principal, id: number): Promise<TestSession> {
    const [visible] = await this.visibleIds(p, 'test_session', [], [id]);
    let s = visible ? await this.em.findOne(TestSession, { id }, { populate: ['organizerUnit'] }) : null;
    // A taker outside every overlapping subtree (an account without grants) still sees their own test.
    if (!s) {
      const personId = await this.personOf(p);
      const found = personId ? await this.em.findOne(TestSession, { id }, { populate: ['organizerUnit'] }) : null;
      if (found && (await this.expectedOf(found, found.testDate, personId!))) s = found;
    }
    if (!s) throw fail(TestSessionReasons.NOT_FOUND);
    return s;
  }

  private async checkPaper(
    organizer: Unit,
    mode: PaperMode,
    fixed: number[],
    rules: PaperRule[],
  ): Promise<{ fixed: number[]; rules: PaperRule[] }> {
    const usable = (alias: string) =>
      `(${alias}.owner_unit_id = any (?::int[]) or exists (select 1 from unit o where o.id = ${alias}.owner_unit_id and o.path like ?))`;
    const above = organizer.pathIds();
    if (mode === PaperMode.FIXED) {
      const ids = [...new Set(fixed)];
      if (!ids.length) throw fail(TestSessionReasons.EMPTY_PAPER, { field: 'questionIds' });
      const [{ n }] = await this.em.execute<{ n: number }[]>(
        `select count(*)::int as n from question q where q.id = any (?::int[]) and ${usable('q')}`,
        [pgArray(ids), pgArray(above), `${organizer.path}%`],
      );
      if (n !== ids.length) throw fail(TestSessionReasons.BAD_QUESTION, { field: 'questionIds' });
      return { fixed: ids, rules: [] };
    }
    if (!rules.length || rules.every((r) => r.count <= 0))
      throw fail(TestSessionReasons.EMPTY_PAPER, { field: 'rules' });
    for (const [i, r] of rules.entries()) {
      if (!(Number.isInteger(r.count) && r.count >= 1 && r.count <= 100))
        throw fail(InputReasons.INVALID, { field: `rules[${i}].count` });
      if (r.difficulty != null && ![1, 2, 3].includes(r.difficulty))
        throw fail(QuestionReasons.BAD_DIFFICULTY, { field: `rules[${i}].difficulty` });
      const [{ n }] = await this.em.execute<{ n: number }[]>(
        `select count(*)::int as n from question q where q.active and ${usable('q')}
           and (?::text is null or q.star_code = ?) and (?::int is null or q.difficulty = ?)`,
        [pgArray(above), `${organizer.path}%`, r.starCode, r.starCode, r.difficulty, r.difficulty],
      );
      if (n < r.count)
        throw fail(TestSessionReasons.RULE_SHORT, {
          field: `rules[${i}]`,
          params: { rule: `${r.starCode ?? '*'} × ${r.difficulty ?? '*'} × ${r.count} (${n})` },
        });
    }
    return {
      fixed: [],
      rules: rules.map((r) => ({ starCode: r.starCode || null, difficulty: r.difficulty ?? null, count: r.count })),
    };
  }

  private checkSettings(d: {
    opensAt: Date;
    closesAt: Date;
    timeLimitMinutes: number;
    passMark: number;
    attemptsAllowed: number;
  }): void {
    if (!(d.closesAt.getTime() > d.opensAt.getTime())) throw fail(TestSessionReasons.BAD_WINDOW, { field: 'closesAt' });
    if (!(Number.isInteger(d.timeLimitMinutes) && d.timeLimitMinutes >= 1 && d.timeLimitMinutes <= 600))
      throw fail(TestSessionReasons.BAD_LIMIT, { field: 'timeLimitMinutes' });
    if (!(d.passMark >= 0 && d.passMark <= 100)) throw fail(TestSessionReasons.BAD_PASS_MARK, { field: 'passMark' });
    if (!(Number.isInteger(d.attemptsAllowed) && d.attemptsAllowed >= 1 && d.attemptsAllowed <= 10))
      throw fail(TestSessionReasons.BAD_ATTEMPTS, { field: 'attemptsAllowed' });
  }

  async createTestSession(
    p: Principal,
    d: {
      unitId: number;
      title: string;
      audience: Audience;
      opensAt: Date;
      closesAt: Date;
      timeLimitMinutes: number;
      passMark: number;
      attemptsAllowed?: number | null;
      grading?: Grading | null;
      paperMode: PaperMode;
      questionIds?: number[] | null;
      rules?: PaperRule[] | null;
      isSample?: boolean;
    },
  ): Promise<TestSession> {
    const organizer = await this.readableUnit(p, d.unitId);
    if (!p.hasRoleOver(organizer.path, ...ORGANIZERS)) throw fail(TestSessionReasons.FORBIDDEN);
    const a = await this.checkAudience(organizer, d.audience);
    const settings = { ...d, attemptsAllowed: d.attemptsAllowed ?? 1 };
    this.checkSettings(settings);
    const paper = await this.checkPaper(organizer, d.paperMode, d.questionIds ?? [], d.rules ?? []);
    return this.em.create(TestSession, {
      organizerUnit: organizer,
      title: checkText(d.title, 'title', 200),
      audienceUnitIds: a.unitIds,
      audienceRoles: a.roles,
      opensAt: d.opensAt,
      closesAt: d.closesAt,
      testDate: shanghaiDate(d.opensAt),
      timeLimitMinutes: d.timeLimitMinutes,
      passMark: d.passMark,
      attemptsAllowed: settings.attemptsAllowed,
      grading: d.grading ?? Grading.BEST,
      paperMode: d.paperMode,
      fixedQuestionIds: paper.fixed,
      rules: paper.rules,
      isSample: d.isSample ?? false,
    });
  }

  async updateTestSession(
    p: Principal,
    id: number,
    d: {
      title?: string | null;
      closesAt?: Date | null;
      opensAt?: Date | null;
      timeLimitMinutes?: number | null;
      passMark?: number | null;
      attemptsAllowed?: number | null;
      grading?: Grading | null;
      paperMode?: PaperMode | null;
      questionIds?: number[] | null;
      rules?: PaperRule[] | null;
      audience?: Partial<Audience>;
    },
  ): Promise<TestSession> {
    const s = await this.getTestSession(p, id);
    if (!this.isOrganizerOf(p, s)) throw fail(TestSessionReasons.FORBIDDEN);
    const paperChange = d.paperMode != null || d.questionIds != null || d.rules != null || d.opensAt != null;
    if (paperChange || d.audience?.unitIds || d.audience?.roles) {
      if (await this.em.count(TestAttempt, { session: s })) throw fail(TestSessionReasons.STARTED);
    }
    const next = {
      opensAt: d.opensAt ?? s.opensAt,
      closesAt: d.closesAt ?? s.closesAt,
      timeLimitMinutes: d.timeLimitMinutes ?? s.timeLimitMinutes,
      passMark: d.passMark ?? s.passMark,
      attemptsAllowed: d.attemptsAllowed ?? s.attemptsAllowed,
    };
    this.checkSettings(next);
    if (d.title != null) s.title = checkText(d.title, 'title', 200);
    Object.assign(s, next, { testDate: shanghaiDate(next.opensAt) });
    if (d.grading) s.grading = d.grading;
    if (d.audience?.unitIds || d.audience?.roles) {
      const a = await this.checkAudience(s.organizerUnit, {
        unitIds: d.audience.unitIds ?? s.audienceUnitIds,
        roles: d.audience.roles ?? s.audienceRoles,
      });
      s.audienceUnitIds = a.unitIds;
      s.audienceRoles = a.roles;
    }
    if (d.paperMode != null || d.questionIds != null || d.rules != null) {
      const mode = d.paperMode ?? s.paperMode;
      const paper = await this.checkPaper(
        s.organizerUnit,
        mode,
        d.questionIds ?? s.fixedQuestionIds,
        d.rules ?? s.rules,
      );
      Object.assign(s, { paperMode: mode, fixedQuestionIds: paper.fixed, rules: paper.rules });
    }
    return s;
  }

  /** Expected takers of a session (count), for its list row. */
  async expectedCount(s: TestSession): Promise<number> {
    const [{ n }] = await this.em.execute<{ n: number }[]>(
      'select count(*)::int as n from training_expected(?::text[], ?::int[], ?::date)',
      [pgArray(s.audienceRoles), pgArray(s.audienceUnitIds), s.testDate],
    );
    return n;
  }

  // ---- attempts -----------------------------------------------------------------------------

  /**
   * Ends attempts past their deadline (these ids, or all): scored from the answers saved by then.
   * Runs in its own statement, outside a mutation's transaction, so that a refused late answer does
   * not roll the ending back.
   */
  async endOverdue(attemptIds?: number[]): Promise<number> {
    const res = await this.em.getConnection().execute(
      `update test_attempt ta set status = 'EXPIRED', ended_at = ta.deadline,
              correct_count = c.n, score = coalesce((100.0 * c.n / nullif(ta.question_count, 0))::real, 0),
              updated_at = ?, version = ta.version + 1
       from (select i.attempt_id, count(*) filter (where i.correct)::int as n from attempt_item i
             join test_attempt x on x.id = i.attempt_id
             where x.status = 'IN_PROGRESS' and x.deadline <= ? ${attemptIds ? 'and x.id = any (?::int[])' : ''}
             group by i.attempt_id) c
       where c.attempt_id = ta.id and ta.status = 'IN_PROGRESS'`,
      attemptIds ? [this.now(), this.now(), pgArray(attemptIds)] : [this.now(), this.now()],
      'run',
    );
    return (res as { affectedRows?: number }).affectedRows ?? 0;
  }

  /** Ends overdue attempts of this user in this session (the touch before a start). */
  async endOverdueOf(p: Principal, sessionId: number): Promise<void> {
    const rows = await this.em.execute<{ id: number }[]>(
      `select id from test_attempt where session_id = ? and user_id = ? and status = 'IN_PROGRESS' and deadline <= ?`,
      [sessionId, p.userId, this.now()],
    );
    if (rows.length) await this.endOverdue(rows.map((r) => Number(r.id)));
  }

  /**
   * Starts an attempt, or resumes the open one. The paper is drawn with the seed of (session, user):
   * the same questions and option orders on a reload, on another server, or when started twice.
   */
  async startAttempt(p: Principal, sessionId: number): Promise<TestAttempt> {
    const s = await this.getTestSession(p, sessionId);
    const now = this.now();
    if (now < s.opensAt) throw fail(TestSessionReasons.NOT_OPEN);
    const personId = await this.personOf(p);
    if (!personId) throw fail(TrainingSessionReasons.NO_PERSON);
    const unitId = await this.expectedOf(s, s.testDate, personId);
    if (!unitId) throw fail(TestSessionReasons.NOT_TAKER);
    const open = await this.em.findOne(TestAttempt, {
      session: s,
      person: personId,
      status: AttemptStatus.IN_PROGRESS,
      deadline: { $gt: now },
    });
    if (open) return open;
    if (now >= s.closesAt) throw fail(TestSessionReasons.CLOSED);
    const used = await this.em.count(TestAttempt, { session: s, person: personId });
    if (used >= s.attemptsAllowed) throw fail(TestSessionReasons.NO_ATTEMPTS_LEFT);
    const versions = await this.drawPaper(s, p.userId);
    const deadline = new Date(Math.min(now.getTime() + s.timeLimitMinutes * 60_000, s.closesAt.getTime()));
    const attempt = this.em.create(TestAttempt, {
      session: s,
      person: this.em.getReference(Person, personId),
      userId: p.userId,
      unit: await this.em.findOneOrFail(Unit, { id: unitId }),
      attemptNo: used + 1,
      status: AttemptStatus.IN_PROGRESS,
      startedAt: now,
      deadline,
      questionCount: versions.length,
    });
    const next = random(paperSeed(s.id, p.userId, 'options'));
    const orders = versions.map((v) => {
      const order = Array.from({ length: v.kind === QuestionKind.FILL ? 0 : v.options.length }, (_, k) => k);
      return v.kind === QuestionKind.TRUE_FALSE ? order : shuffle(order, next);
    });
    // The paper goes in with one statement and no audit entry per item: the attempt's own entry
    // records the start, and item rows under the trail's lock would hold up every other taker.
    await this.em.flush();
    await this.em.execute(
      `insert into attempt_item (attempt_id, position, question_version_id, option_order)
       select ?, ord, v, string_to_array(o, ',')::smallint[]
       from unnest(?::int[], ?::text[]) with ordinality as t(v, o, ord)`,
      [attempt.id, pgArray(versions.map((v) => v.id)), pgArray(orders.map((o) => `"${o.join(',')}"`))],
    );
    return attempt;
  }

  private async drawPaper(
    s: TestSession,
    userId: number,
  ): Promise<{ id: number; kind: QuestionKind; options: string[] }[]> {
    const next = random(paperSeed(s.id, userId, 'paper'));
    let questionIds: number[];
    if (s.paperMode === PaperMode.FIXED) questionIds = shuffle(s.fixedQuestionIds, next);
    else {
      const chosen: number[] = [];
      const above = s.organizerUnit.pathIds();
      for (const r of s.rules) {
        const pool = await this.em.execute<{ id: number }[]>(
          `select q.id from question q where q.active
             and (q.owner_unit_id = any (?::int[]) or exists (select 1 from unit o where o.id = q.owner_unit_id and o.path like ?))
             and (?::text is null or q.star_code = ?) and (?::int is null or q.difficulty = ?) order by q.id`,
          [pgArray(above), `${s.organizerUnit.path}%`, r.starCode, r.starCode, r.difficulty, r.difficulty],
        );
        const free = pool.map((x) => Number(x.id)).filter((id) => !chosen.includes(id));
        chosen.push(...shuffle(free, next).slice(0, r.count));
      }
      questionIds = shuffle(chosen, next);
    }
    const rows = await this.em.execute<{ question_id: number; id: number; kind: QuestionKind; options: string[] }[]>(
      `select v.question_id, v.id, v.kind, v.options from question_version v join question q on q.id = v.question_id
       where v.question_id = any (?::int[]) and v.version_no = q.current_version`,
      [pgArray(questionIds)],
    );
    const byQuestion = new Map(rows.map((r) => [Number(r.question_id), r]));
    if (!questionIds.length) throw fail(TestSessionReasons.EMPTY_PAPER);
    return questionIds.map((q) => {
      const v = byQuestion.get(q)!;
      return { id: Number(v.id), kind: v.kind, options: v.options };
    });
  }

  /** One answer, checked against the server's deadline; marked now, told to nobody until the end. */
  async saveAnswer(
    p: Principal,
    attemptId: number,
    position: number,
    answer: string[],
  ): Promise<{ attemptId: number; position: number; answer: string[]; savedAt: Date }> {
    const now = this.now();
    const [row] = await this.em.execute<
      (ItemRow & { status: AttemptStatus; deadline: Date; user_id: number | null })[]
    >(
      `select a.status, a.deadline, a.user_id, i.position, v.kind, v.options, v.answer as key, i.option_order
       from test_attempt a left join attempt_item i on i.attempt_id = a.id and i.position = ?
       left join question_version v on v.id = i.question_version_id where a.id = ?`,
      [position, attemptId],
    );
    if (!row || row.user_id !== p.userId) throw fail(AttemptReasons.NOT_FOUND);
    if (row.status !== AttemptStatus.IN_PROGRESS || new Date(row.deadline) <= now) throw fail(AttemptReasons.ENDED);
    if (row.position == null) throw fail(AttemptReasons.BAD_POSITION, { field: 'position' });
    const clean = answer.map((a) => a.trim()).filter((a) => a !== '');
    const n = row.kind === QuestionKind.FILL ? 0 : row.option_order.length;
    if (!answerFits(row.kind, n, clean)) throw fail(AttemptReasons.BAD_ANSWER, { field: 'answer' });
    const correct = isCorrect(row.kind, row.key, row.option_order, clean);
    // The deadline is checked again by the statement itself: a save racing the end is not stored.
    const res = await this.em.getConnection().execute(
      `update attempt_item i set answer = ?::jsonb, correct = ?, answered_at = ?
       from test_attempt a where a.id = i.attempt_id and i.attempt_id = ? and i.position = ?
         and a.status = 'IN_PROGRESS' and a.deadline > ?`,
      [JSON.stringify(clean), correct, now, attemptId, position, now],
      'run',
    );
    if (!(res as { affectedRows?: number }).affectedRows) throw fail(AttemptReasons.ENDED);
    return { attemptId, position, answer: clean, savedAt: now };
  }

  /** Ends the attempt now (a second submit answers the ended attempt again). */
  async submitAttempt(p: Principal, attemptId: number): Promise<TestAttempt> {
    const a = await this.em.findOne(TestAttempt, { id: attemptId, userId: p.userId }, { populate: ['session'] });
    if (!a) throw fail(AttemptReasons.NOT_FOUND);
    if (a.status !== AttemptStatus.IN_PROGRESS) return a;
    const [{ n }] = await this.em.execute<{ n: number }[]>(
      'select count(*) filter (where correct)::int as n from attempt_item where attempt_id = ?',
      [a.id],
    );
    const now = this.now();
    a.status = AttemptStatus.SUBMITTED;
    a.endedAt = now < a.deadline ? now : a.deadline;
    a.correctCount = n;
    a.score = a.questionCount ? Math.round((10000 * n) / a.questionCount) / 100 : 0;
    return a;
  }

  /** Reads an attempt: the taker's own, or one the caller reads results for. */
  async getAttempt(p: Principal, id: number): Promise<TestAttempt> {
    const a = await this.em.findOne(TestAttempt, { id }, { populate: ['session', 'session.organizerUnit', 'unit'] });
    if (!a) throw fail(AttemptReasons.NOT_FOUND);
    if (a.userId === p.userId) return a;
    if (p.hasRoleOver(a.unit.path, ...READERS) || this.isOrganizerOf(p, a.session)) return a;
    throw fail(AttemptReasons.NOT_FOUND);
  }

  /** Whether an attempt is over by now, whether or not the job has closed it yet. */
  ended(a: TestAttempt): boolean {
    return a.status !== AttemptStatus.IN_PROGRESS || a.deadline <= this.now();
  }

  /** Items of attempts, in order; keys and verdicts only of ended ones. */
  async itemsOf(attempts: TestAttempt[]): Promise<Map<number, ItemView[]>> {
    const out = new Map<number, ItemView[]>(attempts.map((a) => [a.id, []]));
    if (!attempts.length) return out;
    const ended = new Set(attempts.filter((a) => this.ended(a)).map((a) => a.id));
    const rows = await this.em.execute<ItemRow[]>(
      `select i.attempt_id, i.position, v.question_id, v.kind, v.stem, v.options, v.answer as key, i.option_order, i.answer, i.correct
       from attempt_item i join question_version v on v.id = i.question_version_id
       where i.attempt_id = any (?::int[]) order by i.attempt_id, i.position`,
      [pgArray(attempts.map((a) => a.id))],
    );
    for (const r of rows) {
      const done = ended.has(Number(r.attempt_id));
      const view = shown(r);
      out.get(Number(r.attempt_id))!.push({
        attemptId: Number(r.attempt_id),
        position: r.position,
        questionId: Number(r.question_id),
        kind: r.kind,
        stem: r.stem,
        options: view.options,
        answer: r.answer,
        correct: done ? !!r.correct : null,
        correctAnswer: done ? view.key : null,
      });
    }
    return out;
  }

  /** The tests a signed-in taker is expected at, with where they stand. */
  async myTests(p: Principal): Promise<MyTest[]> {
    const personId = await this.personOf(p);
    if (!personId) return [];
    const rows = await this.em.execute<
      { id: number; used: number; open_id: number | null; score: number | null; pass_mark: number }[]
    >(
      `select s.id, s.pass_mark,
              (select count(*)::int from test_attempt a where a.session_id = s.id and a.person_id = ?) as used,
              (select a.id from test_attempt a where a.session_id = s.id and a.person_id = ? and a.status = 'IN_PROGRESS' and a.deadline > ? limit 1) as open_id,
              (select c.score from training_counted(s.id, ?) c where c.person_id = ?) as score
       from test_session s
       where exists (select 1 from training_expected(s.audience_roles, s.audience_unit_ids, s.test_date) e where e.person_id = ?)
       order by s.opens_at desc limit 200`,
      [personId, personId, this.now(), this.now(), personId, personId],
    );
    const sessions = await this.em.find(
      TestSession,
      { id: { $in: rows.map((r) => Number(r.id)) } },
      { populate: ['organizerUnit'] },
    );
    const byId = new Map(sessions.map((s) => [s.id, s]));
    return rows.map((r) => ({
      session: byId.get(Number(r.id))!,
      attemptsUsed: r.used,
      openAttemptId: r.open_id == null ? null : Number(r.open_id),
      score: r.score,
      passed: r.score == null ? null : r.score >= r.pass_mark,
    }));
  }

  /** 错题本: the caller's wrong answers in ended attempts (their attempts, never others'). */
  async myWrongAnswers(p: Principal, sessionId?: number | null): Promise<ItemView[]> {
    const attempts = await this.em.find(
      TestAttempt,
      {
        userId: p.userId,
        ...(sessionId ? { session: sessionId } : {}),
        $or: [{ status: { $ne: AttemptStatus.IN_PROGRESS } }, { deadline: { $lte: this.now() } }],
      } as FilterQuery<TestAttempt>,
      { populate: ['session'], orderBy: { id: 'desc' }, limit: 50 },
    );
    const items = await this.itemsOf(attempts);
    return attempts.flatMap((a) =>
      items
        .get(a.id)!
        .filter((i) => i.correct === false)
        .map((i) => ({ ...i, sessionTitle: a.session.title })),
    );
  }

  /** Scores of those who sat on paper, entered by the organizer: one more attempt each. */
  async recordPaperScores(
    p: Principal,
    sessionId: number,
    scores: { personId: number; score: number }[],
  ): Promise<TestSession> {
    const s = await this.getTestSession(p, sessionId);
    if (!this.isOrganizerOf(p, s)) throw fail(TestSessionReasons.FORBIDDEN);
    const now = this.now();
    for (const [i, e] of scores.entries()) {
      if (!(e.score >= 0 && e.score <= 100)) throw fail(TestSessionReasons.BAD_SCORE, { field: `scores[${i}].score` });
      const unitId = await this.expectedOf(s, s.testDate, e.personId);
      if (!unitId) throw fail(TestSessionReasons.BAD_PERSON, { field: `scores[${i}].personId` });
      const used = await this.em.count(TestAttempt, { session: s, person: e.personId });
      this.em.create(TestAttempt, {
        session: s,
        person: this.em.getReference(Person, e.personId),
        userId: null,
        unit: await this.em.findOneOrFail(Unit, { id: unitId }),
        attemptNo: used + 1,
        status: AttemptStatus.PAPER,
        startedAt: now,
        deadline: now,
        endedAt: now,
        score: e.score,
      });
    }
    return s;
  }

  // ---- results ------------------------------------------------------------------------------

  /**
   * Results of a session below a unit (default: the organizer): one statement for the figures, the
   * distribution, the children and the takers; one for the item statistics.
   */
  async results(p: Principal, sessionId: number, unitId?: number | null): Promise<TestResults> {
    const s = await this.getTestSession(p, sessionId);
    const root = unitId ? await this.readableUnit(p, unitId) : s.organizerUnit;
    if (!p.canRead(root.path)) throw fail(UnitReasons.NOT_FOUND);
    if (!p.hasRoleOver(root.path, ...READERS)) throw fail(TestSessionReasons.FORBIDDEN);
    const now = this.now();
    const [r] = await this.em.execute<{ result: Omit<TestResults, 'session' | 'unit' | 'items'> }[]>(resultsSql, [
      s.id,
      now,
      `${root.path}%`,
      root.depth + 2,
    ]);
    const items = await this.em.execute<
      { question_id: number; stem: string; answered: number; facility: number | null; discrimination: number | null }[]
    >(itemStatsSql, [s.id, now, `${root.path}%`]);
    return {
      session: s,
      unit: root,
      ...r.result,
      items: items.map((i) => ({
        questionId: Number(i.question_id),
        stem: i.stem,
        answered: i.answered,
        facility: i.facility,
        discrimination: i.discrimination,
      })),
    };
  }
}
