/**
 * Who may do what to a spot check, a finding or a rectification, decided in ONE place: each rule
 * answers the refusal (the error the mutation throws) or null. The mutations throw that refusal;
 * `allowedActions` lists the actions whose refusal is null; the 待我处理 filter is the same rule as a
 * query condition (`actionableRectificationWhere`). So the console and the server cannot disagree.
 */
import type { FilterQuery } from '@mikro-orm/postgresql';
import type { AppError } from '../../common/errors';
import type { Principal } from '../../common/principal';
import { fail, transitionFailed } from '../../common/reasons';
import { TokenKind, UserRole } from '../../common/roles';
import { NOTHING, anyOf } from '../../common/access';
import type { Rectification } from './supervision.entity';
import {
  FindingAction,
  RectificationAction,
  RectificationStatus,
  SpotCheckAction,
  SpotCheckStatus,
} from './supervision.enums';
import { FindingReasons, RectificationReasons, SpotCheckReasons } from './supervision.errors';

/** What the rules need to know of a spot check. */
export interface CheckFacts {
  status: SpotCheckStatus;
  teamId: number;
  targetPath: string;
}

/** What the rules need to know of a finding. */
export interface FindingFacts {
  check: CheckFacts;
  withdrawn: boolean;
  hasRectification: boolean;
}

/** What the rules need to know of a rectification. */
export interface RectificationFacts {
  check: CheckFacts;
  status: RectificationStatus;
  responsiblePath: string;
}

/** Roles of the responsible unit that submit its rectifications. */
export const SUBMITTERS = [UserRole.BRANCH_STAFF, UserRole.TOWNSHIP_STAFF, UserRole.DISTRICT_ADMIN];

const member = (teamIds: readonly number[], c: CheckFacts): AppError | null =>
  teamIds.includes(c.teamId) ? null : fail(SpotCheckReasons.NOT_TEAM_MEMBER);

/** The team, or a district admin over the target, verifies and assigns. */
const teamOrAdmin = (p: Principal, teamIds: readonly number[], c: CheckFacts): AppError | null =>
  p.hasRoleOver(c.targetPath, UserRole.DISTRICT_ADMIN) ? null : member(teamIds, c);

/** Why `p` may not take `action` on the spot check now, or null when it may. */
export function spotCheckRefusal(
  p: Principal,
  teamIds: readonly number[],
  c: CheckFacts,
  action: SpotCheckAction,
): AppError | null {
  const who = member(teamIds, c);
  if (who) return who;
  switch (action) {
    case SpotCheckAction.START:
      return c.status === SpotCheckStatus.PLANNED
        ? null
        : transitionFailed(SpotCheckReasons.NOT_PLANNED, c.status, SpotCheckStatus.IN_PROGRESS);
    case SpotCheckAction.RECORD_FINDING:
      return c.status === SpotCheckStatus.IN_PROGRESS
        ? null
        : transitionFailed(SpotCheckReasons.NOT_IN_PROGRESS, c.status, SpotCheckStatus.IN_PROGRESS);
    case SpotCheckAction.COMPLETE:
      return c.status === SpotCheckStatus.IN_PROGRESS
        ? null
        : transitionFailed(SpotCheckReasons.NOT_IN_PROGRESS, c.status, SpotCheckStatus.COMPLETED);
  }
}

/** Why `p` may not take `action` on the finding now, or null when it may. */
export function findingRefusal(
  p: Principal,
  teamIds: readonly number[],
  f: FindingFacts,
  action: FindingAction,
): AppError | null {
  if (action === FindingAction.ASSIGN_RECTIFICATION) {
    const who = teamOrAdmin(p, teamIds, f.check);
    if (who) return who;
    if (f.check.status !== SpotCheckStatus.COMPLETED)
      return transitionFailed(SpotCheckReasons.NOT_COMPLETED, f.check.status, SpotCheckStatus.COMPLETED);
    if (f.withdrawn) return fail(FindingReasons.WITHDRAWN, { field: 'findingId' });
    if (f.hasRectification) return fail(RectificationReasons.ALREADY_ASSIGNED, { field: 'findingId' });
    return null;
  }
  // Corrected or withdrawn by its own team, while the check is still on site.
  const who = member(teamIds, f.check);
  if (who) return who;
  if (f.check.status !== SpotCheckStatus.IN_PROGRESS)
    return transitionFailed(FindingReasons.CHECK_NOT_IN_PROGRESS, f.check.status, SpotCheckStatus.IN_PROGRESS);
  if (f.withdrawn) return fail(FindingReasons.WITHDRAWN);
  return null;
}

/** Why `p` may not take `action` on the rectification now, or null when it may. */
export function rectificationRefusal(
  p: Principal,
  teamIds: readonly number[],
  r: RectificationFacts,
  action: RectificationAction,
): AppError | null {
  switch (action) {
    case RectificationAction.SUBMIT:
      if (!p.hasRoleOver(r.responsiblePath, ...SUBMITTERS)) return fail(RectificationReasons.NOT_RESPONSIBLE);
      return r.status === RectificationStatus.ASSIGNED
        ? null
        : transitionFailed(RectificationReasons.NOT_ASSIGNED, r.status, RectificationStatus.SUBMITTED);
    case RectificationAction.ACCEPT:
    case RectificationAction.REJECT: {
      const who = teamOrAdmin(p, teamIds, r.check);
      if (who) return who;
      return r.status === RectificationStatus.SUBMITTED
        ? null
        : transitionFailed(
            RectificationReasons.NOT_SUBMITTED,
            r.status,
            action === RectificationAction.ACCEPT ? RectificationStatus.CLOSED : RectificationStatus.ASSIGNED,
          );
    }
    case RectificationAction.ASSIGN:
      // Assigning is a finding's action (findingRefusal); an existing rectification is assigned already.
      return fail(RectificationReasons.ALREADY_ASSIGNED, { field: 'findingId' });
  }
}

/** The actions of `all` whose rule lets `p` take them now (none through an API token: it only reads). */
export function allowed<A>(p: Principal | null, all: readonly A[], refusal: (a: A) => AppError | null): A[] {
  if (!p || p.tokenKind === TokenKind.API) return [];
  return all.filter((a) => refusal(a) === null);
}

export const SPOT_CHECK_ACTIONS = [SpotCheckAction.START, SpotCheckAction.RECORD_FINDING, SpotCheckAction.COMPLETE];
export const FINDING_ACTIONS = [FindingAction.UPDATE, FindingAction.WITHDRAW, FindingAction.ASSIGN_RECTIFICATION];
export const RECTIFICATION_ACTIONS = [
  RectificationAction.SUBMIT,
  RectificationAction.ACCEPT,
  RectificationAction.REJECT,
];

/**
 * 待我处理 as a query condition: the rectifications `rectificationRefusal` lets `p` act on now —
 * submit (ASSIGNED, a submitter role over the responsible unit) or verify (SUBMITTED, the team or a
 * district admin over the target).
 */
export function actionableRectificationWhere(p: Principal, teamIds: readonly number[]): FilterQuery<Rectification> {
  if (p.tokenKind === TokenKind.API) return NOTHING as FilterQuery<Rectification>;
  const submit = p.grants
    .filter((g) => SUBMITTERS.includes(g.role))
    .map((g) => ({ status: RectificationStatus.ASSIGNED, responsibleUnit: { path: { $like: `${g.unitPath}%` } } }));
  const verify: FilterQuery<Rectification>[] = p.grants
    .filter((g) => g.role === UserRole.DISTRICT_ADMIN)
    .map((g) => ({
      status: RectificationStatus.SUBMITTED,
      spotCheck: { targetUnit: { path: { $like: `${g.unitPath}%` } } },
    }));
  if (teamIds.length)
    verify.push({ status: RectificationStatus.SUBMITTED, spotCheck: { team: { $in: [...teamIds] } } });
  return anyOf<FilterQuery<Rectification>>([...submit, ...verify]) as FilterQuery<Rectification>;
}
