/** Registers of party volunteers and integrity supervisors, their activities, and the 微权说廉 pledges. */
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { anyOf } from '../../common/access';
import type { Principal } from '../../common/principal';
import { fail } from '../../common/reasons';
import { UserRole } from '../../common/roles';
import { checkDate, checkText } from '../../common/validate';
import { orderBy, offset, type ListArgs, type Page } from '../../graphql/pagination';
import { Person, Unit, UnitLevel } from '../org/public';
import { CommunityActivity, CommunityMember, CommunityPledge } from './community.entity';
import { CommunityReasons, ResidentRequestReasons } from './residents.errors';
import type { CommunityActivityKind, CommunityMemberKind } from './residents.enums';

const EDITORS = [UserRole.BRANCH_STAFF, UserRole.TOWNSHIP_STAFF, UserRole.DISTRICT_ADMIN];

export interface MemberData {
  unitId?: number;
  kind?: CommunityMemberKind;
  name?: string;
  personId?: number | null;
  note?: string | null;
  joinedOn?: string;
  active?: boolean | null;
}

export interface ActivityData {
  unitId: number;
  heldOn: string;
  kind: CommunityActivityKind;
  title: string;
  participants: number;
  residentsReached: number;
}

export interface PledgeData {
  unitId: number;
  officialName: string;
  post: string;
  pledge: string;
  signedOn: string;
}

function count(v: number, field: string): number {
  if (!Number.isInteger(v) || v < 0 || v > 100_000) throw fail(CommunityReasons.BAD_COUNT, { field });
  return v;
}

type Scoped = CommunityMember | CommunityActivity | CommunityPledge;

export class CommunityService {
  constructor(private readonly em: EntityManager) {}

  private scope<T extends Scoped>(p: Principal): FilterQuery<T> {
    return anyOf(p.readPrefixes().map((prefix) => ({ unit: { path: { $like: `${prefix}%` } } }))) as FilterQuery<T>;
  }

  /** A community (or township) the principal may edit the registers of. */
  private async editable(p: Principal, unitId: number): Promise<Unit> {
    const unit = await this.em.findOne(Unit, { id: unitId });
    if (!unit || !p.canRead(unit.path)) throw fail(ResidentRequestReasons.UNKNOWN_COMMUNITY, { field: 'unitId' });
    if (unit.level !== UnitLevel.BRANCH && unit.level !== UnitLevel.TOWNSHIP)
      throw fail(ResidentRequestReasons.NOT_A_COMMUNITY, { field: 'unitId' });
    if (!p.hasRoleOver(unit.path, ...EDITORS)) throw fail(CommunityReasons.FORBIDDEN);
    return unit;
  }

  private async unitFilter(unitId: number | null | undefined): Promise<FilterQuery<Scoped> | null> {
    if (!unitId) return null;
    const u = await this.em.findOne(Unit, { id: unitId }, { fields: ['path'] });
    return u ? { unit: { path: { $like: `${u.path}%` } } } : { id: { $lt: 0 } };
  }

  async listMembers(
    p: Principal,
    args: ListArgs,
    filter: { unitId?: number | null; kind?: CommunityMemberKind | null } = {},
  ): Promise<Page<CommunityMember>> {
    const where: FilterQuery<CommunityMember>[] = [this.scope<CommunityMember>(p)];
    const u = await this.unitFilter(filter.unitId);
    if (u) where.push(u as FilterQuery<CommunityMember>);
    if (filter.kind) where.push({ kind: filter.kind });
    const [items, total] = await this.em.findAndCount(
      CommunityMember,
      { $and: where },
      { orderBy: orderBy(args, { id: 'id', name: 'name', joinedOn: 'joinedOn' }, 'id'), ...offset(args) },
    );
    return { items, total };
  }

  async createMember(p: Principal, data: MemberData): Promise<CommunityMember> {
    const unit = await this.editable(p, data.unitId ?? 0);
    return this.em.create(CommunityMember, {
      unit,
      kind: data.kind!,
      name: checkText(data.name ?? '', 'name', 40),
      person: await this.person(unit, data.personId ?? null),
      note: data.note?.trim() ? checkText(data.note, 'note', 200) : null,
      joinedOn: checkDate(data.joinedOn ?? '', 'joinedOn'),
    });
  }

  async updateMember(p: Principal, id: number, data: MemberData): Promise<CommunityMember> {
    const m = await this.em.findOne(
      CommunityMember,
      { $and: [{ id }, this.scope<CommunityMember>(p)] },
      { populate: ['unit'] },
    );
    if (!m) throw fail(CommunityReasons.NOT_FOUND);
    await this.editable(p, m.unit.id);
    if (data.name !== undefined) m.name = checkText(data.name, 'name', 40);
    if (data.note !== undefined) m.note = data.note?.trim() ? checkText(data.note, 'note', 200) : null;
    if (data.personId !== undefined) m.person = await this.person(m.unit, data.personId);
    if (data.joinedOn !== undefined) m.joinedOn = checkDate(data.joinedOn, 'joinedOn');
    if (data.active !== undefined && data.active !== null) m.active = data.active;
    return m;
  }

  /** A linked person must be on the community's own register of members. */
  private async person(unit: Unit, personId: number | null): Promise<Person | null> {
    if (personId === null) return null;
    const person = await this.em.findOne(Person, { id: personId, unit: unit.id });
    if (!person) throw fail(CommunityReasons.UNKNOWN_PERSON, { field: 'personId' });
    return person;
  }

  async listActivities(
    p: Principal,
    args: ListArgs,
    filter: { unitId?: number | null; from?: string | null; to?: string | null } = {},
  ): Promise<Page<CommunityActivity>> {
    const where: FilterQuery<CommunityActivity>[] = [this.scope<CommunityActivity>(p)];
    const u = await this.unitFilter(filter.unitId);
    if (u) where.push(u as FilterQuery<CommunityActivity>);
    if (filter.from) where.push({ heldOn: { $gte: checkDate(filter.from, 'from') } });
    if (filter.to) where.push({ heldOn: { $lte: checkDate(filter.to, 'to') } });
    const [items, total] = await this.em.findAndCount(
      CommunityActivity,
      { $and: where },
      { orderBy: orderBy(args, { id: 'id', heldOn: 'heldOn' }, 'heldOn'), ...offset(args) },
    );
    return { items, total };
  }

  async createActivity(p: Principal, data: ActivityData): Promise<CommunityActivity> {
    const unit = await this.editable(p, data.unitId);
    return this.em.create(CommunityActivity, {
      unit,
      heldOn: checkDate(data.heldOn, 'heldOn'),
      kind: data.kind,
      title: checkText(data.title ?? '', 'title', 100),
      participants: count(data.participants, 'participants'),
      residentsReached: count(data.residentsReached, 'residentsReached'),
    });
  }

  /** Activities by month of a year in a subtree: how many, how many took part, how many residents reached. */
  async monthlyActivity(
    p: Principal,
    unitId: number,
    year: number,
  ): Promise<{ month: string; activities: number; participants: number; residentsReached: number }[]> {
    const unit = await this.em.findOne(Unit, { id: unitId });
    if (!unit || !p.canRead(unit.path)) throw fail(ResidentRequestReasons.UNKNOWN_COMMUNITY, { field: 'unitId' });
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw fail(ResidentRequestReasons.BAD_MONTH, { field: 'year' });
    return this.em.execute(
      `select to_char(a.held_on, 'YYYY-MM') as month, count(*)::int as activities,
         coalesce(sum(a.participants), 0)::int as participants, coalesce(sum(a.residents_reached), 0)::int as "residentsReached"
       from community_activity a join unit u on u.id = a.unit_id
       where u.path like ? and a.held_on >= ? and a.held_on < ?
       group by 1 order by 1`,
      [`${unit.path}%`, `${year}-01-01`, `${year + 1}-01-01`],
    );
  }

  async listPledges(
    p: Principal,
    args: ListArgs,
    filter: { unitId?: number | null } = {},
  ): Promise<Page<CommunityPledge>> {
    const where: FilterQuery<CommunityPledge>[] = [this.scope<CommunityPledge>(p)];
    const u = await this.unitFilter(filter.unitId);
    if (u) where.push(u as FilterQuery<CommunityPledge>);
    const [items, total] = await this.em.findAndCount(
      CommunityPledge,
      { $and: where },
      { orderBy: orderBy(args, { id: 'id', signedOn: 'signedOn' }, 'id'), ...offset(args) },
    );
    return { items, total };
  }

  async createPledge(p: Principal, data: PledgeData): Promise<CommunityPledge> {
    const unit = await this.editable(p, data.unitId);
    return this.em.create(CommunityPledge, {
      unit,
      officialName: checkText(data.officialName ?? '', 'officialName', 40),
      post: checkText(data.post ?? '', 'post', 60),
      pledge: checkText(data.pledge ?? '', 'pledge', 2000),
      signedOn: checkDate(data.signedOn ?? '', 'signedOn'),
    });
  }

  /** The public page's pledges: published ones of one community (no sign-in). */
  async publicPledges(unitId: number): Promise<{ unit: Unit; pledges: CommunityPledge[] }> {
    const unit = await this.em.findOne(Unit, { id: unitId });
    if (!unit || (unit.level !== UnitLevel.BRANCH && unit.level !== UnitLevel.TOWNSHIP))
      throw fail(ResidentRequestReasons.UNKNOWN_COMMUNITY, { field: 'unitId' });
    const pledges = await this.em.find(CommunityPledge, { unit: unit.id, published: true }, { orderBy: { id: 'asc' } });
    return { unit, pledges };
  }
}
