/**
 * What the offline form asks of the server: the supervisor's open spot checks (with key tasks and
 * the target branch's profile) to keep on the device, a check's current version, the three
 * on-site steps, and photo uploads with an Idempotency-Key. Nothing here retries: the queue does
 * (sync.ts), with the same keys.
 */
import { HttpError } from 'ra-core';
import { graphql } from '../gql';
import type { FindingSeverity, SpotCheckStatus } from '../gql/graphql';
import { call } from '../dataProvider/call';
import { readSession } from '../dataProvider/session';
import { serverMessage } from '../dataProvider/errors';

const OPEN_SPOT_CHECKS = graphql(`
  query OfflineOpenSpotChecks($status: SpotCheckStatus!) {
    data: spotChecks(filter: { status: $status }, perPage: 100) {
      items {
        id
        version
        status
        plannedFor
        note
        location
        targetUnitId
        targetUnit {
          id
          name
        }
        team {
          id
          name
        }
        keyTaskIds
        findingCount
        allowedActions
      }
    }
  }
`);

const KEY_TASKS = graphql(`
  query OfflineKeyTasks($ids: [ID!]!) {
    data: keyTasks(filter: { ids: $ids }, perPage: 100) {
      items {
        id
        code
        title
      }
    }
  }
`);

const BRANCH_PROFILE = graphql(`
  query OfflineBranchProfile($id: ID!) {
    data: branchProfile(id: $id) {
      year
      baseline {
        label
        value
      }
      tasks {
        code
        title
      }
      mechanisms {
        title
        detail
      }
    }
  }
`);

const SPOT_CHECK_VERSION = graphql(`
  query OfflineSpotCheckVersion($id: ID!) {
    data: spotCheck(id: $id) {
      id
      version
      status
    }
  }
`);

const START = graphql(`
  mutation OfflineStartSpotCheck($id: ID!, $input: StartSpotCheckInput!) {
    data: startSpotCheck(id: $id, input: $input) {
      id
      version
      status
    }
  }
`);

const RECORD_FINDING = graphql(`
  mutation OfflineRecordFinding($spotCheckId: ID!, $input: RecordFindingInput!) {
    data: recordFinding(spotCheckId: $spotCheckId, input: $input) {
      id
    }
  }
`);

const COMPLETE = graphql(`
  mutation OfflineCompleteSpotCheck($id: ID!, $input: CompleteSpotCheckInput!) {
    data: completeSpotCheck(id: $id, input: $input) {
      id
      version
      status
    }
  }
`);

export const offlineApi = {
  openSpotChecks: async () => {
    const [planned, inProgress] = await Promise.all(
      (['PLANNED', 'IN_PROGRESS'] as SpotCheckStatus[]).map((status) => call(OPEN_SPOT_CHECKS, { status })),
    );
    return [...planned.items, ...inProgress.items];
  },
  keyTasks: async (ids: string[]) => (ids.length ? (await call(KEY_TASKS, { ids })).items : []),
  branchProfile: (id: string) => call(BRANCH_PROFILE, { id }),
  spotCheckVersion: (id: string) => call(SPOT_CHECK_VERSION, { id }),
  start: (id: string, clientMutationId: string, location: string | null, startedAt: string) =>
    call(START, { id, input: { clientMutationId, location, startedAt } }),
  recordFinding: (
    spotCheckId: string,
    clientMutationId: string,
    f: { severity: string; keyTaskId: string | null; description: string; evidenceFileIds: string[] },
  ) =>
    call(RECORD_FINDING, {
      spotCheckId,
      input: {
        clientMutationId,
        severity: f.severity as FindingSeverity,
        keyTaskId: f.keyTaskId,
        description: f.description,
        evidenceFileIds: f.evidenceFileIds,
      },
    }),
  complete: (
    id: string,
    clientMutationId: string,
    c: { summary: string; methodAttested: boolean; scores: { keyTaskId: string; score: number }[] },
  ) => call(COMPLETE, { id, input: { clientMutationId, ...c } }),

  /** POST /files with the photo's own id as Idempotency-Key: sent again, it is stored once. */
  async upload(blob: Blob, name: string, key: string): Promise<{ id: string }> {
    const session = readSession();
    const form = new FormData();
    form.append('file', blob, name);
    let res: Response;
    try {
      res = await fetch('/files', {
        method: 'POST',
        body: form,
        headers: { 'idempotency-key': key, ...(session ? { authorization: `Bearer ${session.token}` } : {}) },
      });
    } catch {
      throw new HttpError('network', 0, { fivestar: true, code: 'NETWORK' });
    }
    const body = await res.json().catch(() => null);
    if (!res.ok || !body?.id) {
      const ext = body?.errors?.[0]?.extensions;
      throw new HttpError(
        body?.errors?.[0] ? serverMessage(body.errors[0]) : `HTTP ${res.status}`,
        res.ok ? 0 : res.status,
        {
          fivestar: true,
          code: ext?.code ?? (res.status >= 500 || res.ok ? 'NETWORK' : undefined),
          extensions: ext,
        },
      );
    }
    return { id: String(body.id) };
  },
};
