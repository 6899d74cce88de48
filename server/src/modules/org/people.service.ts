import { LockMode, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { assertReadable, assertRoleOver, pathScope, starScope } from '../../common/access';
import { shanghaiDate } from '../../common/dates';
import { InputReasons } from '../../common/common.errors';
import { fail } from '../../common/reasons';
import { checkDate, checkPeriod, checkPhone, checkText, likeEscape } from '../../common/validate';
import { orderBy, offset, type ListArgs, type Page } from '../../graphql/pagination';
import { UserRole } from '../../common/roles';
import type { Principal } from '../../common/principal';
import {
  PersonReasons,
  PositionReasons,
  StarCodeReasons,
  StarownerReasons,
  StarOwnerReasons,
  UnitReasons,
} from './org.errors';
import { StarType } from './star-type.entity';
import { Department } from './department.entity';
import { PositionRole, ROLE_PLACE, SINGLE_HOLDER_ROLES, UnitLevel } from './org.enums';
import { Person } from './person.entity';
import { Position } from './position.entity';
import { StarOwner } from './star-owner.entity';
import { StarTaskForce } from './task-force.entity';
import { Unit } from './unit.entity';

const ADMIN = [UserRole.DISTRICT_ADMIN];
const ADMIN_OR_TOWNSHIP = [UserRole.DISTRICT_ADMIN, UserRole.TOWNSHIP_STAFF];

export interface PersonData {
  name?: string;
  title?: string | null;
  phone?: string | null;
  code?: string | null;
  unitId?: number;
}

export interface PositionData {
  personId?: number;
  role?: PositionRole;
  unitId?: number | null;
  departmentId?: number | null;
  taskForceId?: number | null;
  startDate?: string;
  endDate?: string | null;
  title?: string | null;
}

export interface StarOwnerData {
  branchId?: number;
  starCode?: string;
  personId?: number;
  startDate?: string;
  endDate?: string | null;
}

/** Who may create or edit a person of a unit of this level (over the unit's path). */
export function personEditorRoles(level: UnitLevel): UserRole[] {
  return level === UnitLevel.BRANCH ? ADMIN_OR_TOWNSHIP : ADMIN;
}

/** Who may appoint to a role (over the position's scope unit): township staff appoint within branches only. */
export function positionEditorRoles(role: PositionRole): UserRole[] {
  return role === PositionRole.BRANCH_SECRETARY || role === PositionRole.BRANCH_MEMBER ? ADMIN_OR_TOWNSHIP : ADMIN;
}

/** An open-ended period compared as dates: `[start, end]`, end null = still running. */
export function overlaps(aStart: string, aEnd: string | null, bStart: string, bEnd: string | null): boolean {
  return aStart <= (bEnd ?? '9999-12-31') && bStart <= (aEnd ?? '9999-12-31');
}

/** People, their positions, and star owners (包星): the lower half of the accountability chain. */
export class PeopleService {
  constructor(private readonly em: EntityManager) {}

  // ---- people -------------------------------------------------------------------------------

  async listPeople(
    p: Principal,
    filter: { unitId?: number | null; withinId?: number | null; search?: string | null; ids?: number[] | null },
    args: ListArgs,
  ): Promise<Page<Person>> {
    const where: FilterQuery<Person>[] = [{ unit: pathScope(p) }];
    if (filter.unitId) where.push({ unit: filter.unitId });
    if (filter.withinId) {
      const root = await this.em.findOne(Unit, { id: filter.withinId }, { fields: ['path'] });
      if (!root) return { items: [], total: 0 };
      where.push({ unit: { path: { $like: `${root.path}%` } } });
    }
    if (filter.ids) where.push({ id: { $in: filter.ids } });
    if (filter.search?.trim()) where.push({ name: { $ilike: `%${likeEscape(filter.search.trim())}%` } });
    const [items, total] = await this.em.findAndCount(
      Person,
      { $and: where },
      {
        orderBy: orderBy(args, { id: 'id', name: 'name', createdAt: 'createdAt' }, 'name'),
        ...offset(args),
      },
    );
    return { items, total };
  }

  async getPerson(p: Principal, id: number): Promise<Person> {
    const person = await this.em.findOne(Person, { id }, { populate: ['unit'] });
    if (!person) throw fail(PersonReasons.NOT_FOUND);
    assertReadable(p, person.unit.path, PersonReasons);
    return person;
  }

  async createPerson(p: Principal, data: PersonData): Promise<Person> {
    const unit = await this.placeUnit(p, data.unitId, 'unitId');
    assertRoleOver(p, unit.path, PersonReasons, personEditorRoles(unit.level));
    return this.em.create(Person, {
      name: checkText(data.name ?? '', 'name', 50),
      title: data.title?.trim() || null,
      phone: data.phone?.trim() ? checkPhone(data.phone, 'phone') : null,
      code: data.code?.trim() || null,
      unit,
    });
  }

  async updatePerson(p: Principal, id: number, data: PersonData, version?: number): Promise<Person> {
    const person = await this.getPerson(p, id);
    assertRoleOver(p, person.unit.path, PersonReasons, personEditorRoles(person.unit.level));
    if (version !== undefined) await this.em.lock(person, LockMode.OPTIMISTIC, version);
    if (data.name !== undefined) person.name = checkText(data.name, 'name', 50);
    if (data.title !== undefined) person.title = data.title?.trim() || null;
    if (data.phone !== undefined) person.phone = data.phone?.trim() ? checkPhone(data.phone, 'phone') : null;
    if (data.code !== undefined) person.code = data.code?.trim() || null;
    if (data.unitId !== undefined && data.unitId !== person.unit.id) {
      const unit = await this.placeUnit(p, data.unitId, 'unitId');
      assertRoleOver(p, unit.path, PersonReasons, personEditorRoles(unit.level));
      person.unit = unit;
    }
    return person;
  }

  // ---- positions ----------------------------------------------------------------------------

  async listPositions(
    p: Principal,
    filter: {
      personId?: number | null;
      unitId?: number | null;
      withinId?: number | null;
      taskForceId?: number | null;
      departmentId?: number | null;
      role?: PositionRole | null;
      activeOn?: string | null;
      ids?: number[] | null;
    },
    args: ListArgs,
  ): Promise<Page<Position>> {
    const where: FilterQuery<Position>[] = [{ scopeUnit: pathScope(p) }];
    if (filter.personId) where.push({ person: filter.personId });
    if (filter.ids) where.push({ id: { $in: filter.ids } });
    if (filter.unitId) where.push({ unit: filter.unitId });
    if (filter.withinId) {
      const root = await this.em.findOne(Unit, { id: filter.withinId }, { fields: ['path'] });
      if (!root) return { items: [], total: 0 };
      where.push({ scopeUnit: { path: { $like: `${root.path}%` } } });
    }
    if (filter.taskForceId) where.push({ taskForce: filter.taskForceId });
    if (filter.departmentId) where.push({ department: filter.departmentId });
    if (filter.role) where.push({ role: filter.role });
    if (filter.activeOn) {
      const d = checkDate(filter.activeOn, 'filter.activeOn');
      where.push({ startDate: { $lte: d }, $or: [{ endDate: null }, { endDate: { $gte: d } }] });
    }
    const [items, total] = await this.em.findAndCount(
      Position,
      { $and: where },
      {
        orderBy: orderBy(args, { id: 'id', role: 'role', startDate: 'startDate', endDate: 'endDate' }, 'startDate'),
        ...offset(args),
      },
    );
    return { items, total };
  }

  async getPosition(p: Principal, id: number): Promise<Position> {
    const pos = await this.em.findOne(Position, { id }, { populate: ['scopeUnit'] });
    if (!pos) throw fail(PositionReasons.NOT_FOUND);
    assertReadable(p, pos.scopeUnit.path, PositionReasons);
    return pos;
  }

  /** Appoint a person: the place must fit the role, and single-holder roles may not overlap in time. */
  async createPosition(p: Principal, data: PositionData): Promise<Position> {
    const pos = new Position();
    pos.person = await this.getPerson(p, data.personId!).catch(() => {
      throw fail(PositionReasons.PERSON_NOT_FOUND, { field: 'personId' });
    });
    pos.startDate = checkDate(data.startDate ?? '', 'startDate');
    pos.endDate = data.endDate ? checkDate(data.endDate, 'endDate') : null;
    pos.title = data.title?.trim() || null;
    await this.place(p, pos, data);
    checkPeriod(pos.startDate, pos.endDate);
    await this.checkOverlap(pos);
    this.em.persist(pos);
    return pos;
  }

  async updatePosition(p: Principal, id: number, data: PositionData, version?: number): Promise<Position> {
    const pos = await this.getPosition(p, id);
    this.assertMayManagePosition(p, pos);
    if (version !== undefined) await this.em.lock(pos, LockMode.OPTIMISTIC, version);
    if (data.personId !== undefined) throw fail(PositionReasons.PERSON_IMMUTABLE, { field: 'personId' });
    if (data.startDate !== undefined) pos.startDate = checkDate(data.startDate, 'startDate');
    if (data.endDate !== undefined) pos.endDate = data.endDate ? checkDate(data.endDate, 'endDate') : null;
    if (data.title !== undefined) pos.title = data.title?.trim() || null;
    if (
      data.role !== undefined ||
      data.unitId !== undefined ||
      data.departmentId !== undefined ||
      data.taskForceId !== undefined
    ) {
      await this.place(p, pos, {
        role: data.role ?? pos.role,
        unitId: data.unitId !== undefined ? data.unitId : pos.unit?.id,
        departmentId: data.departmentId !== undefined ? data.departmentId : pos.department?.id,
        taskForceId: data.taskForceId !== undefined ? data.taskForceId : pos.taskForce?.id,
      });
    }
    checkPeriod(pos.startDate, pos.endDate);
    await this.checkOverlap(pos);
    return pos;
  }

  /** Put the position in its unit/department/task force, after checking the place fits the role. */
  private async place(p: Principal, pos: Position, data: PositionData): Promise<void> {
    const role = data.role!;
    const rule = ROLE_PLACE[role];
    const given = [
      data.unitId ? 'unitId' : null,
      data.departmentId ? 'departmentId' : null,
      data.taskForceId ? 'taskForceId' : null,
    ].filter(Boolean);
    if (given.length !== 1) {
      const expected = rule.taskForce ? 'taskForceId' : rule.unitLevels ? 'unitId' : 'departmentId';
      throw fail(PositionReasons.PLACE_REQUIRED, { field: expected });
    }
    pos.role = role;
    pos.unit = null;
    pos.department = null;
    pos.taskForce = null;
    if (data.unitId) {
      if (!rule.unitLevels) throw fail(PositionReasons.WRONG_PLACE, { field: 'unitId', params: { role } });
      const unit = await this.placeUnit(p, data.unitId, 'unitId');
      if (!rule.unitLevels.includes(unit.level)) {
        throw fail(PositionReasons.WRONG_UNIT_LEVEL, {
          field: 'unitId',
          params: { role, levels: rule.unitLevels.join('/') },
        });
      }
      pos.unit = unit;
      pos.scopeUnit = unit;
    } else if (data.departmentId) {
      if (!rule.department) throw fail(PositionReasons.WRONG_PLACE, { field: 'departmentId', params: { role } });
      const dept = await this.em.findOne(Department, { id: data.departmentId }, { populate: ['district'] });
      if (!dept || !p.canReadDistrictLevel(dept.district.path))
        throw fail(PositionReasons.DEPARTMENT_NOT_FOUND, { field: 'departmentId' });
      pos.department = dept;
      pos.scopeUnit = dept.district;
    } else {
      if (!rule.taskForce) throw fail(PositionReasons.WRONG_PLACE, { field: 'taskForceId', params: { role } });
      const tf = await this.em.findOne(StarTaskForce, { id: data.taskForceId! }, { populate: ['district'] });
      if (!tf || !p.canReadDistrictLevel(tf.district.path))
        throw fail(PositionReasons.TASK_FORCE_NOT_FOUND, { field: 'taskForceId' });
      pos.taskForce = tf;
      pos.scopeUnit = tf.district;
    }
    this.assertMayManagePosition(p, pos);
  }

  /** Township staff appoint branch secretaries and members of their branches; all else is the district's. */
  private assertMayManagePosition(p: Principal, pos: Position): void {
    assertRoleOver(p, pos.scopeUnit.path, PositionReasons, positionEditorRoles(pos.role));
  }

  private async checkOverlap(pos: Position): Promise<void> {
    if (!SINGLE_HOLDER_ROLES.has(pos.role)) return;
    const others = await this.em.find(
      Position,
      { role: pos.role, id: { $ne: pos.id ?? 0 }, ...(pos.unit ? { unit: pos.unit } : { taskForce: pos.taskForce }) },
      { populate: ['person'] },
    );
    const clash = others.find((o) => overlaps(o.startDate, o.endDate, pos.startDate, pos.endDate));
    if (clash) {
      throw fail(PositionReasons.OVERLAP, {
        field: 'startDate',
        params: { name: clash.person.name, startDate: clash.startDate },
        extra: { conflictingPositionId: String(clash.id) },
      });
    }
  }

  // ---- star owners --------------------------------------------------------------------------

  async listStarOwners(
    p: Principal,
    filter: {
      branchId?: number | null;
      withinId?: number | null;
      starCode?: string | null;
      activeOn?: string | null;
      ids?: number[] | null;
    },
    args: ListArgs,
  ): Promise<Page<StarOwner>> {
    const where: FilterQuery<StarOwner>[] = [starScope(p, 'branch', 'starType') as FilterQuery<StarOwner>];
    if (filter.branchId) where.push({ branch: filter.branchId });
    if (filter.withinId) {
      const root = await this.em.findOne(Unit, { id: filter.withinId }, { fields: ['path'] });
      if (!root) return { items: [], total: 0 };
      where.push({ branch: { path: { $like: `${root.path}%` } } });
    }
    if (filter.ids) where.push({ id: { $in: filter.ids } });
    if (filter.starCode) where.push({ starType: { code: filter.starCode } });
    if (filter.activeOn) {
      const d = checkDate(filter.activeOn, 'filter.activeOn');
      where.push({ startDate: { $lte: d }, $or: [{ endDate: null }, { endDate: { $gte: d } }] });
    }
    const [items, total] = await this.em.findAndCount(
      StarOwner,
      { $and: where },
      {
        orderBy: orderBy(args, { id: 'id', startDate: 'startDate', starCode: 'starType' }, 'id'),
        ...offset(args),
      },
    );
    return { items, total };
  }

  async getStarOwner(p: Principal, id: number): Promise<StarOwner> {
    const owner = await this.em.findOne(StarOwner, { id }, { populate: ['branch'] });
    if (!owner || !p.canReadStar(owner.branch.path, owner.starType.code)) throw fail(StarownerReasons.NOT_FOUND);
    return owner;
  }

  /** A branch member takes a star (包星). The person must hold a branch position there on the start date. */
  async createStarOwner(p: Principal, data: StarOwnerData): Promise<StarOwner> {
    const branch = await this.placeUnit(p, data.branchId, 'branchId');
    if (branch.level !== UnitLevel.BRANCH) throw fail(StarOwnerReasons.NOT_A_BRANCH, { field: 'branchId' });
    assertRoleOver(p, branch.path, StarownerReasons, ADMIN_OR_TOWNSHIP);
    const star = await this.em.findOne(StarType, { code: data.starCode ?? '' });
    if (!star)
      throw fail(StarCodeReasons.UNKNOWN_STAR_CODE, { field: 'starCode', params: { code: data.starCode ?? '' } });
    const startDate = checkDate(data.startDate ?? shanghaiDate(), 'startDate');
    const endDate = data.endDate ? checkDate(data.endDate, 'endDate') : null;
    checkPeriod(startDate, endDate);
    const person = await this.getPerson(p, data.personId!).catch(() => {
      throw fail(StarOwnerReasons.PERSON_NOT_FOUND, { field: 'personId' });
    });
    const member = await this.em.count(Position, {
      person,
      unit: branch,
      role: { $in: [PositionRole.BRANCH_SECRETARY, PositionRole.BRANCH_MEMBER] },
      startDate: { $lte: startDate },
      $or: [{ endDate: null }, { endDate: { $gte: startDate } }],
    });
    if (!member) throw fail(StarOwnerReasons.NOT_A_BRANCH_MEMBER, { field: 'personId' });
    const current = await this.em.find(StarOwner, { branch, starType: star });
    if (current.some((o) => overlaps(o.startDate, o.endDate, startDate, endDate))) {
      throw fail(StarOwnerReasons.OVERLAP, { field: 'startDate' });
    }
    return this.em.create(StarOwner, { branch, starType: star, person, startDate, endDate });
  }

  async updateStarOwner(
    p: Principal,
    id: number,
    data: { endDate?: string | null },
    version?: number,
  ): Promise<StarOwner> {
    const owner = await this.getStarOwner(p, id);
    assertRoleOver(p, owner.branch.path, StarownerReasons, ADMIN_OR_TOWNSHIP);
    if (version !== undefined) await this.em.lock(owner, LockMode.OPTIMISTIC, version);
    if (data.endDate !== undefined) owner.endDate = data.endDate ? checkDate(data.endDate, 'endDate') : null;
    checkPeriod(owner.startDate, owner.endDate);
    return owner;
  }

  private async placeUnit(p: Principal, id: number | null | undefined, field: string): Promise<Unit> {
    if (!id) throw fail(InputReasons.REQUIRED, { field, params: { field } });
    const unit = await this.em.findOne(Unit, { id });
    if (!unit || !p.canRead(unit.path)) throw fail(UnitReasons.NOT_FOUND, { code: 'BAD_USER_INPUT', field });
    return unit;
  }
}
