/**
 * Confidentiality of spot checks is decided in ONE place, `spotCheckWhere`: a spot check is visible
 * to its own team, to district admins and leaders over its target, and — once COMPLETED — to anyone
 * who may read the target unit (its branch, its township, other supervisors, integrators). Every
 * list, total, statistic, file check and audit search goes through that condition, and fetching an
 * invisible check by id throws exactly the NOT_FOUND of a missing id.
 */
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { pathScope } from '../../common/access';
import type { Principal } from '../../common/principal';
import { TokenKind, UserRole } from '../../common/roles';
import { type Rectification, SpotCheck } from './supervision.entity';
import { SpotCheckStatus } from './supervision.enums';

/** District admins and leaders see every spot check over their units, planned ones included. */
export const LEADERSHIP = [UserRole.DISTRICT_ADMIN, UserRole.LEADER];

/** Ids of the teams the principal belongs to (sign-in sessions only: an API token is never a member). */
export async function teamIdsOf(em: EntityManager, p: Principal): Promise<number[]> {
  if (p.tokenKind !== TokenKind.SESSION) return [];
  const rows = await em.execute<{ team_id: number }[]>(
    'select m.team_id from supervision_team_member m join supervision_team t on t.id = m.team_id where m.user_id = ? and t.active',
    [p.userId],
  );
  return rows.map((r) => Number(r.team_id));
}

/** THE confidentiality rule, as a MikroORM condition on SpotCheck (used by find, count and every join). */
export async function spotCheckWhere(em: EntityManager, p: Principal): Promise<FilterQuery<SpotCheck>> {
  const or: FilterQuery<SpotCheck>[] = [];
  const teams = await teamIdsOf(em, p);
  if (teams.length) or.push({ team: { $in: teams } });
  for (const g of p.grants) {
    if (LEADERSHIP.includes(g.role)) or.push({ targetUnit: { path: { $like: `${g.unitPath}%` } } });
  }
  for (const prefix of p.readPrefixes())
    or.push({ status: SpotCheckStatus.COMPLETED, targetUnit: { path: { $like: `${prefix}%` } } });
  return or.length ? { $or: or } : { id: { $lt: 0 } };
}

/** A rectification is visible with its spot check, or to whoever reads the responsible unit. */
export async function rectificationWhere(em: EntityManager, p: Principal): Promise<FilterQuery<Rectification>> {
  return {
    $or: [{ spotCheck: await spotCheckWhere(em, p) }, { responsibleUnit: pathScope(p) }],
  } as FilterQuery<Rectification>;
}

/** Spot check ids (among `ids`) this principal may see: for files and the audit trail. */
export async function visibleSpotCheckIds(em: EntityManager, p: Principal, ids?: number[]): Promise<number[]> {
  const where = await spotCheckWhere(em, p);
  const rows = await em.find(SpotCheck, ids ? { $and: [{ id: { $in: ids } }, where] } : where, { fields: ['id'] });
  return rows.map((r) => r.id);
}
