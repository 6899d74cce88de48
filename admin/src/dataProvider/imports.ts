/**
 * 数据导入: the spreadsheet routes of the imports module (templates, dry run, commit, exports),
 * fetched with the session's bearer token, and the import batches read through GraphQL.
 */
import { HttpError } from 'ra-core';
import { graphql } from '../gql';
import { call } from './call';
import { readSession } from './session';

export type ImportKindPath = 'units' | 'people' | 'positions' | 'questions';
export const IMPORT_KINDS: ImportKindPath[] = ['units', 'people', 'positions', 'questions'];

export interface ImportProblem {
  sheet: string;
  row: number;
  column: string;
  reason: string;
  message: string;
}

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  problems: ImportProblem[];
}

const IMPORT_BATCHES = graphql(`
  query ImportBatches($page: Int!, $perPage: Int!) {
    data: importBatches(page: $page, perPage: $perPage) {
      total
      items {
        id
        kind
        fileName
        username
        createdAt
        created
        updated
        unchanged
      }
    }
  }
`);

const IMPORT_BATCH = graphql(`
  query ImportBatch($id: ID!) {
    data: importBatch(id: $id) {
      id
      kind
      fileName
      username
      createdAt
      report
    }
  }
`);

const authHeaders = (): Record<string, string> => {
  const session = readSession();
  return session ? { authorization: `Bearer ${session.token}` } : {};
};

/** A coded error of the REST routes ({ errors: [{ message, extensions }] }) as an HttpError. */
async function failure(res: Response): Promise<HttpError> {
  const body = await res.json().catch(() => null);
  return new HttpError(body?.errors?.[0]?.message ?? `HTTP ${res.status}`, res.status, body?.errors?.[0]?.extensions);
}

/** Saves a fetched file under its name (what a link with `download` would do). */
async function save(path: string, fileName: string): Promise<void> {
  const res = await fetch(path, { headers: authHeaders() });
  if (!res.ok) throw await failure(res);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const importsApi = {
  downloadTemplate: (kind: ImportKindPath) => save(`/imports/templates/${kind}.xlsx`, `${kind}-template.xlsx`),

  /** The export of the user's unit (`withinId`), narrowed by the kind's own filters (the question bank's). */
  downloadExport: (kind: ImportKindPath, withinId?: string | null, filter: Record<string, string> = {}) => {
    const query = new URLSearchParams({ ...(withinId ? { withinId } : {}), ...filter }).toString();
    return save(`/exports/${kind}.xlsx${query ? `?${query}` : ''}`, `${kind}.xlsx`);
  },

  /**
   * Sends the file: a dry run, or the commit. The commit answers 200 with the report and the
   * batch id, or 422 with the report of the problems (nothing written).
   */
  async upload(
    kind: ImportKindPath,
    file: File,
    dryRun: boolean,
  ): Promise<{ report: ImportReport; batchId: string | null }> {
    const form = new FormData();
    form.append('file', file, file.name);
    const res = await fetch(`/imports/${kind}${dryRun ? '?dryRun=1' : ''}`, {
      method: 'POST',
      body: form,
      headers: authHeaders(),
    });
    if (res.ok || res.status === 422) {
      const body = await res.json();
      if (body && Array.isArray(body.problems))
        return { report: body as ImportReport, batchId: res.headers.get('X-Import-Batch') };
    }
    throw await failure(res);
  },

  batches: (page: number, perPage: number) => call(IMPORT_BATCHES, { page, perPage }),

  batch: (id: string) => call(IMPORT_BATCH, { id }),
};
