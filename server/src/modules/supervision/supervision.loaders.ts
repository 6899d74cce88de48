import DataLoader from 'dataloader';
import type { Principal } from '../../common/principal';
import { groupedLoader } from '../../graphql/grouped-loader';
import { byKey, type LoaderScope } from '../../graphql/loaders';
import {
  Finding,
  Rectification,
  RectificationEvent,
  SpotCheck,
  SpotCheckScore,
  SupervisionTeam,
  SupervisionTeamMember,
} from './supervision.entity';
import { teamIdsOf } from './confidentiality';

/** Batch loaders of the supervision module: teams, spot checks, findings, rectifications. */
export function supervisionLoaders({ em }: LoaderScope) {
  return {
    /** The teams of the signed-in user: read once per request for every allowedActions on a page. */
    teamIdsOf: new DataLoader<Principal, number[], string>((ps) => Promise.all(ps.map((p) => teamIdsOf(em, p))), {
      cacheKeyFn: (p) => `${p.tokenKind}:${p.userId}`,
    }),
    supervisionTeam: byKey<SupervisionTeam, number>(em, SupervisionTeam, 'id'),
    spotCheck: byKey<SpotCheck, number>(em, SpotCheck, 'id'),
    finding: byKey<Finding, number>(em, Finding, 'id'),
    teamMembers: groupedLoader<SupervisionTeamMember>(
      (ids) =>
        em.find(SupervisionTeamMember, { team: { $in: [...ids] } }, { populate: ['user'], orderBy: { id: 'asc' } }),
      (m) => m.team.id,
    ),
    findingsOfSpotCheck: groupedLoader<Finding>(
      (ids) => em.find(Finding, { spotCheck: { $in: [...ids] } }, { orderBy: { id: 'asc' } }),
      (f) => f.spotCheck.id,
    ),
    scoresOfSpotCheck: groupedLoader<SpotCheckScore>(
      (ids) => em.find(SpotCheckScore, { spotCheck: { $in: [...ids] } }, { orderBy: { id: 'asc' } }),
      (s) => s.spotCheck.id,
    ),
    rectificationOfFinding: new DataLoader<number, Rectification | null>(async (ids) => {
      const rows = await em.find(Rectification, { finding: { $in: [...ids] } });
      const map = new Map(rows.map((r) => [r.finding.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    eventsOfRectification: groupedLoader<RectificationEvent>(
      (ids) => em.find(RectificationEvent, { rectification: { $in: [...ids] } }, { orderBy: { id: 'asc' } }),
      (e) => e.rectification.id,
    ),
  };
}
