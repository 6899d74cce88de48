/**
 * The device store of the on-site form (IndexedDB, one database per browser profile):
 * - `checks`: the signed-in supervisor's open spot checks as the server gave them (their team's
 *   only: the server shows planned checks to no one else), with key tasks and the target branch's
 *   profile, and the version the queued steps were recorded against;
 * - `photos`: scaled-down photo blobs until they are uploaded;
 * - `queue`: the on-site steps in the order they were taken, each with its clientMutationId.
 * `meta.owner` names the user the store belongs to: another user, sign-out or an ended session
 * empties it (wipe), records and photos alike.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export type StepKind = 'start' | 'finding' | 'complete';
/** pending: waiting for the network; syncing: being sent; synced: written on the server;
 *  conflict: the check changed on the server meanwhile; error: the server refused it. */
export type StepState = 'pending' | 'syncing' | 'synced' | 'conflict' | 'error';

export interface CachedKeyTask {
  id: string;
  code: string;
  title: string;
}

export interface CachedCheck {
  id: string;
  /** The version the queued steps were recorded against (the server's, when it was cached). */
  version: number;
  status: 'PLANNED' | 'IN_PROGRESS' | 'COMPLETED' | string;
  plannedFor: string;
  note: string | null;
  location: string | null;
  targetUnitId: string;
  targetName: string;
  teamName: string;
  findingCount: number;
  allowedActions: string[];
  keyTasks: CachedKeyTask[];
  profile: {
    year: number;
    baseline: { label: string; value: string }[];
    tasks: { code: string; title: string }[];
    mechanisms: { title: string; detail: string }[];
  } | null;
  cachedAt: string;
}

export interface StartPayload {
  location: string | null;
  startedAt: string;
}
export interface FindingPayload {
  severity: 'MINOR' | 'MAJOR' | 'CRITICAL' | string;
  keyTaskId: string | null;
  description: string;
}
export interface CompletePayload {
  summary: string;
  methodAttested: boolean;
  scores: { keyTaskId: string; score: number }[];
}

export interface QueuedStep {
  seq?: number;
  checkId: string;
  kind: StepKind;
  clientMutationId: string;
  payload: StartPayload | FindingPayload | CompletePayload;
  photoIds: string[];
  state: StepState;
  /** The request went out at least once: its answer may have been lost after the server wrote it. */
  sent: boolean;
  error: string | null;
  /** For a conflict: what the server holds now. */
  server: { version: number; status: string } | null;
  createdAt: string;
  syncedAt: string | null;
}

export interface StoredPhoto {
  /** Also the upload's Idempotency-Key. */
  id: string;
  checkId: string;
  blob: Blob;
  name: string;
  width: number;
  height: number;
  /** The evidence file id once uploaded. */
  fileId: string | null;
}

interface OfflineDB extends DBSchema {
  meta: { key: string; value: { userId: string; username: string } };
  checks: { key: string; value: CachedCheck };
  photos: { key: string; value: StoredPhoto; indexes: { byCheck: string } };
  queue: { key: number; value: QueuedStep; indexes: { byCheck: string } };
}

export const DB_NAME = 'fivestar-offline';
const STORES = ['meta', 'checks', 'photos', 'queue'] as const;

let dbPromise: Promise<IDBPDatabase<OfflineDB>> | null = null;

export function db(): Promise<IDBPDatabase<OfflineDB>> {
  dbPromise ??= openDB<OfflineDB>(DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore('meta');
      d.createObjectStore('checks', { keyPath: 'id' });
      d.createObjectStore('photos', { keyPath: 'id' }).createIndex('byCheck', 'checkId');
      d.createObjectStore('queue', { keyPath: 'seq', autoIncrement: true }).createIndex('byCheck', 'checkId');
    },
    // Another tab upgrading the database: let it (this tab reopens on its next use).
    blocking() {
      void dbPromise?.then((x) => x.close());
      dbPromise = null;
    },
  });
  return dbPromise;
}

/** Everything on the device, records and photos: sign-out, an ended session, another user. */
export async function wipe(): Promise<void> {
  const d = await db();
  const tx = d.transaction(STORES, 'readwrite');
  await Promise.all([...STORES.map((s) => tx.objectStore(s).clear()), tx.done]);
}

/** Make the store the user's own: a store left by someone else is emptied first. */
export async function claimFor(user: { id: string; username: string }): Promise<void> {
  const d = await db();
  const owner = await d.get('meta', 'owner');
  if (owner && owner.userId === String(user.id)) return;
  await wipe();
  await d.put('meta', { userId: String(user.id), username: user.username }, 'owner');
}

export async function ownerId(): Promise<string | null> {
  return (await (await db()).get('meta', 'owner'))?.userId ?? null;
}

export async function allSteps(): Promise<QueuedStep[]> {
  return (await db()).getAll('queue');
}

export async function allChecks(): Promise<CachedCheck[]> {
  return (await (await db()).getAll('checks')).sort(
    (a, b) => a.plannedFor.localeCompare(b.plannedFor) || Number(a.id) - Number(b.id),
  );
}
