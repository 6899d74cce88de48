import type { EntityManager } from '@mikro-orm/postgresql';
import { shanghaiDate } from '../../common/dates';
import { fail } from '../../common/reasons';
import type { Principal } from '../../common/principal';
import { ChainReasons, StarCodeReasons } from './org.errors';
import { StarType } from './star-type.entity';
import { ContactPoint } from './contact-point.entity';
import { Department } from './department.entity';
import { ChainRole, PositionRole, UnitLevel } from './org.enums';
import { Person } from './person.entity';
import { Position } from './position.entity';
import { StarOwner } from './star-owner.entity';
import { StarTaskForce } from './task-force.entity';
import { Unit } from './unit.entity';
import type { UnitService } from './unit.service';

export interface ChainLinkData {
  role: ChainRole;
  duty: string;
  dutyEn: string;
  person: Person | null;
  unit: Unit | null;
  department: Department | null;
  since: string | null;
  until: string | null;
}

export interface ChainData {
  branch: Unit;
  starType: StarType;
  date: string;
  links: ChainLinkData[];
}

const DUTY_EN: Record<ChainRole, string> = {
  STAR_OWNER: 'owns the star',
  BRANCH_SECRETARY: 'first responsible',
  TOWNSHIP_SECRETARY: 'directly in charge',
  COUNTY_LEADER: 'contact point (reviews village by village)',
  TASK_FORCE_LEADER: 'leads the star task force',
  ORGANIZATION_MINISTER: 'in charge',
  PARTY_SECRETARY: 'leads',
};

const DUTY: Record<ChainRole, string> = {
  STAR_OWNER: '包星',
  BRANCH_SECRETARY: '支部书记（第一责任人）',
  TOWNSHIP_SECRETARY: '直接抓',
  COUNTY_LEADER: '联系点（逐村过、逐级筛）',
  TASK_FORCE_LEADER: '专班牵头',
  ORGANIZATION_MINISTER: '具体抓',
  PARTY_SECRETARY: '带头抓',
};

const activeOn = (date: string) => ({
  startDate: { $lte: date },
  $or: [{ endDate: null }, { endDate: { $gte: date } }],
});

/**
 * "Who answers for this star at this branch?" — the accountability chain (工作责任体系) from the
 * star owner up to the district party secretary, as it stood on a given Asia/Shanghai date.
 * A role nobody held that day appears as a vacant link: a gap in the chain is an answer too.
 */
export class ChainService {
  constructor(
    private readonly em: EntityManager,
    private readonly units: UnitService,
  ) {}

  async chain(p: Principal, branchId: number, starCode: string, at: Date): Promise<ChainData> {
    const starType = await this.em.findOne(StarType, { code: starCode });
    if (!starType) throw fail(StarCodeReasons.UNKNOWN_STAR_CODE, { field: 'starCode', params: { code: starCode } });
    const branch = await this.units.get(p, branchId, UnitLevel.BRANCH);
    if (!p.canReadStar(branch.path, starType.code)) {
      throw fail(ChainReasons.OTHER_STAR);
    }
    const date = shanghaiDate(at);
    const ancestors = await this.em.find(Unit, { id: { $in: branch.pathIds() } });
    const township = ancestors.find((u) => u.level === UnitLevel.TOWNSHIP) ?? null;
    const district = ancestors.find((u) => u.level === UnitLevel.DISTRICT) ?? null;

    const taskForce = district
      ? await this.em.findOne(StarTaskForce, { district, starType }, { populate: ['leadDepartment'] })
      : null;
    const unitIds = [branch.id, township?.id, district?.id].filter((x): x is number => Boolean(x));
    const [positions, owners, contacts] = await Promise.all([
      this.em.find(
        Position,
        {
          $and: [
            activeOn(date),
            {
              $or: [
                {
                  unit: { $in: unitIds },
                  role: {
                    $in: [
                      PositionRole.BRANCH_SECRETARY,
                      PositionRole.TOWNSHIP_SECRETARY,
                      PositionRole.ORGANIZATION_MINISTER,
                      PositionRole.PARTY_SECRETARY,
                    ],
                  },
                },
                ...(taskForce ? [{ taskForce, role: PositionRole.TASK_FORCE_LEADER }] : []),
              ],
            },
          ],
        },
        { populate: ['person'], orderBy: { startDate: 'asc', id: 'asc' } },
      ),
      this.em.find(
        StarOwner,
        { $and: [activeOn(date), { branch, starType }] },
        { populate: ['person'], orderBy: { startDate: 'asc' } },
      ),
      this.em.find(
        ContactPoint,
        { $and: [activeOn(date), { unit: { $in: [branch.id, township?.id ?? 0] } }] },
        { populate: ['leader'], orderBy: { unit: { depth: 'desc' }, startDate: 'asc', id: 'asc' } },
      ),
    ]);

    const link = (
      role: ChainRole,
      rec: { person: Person; startDate: string; endDate: string | null } | undefined,
      unit: Unit | null,
      department: Department | null = null,
    ): ChainLinkData => ({
      role,
      duty: DUTY[role],
      dutyEn: DUTY_EN[role],
      person: rec?.person ?? null,
      unit,
      department,
      since: rec?.startDate ?? null,
      until: rec?.endDate ?? null,
    });
    const held = (role: PositionRole, unit: Unit | null) =>
      positions.find((x) => x.role === role && unit && x.unit?.id === unit.id);

    const links: ChainLinkData[] = [];
    const owner = owners[0];
    links.push(link(ChainRole.STAR_OWNER, owner, branch));
    links.push(link(ChainRole.BRANCH_SECRETARY, held(PositionRole.BRANCH_SECRETARY, branch), branch));
    links.push(link(ChainRole.TOWNSHIP_SECRETARY, held(PositionRole.TOWNSHIP_SECRETARY, township), township));
    const byUnit = new Map(ancestors.map((u) => [u.id, u] as const)).set(branch.id, branch);
    if (contacts.length === 0) links.push(link(ChainRole.COUNTY_LEADER, undefined, township));
    for (const c of contacts)
      links.push(
        link(
          ChainRole.COUNTY_LEADER,
          { person: c.leader, startDate: c.startDate, endDate: c.endDate },
          byUnit.get(c.unit.id) ?? null,
        ),
      );
    const tfLeader = positions.find((x) => x.role === PositionRole.TASK_FORCE_LEADER);
    links.push(link(ChainRole.TASK_FORCE_LEADER, tfLeader, district, taskForce?.leadDepartment ?? null));
    links.push(link(ChainRole.ORGANIZATION_MINISTER, held(PositionRole.ORGANIZATION_MINISTER, district), district));
    links.push(link(ChainRole.PARTY_SECRETARY, held(PositionRole.PARTY_SECRETARY, district), district));
    return { branch, starType, date, links };
  }
}
