/**
 * Receiving one uploaded file (multipart, the single part named `file`), shared by the routes that
 * take uploads (evidence files, Excel imports): streamed to a temporary file while hashed, its first
 * and last bytes kept (for sniffing the type), and cut short at the size limit — the answer then
 * goes out at once and the edge discards the rest of the body (bounded).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import busboy from 'busboy';
import type express from 'express';
import { fail, type Reason } from '../common/reasons';

const HEAD_BYTES = 64;
const TAIL_BYTES = 66 * 1024;

/** A file name safe to keep and to send back: no folders, no control characters, at most 255 characters. */
export function cleanName(raw: string | undefined): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';

  const clean = base
    // Control characters are exactly what this strips.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .replace(/[\uD800-\uDFFF]/g, '')
    .trim();
  return (clean || 'file').slice(0, 255);
}

export interface Received {
  tempPath: string;
  name: string;
  size: number;
  sha256: string;
  head: Buffer;
  tail: Buffer;
  tooLarge: boolean;
}

/** The reasons a route refuses an upload with (each module answers in its own catalogue). */
export interface UploadReasons {
  notMultipart: Reason;
  malformed: Reason;
  missing: Reason;
}

/** Stream the single `file` part to a temporary file in `tmpDir`, hashing it and keeping its first and last bytes. */
export function receiveUpload(
  req: express.Request,
  tmpDir: string,
  maxBytes: number,
  reasons: UploadReasons,
): Promise<Received> {
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { fileSize: maxBytes, files: 1, fields: 10, parts: 12, fieldSize: 1024, headerPairs: 50 },
      });
    } catch {
      reject(fail(reasons.notMultipart, { field: 'file' }));
      return;
    }
    const tempPath = path.join(tmpDir, `${process.pid}-${crypto.randomUUID()}`);
    let result: Received | null = null;
    let writing: Promise<void> | null = null;
    let failed: unknown = null;
    bb.on('file', (field, stream, info) => {
      if (field !== 'file' || writing) {
        stream.resume();
        return;
      }
      const hash = crypto.createHash('sha256');
      const r: Received = {
        tempPath,
        name: cleanName(info.filename),
        size: 0,
        sha256: '',
        head: Buffer.alloc(0),
        tail: Buffer.alloc(0),
        tooLarge: false,
      };
      const out = fs.createWriteStream(tempPath, { flags: 'wx' });
      stream.on('data', (chunk: Buffer) => {
        hash.update(chunk);
        r.size += chunk.length;
        if (r.head.length < HEAD_BYTES) r.head = Buffer.concat([r.head, chunk.subarray(0, HEAD_BYTES - r.head.length)]);
        r.tail = Buffer.concat([r.tail, chunk]);
        if (r.tail.length > TAIL_BYTES) r.tail = r.tail.subarray(r.tail.length - TAIL_BYTES);
      });
      // Over the limit: stop storing and answer now; the edge discards the rest of the body (bounded).
      stream.on('limit', () => {
        r.tooLarge = true;
        req.unpipe(bb);
        stream.unpipe(out);
        stream.resume();
        // Once the temporary file is closed (created, if its opening was still under way), the
        // route removes it.
        out.once('close', () => resolve(r));
        out.end();
      });
      writing = new Promise<void>((done, fail) => {
        out.on('finish', () => done());
        out.on('error', fail);
        stream.on('error', fail);
      }).then(() => {
        r.sha256 = hash.digest('hex');
        result = r;
      });
      // Awaited when the upload ends normally; an upload cut short at the limit no longer waits for it.
      writing.catch(() => undefined);
      stream.pipe(out);
    });
    bb.on('error', (e) => {
      failed = e;
    });
    bb.on('close', () => {
      void (async () => {
        try {
          if (writing) await writing;
        } catch (e) {
          failed ??= e;
        }
        if (failed || !result) {
          await fs.promises.rm(tempPath, { force: true });
          reject(failed ? fail(reasons.malformed, { field: 'file' }) : fail(reasons.missing, { field: 'file' }));
          return;
        }
        resolve(result);
      })();
    });
    req.on('aborted', () => {
      failed ??= new Error('aborted');
    });
    req.pipe(bb);
  });
}
