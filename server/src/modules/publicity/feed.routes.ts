/**
 * The public side of 创建动态, no sign-in: GET /feed.json (JSON Feed 1.1) and GET /feed.xml (Atom) of the
 * live posts, `?unit=<id>` for a unit's subtree and `?cursor=` for the next page, with ETag,
 * Last-Modified and 304; and GET /public/files/:id[/thumbnail], the images live posts use (any other file:
 * the 404 of a missing one). Through the one request edge (http/edge.ts), errors in the GraphQL shape.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import express from 'express';
import sharp from 'sharp';
import type { EntityManager } from '@mikro-orm/postgresql';
import { parseId } from '../../common/ids';
import { fail } from '../../common/reasons';
import { publicRoute, type EdgeOptions } from '../../http/edge';
import { publicBaseOf } from '../../http/public-base';
import { FileReasons, blobPath, type StoredFile } from '../files/public';
import type { Post } from './post.entity';
import { PostThumbnail } from './post.entity';
import { PostReasons } from './publicity.errors';
import { absolutize, textOf } from './sanitize';
import type { FeedPage } from './publicity.service';

export interface FeedOptions extends EdgeOptions {
  /** PUBLIC_BASE_URL; without it the request's own scheme and host. */
  publicBaseUrl: string | null;
  filesDir: string;
}

const TITLE = '二七先锋 · 五星支部创建动态';
const THUMB_WIDTH = 480;

function baseOf(req: express.Request, opts: FeedOptions): string {
  return publicBaseOf(opts.publicBaseUrl, req);
}

function query(req: express.Request): { unitId: number | null; cursor: string | null } {
  const unit = typeof req.query.unit === 'string' && req.query.unit !== '' ? parseId(req.query.unit, 'unit') : null;
  const cursor = typeof req.query.cursor === 'string' && req.query.cursor !== '' ? req.query.cursor : null;
  if (cursor && cursor.length > 200) throw fail(PostReasons.BAD_CURSOR, { field: 'cursor' });
  return { unitId: unit, cursor };
}

function selfUrl(base: string, file: string, unitId: number | null, cursor: string | null): string {
  const q = new URLSearchParams();
  if (unitId) q.set('unit', String(unitId));
  if (cursor) q.set('cursor', cursor);
  const s = q.toString();
  return `${base}/${file}${s ? `?${s}` : ''}`;
}

const xml = (s: string) =>
  s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

function postId(base: string, p: Post): string {
  return `${base}/feed.json#post-${p.id}`;
}

function jsonFeed(base: string, page: FeedPage, unitId: number | null, cursor: string | null): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: page.unit ? `${TITLE} · ${page.unit.name}` : TITLE,
    home_page_url: `${base}/`,
    feed_url: selfUrl(base, 'feed.json', unitId, cursor),
    ...(page.nextCursor ? { next_url: selfUrl(base, 'feed.json', unitId, page.nextCursor) } : {}),
    language: 'zh-CN',
    items: page.items.map((p) => ({
      id: postId(base, p),
      title: p.title,
      summary: p.summary,
      content_html: absolutize(p.bodyHtml, base),
      content_text: textOf(p.bodyHtml),
      ...(p.cover ? { image: `${base}/public/files/${p.cover.id}` } : {}),
      date_published: p.publishedAt!.toISOString(),
      date_modified: (p.updatedAt > p.publishedAt! ? p.updatedAt : p.publishedAt!).toISOString(),
      authors: [{ name: p.unit.name }],
      tags: p.starCodes,
      ...(p.cover
        ? { _fivestar: { thumbnail: `${base}/public/files/${p.cover.id}/thumbnail`, unit_id: String(p.unit.id) } }
        : { _fivestar: { unit_id: String(p.unit.id) } }),
    })),
  });
}

function atomFeed(base: string, page: FeedPage, unitId: number | null, cursor: string | null): string {
  const updated = (page.lastModified ?? new Date(0)).toISOString();
  const entries = page.items.map((p) => {
    const image = p.cover
      ? `\n    <link rel="enclosure" type="${xml(p.cover.mimeType)}" href="${xml(`${base}/public/files/${p.cover.id}`)}"/>`
      : '';
    return `  <entry>
    <id>${xml(postId(base, p))}</id>
    <title>${xml(p.title)}</title>
    <summary>${xml(p.summary)}</summary>
    <content type="html">${xml(absolutize(p.bodyHtml, base))}</content>
    <published>${p.publishedAt!.toISOString()}</published>
    <updated>${(p.updatedAt > p.publishedAt! ? p.updatedAt : p.publishedAt!).toISOString()}</updated>
    <author><name>${xml(p.unit.name)}</name></author>${image}
${p.starCodes.map((c) => `    <category term="${xml(c)}"/>`).join('\n')}
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>${xml(selfUrl(base, 'feed.xml', unitId, null))}</id>
  <title>${xml(page.unit ? `${TITLE} · ${page.unit.name}` : TITLE)}</title>
  <updated>${updated}</updated>
  <link rel="self" href="${xml(selfUrl(base, 'feed.xml', unitId, cursor))}"/>
  <link rel="alternate" type="application/feed+json" href="${xml(selfUrl(base, 'feed.json', unitId, cursor))}"/>${
    page.nextCursor ? `\n  <link rel="next" href="${xml(selfUrl(base, 'feed.xml', unitId, page.nextCursor))}"/>` : ''
  }
${entries.join('\n')}
</feed>
`;
}

/** Answers 304 when the client has this body already (ETag first, then Last-Modified to the second). */
function notModified(req: express.Request, etag: string, lastModified: Date | null): boolean {
  const inm = req.headers['if-none-match'];
  if (inm) return inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
  const ims = req.headers['if-modified-since'];
  if (!ims || !lastModified) return false;
  const since = Date.parse(ims);
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

export function feedRouter(opts: FeedOptions, kind: 'json' | 'xml'): express.Router {
  const router = express.Router();
  router.get(
    '/',
    publicRoute(opts, async (req, res, ctx) => {
      const { unitId, cursor } = query(req);
      const page = await ctx.services.posts.published({ unitId, cursor });
      const base = baseOf(req, opts);
      const body = kind === 'json' ? jsonFeed(base, page, unitId, cursor) : atomFeed(base, page, unitId, cursor);
      const etag = `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
      res.setHeader('ETag', etag);
      if (page.lastModified) res.setHeader('Last-Modified', page.lastModified.toUTCString());
      // Anyone may cache it, but must ask again: a withdrawal must not linger in caches.
      res.setHeader('Cache-Control', 'public, no-cache');
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      if (notModified(req, etag, page.lastModified)) {
        res.status(304).end();
        return;
      }
      res.type(kind === 'json' ? 'application/feed+json; charset=utf-8' : 'application/atom+xml; charset=utf-8');
      res.send(body);
    }),
  );
  return router;
}

/** The thumbnail of an image, made the first time anyone asks and kept. */
async function thumbnailOf(em: EntityManager, file: StoredFile, dir: string): Promise<PostThumbnail> {
  const have = await em.findOne(PostThumbnail, { file: file.id });
  if (have) return have;
  const input = await fs.promises.readFile(blobPath(dir, file.sha256)).catch(() => null);
  if (!input) throw fail(FileReasons.CONTENT_MISSING);
  const { data, info } = await sharp(input)
    .rotate()
    .resize({ width: THUMB_WIDTH, withoutEnlargement: true })
    .jpeg({ quality: 78 })
    .toBuffer({ resolveWithObject: true })
    .catch(() => {
      // Bytes that passed the upload's sniffing but do not decode: the original stays available.
      throw fail(PostReasons.NO_THUMBNAIL);
    });
  await em.execute(
    `insert into post_thumbnail (file_id, mime_type, width, height, data, created_at) values (?, 'image/jpeg', ?, ?, ?, ?)
       on conflict (file_id) do nothing`,
    [file.id, info.width, info.height, data, new Date()],
  );
  return (await em.fork().findOne(PostThumbnail, { file: file.id }))!;
}

export function publicFilesRouter(opts: FeedOptions): express.Router {
  const router = express.Router();
  const headers = (res: express.Response, etag: string) => {
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'public, no-cache');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  };
  const publicFile = async (
    raw: string,
    services: { posts: { publicFile(id: number): Promise<StoredFile | null> } },
  ) => {
    const id = /^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : null;
    const file = id === null ? null : await services.posts.publicFile(id);
    if (!file) throw fail(FileReasons.NOT_FOUND);
    return file;
  };
  router.get(
    '/:id',
    publicRoute(opts, async (req, res, ctx) => {
      const file = await publicFile(String(req.params.id), ctx.services);
      const etag = `"${file.sha256}"`;
      headers(res, etag);
      if (req.headers['if-none-match'] === etag) {
        res.status(304).end();
        return;
      }
      const blob = blobPath(opts.filesDir, file.sha256);
      const stat = await fs.promises.stat(blob).catch(() => null);
      if (!stat) throw fail(FileReasons.CONTENT_MISSING);
      res.setHeader('Content-Type', file.mimeType);
      res.setHeader('Content-Length', String(stat.size));
      fs.createReadStream(blob).pipe(res);
    }),
  );
  router.get(
    '/:id/thumbnail',
    publicRoute(opts, async (req, res, ctx) => {
      const file = await publicFile(String(req.params.id), ctx.services);
      const thumb = await thumbnailOf(ctx.em, file, opts.filesDir);
      const etag = `"${file.sha256}-t${THUMB_WIDTH}"`;
      headers(res, etag);
      if (req.headers['if-none-match'] === etag) {
        res.status(304).end();
        return;
      }
      res.setHeader('Content-Type', thumb.mimeType);
      res.setHeader('Content-Length', String(thumb.data.length));
      res.end(thumb.data);
    }),
  );
  return router;
}
