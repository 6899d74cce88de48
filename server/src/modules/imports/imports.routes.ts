/**
 * GET /imports/templates/{kind}.xlsx — the template, with the caller's own drop-down lists;
 * POST /imports/{kind}[?dryRun=1] (multipart, field `file`) — the report, and without dryRun the
 * import itself (200 with the report when written, 422 with the report when refused, nothing written);
 * GET /exports/{kind}.xlsx[?withinId=][&filters of the kind] — the caller's records in the template's shape
 * (questions: kind, starCode, difficulty, search, active).
 * Through the one request edge (http/edge.ts): errors in the GraphQL shape, with its statuses.
 */
import fs from 'node:fs';
import express from 'express';
import { parseId } from '../../common/ids';
import { fail } from '../../common/reasons';
import { TokenKind } from '../../common/roles';
import { signedInRoute, type EdgeOptions } from '../../http/edge';
import { receiveUpload } from '../../http/upload';
import { AuthReasons } from '../auth/public';
import { UnitReasons } from '../org/public';
import { ImportReasons } from './imports.errors';
import { assertImporter, ImportRefused, kindOf, readUpload } from './imports.service';
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
      assertImporter(p, kind);
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
      assertImporter(p, kind);
      if (!/^multipart\/form-data/i.test(req.headers['content-type'] ?? ''))
        throw fail(ImportReasons.NOT_MULTIPART, { field: 'file' });
      // A declared body far above the limit is refused before reading it.
      if (Number(req.headers['content-length'] ?? 0) > opts.maxBytes + 64 * 1024) {
        res.setHeader('Connection', 'close');
        throw tooLarge();
      }
      const received = await receiveUpload(req, opts.tmpDir, opts.maxBytes, {
        notMultipart: ImportReasons.NOT_MULTIPART,
        malformed: ImportReasons.MALFORMED_UPLOAD,
        missing: ImportReasons.MISSING_FILE,
      });
      const upload = { ...received, path: received.tempPath };
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
      kind.authorize?.(p);
      let within: string | null = null;
      if (req.query.withinId !== undefined) {
        const id = parseId(String(req.query.withinId), 'withinId');
        const [unit] = await ctx.em.execute<{ path: string }[]>('select path from unit where id = ?', [id]);
        if (!unit || !p.canRead(unit.path)) throw fail(UnitReasons.NOT_FOUND);
        within = unit.path;
      }
      // The kind's own filters (the question bank's kind, star, difficulty, search, state).
      const filter = Object.fromEntries(
        Object.entries(req.query).flatMap(([k, v]) => (k !== 'withinId' && typeof v === 'string' ? [[k, v]] : [])),
      );
      const rows = await kind.exportRows({ em: ctx.em, p }, within, filter);
      const lists = await kind.lists({ em: ctx.em, p });
      sendXlsx(res, `${kind.sheet}导出.xlsx`);
      await writeWorkbook(res, kind, lists, rows);
    }),
  );
  return router;
}
