/**
 * The offline queue: on-site steps are written to the device first (enqueue), then sent in the
 * order they were taken whenever the network allows (syncNow). For each step the photos go first
 * (POST /files, the photo's id as Idempotency-Key), then the mutation with the step's
 * clientMutationId: a step or photo whose answer was lost is sent again with the same key and the
 * server writes it once. Before the first step of a check the server's version is compared with the
 * one the steps were recorded against; a check changed meanwhile stops there as a conflict for the
 * user to decide (keep mine / discard). A refusal stops that check's later steps the same way.
 * Nothing leaves the queue unless it was written or the user discarded it.
 */
import type { HttpError } from 'ra-core';
import { liveToken } from '../dataProvider/session';
import { newMutationId } from '../dataProvider/supervision';
import { offlineApi } from './api';
import {
  allSteps,
  claimFor,
  db,
  type CachedCheck,
  type CompletePayload,
  type FindingPayload,
  type QueuedStep,
  type StartPayload,
  type StepKind,
} from './db';
import type { ScaledPhoto } from './photos';

const listeners = new Set<() => void>();
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('fivestar-offline');
channel?.addEventListener('message', () => listeners.forEach((l) => l()));

/** Called whenever the store changed (in this tab or another). */
export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function changed(): void {
  listeners.forEach((l) => l());
  channel?.postMessage('changed');
}

/** Steps still to write: everything not yet synced (conflicts and refusals included). */
export const unsynced = (steps: QueuedStep[]) => steps.filter((s) => s.state !== 'synced');

/** Record one on-site step (and its photos) on the device, then try to send it. */
export async function enqueue(
  checkId: string,
  kind: StepKind,
  payload: StartPayload | FindingPayload | CompletePayload,
  photos: ScaledPhoto[] = [],
): Promise<void> {
  const d = await db();
  const tx = d.transaction(['queue', 'photos'], 'readwrite');
  const photoIds = photos.map(() => newMutationId());
  photos.forEach((p, i) =>
    tx.objectStore('photos').put({
      id: photoIds[i],
      checkId,
      blob: p.blob,
      name: `现场照片-${i + 1}.jpg`,
      width: p.width,
      height: p.height,
      fileId: null,
    }),
  );
  tx.objectStore('queue').add({
    checkId,
    kind,
    clientMutationId: newMutationId(),
    payload,
    photoIds,
    state: 'pending',
    sent: false,
    error: null,
    server: null,
    createdAt: new Date().toISOString(),
    syncedAt: null,
  });
  await tx.done;
  changed();
  void syncNow();
}

/** Network trouble (or a server that is not answering properly): try again later, in order. */
function transient(e: unknown): boolean {
  const err = e as HttpError & { body?: { code?: string } };
  const status = err?.status ?? 0;
  return status === 0 || status >= 500 || status === 429 || err?.body?.code === 'NETWORK';
}

const unauthenticated = (e: unknown) => (e as HttpError)?.status === 401;

let running: Promise<void> | null = null;
let again = false;
let retryTimer: ReturnType<typeof setTimeout> | null = null;
let retryDelay = 1000;

/** Send what is queued; a second call while a run is under way makes it run once more. */
export function syncNow(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      await syncOnce();
    } while (again);
  })().finally(() => {
    running = null;
  });
  return running;
}

function retryLater(): void {
  if (retryTimer) return;
  retryTimer = setTimeout(() => {
    retryTimer = null;
    void syncNow();
  }, retryDelay);
  retryDelay = Math.min(retryDelay * 2, 15_000);
}

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => {
    retryDelay = 1000;
    void syncNow();
  });
}

async function put(step: QueuedStep): Promise<void> {
  await (await db()).put('queue', step);
  changed();
}

async function syncOnce(): Promise<void> {
  if (!liveToken()) return;
  const d = await db();
  const steps = (await d.getAll('queue')).sort((a, b) => a.seq! - b.seq!);
  const blocked = new Set(steps.filter((s) => s.state === 'conflict' || s.state === 'error').map((s) => s.checkId));
  const verified = new Set<string>();
  for (const step of steps) {
    if (step.state !== 'pending' && step.state !== 'syncing') continue;
    if (blocked.has(step.checkId)) continue;
    const check = await d.get('checks', step.checkId);
    try {
      // A step sent before may already be written (its answer lost): that is no conflict with
      // ourselves, so it goes again as it is and the server replays it.
      if (!verified.has(step.checkId) && !step.sent && check) {
        const server = await offlineApi.spotCheckVersion(step.checkId);
        if (server.version !== check.version) {
          await put({
            ...step,
            state: 'conflict',
            error: null,
            server: { version: server.version, status: server.status },
          });
          blocked.add(step.checkId);
          continue;
        }
      }
      verified.add(step.checkId);
      await put({ ...step, state: 'syncing' });
      const fileIds: string[] = [];
      for (const id of step.photoIds) {
        const photo = await d.get('photos', id);
        if (!photo) throw Object.assign(new Error('photo missing'), { status: 410 });
        if (!photo.fileId) {
          photo.fileId = (await offlineApi.upload(photo.blob, photo.name, photo.id)).id;
          await d.put('photos', photo);
        }
        fileIds.push(photo.fileId);
      }
      step.sent = true;
      await put({ ...step, state: 'syncing' });
      let version: number | null = null;
      if (step.kind === 'start') {
        const p = step.payload as StartPayload;
        version = (await offlineApi.start(step.checkId, step.clientMutationId, p.location, p.startedAt)).version;
      } else if (step.kind === 'finding') {
        const p = step.payload as FindingPayload;
        await offlineApi.recordFinding(step.checkId, step.clientMutationId, { ...p, evidenceFileIds: fileIds });
      } else {
        const p = step.payload as CompletePayload;
        version = (await offlineApi.complete(step.checkId, step.clientMutationId, p)).version;
      }
      const tx = d.transaction(['queue', 'photos', 'checks'], 'readwrite');
      tx.objectStore('queue').put({ ...step, state: 'synced', error: null, syncedAt: new Date().toISOString() });
      for (const id of step.photoIds) tx.objectStore('photos').delete(id);
      const fresh = await tx.objectStore('checks').get(step.checkId);
      if (fresh && version !== null) tx.objectStore('checks').put({ ...fresh, version });
      await tx.done;
      retryDelay = 1000;
      changed();
    } catch (e) {
      const message = (e as Error).message;
      if (transient(e) || unauthenticated(e)) {
        await put({ ...step, state: 'pending', error: message });
        if (transient(e)) retryLater();
        return; // in order: nothing after this step goes before it
      }
      await put({ ...step, state: 'error', error: message });
      blocked.add(step.checkId);
    }
  }
}

/** The user keeps their steps over the server's change: they are sent against its new version. */
export async function keepMine(seq: number): Promise<void> {
  const d = await db();
  const step = await d.get('queue', seq);
  if (!step || step.state !== 'conflict' || !step.server) return;
  const check = await d.get('checks', step.checkId);
  const tx = d.transaction(['queue', 'checks'], 'readwrite');
  if (check) tx.objectStore('checks').put({ ...check, version: step.server.version });
  tx.objectStore('queue').put({ ...step, state: 'pending', server: null, error: null });
  await tx.done;
  changed();
  await syncNow();
}

/** Send a refused step again (after the cause was fixed elsewhere). */
export async function retry(seq: number): Promise<void> {
  const d = await db();
  const step = await d.get('queue', seq);
  if (!step || (step.state !== 'error' && step.state !== 'pending')) return;
  await put({ ...step, state: 'pending', error: null });
  await syncNow();
}

/** The user gives up a step that was not written (a conflict or a refusal), with its photos. */
export async function discard(seq: number): Promise<void> {
  const d = await db();
  const step = await d.get('queue', seq);
  if (!step || (step.state !== 'conflict' && step.state !== 'error')) return;
  const tx = d.transaction(['queue', 'photos'], 'readwrite');
  tx.objectStore('queue').delete(seq);
  for (const id of step.photoIds) tx.objectStore('photos').delete(id);
  await tx.done;
  changed();
  await syncNow();
}

/**
 * Keep the supervisor's open spot checks on the device: those the server lets them act on (their
 * team's), with the key tasks and the target branch's profile. A check with steps still to write
 * keeps the version they were recorded against; a check no longer open (or no longer theirs) is
 * dropped once nothing of it is left to write.
 */
export async function refreshCache(user: { id: string; username: string }): Promise<void> {
  await claimFor(user);
  const open = (await offlineApi.openSpotChecks()).filter((c) => c.allowedActions.length > 0);
  const taskIds = [...new Set(open.flatMap((c) => c.keyTaskIds.map(String)))];
  const tasks = new Map((await offlineApi.keyTasks(taskIds)).map((k) => [String(k.id), k]));
  const profiles = new Map<string, CachedCheck['profile']>();
  for (const unitId of new Set(open.map((c) => String(c.targetUnitId)))) {
    profiles.set(
      unitId,
      await offlineApi.branchProfile(unitId).then(
        (p) => p,
        () => null,
      ),
    );
  }
  const d = await db();
  const steps = await allSteps();
  const busy = new Set(unsynced(steps).map((s) => s.checkId));
  const now = new Date().toISOString();
  const tx = d.transaction(['checks', 'queue', 'photos'], 'readwrite');
  const keep = new Set<string>();
  for (const c of open) {
    const id = String(c.id);
    keep.add(id);
    if (busy.has(id) && (await tx.objectStore('checks').get(id))) continue;
    tx.objectStore('checks').put({
      id,
      version: c.version,
      status: c.status,
      plannedFor: c.plannedFor,
      note: c.note ?? null,
      location: c.location ?? null,
      targetUnitId: String(c.targetUnitId),
      targetName: c.targetUnit.name,
      teamName: c.team.name,
      findingCount: c.findingCount,
      allowedActions: c.allowedActions,
      keyTasks: c.keyTaskIds
        .map((k) => tasks.get(String(k)))
        .filter((k): k is NonNullable<typeof k> => !!k)
        .map((k) => ({ id: String(k.id), code: k.code, title: k.title })),
      profile: profiles.get(String(c.targetUnitId)) ?? null,
      cachedAt: now,
    });
  }
  for (const id of await tx.objectStore('checks').getAllKeys()) {
    if (keep.has(id) || busy.has(id)) continue;
    tx.objectStore('checks').delete(id);
  }
  // Written steps are shown until their check leaves the device.
  for (const s of steps) if (s.state === 'synced' && !keep.has(s.checkId)) tx.objectStore('queue').delete(s.seq!);
  await tx.done;
  changed();
}
