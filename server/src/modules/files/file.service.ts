/**
 * Evidence files: storing uploads by content hash, attaching them to records, deciding who may
 * read them, and pruning uploads nobody attached.
 *
 * A file is exactly as visible as the records that reference it. Each module that references
 * files tells, in its manifest (`fileVisibility`), which of its records a principal may read; a file
 * nobody references yet is visible to its uploader only.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { fail } from '../../common/reasons';
import { FileReasons } from './files.errors';
import type { RecordVisibility } from '../../common/visibility';
import type { Principal } from '../../common/principal';
import { User } from '../auth/public';
import { FileReference, StoredFile } from './file.entity';

/** The most files one record may reference. */

/** What the files module's `attachEvidence` service is: other modules take it from their factory (flushes, checks each file, records the references). */
export type AttachEvidence = (
  p: Principal,
  fileIds: readonly (string | number)[] | null | undefined,
  recordType: string,
  record: { id: number },
) => Promise<void>;

export const MAX_FILES_PER_RECORD = 30;
/** Advisory-lock namespace for a blob (upload and prune agree on who writes or unlinks it). */
const BLOB_LOCK = 5_000_002;

export function blobPath(dir: string, sha256: string): string {
  return path.join(dir, sha256.slice(0, 2), sha256);
}

export class FileService {
  constructor(
    readonly em: EntityManager,
    private readonly now: () => Date,
    /** By record type (the modules' `fileVisibility`): a type with no rule is visible to no one. */
    private readonly visibility: Readonly<Record<string, RecordVisibility>> = {},
  ) {}

  /**
   * Record an upload whose bytes are in `tempPath` (already hashed and checked). Within one
   * transaction: the row, then the blob moved into place unless the same bytes are stored already.
   */
  async store(
    principal: Principal,
    file: { tempPath: string; dir: string; sha256: string; size: number; name: string; mimeType: string },
  ): Promise<StoredFile> {
    const row = this.em.create(StoredFile, {
      name: file.name,
      mimeType: file.mimeType,
      size: file.size,
      sha256: file.sha256,
      uploadedBy: this.em.getReference(User, principal.userId),
      uploadedAt: this.now(),
    });
    await this.em.execute('select pg_advisory_xact_lock(?, hashtext(?))', [BLOB_LOCK, file.sha256]);
    await this.em.flush();
    const target = blobPath(file.dir, file.sha256);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    if (fs.existsSync(target)) await fs.promises.rm(file.tempPath, { force: true });
    else await fs.promises.rename(file.tempPath, target);
    return row;
  }

  /**
   * Attach uploads to a record as its evidence. Each id must name a file the principal uploaded, or
   * one already attached to a record they can read (evidence reused); any other id is refused the
   * same way as an id that does not exist.
   */
  async attach(
    principal: Principal,
    fileIds: number[],
    ref: { recordType: string; recordId: number },
  ): Promise<StoredFile[]> {
    const ids = [...new Set(fileIds)];
    if (ids.length === 0) return [];
    if (ids.length > MAX_FILES_PER_RECORD)
      throw fail(FileReasons.TOO_MANY, { field: 'evidenceFileIds', params: { max: MAX_FILES_PER_RECORD } });
    const files = await this.em.find(StoredFile, { id: { $in: ids } });
    const readable = await this.readableIds(principal, files);
    for (const id of ids) {
      if (!readable.has(id)) throw fail(FileReasons.NOT_FOUND, { code: 'BAD_USER_INPUT', field: 'evidenceFileIds' });
    }
    const existing = await this.em.find(FileReference, {
      file: { $in: ids },
      recordType: ref.recordType,
      recordId: ref.recordId,
    });
    const have = new Set(existing.map((r) => r.file.id));
    for (const f of files) {
      if (!have.has(f.id))
        this.em.create(FileReference, {
          file: f,
          recordType: ref.recordType,
          recordId: ref.recordId,
          createdAt: this.now(),
        });
    }
    return ids.map((id) => files.find((f) => f.id === id)!);
  }

  /** The file, when the principal may read it; null exactly as for an id that does not exist. */
  async readable(principal: Principal, id: number): Promise<StoredFile | null> {
    const file = await this.em.findOne(StoredFile, { id });
    if (!file) return null;
    return (await this.readableIds(principal, [file])).has(id) ? file : null;
  }

  /** Which of these files the principal may read: their own unattached uploads, and files of readable records. */
  async readableIds(principal: Principal, files: StoredFile[]): Promise<Set<number>> {
    const out = new Set<number>();
    if (files.length === 0) return out;
    const refs = await this.em.find(FileReference, { file: { $in: files.map((f) => f.id) } });
    const referenced = new Set(refs.map((r) => r.file.id));
    for (const f of files) if (!referenced.has(f.id) && f.uploadedBy.id === principal.userId) out.add(f.id);
    const byType = new Map<string, FileReference[]>();
    for (const r of refs) {
      if (!byType.has(r.recordType)) byType.set(r.recordType, []);
      byType.get(r.recordType)!.push(r);
    }
    for (const [type, list] of byType) {
      const check = Object.hasOwn(this.visibility, type) ? this.visibility[type] : undefined;
      if (!check) continue; // a record type nobody vouches for: visible to no one
      const visible = await check(this.em, principal, [...new Set(list.map((r) => r.recordId))]);
      for (const r of list) if (visible.has(r.recordId)) out.add(r.file.id);
    }
    return out;
  }
}

/**
 * Remove uploads that no record references and that are older than `maxAgeHours` (default a day),
 * then the blobs no remaining upload uses. Returns the number of uploads removed.
 */
export async function pruneUnreferencedFiles(
  em: EntityManager,
  dir: string,
  now: Date,
  maxAgeHours = 24,
): Promise<number> {
  const cutoff = new Date(now.getTime() - maxAgeHours * 3_600_000);
  const removed: { sha256: string }[] = await em.execute(
    `delete from stored_file f where f.uploaded_at < ? and not exists (select 1 from file_reference r where r.file_id = f.id) returning f.sha256`,
    [cutoff],
  );
  for (const sha of new Set(removed.map((r) => r.sha256))) {
    await em.transactional(async (tx) => {
      await tx.execute('select pg_advisory_xact_lock(?, hashtext(?))', [BLOB_LOCK, sha]);
      const [{ n }] = await tx.execute<{ n: string }[]>('select count(*) as n from stored_file where sha256 = ?', [
        sha,
      ]);
      if (Number(n) === 0) await fs.promises.rm(blobPath(dir, sha), { force: true });
    });
  }
  return removed.length;
}
