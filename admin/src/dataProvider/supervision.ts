/**
 * Supervision and cadence operations that are not CRUD: the on-site steps of a spot check, the
 * rectification loop, missing daily reports, the quarterly ranking, and evidence uploads to
 * /files. On-site writes carry a clientMutationId made once per action and are retried with the
 * same id on a network failure (a phone on a poor network): the server records them once.
 */
import { HttpError } from 'ra-core';
import { call } from './call';
import { readSession } from './session';

export interface EvidenceFile {
  id: string;
  name: string;
  mimeType: string;
  size: number;
  url: string;
}

export interface RankingRow {
  unitId: string;
  unitName: string;
  rank: number;
  score: number;
  planCompletion: number | null;
  spotCheck: number | null;
  rectificationClosure: number | null;
  rectificationTimeliness: number | null;
  tour: number | null;
}

export interface QuarterlyRanking {
  year: number;
  quarter: number;
  published: boolean;
  publishedAt: string | null;
  weights: Record<string, number>;
  rows: RankingRow[];
}

export const newMutationId = () =>
  (globalThis.crypto?.randomUUID?.() ?? `m-${Date.now()}-${Math.random().toString(36).slice(2)}`)
    .replace(/[^\w.:-]/g, '')
    .slice(0, 64);

const ON_SITE_RETRIES = 4;

export const supervisionApi = {
  startSpotCheck: (id: string, location: string | null) =>
    call<{ id: string }>(
      'mutation ($id: ID!, $i: StartSpotCheckInput!) { data: startSpotCheck(id: $id, input: $i) { id status } }',
      { id, i: { clientMutationId: newMutationId(), location } },
      { retries: ON_SITE_RETRIES },
    ),

  recordFinding: (
    spotCheckId: string,
    input: {
      keyTaskId?: string | null;
      severity: string;
      description: string;
      evidenceFileIds: string[];
      claimedByPersonId?: string | null;
    },
  ) =>
    call<{ id: string }>(
      'mutation ($id: ID!, $i: RecordFindingInput!) { data: recordFinding(spotCheckId: $id, input: $i) { id } }',
      { id: spotCheckId, i: { clientMutationId: newMutationId(), ...input } },
      { retries: ON_SITE_RETRIES },
    ),

  completeSpotCheck: (
    id: string,
    input: {
      summary: string;
      methodAttested: boolean;
      scores: { keyTaskId: string; score: number; comment?: string | null }[];
    },
  ) =>
    call<{ id: string }>(
      'mutation ($id: ID!, $i: CompleteSpotCheckInput!) { data: completeSpotCheck(id: $id, input: $i) { id status } }',
      { id, i: { clientMutationId: newMutationId(), ...input } },
      { retries: ON_SITE_RETRIES },
    ),

  assignRectification: (
    findingId: string,
    input: { responsibleUnitId: string; responsiblePersonId?: string | null; measures: string; deadline: string },
  ) =>
    call<{ id: string }>(
      'mutation ($id: ID!, $i: AssignRectificationInput!) { data: assignRectification(findingId: $id, input: $i) { id } }',
      { id: findingId, i: { clientMutationId: newMutationId(), ...input } },
      { retries: ON_SITE_RETRIES },
    ),

  submitRectification: (id: string, input: { note: string; evidenceFileIds: string[] }) =>
    call<{ id: string }>(
      'mutation ($id: ID!, $i: SubmitRectificationInput!) { data: submitRectification(id: $id, input: $i) { id status } }',
      { id, i: { clientMutationId: newMutationId(), ...input } },
      { retries: ON_SITE_RETRIES },
    ),

  verifyRectification: (id: string, input: { accept: boolean; comment?: string | null }) =>
    call<{ id: string }>(
      'mutation ($id: ID!, $i: VerifyRectificationInput!) { data: verifyRectification(id: $id, input: $i) { id status } }',
      { id, i: { clientMutationId: newMutationId(), ...input } },
    ),

  supervisors: (unitId: string) =>
    call<{ id: string; username: string; displayName: string }[]>(
      'query ($u: ID!) { data: supervisors(unitId: $u) { id username displayName } }',
      { u: unitId },
    ),

  missingDailyReports: (unitId: string, date: string) =>
    call<{ id: string; name: string; level: string }[]>(
      'query ($u: ID!, $d: String!) { data: missingDailyReports(unitId: $u, date: $d) { id name level } }',
      { u: unitId, d: date },
    ),

  supervisionStats: () =>
    call<Record<string, number>>(
      '{ data: supervisionStats { planned inProgress completed findings openRectifications overdueRectifications closedRectifications } }',
      {},
    ),

  quarterlyRanking: (unitId: string, year: number, quarter: number) =>
    call<QuarterlyRanking>(
      'query ($u: ID!, $y: Int!, $q: Int!) { data: quarterlyRanking(unitId: $u, year: $y, quarter: $q) { year quarter published publishedAt weights { planCompletion spotCheck rectificationClosure rectificationTimeliness tour } rows { unitId unitName rank score planCompletion spotCheck rectificationClosure rectificationTimeliness tour } } }',
      { u: unitId, y: year, q: quarter },
    ),

  setAppraisalWeights: (districtId: string, weights: Record<string, number>) =>
    call<{ id: string }>(
      'mutation ($d: ID!, $i: AppraisalWeightsInput!) { data: setAppraisalWeights(districtId: $d, input: $i) { id } }',
      { d: districtId, i: weights },
    ),

  publishQuarterlyAppraisal: (unitId: string, year: number, quarter: number) =>
    call<QuarterlyRanking>(
      'mutation ($u: ID!, $y: Int!, $q: Int!) { data: publishQuarterlyAppraisal(unitId: $u, year: $y, quarter: $q) { published } }',
      { u: unitId, y: year, q: quarter },
    ),

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
