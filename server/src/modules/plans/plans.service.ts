import { LockMode, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { assertRoleOver, pathScope } from '../../common/access';
import { addDays, shanghaiDate } from '../../common/dates';
import { fail } from '../../common/reasons';
import { checkDate, checkText, likeEscape } from '../../common/validate';
import { orderBy, offset, type ListArgs, type Page } from '../../graphql/pagination';
import { UserRole } from '../../common/roles';
import type { Principal } from '../../common/principal';
import type { AttachEvidence } from '../files/public';
import { UnitLevel, Person, Unit, UnitReasons, StarCodeReasons, StarType } from '../org/public';
import { KeyTask } from '../stars/public';
import { Plan, PlanItem, PlanMilestone, PlanStar } from './plan.entity';
import { PlanItemStatus, PlanLevel, PlanStarIntent } from './plans.enums';
import { PlanitemReasons, PlanmilestoneReasons, PlanReasons } from './plans.errors';

export const PLAN_EDITORS = [UserRole.DISTRICT_ADMIN, UserRole.TOWNSHIP_STAFF, UserRole.BRANCH_STAFF];

/** Milestones generated backwards from a deadline (倒排工期), days before it. */
export const DEFAULT_MILESTONES: { titleZh: string; titleEn: string; daysBefore: number }[] = [
  { titleZh: '启动部署', titleEn: 'Kick-off', daysBefore: 60 },
  { titleZh: '中期推进', titleEn: 'Midway review', daysBefore: 30 },
  { titleZh: '自查整改', titleEn: 'Self-check', daysBefore: 7 },
  { titleZh: '完成验收', titleEn: 'Completion', daysBefore: 0 },
];

/** 倒排工期: milestone dates counted back from the deadline, never before `today` (then squeezed to today). */
export function backwardMilestones(deadline: string, today: string): { title: string; dueDate: string }[] {
  return DEFAULT_MILESTONES.map((m) => {
    const due = addDays(deadline, -m.daysBefore);
    return { title: `${m.titleZh} ${m.titleEn}`, dueDate: due < today && today <= deadline ? today : due };
  });
}

export interface PlanStarData {
  starCode: string;
  intent: PlanStarIntent;
  ownerId?: number | null;
}
export interface PlanData {
  unitId?: number;
  year?: number;
  title?: string;
  note?: string | null;
  stars?: PlanStarData[] | null;
}
export interface PlanFilter {
  unitId?: number | null;
  withinId?: number | null;
  year?: number | null;
  level?: PlanLevel | null;
  search?: string | null;
  ids?: number[];
}
export interface PlanItemData {
  planId?: number;
  unitId?: number | null;
  keyTaskId?: number | null;
  responsiblePersonId?: number | null;
  title?: string;
  description?: string | null;
  deadline?: string;
  status?: PlanItemStatus;
  progress?: number;
  sortOrder?: number;
  milestones?: { title: string; dueDate: string }[] | null;
}
export interface PlanItemFilter {
  planId?: number | null;
  unitId?: number | null;
  withinId?: number | null;
  year?: number | null;
  status?: PlanItemStatus | null;
  overdue?: boolean | null;
  keyTaskId?: number | null;
  search?: string | null;
  ids?: number[];
}

export interface PlanRollup {
  planId: number;
  total: number;
  notStarted: number;
  inProgress: number;
  done: number;
  overdue: number;
  completion: number;
  units: number;
}

export interface BattleMapRowData {
  unitId: number;
  unitName: string;
  unitLevel: UnitLevel;
  total: number;
  notStarted: number;
  inProgress: number;
  done: number;
  overdue: number;
  nextDeadline: string | null;
  completion: number;
  starLevel: number | null;
  branches: number;
  branchesByLevel: number[];
  keepStars: number;
  targetStars: number;
  striveStars: number;
}

const PLAN_SORT = { id: 'id', year: 'year', title: 'title', level: 'level', createdAt: 'createdAt' };
const ITEM_SORT = {
  id: 'id',
  title: 'title',
  deadline: 'deadline',
  status: 'status',
  progress: 'progress',
  sortOrder: 'sortOrder',
  createdAt: 'createdAt',
};

const LEVEL_OF: Partial<Record<UnitLevel, PlanLevel>> = {
  [UnitLevel.DISTRICT]: PlanLevel.DISTRICT,
  [UnitLevel.TOWNSHIP]: PlanLevel.TOWNSHIP,
  [UnitLevel.BRANCH]: PlanLevel.BRANCH,
};

/** 创建规划, 倒排工期, 挂图作战: plans of the three levels, their items and milestones, roll-ups and the battle map. */
export class PlanService {
  constructor(
    private readonly em: EntityManager,
    private readonly now: () => Date,
    // The loaders build this service for reads (rollups): they attach nothing.
    private readonly attachEvidence: AttachEvidence = () =>
      Promise.reject(new Error('evidence is attached in a mutation')),
  ) {}

  today(): string {
    return shanghaiDate(this.now());
  }

  private async readableUnit(p: Principal, id: number, field?: string): Promise<Unit> {
    const u = await this.em.findOne(Unit, { id });
    if (!u || !p.canRead(u.path)) {
      if (field) throw fail(PlanReasons.UNIT_NOT_FOUND, { field });
      throw fail(UnitReasons.NOT_FOUND, { code: 'NOT_FOUND' });
    }
    return u;
  }

  async list(p: Principal, filter: PlanFilter, args: ListArgs): Promise<Page<Plan>> {
    const where: FilterQuery<Plan>[] = [{ unit: pathScope(p) }];
    if (filter.unitId) where.push({ unit: filter.unitId });
    if (filter.year) where.push({ year: filter.year });
    if (filter.level) where.push({ level: filter.level });
    if (filter.ids) where.push({ id: { $in: filter.ids } });
    if (filter.search?.trim()) where.push({ title: { $ilike: `%${likeEscape(filter.search.trim())}%` } });
    if (filter.withinId) {
      const root = await this.em.findOne(Unit, { id: filter.withinId }, { fields: ['path'] });
      if (!root) return { items: [], total: 0 };
      where.push({ unit: { path: { $like: `${root.path}%` } } });
    }
    const [items, total] = await this.em.findAndCount(
      Plan,
      { $and: where },
      { orderBy: orderBy(args, PLAN_SORT, 'id'), ...offset(args) },
    );
    return { items, total };
  }

  async get(p: Principal, id: number): Promise<Plan> {
    const plan = await this.em.findOne(Plan, { id }, { populate: ['unit'] });
    if (!plan || !p.canRead(plan.unit.path)) throw fail(PlanReasons.NOT_FOUND, { code: 'NOT_FOUND' });
    return plan;
  }

  async create(p: Principal, data: PlanData): Promise<Plan> {
    const unit = await this.readableUnit(p, data.unitId!, 'unitId');
    assertRoleOver(p, unit.path, PlanReasons, PLAN_EDITORS);
    const level = LEVEL_OF[unit.level];
    if (!level) throw fail(PlanReasons.UNIT_LEVEL, { field: 'unitId' });
    const year = data.year!;
    if (await this.em.count(Plan, { unit, year }))
      throw fail(PlanReasons.DUPLICATE, { field: 'year', params: { year } });
    const plan = this.em.create(Plan, {
      unit,
      year,
      level,
      title: checkText(data.title ?? '', 'title', 200),
      note: data.note?.trim() || null,
    });
    if (data.stars?.length) await this.setStars(plan, unit, data.stars);
    return plan;
  }

  async update(p: Principal, id: number, data: PlanData, version?: number): Promise<Plan> {
    const plan = await this.get(p, id);
    assertRoleOver(p, plan.unit.path, PlanReasons, PLAN_EDITORS);
    if (version !== undefined) await this.em.lock(plan, LockMode.OPTIMISTIC, version);
    if (data.title !== undefined) plan.title = checkText(data.title, 'title', 200);
    if (data.note !== undefined) plan.note = data.note?.trim() || null;
    if (data.stars) await this.setStars(plan, plan.unit, data.stars);
    plan.updatedAt = this.now();
    return plan;
  }

  /** 保三冲四争五: replace the plan's star goals (branch plans only). */
  private async setStars(plan: Plan, unit: Unit, stars: PlanStarData[]): Promise<void> {
    if (unit.level !== UnitLevel.BRANCH) throw fail(PlanReasons.STARS_FOR_BRANCHES, { field: 'stars' });
    const codes = stars.map((s) => s.starCode);
    if (new Set(codes).size !== codes.length) throw fail(PlanReasons.DUPLICATE_STAR, { field: 'stars' });
    const types = await this.em.find(StarType, { code: { $in: codes } });
    if (types.length !== codes.length) {
      const unknown = codes.filter((c) => !types.some((t) => t.code === c));
      throw fail(StarCodeReasons.UNKNOWN_STAR_CODE, { field: 'stars', params: { code: unknown.join(', ') } });
    }
    const ownerIds = stars.map((s) => s.ownerId).filter((x): x is number => !!x);
    const owners = ownerIds.length ? await this.em.find(Person, { id: { $in: ownerIds } }, { populate: ['unit'] }) : [];
    for (const o of owners)
      if (!o.unit.path.startsWith(unit.path) && !unit.path.startsWith(o.unit.path))
        throw fail(PlanReasons.OWNER_NOT_HERE, { field: 'stars' });
    if (owners.length !== new Set(ownerIds).size) throw fail(PlanReasons.OWNER_NOT_FOUND, { field: 'stars' });
    if (plan.id) await this.em.nativeDelete(PlanStar, { plan: plan.id });
    for (const s of stars) {
      this.em.create(PlanStar, {
        plan,
        starType: types.find((t) => t.code === s.starCode)!,
        intent: s.intent,
        owner: s.ownerId ? owners.find((o) => o.id === s.ownerId)! : null,
      });
    }
  }

  // ---- items ----

  async listItems(p: Principal, filter: PlanItemFilter, args: ListArgs): Promise<Page<PlanItem>> {
    const where: FilterQuery<PlanItem>[] = [{ $or: [{ unit: pathScope(p) }, { plan: { unit: pathScope(p) } }] }];
    if (filter.planId) where.push({ plan: filter.planId });
    if (filter.unitId) where.push({ unit: filter.unitId });
    if (filter.year) where.push({ plan: { year: filter.year } });
    if (filter.status) where.push({ status: filter.status });
    if (filter.keyTaskId) where.push({ keyTask: filter.keyTaskId });
    if (filter.ids) where.push({ id: { $in: filter.ids } });
    if (filter.search?.trim()) where.push({ title: { $ilike: `%${likeEscape(filter.search.trim())}%` } });
    const today = this.today();
    if (filter.overdue === true) where.push({ deadline: { $lt: today }, status: { $ne: PlanItemStatus.DONE } });
    if (filter.overdue === false) where.push({ $or: [{ deadline: { $gte: today } }, { status: PlanItemStatus.DONE }] });
    if (filter.withinId) {
      const root = await this.em.findOne(Unit, { id: filter.withinId }, { fields: ['path'] });
      if (!root) return { items: [], total: 0 };
      where.push({ unit: { path: { $like: `${root.path}%` } } });
    }
    const [items, total] = await this.em.findAndCount(
      PlanItem,
      { $and: where },
      { orderBy: orderBy(args, ITEM_SORT, 'deadline'), ...offset(args) },
    );
    return { items, total };
  }

  async getItem(p: Principal, id: number): Promise<PlanItem> {
    const item = await this.em.findOne(PlanItem, { id }, { populate: ['unit', 'plan.unit'] });
    if (!item || !(p.canRead(item.unit.path) || p.canRead(item.plan.unit.path))) throw fail(PlanitemReasons.NOT_FOUND);
    return item;
  }

  /** Who may change an item: editors over the plan's unit, or staff of the responsible unit (progress, status). */
  private assertMayEditItem(p: Principal, item: PlanItem): void {
    if (p.hasRoleOver(item.plan.unit.path, ...PLAN_EDITORS)) return;
    assertRoleOver(
      p,
      item.unit.path,
      PlanitemReasons,
      PLAN_EDITORS,
      p.canRead(item.unit.path) || p.canRead(item.plan.unit.path),
    );
  }

  /** A new item with its milestones (scheduled backwards from the deadline unless given) and evidence. */
  async createItem(p: Principal, data: PlanItemData, evidenceFileIds?: readonly string[] | null): Promise<PlanItem> {
    const plan = await this.get(p, data.planId!).catch(() => {
      throw fail(PlanReasons.NOT_FOUND, { field: 'planId' });
    });
    assertRoleOver(p, plan.unit.path, PlanReasons, PLAN_EDITORS);
    const unit = data.unitId ? await this.readableUnit(p, data.unitId, 'unitId') : plan.unit;
    if (!unit.path.startsWith(plan.unit.path)) throw fail(PlanReasons.UNIT_OUTSIDE_PLAN, { field: 'unitId' });
    const deadline = checkDate(data.deadline ?? '', 'deadline');
    if (Number(deadline.slice(0, 4)) < plan.year - 1 || Number(deadline.slice(0, 4)) > plan.year + 1) {
      throw fail(PlanReasons.DEADLINE_YEAR, { field: 'deadline' });
    }
    const item = this.em.create(PlanItem, {
      plan,
      unit,
      title: checkText(data.title ?? '', 'title', 200),
      description: data.description?.trim() || null,
      deadline,
      keyTask: await this.keyTask(data.keyTaskId),
      responsiblePerson: await this.person(data.responsiblePersonId),
      sortOrder: data.sortOrder ?? 0,
    });
    this.applyStatus(item, data);
    const ms = data.milestones?.length ? data.milestones : backwardMilestones(deadline, this.today());
    ms.forEach((m, i) => {
      const due = checkDate(m.dueDate, `milestones[${i}].dueDate`);
      if (due > deadline) throw fail(PlanReasons.MILESTONE_AFTER_DEADLINE, { field: `milestones[${i}].dueDate` });
      this.em.create(PlanMilestone, {
        item,
        title: checkText(m.title, `milestones[${i}].title`, 200),
        dueDate: due,
        sortOrder: i,
      });
    });
    await this.attachEvidence(p, evidenceFileIds, 'PlanItem', item);
    return item;
  }

  /** Changes to an item; evidence files are added to those it has. */
  async updateItem(
    p: Principal,
    id: number,
    data: PlanItemData,
    version?: number,
    evidenceFileIds?: readonly string[] | null,
  ): Promise<PlanItem> {
    const item = await this.getItem(p, id);
    this.assertMayEditItem(p, item);
    if (version !== undefined) await this.em.lock(item, LockMode.OPTIMISTIC, version);
    if (data.title !== undefined) item.title = checkText(data.title, 'title', 200);
    if (data.description !== undefined) item.description = data.description?.trim() || null;
    if (data.deadline !== undefined) item.deadline = checkDate(data.deadline, 'deadline');
    if (data.keyTaskId !== undefined) item.keyTask = await this.keyTask(data.keyTaskId);
    if (data.responsiblePersonId !== undefined) item.responsiblePerson = await this.person(data.responsiblePersonId);
    if (data.unitId) {
      const unit = await this.readableUnit(p, data.unitId, 'unitId');
      if (!unit.path.startsWith(item.plan.unit.path)) throw fail(PlanReasons.UNIT_OUTSIDE_PLAN, { field: 'unitId' });
      item.unit = unit;
    }
    if (data.sortOrder !== undefined) item.sortOrder = data.sortOrder;
    this.applyStatus(item, data);
    item.updatedAt = this.now();
    await this.attachEvidence(p, evidenceFileIds, 'PlanItem', item);
    return item;
  }

  /** Status and progress move together: DONE is 100 % with a completion time; leaving DONE clears it. */
  private applyStatus(item: PlanItem, data: PlanItemData): void {
    if (data.progress !== undefined && data.progress !== null) {
      if (!Number.isInteger(data.progress) || data.progress < 0 || data.progress > 100)
        throw fail(PlanReasons.PROGRESS_RANGE, { field: 'progress' });
      item.progress = data.progress;
      if (data.status === undefined || data.status === null) {
        if (data.progress === 100) data.status = PlanItemStatus.DONE;
        else if (data.progress > 0 && item.status === PlanItemStatus.NOT_STARTED)
          data.status = PlanItemStatus.IN_PROGRESS;
        else if (item.status === PlanItemStatus.DONE) data.status = PlanItemStatus.IN_PROGRESS;
      }
    }
    if (data.status) {
      item.status = data.status;
      if (data.status === PlanItemStatus.DONE) {
        item.progress = 100;
        item.completedAt ??= this.now();
      } else {
        item.completedAt = null;
        if (item.progress === 100) item.progress = 99;
        if (data.status === PlanItemStatus.NOT_STARTED && data.progress === undefined) item.progress = 0;
      }
    }
  }

  async updateMilestone(
    p: Principal,
    id: number,
    data: { title?: string; dueDate?: string; doneOn?: string | null },
  ): Promise<PlanMilestone> {
    const m = await this.em.findOne(PlanMilestone, { id }, { populate: ['item.unit', 'item.plan.unit'] });
    if (!m || !(p.canRead(m.item.unit.path) || p.canRead(m.item.plan.unit.path)))
      throw fail(PlanmilestoneReasons.NOT_FOUND);
    this.assertMayEditItem(p, m.item);
    if (data.title !== undefined) m.title = checkText(data.title, 'title', 200);
    if (data.dueDate !== undefined) {
      m.dueDate = checkDate(data.dueDate, 'dueDate');
      if (m.dueDate > m.item.deadline) throw fail(PlanReasons.MILESTONE_AFTER_DEADLINE, { field: 'dueDate' });
    }
    if (data.doneOn !== undefined) m.doneOn = data.doneOn ? checkDate(data.doneOn, 'doneOn') : null;
    m.updatedAt = this.now();
    return m;
  }

  async addMilestone(p: Principal, itemId: number, data: { title: string; dueDate: string }): Promise<PlanMilestone> {
    const item = await this.getItem(p, itemId);
    this.assertMayEditItem(p, item);
    const due = checkDate(data.dueDate, 'dueDate');
    if (due > item.deadline) throw fail(PlanReasons.MILESTONE_AFTER_DEADLINE, { field: 'dueDate' });
    const n = await this.em.count(PlanMilestone, { item });
    return this.em.create(PlanMilestone, {
      item,
      title: checkText(data.title, 'title', 200),
      dueDate: due,
      sortOrder: n,
    });
  }

  private async keyTask(id: number | null | undefined): Promise<KeyTask | null> {
    if (!id) return null;
    const k = await this.em.findOne(KeyTask, { id });
    if (!k) throw fail(PlanReasons.KEY_TASK_NOT_FOUND, { field: 'keyTaskId' });
    return k;
  }

  private async person(id: number | null | undefined): Promise<Person | null> {
    if (!id) return null;
    const person = await this.em.findOne(Person, { id });
    if (!person) throw fail(PlanReasons.PERSON_NOT_FOUND, { field: 'responsiblePersonId' });
    return person;
  }

  // ---- aggregates (one SQL statement each, whatever the number of units) ----

  /** A plan's roll-up: its own items and those of every plan of the same year below its unit. */
  async rollups(planIds: readonly number[]): Promise<PlanRollup[]> {
    const today = this.today();
    const rows = await this.em.execute<Record<string, string | number>[]>(
      `select p.id as plan_id,
              count(i.id)::int as total,
              (count(i.id) filter (where i.status = 'NOT_STARTED'))::int as not_started,
              (count(i.id) filter (where i.status = 'IN_PROGRESS'))::int as in_progress,
              (count(i.id) filter (where i.status = 'DONE'))::int as done,
              (count(i.id) filter (where i.status <> 'DONE' and i.deadline < ?))::int as overdue,
              coalesce(round(avg(i.progress)::numeric, 1), 0)::float as completion,
              count(distinct cp.id)::int as units
         from plan p
         join unit u on u.id = p.unit_id
         join unit cu on cu.path like u.path || '%'
         join plan cp on cp.unit_id = cu.id and cp.year = p.year
         left join plan_item i on i.plan_id = cp.id
        where p.id in (${planIds.map(() => '?').join(',')})
        group by p.id`,
      [today, ...planIds],
    );
    const map = new Map(rows.map((r) => [Number(r.plan_id), r]));
    return planIds.map((id) => {
      const r = map.get(id);
      return {
        planId: id,
        total: Number(r?.total ?? 0),
        notStarted: Number(r?.not_started ?? 0),
        inProgress: Number(r?.in_progress ?? 0),
        done: Number(r?.done ?? 0),
        overdue: Number(r?.overdue ?? 0),
        completion: Number(r?.completion ?? 0),
        units: Number(r?.units ?? 0),
      };
    });
  }

  /**
   * 挂图作战: for every child unit of `unitId`, items (by responsible unit, whole subtree) of the year's
   * plans by status, overdue, next deadline, completion, star levels and star goals. Two statements:
   * the unit, then one aggregate.
   */
  async battleMap(p: Principal, unitId: number, year: number): Promise<{ unit: Unit; rows: BattleMapRowData[] }> {
    const unit = await this.readableUnit(p, unitId);
    const today = this.today();
    const rows = await this.em.execute<Record<string, unknown>[]>(
      `with kids as (select id, name, level, path, sort_order from unit where parent_id = ?),
       items as (
         select k.id as kid,
                count(i.id)::int as total,
                (count(i.id) filter (where i.status = 'NOT_STARTED'))::int as not_started,
                (count(i.id) filter (where i.status = 'IN_PROGRESS'))::int as in_progress,
                (count(i.id) filter (where i.status = 'DONE'))::int as done,
                (count(i.id) filter (where i.status <> 'DONE' and i.deadline < ?))::int as overdue,
                min(i.deadline) filter (where i.status <> 'DONE' and i.deadline >= ?)::text as next_deadline,
                coalesce(round(avg(i.progress)::numeric, 1), 0)::float as completion
           from kids k
           join unit u on u.path like k.path || '%'
           join plan_item i on i.unit_id = u.id
           join plan pl on pl.id = i.plan_id and pl.year = ?
          group by k.id),
       levels as (
         select k.id as kid, b.id as bid, count(bs.id)::int as lvl
           from kids k
           join unit b on b.path like k.path || '%' and b.level = 'BRANCH'
           left join branch_star bs on bs.branch_id = b.id and bs.until is null
          group by k.id, b.id),
       lv as (
         select kid, count(*)::int as branches,
                array[count(*) filter (where lvl = 0), count(*) filter (where lvl = 1), count(*) filter (where lvl = 2),
                      count(*) filter (where lvl = 3), count(*) filter (where lvl = 4), count(*) filter (where lvl >= 5)]::int[] as by_level,
                max(lvl)::int as max_lvl
           from levels group by kid),
       goals as (
         select k.id as kid,
                (count(ps.id) filter (where ps.intent = 'KEEP'))::int as keep,
                (count(ps.id) filter (where ps.intent = 'TARGET'))::int as target,
                (count(ps.id) filter (where ps.intent = 'STRIVE'))::int as strive
           from kids k
           join unit b on b.path like k.path || '%'
           join plan bp on bp.unit_id = b.id and bp.year = ?
           join plan_star ps on ps.plan_id = bp.id
          group by k.id)
       select k.id, k.name, k.level, items.total, items.not_started, items.in_progress, items.done, items.overdue,
              items.next_deadline, items.completion, lv.branches, lv.by_level, lv.max_lvl, goals.keep, goals.target, goals.strive
         from kids k
         left join items on items.kid = k.id
         left join lv on lv.kid = k.id
         left join goals on goals.kid = k.id
        order by k.sort_order, k.id`,
      [unit.id, today, today, year, year],
    );
    return {
      unit,
      rows: rows.map((r) => ({
        unitId: Number(r.id),
        unitName: String(r.name),
        unitLevel: r.level as UnitLevel,
        total: Number(r.total ?? 0),
        notStarted: Number(r.not_started ?? 0),
        inProgress: Number(r.in_progress ?? 0),
        done: Number(r.done ?? 0),
        overdue: Number(r.overdue ?? 0),
        nextDeadline: (r.next_deadline as string | null) ?? null,
        completion: Number(r.completion ?? 0),
        starLevel: r.level === UnitLevel.BRANCH ? Number(r.max_lvl ?? 0) : null,
        branches: Number(r.branches ?? 0),
        branchesByLevel: (r.by_level as number[] | null)?.map(Number) ?? [0, 0, 0, 0, 0, 0],
        keepStars: Number(r.keep ?? 0),
        targetStars: Number(r.target ?? 0),
        striveStars: Number(r.strive ?? 0),
      })),
    };
  }
}
