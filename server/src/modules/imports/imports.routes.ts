/**
 * GET /imports/templates/{kind}.xlsx — the template, with the caller's own drop-down lists;
 * POST /imports/{kind}[?dryRun=1] (multipart, field `file`) — the report, and without dryRun the
 * import itself (200 with the report when written, 422 with the report when refused, nothing written);
 * GET /exports/{kind}.xlsx[?withinId=] — the caller's records in the template's shape.
 * Through the one request edge (http/edge.ts): errors in the GraphQL shape, with its statuses.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import busboy from 'busboy';
import express from 'express';
import { parseId } from '../../common/ids';
import { fail } from '../../common/reasons';
import { TokenKind } from '../../common/roles';
import { signedInRoute, type EdgeOptions } from '../../http/edge';
import { AuthReasons } from '../auth/public';
import { UnitReasons } from '../org/public';
import { ImportReasons } from './imports.errors';
import { assertImporter, ImportRefused, kindOf, readUpload, type UploadedFile } from './imports.service';
import type { ReadLimits } from './reader';
import { writeWorkbook } from './workbook';

export interface ImportsOptions extends EdgeOptions {
  tmpDir: string;
  maxBytes: number;
  limits: ReadLimits;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function kindOfFile(file: string) {
  const m = /^([a-z]+)\.xlsx$/.exec(file);
  return kindOf(m ? m[1] : file);
}

function sendXlsx(res: express.Response, name: string): void {
  res.setHeader('Content-Type', XLSX);
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="${encodeURIComponent(name)}"; filename*=UTF-8''${encodeURIComponent(name)}`,
  );
}

export function importsRouter(opts: ImportsOptions): express.Router {
  const router = express.Router();
  fs.mkdirSync(opts.tmpDir, { recursive: true });
  const mb = Math.round((opts.maxBytes / 1024 / 1024) * 10) / 10;
  const tooLarge = () => fail(ImportReasons.TOO_LARGE, { field: 'file', params: { mb } });

  router.get(
    '/templates/:file',
    signedInRoute(opts, async (req, res, ctx, p) => {
      const kind = kindOfFile(String(req.params.file));
      assertImporter(p);
      const lists = await kind.lists({ em: ctx.em, p });
      sendXlsx(res, `${kind.sheet}导入模板.xlsx`);
      await writeWorkbook(res, kind, lists, null);
    }),
  );

  router.post(
    '/:kind',
    signedInRoute(opts, async (req, res, ctx, p) => {
      const kind = kindOf(String(req.params.kind));
      if (p.tokenKind === TokenKind.API) throw fail(AuthReasons.READ_ONLY_TOKEN);
      assertImporter(p);
      if (!/^multipart\/form-data/i.test(req.headers['content-type'] ?? ''))
        throw fail(ImportReasons.NOT_MULTIPART, { field: 'file' });
      // A declared body far above the limit is refused before reading it.
      if (Number(req.headers['content-length'] ?? 0) > opts.maxBytes + 64 * 1024) {
        res.setHeader('Connection', 'close');
        throw tooLarge();
      }
      const upload = await receive(req, opts.tmpDir, opts.maxBytes);
      try {
        if (upload.tooLarge) throw tooLarge();
        if (upload.size === 0) throw fail(ImportReasons.EMPTY_FILE, { field: 'file' });
        const file = await readUpload(kind, upload, opts.limits);
        const dryRun = ['1', 'true'].includes(String(req.query.dryRun ?? ''));
        if (dryRun) {
          res.json(await ctx.services.imports.dryRun(p, file));
          return;
        }
        const operation = `import${kind.slug[0].toUpperCase()}${kind.slug.slice(1)}`;
        try {
          const batch = await ctx.mutate(operation, (s) =>
            s.imports.commit(p, file, upload, { operation, address: ctx.address }),
          );
          res.setHeader('X-Import-Batch', String(batch.id));
          res.json(batch.report);
        } catch (e) {
          if (!(e instanceof ImportRefused)) throw e;
          res.status(422).json(e.report);
        }
      } finally {
        await fs.promises.rm(upload.path, { force: true });
      }
    }),
  );
  return router;
}

export function exportsRouter(opts: EdgeOptions): express.Router {
  const router = express.Router();
  router.get(
    '/:file',
    signedInRoute(opts, async (req, res, ctx, p) => {
      const kind = kindOfFile(String(req.params.file));
      let within: string | null = null;
      if (req.query.withinId !== undefined) {
        const id = parseId(String(req.query.withinId), 'withinId');
        const [unit] = await ctx.em.execute<{ path: string }[]>('select path from unit where id = ?', [id]);
        if (!unit || !p.canRead(unit.path)) throw fail(UnitReasons.NOT_FOUND);
        within = unit.path;
      }
      const rows = await kind.exportRows({ em: ctx.em, p }, within);
      const lists = await kind.lists({ em: ctx.em, p });
      sendXlsx(res, `${kind.sheet}导出.xlsx`);
      await writeWorkbook(res, kind, lists, rows);
    }),
  );
  return router;
}

interface Received extends UploadedFile {
  size: number;
  tooLarge: boolean;
}

/** Streams the single `file` part to a temporary file, hashing it; stops counting at the limit. */
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
      reject(fail(ImportReasons.NOT_MULTIPART, { field: 'file' }));
      return;
    }
    const tempPath = path.join(tmpDir, `import-${process.pid}-${crypto.randomUUID()}`);
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
        path: tempPath,
        name: (info.filename ?? 'file').split(/[\\/]/).pop()!.slice(0, 255),
        sha256: '',
        size: 0,
        tooLarge: false,
      };
      const out = fs.createWriteStream(tempPath, { flags: 'wx' });
      stream.on('data', (chunk: Buffer) => {
        hash.update(chunk);
        r.size += chunk.length;
      });
      stream.on('limit', () => {
        r.tooLarge = true;
      });
      writing = new Promise<void>((done, fail) => {
        out.on('finish', () => done());
        out.on('error', fail);
        stream.on('error', fail);
      }).then(() => {
        r.sha256 = hash.digest('hex');
        result = r;
      });
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
              ? fail(ImportReasons.MALFORMED_UPLOAD, { field: 'file' })
              : fail(ImportReasons.MISSING_FILE, { field: 'file' }),
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
