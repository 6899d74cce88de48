/**
 * The domain operations of plans, the battle map, the rating lifecycle and the printable kit that
 * are not react-admin CRUD. The only GraphQL text of these screens.
 */
import { graphql } from '../gql';
import type { ApplicationItemInput, PlanMilestoneFieldsFragment, ReviewDecision } from '../gql/graphql';
import { call } from './call';
import { liveToken } from './session';

/** A milestone of a plan item, as the milestone mutations answer it and the plan item lists it. */
export type PlanMilestone = PlanMilestoneFieldsFragment;
/** One self-assessment item as the API takes it (applyForStar, resubmitStarApplication). */
export type { ApplicationItemInput };

graphql(`
  fragment StarApplicationState on StarApplication {
    id
    status
    allowedActions
  }
`);

graphql(`
  fragment PlanMilestoneFields on PlanMilestone {
    id
    title
    dueDate
    doneOn
  }
`);

const BATTLE_MAP = graphql(`
  query BattleMap($unitId: ID!, $year: Int!) {
    data: battleMap(unitId: $unitId, year: $year) {
      asOf
      year
      unit {
        id
        name
        level
      }
      rows {
        unitId
        unitName
        unitLevel
        total
        notStarted
        inProgress
        done
        overdue
        nextDeadline
        completion
        starLevel
        branches
        branchesByLevel
        keepStars
        targetStars
        striveStars
      }
    }
  }
`);

const REVIEW = graphql(`
  mutation ReviewStarApplication($id: ID!, $input: ReviewStarApplicationInput!) {
    data: reviewStarApplication(id: $id, input: $input) {
      ...StarApplicationState
    }
  }
`);

const RESUBMIT = graphql(`
  mutation ResubmitStarApplication($id: ID!, $input: ResubmitStarApplicationInput!) {
    data: resubmitStarApplication(id: $id, input: $input) {
      ...StarApplicationState
    }
  }
`);

const ADD_MILESTONE = graphql(`
  mutation AddPlanMilestone($itemId: ID!, $input: MilestoneInput!) {
    data: addPlanMilestone(itemId: $itemId, input: $input) {
      ...PlanMilestoneFields
    }
  }
`);

const UPDATE_MILESTONE = graphql(`
  mutation UpdatePlanMilestone($id: ID!, $input: UpdateMilestoneInput!) {
    data: updatePlanMilestone(id: $id, input: $input) {
      ...PlanMilestoneFields
    }
  }
`);

const FILE_OBJECTION = graphql(`
  mutation FileObjection($applicationId: ID!, $reason: String!) {
    data: fileObjection(applicationId: $applicationId, reason: $reason) {
      id
      status
    }
  }
`);

const RESOLVE_OBJECTION = graphql(`
  mutation ResolveObjection($id: ID!, $upheld: Boolean!, $comment: String) {
    data: resolveObjection(id: $id, upheld: $upheld, comment: $comment) {
      id
      status
    }
  }
`);

const FINALIZE_AWARD = graphql(`
  mutation FinalizeStarAward($id: ID!) {
    data: finalizeStarAward(id: $id) {
      ...StarApplicationState
    }
  }
`);

const REVOKE_STAR = graphql(`
  mutation RevokeStar($branchId: ID!, $starCode: String!, $reason: String!) {
    data: revokeStar(branchId: $branchId, starCode: $starCode, reason: $reason) {
      id
      until
    }
  }
`);

const DOWNGRADE_STAR = graphql(`
  mutation DowngradeStar($branchId: ID!, $starCode: String!, $reason: String!) {
    data: downgradeStar(branchId: $branchId, starCode: $starCode, reason: $reason) {
      id
      until
    }
  }
`);

const PAIR_BRANCHES = graphql(`
  mutation PairBranches($input: PairBranchesInput!) {
    data: pairBranches(input: $input) {
      id
    }
  }
`);

const END_PAIRING = graphql(`
  mutation EndPairing($id: ID!) {
    data: endPairing(id: $id) {
      id
      endDate
    }
  }
`);

const BRANCH_STARS = graphql(`
  query BranchStars($id: ID!, $year: Int!) {
    data: branch(id: $id) {
      id
      name
      starLevel
      stars(year: $year) {
        starCode
        status
        since
        applicationId
        applicationStatus
      }
      starHistory {
        starCode
        kind
        date
        reason
        by
      }
      pairings {
        id
        startDate
        endDate
        note
        strongBranch {
          id
          name
        }
        weakBranch {
          id
          name
        }
      }
    }
  }
`);

const BRANCH_PROFILE = graphql(`
  query BranchProfile($id: ID!, $year: Int) {
    data: branchProfile(id: $id, year: $year) {
      year
      tasks {
        id
        code
        title
        starType {
          nameZh
          nameEn
        }
      }
      baseline {
        label
        value
      }
      measures {
        id
        title
        deadline
        status
        progress
        overdue
      }
      mechanisms {
        title
        detail
      }
      ratingMethod
    }
  }
`);

export const starsProvider = {
  battleMap: (unitId: string, year: number) => call(BATTLE_MAP, { unitId, year }),
  reviewStarApplication: (id: string, decision: ReviewDecision, comment: string | null) =>
    call(REVIEW, { id, input: { decision, comment } }),
  resubmitStarApplication: (id: string, items: ApplicationItemInput[], comment: string | null) =>
    call(RESUBMIT, { id, input: { items, comment } }),
  addPlanMilestone: (itemId: string, input: { title: string; dueDate: string }) =>
    call(ADD_MILESTONE, { itemId, input }),
  /** Change a milestone: `doneOn` a date marks it done, `null` undoes that; fields left out stay. */
  updatePlanMilestone: (id: string, input: { title?: string; dueDate?: string; doneOn?: string | null }) =>
    call(UPDATE_MILESTONE, { id, input }),
  fileObjection: (applicationId: string, reason: string) => call(FILE_OBJECTION, { applicationId, reason }),
  resolveObjection: (id: string, upheld: boolean, comment: string | null) =>
    call(RESOLVE_OBJECTION, { id, upheld, comment }),
  finalizeStarAward: (id: string) => call(FINALIZE_AWARD, { id }),
  endStar: (kind: 'revokeStar' | 'downgradeStar', branchId: string, starCode: string, reason: string) =>
    call(kind === 'revokeStar' ? REVOKE_STAR : DOWNGRADE_STAR, { branchId, starCode, reason }),
  pairBranches: (strongBranchId: string, weakBranchId: string, note: string | null) =>
    call(PAIR_BRANCHES, { input: { strongBranchId, weakBranchId, note } }),
  endPairing: (id: string) => call(END_PAIRING, { id }),
  branchStars: (id: string, year: number) => call(BRANCH_STARS, { id, year }),
  branchProfile: (id: string, year: number) => call(BRANCH_PROFILE, { id, year }),
  /** Open an evidence file (GET /files/:id needs the bearer token, so a plain link would not do). */
  async openFile(url: string, name: string): Promise<void> {
    const token = liveToken();
    const res = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    if (!res.ok) throw new Error(`file ${res.status}`);
    const href = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = href;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(href), 60_000);
  },
  /** Upload one evidence file (POST /files); returns its id for `evidenceFileIds` (or a post's images). */
  async uploadEvidence(file: File): Promise<{ id: string; name: string; mimeType: string }> {
    const token = liveToken();
    const form = new FormData();
    form.append('file', file, file.name);
    const res = await fetch('/files', {
      method: 'POST',
      body: form,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    const body = (await res.json()) as {
      id?: string;
      name?: string;
      mimeType?: string;
      errors?: { message: string }[];
    };
    if (!res.ok || !body.id) throw new Error(body.errors?.[0]?.message ?? `upload ${res.status}`);
    return { id: String(body.id), name: body.name ?? file.name, mimeType: body.mimeType ?? file.type };
  },
  /** The printable kit with the bearer token: HTML opens in a new tab, PDF and .xlsx download. */
  async downloadKit(branchId: string, kind: 'html' | 'pdf' | 'xlsx', year: number): Promise<void> {
    const token = liveToken();
    const ext = kind === 'html' ? '' : `.${kind}`;
    const res = await fetch(`/kit/branches/${encodeURIComponent(branchId)}${ext}?year=${year}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    if (!res.ok) throw new Error(`kit ${res.status}`);
    const blob = await res.blob();
    const url = URL.createObjectURL(blob);
    if (kind === 'html') {
      window.open(url, '_blank', 'noopener');
    } else {
      const a = document.createElement('a');
      a.href = url;
      const cd = res.headers.get('content-disposition') ?? '';
      const name = /filename\*=UTF-8''([^;]+)/.exec(cd)?.[1];
      a.download = name ? decodeURIComponent(name) : `kit-${branchId}.${kind}`;
      document.body.appendChild(a);
      a.click();
      a.remove();
    }
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },
};
