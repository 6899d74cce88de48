/**
 * POST /files (multipart, field `file`; optional `Idempotency-Key` header: a retry with the same key
 * and bytes answers the first upload again) stores one evidence file; GET /files/:id serves it to those
 * who may read a record that references it (or to its uploader until it is attached). Errors are
 * JSON in the GraphQL error shape, with the same codes and reasons as the API.
 */
import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import { fail } from '../../common/reasons';
import { sendError, signedInRoute, type EdgeOptions } from '../../http/edge';
import { receiveUpload } from '../../http/upload';
import { TokenKind } from '../../common/roles';
import { AuthReasons } from '../auth/public';
import { blobPath } from './file.service';
import { FileReasons } from './files.errors';
import { extensionOf, sniff } from './sniff';

export interface FilesOptions extends EdgeOptions {
  dir: string;
  maxBytes: number;
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
      const upload = await receiveUpload(req, tmpDir, opts.maxBytes, {
        notMultipart: FileReasons.NOT_MULTIPART,
        malformed: FileReasons.MALFORMED_UPLOAD,
        missing: FileReasons.MISSING,
      });
      try {
        if (upload.tooLarge) throw tooLarge();
        if (upload.size === 0) throw fail(FileReasons.EMPTY, { field: 'file' });
        const kind = sniff(upload.head, upload.tail, upload.name);
        if (!kind) {
          throw fail(FileReasons.TYPE_NOT_ALLOWED, { field: 'file' });
        }
        const name = extensionOf(upload.name) ? upload.name : `${upload.name}.${kind.ext}`;
        // An offline console re-sends a photo whose answer it never saw: with the same key (and the
        // same bytes) the first upload is answered again and nothing is stored twice.
        const key = req.headers['idempotency-key'];
        const file = await ctx.mutate(
          'uploadFile',
          (s) =>
            s.files.store(p, {
              tempPath: upload.tempPath,
              dir: opts.dir,
              sha256: upload.sha256,
              size: upload.size,
              name,
              mimeType: kind.mimeType,
            }),
          typeof key === 'string' && key
            ? { clientMutationId: key, input: { sha256: upload.sha256, size: upload.size, name } }
            : undefined,
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
