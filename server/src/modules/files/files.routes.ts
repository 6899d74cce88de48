/**
 * POST /files (multipart, field `file`) stores one evidence file; GET /files/:id serves it to those
 * who may read a record that references it (or to its uploader until it is attached). Errors are
 * JSON in the GraphQL error shape, with the same codes and reasons as the API.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import busboy from 'busboy';
import express from 'express';
import { fail } from '../../common/reasons';
import { sendError, signedInRoute, type EdgeOptions } from '../../http/edge';
import { TokenKind } from '../../common/roles';
import { AuthReasons } from '../auth/public';
import { blobPath } from './file.service';
import { FileReasons } from './files.errors';
import { extensionOf, sniff } from './sniff';

export interface FilesOptions extends EdgeOptions {
  dir: string;
  maxBytes: number;
}

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

export function filesRouter(opts: FilesOptions): express.Router {
  const router = express.Router();
  const tmpDir = path.join(opts.dir, 'tmp');
  fs.mkdirSync(tmpDir, { recursive: true });
  const mb = Math.round((opts.maxBytes / 1024 / 1024) * 10) / 10;
  const tooLarge = () => fail(FileReasons.TOO_LARGE, { field: 'file', params: { mb } });

  router.post(
    '/',
    signedInRoute(opts, async (req, res, ctx, p) => {
      if (p.tokenKind === TokenKind.API) throw fail(AuthReasons.READ_ONLY_TOKEN);
      if (!/^multipart\/form-data/i.test(req.headers['content-type'] ?? '')) {
        throw fail(FileReasons.NOT_MULTIPART, { field: 'file' });
      }
      // A declared body far above the limit is refused without storing any of it (the answer waits
      // until the body has been read and discarded: http/discard.ts).
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > opts.maxBytes + 64 * 1024) throw tooLarge();
      const upload = await receive(req, tmpDir, opts.maxBytes);
      try {
        if (upload.tooLarge) throw tooLarge();
        if (upload.size === 0) throw fail(FileReasons.EMPTY, { field: 'file' });
        const kind = sniff(upload.head, upload.tail, upload.name);
        if (!kind) {
          throw fail(FileReasons.TYPE_NOT_ALLOWED, { field: 'file' });
        }
        const name = extensionOf(upload.name) ? upload.name : `${upload.name}.${kind.ext}`;
        const file = await ctx.mutate('uploadFile', (s) =>
          s.files.store(p, {
            tempPath: upload.tempPath,
            dir: opts.dir,
            sha256: upload.sha256,
            size: upload.size,
            name,
            mimeType: kind.mimeType,
          }),
        );
        res.status(201).json({
          id: String(file.id),
          name: file.name,
          mimeType: file.mimeType,
          size: file.size,
          sha256: file.sha256,
          url: file.url,
          uploadedAt: file.uploadedAt,
        });
      } finally {
        await fs.promises.rm(upload.tempPath, { force: true });
      }
    }),
  );

  router.get(
    '/:id',
    signedInRoute(opts, async (req, res, ctx, p) => {
      const id = /^[1-9]\d{0,8}$/.test(String(req.params.id)) ? Number(req.params.id) : null;
      const file = id === null ? null : await ctx.services.files.readable(p, id);
      if (!file) throw fail(FileReasons.NOT_FOUND);
      const etag = `"${file.sha256}"`;
      res.setHeader('ETag', etag);
      res.setHeader('Cache-Control', 'private, no-cache');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader(
        'Content-Security-Policy',
        "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
      );
      if (req.headers['if-none-match'] === etag) {
        res.status(304).end();
        return;
      }
      const blob = blobPath(opts.dir, file.sha256);
      const stat = await fs.promises.stat(blob).catch(() => null);
      if (!stat) throw fail(FileReasons.CONTENT_MISSING);
      const inline =
        file.mimeType.startsWith('image/') && file.mimeType !== 'image/heic'
          ? true
          : file.mimeType === 'application/pdf';
      res.setHeader('Content-Type', file.mimeType);
      res.setHeader('Content-Length', String(stat.size));
      res.setHeader(
        'Content-Disposition',
        `${inline ? 'inline' : 'attachment'}; filename="${encodeURIComponent(file.name)}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      );
      fs.createReadStream(blob)
        .on('error', (e) => sendError(res, e, opts.log))
        .pipe(res);
    }),
  );

  return router;
}

interface Received {
  tempPath: string;
  name: string;
  size: number;
  sha256: string;
  head: Buffer;
  tail: Buffer;
  tooLarge: boolean;
}

/** Stream the single `file` part to a temporary file, hashing it and keeping its first and last bytes. */
function receive(req: express.Request, tmpDir: string, maxBytes: number): Promise<Received> {
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { fileSize: maxBytes, files: 1, fields: 10, parts: 12, fieldSize: 1024, headerPairs: 50 },
      });
    } catch {
      reject(fail(FileReasons.NOT_MULTIPART, { field: 'file' }));
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
          reject(
            failed
              ? fail(FileReasons.MALFORMED_UPLOAD, { field: 'file' })
              : fail(FileReasons.MISSING, { field: 'file' }),
          );
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
