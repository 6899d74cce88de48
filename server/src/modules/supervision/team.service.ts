/** 督导组: teams of supervisors, formed by district admins over a unit subtree. */
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { Principal } from '../../common/principal';
import { fail } from '../../common/reasons';
import { UserRole } from '../../common/roles';
import { checkText } from '../../common/validate';
import { orderBy, offset, type ListArgs, type Page } from '../../graphql/pagination';
import { RoleAssignment, User } from '../auth/public';
import { StarCodeReasons, StarType, Unit, UnitReasons } from '../org/public';
import { LEADERSHIP, teamIdsOf } from './confidentiality';
import { SupervisionTeam, SupervisionTeamMember } from './supervision.entity';
import { SpotCheckReasons, SupervisionReasons, SupervisionteamReasons } from './supervision.errors';

export interface TeamData {
  name?: string;
  scopeUnitId?: number;
  leaderUserId?: number;
  memberUserIds?: number[];
  starCodes?: string[];
  active?: boolean;
}

const TEAM_SORT = { id: 'id', name: 'name', createdAt: 'createdAt' };

/** Distinct star codes, each of a declared star type (BAD_USER_INPUT on `field` otherwise). */
export async function checkStarCodes(em: EntityManager, codes: string[], field: string): Promise<string[]> {
  const unique = [...new Set(codes)];
  if (!unique.length) return [];
  const known = new Set((await em.find(StarType, { code: { $in: unique } }, { fields: ['code'] })).map((s) => s.code));
  const unknown = unique.filter((c) => !known.has(c));
  if (unknown.length) throw fail(StarCodeReasons.UNKNOWN_STAR_CODE, { field, params: { code: unknown.join(', ') } });
  return unique;
}

/** Only the team's own members act for it. */
export async function assertMember(em: EntityManager, p: Principal, team: { id: number }): Promise<void> {
  if (!(await teamIdsOf(em, p)).includes(team.id)) throw fail(SpotCheckReasons.NOT_TEAM_MEMBER);
}

export class SupervisionTeamService {
  constructor(private readonly em: EntityManager) {}

  /** Teams are read by district admins, leaders and supervisors over the team's scope. */
  private teamWhere(p: Principal): FilterQuery<SupervisionTeam> {
    const or = p.grants
      .filter((g) => [...LEADERSHIP, UserRole.SUPERVISOR].includes(g.role))
      .map((g) => ({
        $or: [
          { scopeUnit: { path: { $like: `${g.unitPath}%` } } },
          { scopeUnit: { path: { $in: ancestorsOf(g.unitPath) } } },
        ],
      }));
    return or.length ? { $or: or } : { id: { $lt: 0 } };
  }

  /** The teams the principal may read. */
  async listTeams(
    p: Principal,
    args: ListArgs,
    filter: { ids?: number[] | null } = {},
  ): Promise<Page<SupervisionTeam>> {
    const where: FilterQuery<SupervisionTeam>[] = [this.teamWhere(p)];
    if (filter.ids) where.push({ id: { $in: filter.ids } });
    const [items, total] = await this.em.findAndCount(
      SupervisionTeam,
      { $and: where },
      { orderBy: orderBy(args, TEAM_SORT, 'id'), ...offset(args) },
    );
    return { items, total };
  }

  /** A readable team, or NOT_FOUND. */
  async getTeam(p: Principal, id: number): Promise<SupervisionTeam> {
    const team = await this.em.findOne(
      SupervisionTeam,
      { $and: [{ id }, this.teamWhere(p)] },
      { populate: ['scopeUnit'] },
    );
    if (!team) throw fail(SupervisionteamReasons.NOT_FOUND);
    return team;
  }

  /** Form a team over a unit the principal administers as district admin. */
  async createTeam(p: Principal, data: TeamData): Promise<SupervisionTeam> {
    const scope = await this.em.findOne(Unit, { id: data.scopeUnitId ?? 0 });
    if (!scope || !p.canRead(scope.path)) throw fail(UnitReasons.NOT_FOUND, { code: 'NOT_FOUND' });
    if (!p.hasRoleOver(scope.path, UserRole.DISTRICT_ADMIN)) throw fail(SupervisionReasons.FORBIDDEN);
    const team = this.em.create(SupervisionTeam, {
      name: checkText(data.name ?? '', 'name', 100),
      scopeUnit: scope,
      leader: this.em.getReference(User, data.leaderUserId ?? 0),
      starCodes: await checkStarCodes(this.em, data.starCodes ?? [], 'starCodes'),
    });
    await this.setMembers(team, data.leaderUserId!, data.memberUserIds ?? []);
    return team;
  }

  /** Change a team (district admins over its scope); new members replace the old ones. */
  async updateTeam(p: Principal, id: number, data: TeamData): Promise<SupervisionTeam> {
    const team = await this.getTeam(p, id);
    if (!p.hasRoleOver(team.scopeUnit.path, UserRole.DISTRICT_ADMIN)) throw fail(SupervisionReasons.FORBIDDEN);
    if (data.name !== undefined) team.name = checkText(data.name, 'name', 100);
    if (data.starCodes !== undefined) team.starCodes = await checkStarCodes(this.em, data.starCodes, 'starCodes');
    if (data.active !== undefined && data.active !== null) team.active = data.active;
    if (data.leaderUserId !== undefined || data.memberUserIds !== undefined) {
      const current = await this.em.find(SupervisionTeamMember, { team });
      const leaderId = data.leaderUserId ?? team.leader.id;
      const memberIds = data.memberUserIds ?? current.map((m) => m.user.id);
      for (const m of current) this.em.remove(m);
      await this.em.flush();
      team.leader = this.em.getReference(User, leaderId);
      await this.setMembers(team, leaderId, memberIds);
    }
    return team;
  }

  /** Members must hold the SUPERVISOR role over the team's scope; the leader is always a member. */
  private async setMembers(team: SupervisionTeam, leaderId: number, memberIds: number[]): Promise<void> {
    const ids = [...new Set([leaderId, ...memberIds])];
    const grants = await this.em.find(
      RoleAssignment,
      { user: { $in: ids }, role: UserRole.SUPERVISOR },
      { populate: ['unit'] },
    );
    for (const uid of ids) {
      const ok = grants.some(
        (g) =>
          g.user.id === uid &&
          (team.scopeUnit.path.startsWith(g.unit.path) || g.unit.path.startsWith(team.scopeUnit.path)),
      );
      if (!ok)
        throw fail(SupervisionReasons.NOT_A_SUPERVISOR, { field: uid === leaderId ? 'leaderUserId' : 'memberUserIds' });
    }
    for (const uid of ids) this.em.create(SupervisionTeamMember, { team, user: this.em.getReference(User, uid) });
  }

  /** Users holding the SUPERVISOR role over (or inside) a unit the caller administers: candidates for its teams. */
  async supervisorsFor(p: Principal, unitId: number): Promise<User[]> {
    const unit = await this.em.findOne(Unit, { id: unitId });
    if (!unit || !p.canRead(unit.path)) throw fail(UnitReasons.NOT_FOUND, { code: 'NOT_FOUND' });
    if (!p.hasRoleOver(unit.path, UserRole.DISTRICT_ADMIN)) throw fail(SupervisionReasons.FORBIDDEN);
    const grants = await this.em.find(RoleAssignment, { role: UserRole.SUPERVISOR }, { populate: ['unit', 'user'] });
    const users = grants
      .filter((g) => unit.path.startsWith(g.unit.path) || g.unit.path.startsWith(unit.path))
      .map((g) => g.user);
    return [...new Map(users.map((u) => [u.id, u])).values()].sort((a, b) => a.id - b.id);
  }
}

/** "1.4.37." → ["1.", "1.4."] (the proper ancestors' paths). */
function ancestorsOf(path: string): string[] {
  const ids = path.split('.').filter(Boolean);
  return ids.slice(0, -1).map((_, i) => `${ids.slice(0, i + 1).join('.')}.`);
}
