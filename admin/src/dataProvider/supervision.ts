/**
 * Supervision and cadence operations that are not CRUD: the on-site steps of a spot check, the
 * rectification loop, missing daily reports, the quarterly ranking, and evidence uploads to
 * /files. On-site writes carry a clientMutationId made once per action and are retried with the
 * same id on a network failure (a phone on a poor network): the server records them once.
 */
import { HttpError } from 'ra-core';
import { graphql } from '../gql';
import type {
  MissingComponentRule,
  AppraisalWeightsInput,
  AssignRectificationInput,
  CompleteSpotCheckInput,
  QuarterlyRankingQuery,
  RecordFindingInput,
  SubmitRectificationInput,
  UpdateFindingInput,
  VerifyRectificationInput,
} from '../gql/graphql';
import { call } from './call';
import { readSession } from './session';

export interface EvidenceFile {
  id: string;
  name: string;
  mimeType: string;
  size: number;
  url: string;
}

const START_SPOT_CHECK = graphql(`
  mutation StartSpotCheck($id: ID!, $input: StartSpotCheckInput!) {
    data: startSpotCheck(id: $id, input: $input) {
      id
      status
    }
  }
`);

const RECORD_FINDING = graphql(`
  mutation RecordFinding($spotCheckId: ID!, $input: RecordFindingInput!) {
    data: recordFinding(spotCheckId: $spotCheckId, input: $input) {
      id
    }
  }
`);

const COMPLETE_SPOT_CHECK = graphql(`
  mutation CompleteSpotCheck($id: ID!, $input: CompleteSpotCheckInput!) {
    data: completeSpotCheck(id: $id, input: $input) {
      id
      status
    }
  }
`);

const ASSIGN_RECTIFICATION = graphql(`
  mutation AssignRectification($findingId: ID!, $input: AssignRectificationInput!) {
    data: assignRectification(findingId: $findingId, input: $input) {
      id
    }
  }
`);

const UPDATE_FINDING = graphql(`
  mutation UpdateFinding($id: ID!, $input: UpdateFindingInput!) {
    data: updateFinding(id: $id, input: $input) {
      id
      description
      severity
      version
    }
  }
`);

const WITHDRAW_FINDING = graphql(`
  mutation WithdrawFinding($id: ID!, $reason: String!) {
    data: withdrawFinding(id: $id, reason: $reason) {
      id
      withdrawn
    }
  }
`);

const SUBMIT_RECTIFICATION = graphql(`
  mutation SubmitRectification($id: ID!, $input: SubmitRectificationInput!) {
    data: submitRectification(id: $id, input: $input) {
      id
      status
    }
  }
`);

const VERIFY_RECTIFICATION = graphql(`
  mutation VerifyRectification($id: ID!, $input: VerifyRectificationInput!) {
    data: verifyRectification(id: $id, input: $input) {
      id
      status
    }
  }
`);

const SUPERVISORS = graphql(`
  query Supervisors($unitId: ID!) {
    data: supervisors(unitId: $unitId) {
      id
      username
      displayName
    }
  }
`);

const MISSING_DAILY_REPORTS = graphql(`
  query MissingDailyReports($unitId: ID!, $date: String!) {
    data: missingDailyReports(unitId: $unitId, date: $date) {
      id
      name
      level
    }
  }
`);

const SUPERVISION_STATS = graphql(`
  query SupervisionStats($withinId: ID) {
    data: supervisionStats(withinId: $withinId) {
      planned
      inProgress
      completed
      findings
      openRectifications
      overdueRectifications
      lateRectifications
      awaitingVerification
      closedRectifications
    }
  }
`);

const QUARTERLY_RANKING = graphql(`
  query QuarterlyRanking($unitId: ID!, $year: Int!, $quarter: Int!) {
    data: quarterlyRanking(unitId: $unitId, year: $year, quarter: $quarter) {
      year
      quarter
      published
      publishedAt
      weights {
        planCompletion
        spotCheck
        rectificationClosure
        rectificationTimeliness
        tour
      }
      missingComponents
      rows {
        unitId
        unitName
        rank
        score
        planCompletion
        spotCheck
        rectificationClosure
        rectificationTimeliness
        tour
        coverage
      }
    }
  }
`);

/** The quarterly ranking of a district, as RankingPage shows it. */
export type QuarterlyRanking = QuarterlyRankingQuery['data'];

const SET_APPRAISAL_WEIGHTS = graphql(`
  mutation SetAppraisalWeights($districtId: ID!, $input: AppraisalWeightsInput!) {
    data: setAppraisalWeights(districtId: $districtId, input: $input) {
      id
    }
  }
`);

const SET_APPRAISAL_RULE = graphql(`
  mutation SetAppraisalRule($districtId: ID!, $missingComponents: MissingComponentRule!) {
    data: setAppraisalRule(districtId: $districtId, missingComponents: $missingComponents) {
      id
      missingComponents
    }
  }
`);

const PUBLISH_QUARTERLY_APPRAISAL = graphql(`
  mutation PublishQuarterlyAppraisal($unitId: ID!, $year: Int!, $quarter: Int!) {
    data: publishQuarterlyAppraisal(unitId: $unitId, year: $year, quarter: $quarter) {
      published
    }
  }
`);

export const newMutationId = () =>
  (globalThis.crypto?.randomUUID?.() ?? `m-${Date.now()}-${Math.random().toString(36).slice(2)}`)
    .replace(/[^\w.:-]/g, '')
    .slice(0, 64);

const ON_SITE_RETRIES = 4;

export const supervisionApi = {
  startSpotCheck: (id: string, location: string | null) =>
    call(
      START_SPOT_CHECK,
      { id, input: { clientMutationId: newMutationId(), location } },
      { retries: ON_SITE_RETRIES },
    ),

  recordFinding: (spotCheckId: string, input: Omit<RecordFindingInput, 'clientMutationId'>) =>
    call(
      RECORD_FINDING,
      { spotCheckId, input: { clientMutationId: newMutationId(), ...input } },
      { retries: ON_SITE_RETRIES },
    ),

  completeSpotCheck: (id: string, input: Omit<CompleteSpotCheckInput, 'clientMutationId'>) =>
    call(
      COMPLETE_SPOT_CHECK,
      { id, input: { clientMutationId: newMutationId(), ...input } },
      { retries: ON_SITE_RETRIES },
    ),

  assignRectification: (findingId: string, input: Omit<AssignRectificationInput, 'clientMutationId'>) =>
    call(
      ASSIGN_RECTIFICATION,
      { findingId, input: { clientMutationId: newMutationId(), ...input } },
      { retries: ON_SITE_RETRIES },
    ),

  updateFinding: (id: string, input: UpdateFindingInput) => call(UPDATE_FINDING, { id, input }),

  withdrawFinding: (id: string, reason: string) => call(WITHDRAW_FINDING, { id, reason }),

  submitRectification: (id: string, input: Omit<SubmitRectificationInput, 'clientMutationId'>) =>
    call(
      SUBMIT_RECTIFICATION,
      { id, input: { clientMutationId: newMutationId(), ...input } },
      { retries: ON_SITE_RETRIES },
    ),

  verifyRectification: (id: string, input: Omit<VerifyRectificationInput, 'clientMutationId'>) =>
    call(VERIFY_RECTIFICATION, { id, input: { clientMutationId: newMutationId(), ...input } }),

  supervisors: (unitId: string) => call(SUPERVISORS, { unitId }),

  missingDailyReports: (unitId: string, date: string) => call(MISSING_DAILY_REPORTS, { unitId, date }),

  supervisionStats: (withinId?: string | null) => call(SUPERVISION_STATS, { withinId: withinId ?? null }),

  quarterlyRanking: (unitId: string, year: number, quarter: number) =>
    call(QUARTERLY_RANKING, { unitId, year, quarter }),

  setAppraisalWeights: (districtId: string, input: AppraisalWeightsInput) =>
    call(SET_APPRAISAL_WEIGHTS, { districtId, input }),

  setAppraisalRule: (districtId: string, missingComponents: MissingComponentRule) =>
    call(SET_APPRAISAL_RULE, { districtId, missingComponents }),

  publishQuarterlyAppraisal: (unitId: string, year: number, quarter: number) =>
    call(PUBLISH_QUARTERLY_APPRAISAL, { unitId, year, quarter }),

  /** POST /files (multipart `file`): an evidence photo or document, attached later by id. */
  async upload(file: File): Promise<EvidenceFile> {
    const session = readSession();
    const form = new FormData();
    form.append('file', file, file.name);
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await fetch('/files', {
          method: 'POST',
          body: form,
          headers: session ? { authorization: `Bearer ${session.token}` } : {},
        });
        const body = await res.json();
        if (!res.ok)
          throw new HttpError(
            body?.errors?.[0]?.message ?? `HTTP ${res.status}`,
            res.status,
            body?.errors?.[0]?.extensions,
          );
        return body as EvidenceFile;
      } catch (e) {
        if (e instanceof HttpError || attempt >= ON_SITE_RETRIES) throw e;
        await new Promise((r) => setTimeout(r, 1000 * (attempt + 1)));
      }
    }
  },

  /** The duty-review workbook, downloaded with the bearer token. */
  async downloadDutyReview(unitId: string, year: number, quarter: number): Promise<void> {
    const session = readSession();
    const res = await fetch(`/exports/duty-review/${unitId}?year=${year}&quarter=${quarter}`, {
      headers: session ? { authorization: `Bearer ${session.token}` } : {},
    });
    if (!res.ok) throw new HttpError(`HTTP ${res.status}`, res.status);
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = `duty-review-${unitId}-${year}Q${quarter}.xlsx`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  },

  /** Fetch an evidence file with the bearer token, as an object URL for <img>. */
  async fileUrl(id: string): Promise<string> {
    const session = readSession();
    const res = await fetch(`/files/${id}`, { headers: session ? { authorization: `Bearer ${session.token}` } : {} });
    if (!res.ok) throw new HttpError(`HTTP ${res.status}`, res.status);
    return URL.createObjectURL(await res.blob());
  },
};
