import { LockMode, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { anyOf, assertReadable, assertRoleOver, pathScope } from '../../common/access';
import { InputReasons } from '../../common/common.errors';
import { fail } from '../../common/reasons';
import { checkDate, checkPeriod, checkText } from '../../common/validate';
import { orderBy, offset, type ListArgs, type Page } from '../../graphql/pagination';
import { UserRole } from '../../common/roles';
import type { Principal } from '../../common/principal';
import {
  ContactpointReasons,
  ContactPointReasons,
  DepartmentReasons,
  StarCodeReasons,
  TaskforceReasons,
  TaskForceReasons,
  UnitReasons,
} from './org.errors';
import { StarType } from './star-type.entity';
import { ContactPoint } from './contact-point.entity';
import { Department } from './department.entity';
import { PositionRole, UnitLevel } from './org.enums';
import { Person } from './person.entity';
import { Position } from './position.entity';
import { StarTaskForce } from './task-force.entity';
import { Unit } from './unit.entity';

const ADMIN = [UserRole.DISTRICT_ADMIN];

/** Condition on a `district` relation: districts the principal reads, or lies inside. */
function districtScope(p: Principal): FilterQuery<Unit> {
  const inside = p.readPrefixes().map((prefix) => ({ path: { $like: `${prefix}%` } }));
  // A grant below the district (a township) still sees its district's departments and task forces.
  const above = p.grants.map((g) => ({ path: { $in: ancestorPaths(g.unitPath) } }));
  return anyOf<FilterQuery<Unit>>([...inside, ...above]);
}

function ancestorPaths(path: string): string[] {
  const ids = path.split('.').filter(Boolean);
  return ids.map((_, i) => `${ids.slice(0, i + 1).join('.')}.`);
}

/** Records that belong to a district as a whole: departments, star task forces, contact points. */
export class DistrictService {
  constructor(private readonly em: EntityManager) {}

  async district(p: Principal, id: number | undefined, field: string): Promise<Unit> {
    if (!id) throw fail(InputReasons.REQUIRED, { field, params: { field } });
    const unit = await this.em.findOne(Unit, { id });
    if (!unit || !p.canReadDistrictLevel(unit.path))
      throw fail(UnitReasons.NOT_FOUND, { code: 'BAD_USER_INPUT', field });
    if (unit.level !== UnitLevel.DISTRICT) throw fail(UnitReasons.NOT_A_DISTRICT, { field });
    return unit;
  }

  // ---- departments --------------------------------------------------------------------------

  async listDepartments(
    p: Principal,
    filter: { districtId?: number | null; ids?: number[] | null },
    args: ListArgs,
  ): Promise<Page<Department>> {
    const where: FilterQuery<Department>[] = [{ district: districtScope(p) }];
    if (filter.districtId) where.push({ district: filter.districtId });
    if (filter.ids) where.push({ id: { $in: filter.ids } });
    const [items, total] = await this.em.findAndCount(
      Department,
      { $and: where },
      {
        orderBy: orderBy(args, { id: 'id', name: 'name', code: 'code', sortOrder: 'sortOrder' }, 'sortOrder'),
        ...offset(args),
      },
    );
    return { items, total };
  }

  async getDepartment(p: Principal, id: number): Promise<Department> {
    const d = await this.em.findOne(Department, { id }, { populate: ['district'] });
    if (!d || !p.canReadDistrictLevel(d.district.path)) throw fail(DepartmentReasons.NOT_FOUND);
    return d;
  }

  async createDepartment(
    p: Principal,
    data: { districtId?: number; code?: string; name?: string; shortName?: string | null; sortOrder?: number },
  ): Promise<Department> {
    const district = await this.district(p, data.districtId, 'districtId');
    assertRoleOver(p, district.path, DepartmentReasons, ADMIN, true);
    const code = checkText(data.code ?? '', 'code', 40);
    if (await this.em.count(Department, { district, code }))
      throw fail(DepartmentReasons.CODE_TAKEN, { field: 'code', params: { code } });
    return this.em.create(Department, {
      district,
      code,
      name: checkText(data.name ?? '', 'name', 100),
      shortName: data.shortName?.trim() || null,
      sortOrder: data.sortOrder ?? 0,
    });
  }

  async updateDepartment(
    p: Principal,
    id: number,
    data: { name?: string; shortName?: string | null; sortOrder?: number },
    version?: number,
  ): Promise<Department> {
    const d = await this.getDepartment(p, id);
    assertRoleOver(p, d.district.path, DepartmentReasons, ADMIN, true);
    if (version !== undefined) await this.em.lock(d, LockMode.OPTIMISTIC, version);
    if (data.name !== undefined) d.name = checkText(data.name, 'name', 100);
    if (data.shortName !== undefined) d.shortName = data.shortName?.trim() || null;
    if (data.sortOrder !== undefined) d.sortOrder = data.sortOrder;
    return d;
  }

  // ---- task forces --------------------------------------------------------------------------

  async listTaskForces(
    p: Principal,
    filter: { districtId?: number | null; starCode?: string | null; ids?: number[] | null },
    args: ListArgs,
  ): Promise<Page<StarTaskForce>> {
    const where: FilterQuery<StarTaskForce>[] = [{ district: districtScope(p) }];
    if (filter.districtId) where.push({ district: filter.districtId });
    if (filter.starCode) where.push({ starType: { code: filter.starCode } });
    if (filter.ids) where.push({ id: { $in: filter.ids } });
    const [items, total] = await this.em.findAndCount(
      StarTaskForce,
      { $and: where },
      {
        orderBy: orderBy(args, { id: 'id', name: 'name', starCode: 'starType.sortOrder' }, 'starCode'),
        populate: ['starType'],
        ...offset(args),
      },
    );
    return { items, total };
  }

  async getTaskForce(p: Principal, id: number): Promise<StarTaskForce> {
    const tf = await this.em.findOne(StarTaskForce, { id }, { populate: ['district'] });
    if (!tf || !p.canReadDistrictLevel(tf.district.path)) throw fail(TaskforceReasons.NOT_FOUND);
    return tf;
  }

  async createTaskForce(
    p: Principal,
    data: { districtId?: number; starCode?: string; leadDepartmentId?: number; name?: string },
  ): Promise<StarTaskForce> {
    const district = await this.district(p, data.districtId, 'districtId');
    assertRoleOver(p, district.path, TaskforceReasons, ADMIN, true);
    const starType = await this.star(data.starCode);
    if (await this.em.count(StarTaskForce, { district, starType })) {
      throw fail(TaskForceReasons.EXISTS, { field: 'starCode' });
    }
    const leadDepartment = await this.leadDepartment(district, data.leadDepartmentId);
    return this.em.create(StarTaskForce, {
      district,
      starType,
      leadDepartment,
      name: checkText(data.name ?? `${starType.nameZh}创建专班`, 'name', 100),
    });
  }

  async updateTaskForce(
    p: Principal,
    id: number,
    data: { leadDepartmentId?: number; name?: string },
    version?: number,
  ): Promise<StarTaskForce> {
    const tf = await this.getTaskForce(p, id);
    assertRoleOver(p, tf.district.path, TaskforceReasons, ADMIN, true);
    if (version !== undefined) await this.em.lock(tf, LockMode.OPTIMISTIC, version);
    if (data.name !== undefined) tf.name = checkText(data.name, 'name', 100);
    if (data.leadDepartmentId !== undefined)
      tf.leadDepartment = await this.leadDepartment(tf.district, data.leadDepartmentId);
    return tf;
  }

  private async leadDepartment(district: Unit, id: number | undefined): Promise<Department> {
    const d = id ? await this.em.findOne(Department, { id, district }) : null;
    if (!d) throw fail(TaskForceReasons.DEPARTMENT_NOT_FOUND, { field: 'leadDepartmentId' });
    return d;
  }

  private async star(code: string | undefined): Promise<StarType> {
    const s = code ? await this.em.findOne(StarType, { code }) : null;
    if (!s) throw fail(StarCodeReasons.UNKNOWN_STAR_CODE, { field: 'starCode', params: { code: code ?? '' } });
    return s;
  }

  // ---- contact points -----------------------------------------------------------------------

  async listContactPoints(
    p: Principal,
    filter: {
      leaderId?: number | null;
      unitId?: number | null;
      withinId?: number | null;
      activeOn?: string | null;
      ids?: number[] | null;
    },
    args: ListArgs,
  ): Promise<Page<ContactPoint>> {
    const where: FilterQuery<ContactPoint>[] = [{ unit: pathScope(p) }];
    if (filter.leaderId) where.push({ leader: filter.leaderId });
    if (filter.ids) where.push({ id: { $in: filter.ids } });
    if (filter.unitId) where.push({ unit: filter.unitId });
    if (filter.withinId) {
      const root = await this.em.findOne(Unit, { id: filter.withinId }, { fields: ['path'] });
      if (!root) return { items: [], total: 0 };
      where.push({ unit: { path: { $like: `${root.path}%` } } });
    }
    if (filter.activeOn) {
      const d = checkDate(filter.activeOn, 'filter.activeOn');
      where.push({ startDate: { $lte: d }, $or: [{ endDate: null }, { endDate: { $gte: d } }] });
    }
    const [items, total] = await this.em.findAndCount(
      ContactPoint,
      { $and: where },
      {
        orderBy: orderBy(args, { id: 'id', startDate: 'startDate' }, 'id'),
        ...offset(args),
      },
    );
    return { items, total };
  }

  async getContactPoint(p: Principal, id: number): Promise<ContactPoint> {
    const cp = await this.em.findOne(ContactPoint, { id }, { populate: ['unit'] });
    if (!cp) throw fail(ContactpointReasons.NOT_FOUND);
    assertReadable(p, cp.unit.path, ContactpointReasons);
    return cp;
  }

  /** A county-level leader takes a contact point in a township-level unit or a branch. */
  async createContactPoint(
    p: Principal,
    data: { leaderId?: number; unitId?: number; startDate?: string; endDate?: string | null; note?: string | null },
  ): Promise<ContactPoint> {
    const unit = data.unitId ? await this.em.findOne(Unit, { id: data.unitId }) : null;
    if (!unit || !p.canRead(unit.path)) throw fail(UnitReasons.NOT_FOUND, { code: 'BAD_USER_INPUT', field: 'unitId' });
    if (unit.level !== UnitLevel.TOWNSHIP && unit.level !== UnitLevel.BRANCH) {
      throw fail(ContactPointReasons.WRONG_UNIT_LEVEL, { field: 'unitId' });
    }
    assertRoleOver(p, unit.path, ContactpointReasons, ADMIN);
    const startDate = checkDate(data.startDate ?? '', 'startDate');
    const endDate = data.endDate ? checkDate(data.endDate, 'endDate') : null;
    checkPeriod(startDate, endDate);
    const leader = data.leaderId ? await this.em.findOne(Person, { id: data.leaderId }) : null;
    if (!leader) throw fail(ContactPointReasons.LEADER_NOT_FOUND, { field: 'leaderId' });
    const isCountyLeader = await this.em.count(Position, {
      person: leader,
      role: PositionRole.COUNTY_LEADER,
      startDate: { $lte: endDate ?? '9999-12-31' },
      $or: [{ endDate: null }, { endDate: { $gte: startDate } }],
    });
    if (!isCountyLeader) throw fail(ContactPointReasons.NOT_A_COUNTY_LEADER, { field: 'leaderId' });
    return this.em.create(ContactPoint, { leader, unit, startDate, endDate, note: data.note?.trim() || null });
  }

  async updateContactPoint(
    p: Principal,
    id: number,
    data: { endDate?: string | null; note?: string | null },
    version?: number,
  ): Promise<ContactPoint> {
    const cp = await this.getContactPoint(p, id);
    assertRoleOver(p, cp.unit.path, ContactpointReasons, ADMIN);
    if (version !== undefined) await this.em.lock(cp, LockMode.OPTIMISTIC, version);
    if (data.endDate !== undefined) cp.endDate = data.endDate ? checkDate(data.endDate, 'endDate') : null;
    if (data.note !== undefined) cp.note = data.note?.trim() || null;
    checkPeriod(cp.startDate, cp.endDate);
    return cp;
  }
}

export { ancestorPaths };
