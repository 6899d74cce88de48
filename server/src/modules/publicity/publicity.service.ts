/**
 * 创建动态: writing, the two reviews, scheduled publishing, withdrawal, and the public feed's reads.
 * A post is live in the feed while it is PUBLISHED and its publishedAt has come (a rule at read time, so a
 * scheduled post appears exactly when due, with no timer to miss it).
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { anyOf, assertReadable, pathScope } from '../../common/access';
import type { Principal } from '../../common/principal';
import { fail } from '../../common/reasons';
import { UserRole } from '../../common/roles';
import { checkText, likeEscape } from '../../common/validate';
import { orderBy, offset, type ListArgs, type Page } from '../../graphql/pagination';
import { StoredFile, type AttachEvidence } from '../files/public';
import { StarType, Unit, UnitLevel } from '../org/public';
import { KeyTask } from '../stars/public';
import { Post, PostEvent, PostImage } from './post.entity';
import { PostAction, PostFormat, PostStatus } from './publicity.enums';
import { PostReasons } from './publicity.errors';
import { renderBody } from './sanitize';

export const POST_WRITERS = [UserRole.DISTRICT_ADMIN, UserRole.TOWNSHIP_STAFF, UserRole.BRANCH_STAFF];
const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif']);
const EDITABLE = new Set([PostStatus.DRAFT, PostStatus.RETURNED]);
const FEED_MAX = 50;

export interface PostData {
  unitId?: number;
  title?: string;
  summary?: string;
  format?: PostFormat;
  body?: string;
  coverFileId?: number | null;
  imageFileIds?: number[] | null;
  starCodes?: string[] | null;
  keyTaskIds?: number[] | null;
  tagUnitIds?: number[] | null;
}

export interface PostFilter {
  unitId?: number | null;
  withinId?: number | null;
  status?: PostStatus | null;
  /** 待我审核: submitted posts for township staff, township-approved ones for district admins. */
  awaitingMyReview?: boolean | null;
  search?: string | null;
  ids?: number[];
}

export interface FeedQuery {
  unitId?: number | null;
  limit?: number | null;
  cursor?: string | null;
}

export interface FeedPage {
  items: Post[];
  nextCursor: string | null;
  /** The latest change to what this filter shows (a post going live or being withdrawn). */
  lastModified: Date | null;
  /** The unit filtered on, if any. */
  unit: Unit | null;
}

const POST_SORT = { id: 'id', title: 'title', status: 'status', updatedAt: 'updatedAt', publishedAt: 'publishedAt' };

/** "2027-03-05T09:00" in Beijing time (Asia/Shanghai has no daylight saving: always +08:00). */
export function beijingTime(raw: string, field: string): Date {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})$/.exec(raw.trim());
  const d = m ? new Date(`${m[1]}T${m[2]}:${m[3]}:00+08:00`) : null;
  if (!d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) < '2000-01-01')
    throw fail(PostReasons.BAD_PUBLISH_AT, { field });
  return d;
}

export function encodeCursor(p: Post): string {
  return Buffer.from(JSON.stringify([p.publishedAt!.toISOString(), p.id])).toString('base64url');
}

function decodeCursor(raw: string): { at: Date; id: number } {
  try {
    const [at, id] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as [string, number];
    const d = new Date(at);
    if (typeof at !== 'string' || Number.isNaN(d.getTime()) || !Number.isInteger(id) || id < 1) throw new Error();
    return { at: d, id };
  } catch {
    throw fail(PostReasons.BAD_CURSOR, { field: 'cursor' });
  }
}

export class PostService {
  constructor(
    private readonly em: EntityManager,
    private readonly now: () => Date,
    private readonly attachEvidence: AttachEvidence,
  ) {}

  /** Live in the feed now. */
  isLive(post: Post): boolean {
    return post.status === PostStatus.PUBLISHED && !!post.publishedAt && post.publishedAt <= this.now();
  }

  private reviewScope(p: Principal): FilterQuery<Post> {
    return anyOf(
      p.grants.flatMap((g): { status: PostStatus; unit: { path: { $like: string } } }[] => {
        if (g.role === UserRole.TOWNSHIP_STAFF)
          return [{ status: PostStatus.SUBMITTED, unit: { path: { $like: `${g.unitPath}%` } } }];
        if (g.role === UserRole.DISTRICT_ADMIN)
          return [{ status: PostStatus.TOWNSHIP_APPROVED, unit: { path: { $like: `${g.unitPath}%` } } }];
        return [];
      }),
    ) as FilterQuery<Post>;
  }

  async list(p: Principal, filter: PostFilter, args: ListArgs): Promise<Page<Post>> {
    const where: FilterQuery<Post>[] = [{ unit: pathScope(p) }];
    if (filter.unitId) where.push({ unit: filter.unitId });
    if (filter.status) where.push({ status: filter.status });
    if (filter.ids) where.push({ id: { $in: filter.ids } });
    if (filter.awaitingMyReview) where.push(this.reviewScope(p));
    if (filter.search?.trim()) where.push({ title: { $ilike: `%${likeEscape(filter.search.trim())}%` } });
    if (filter.withinId) {
      const u = await this.em.findOne(Unit, { id: filter.withinId }, { fields: ['path'] });
      if (!u) return { items: [], total: 0 };
      where.push({ unit: { path: { $like: `${u.path}%` } } });
    }
    const [items, total] = await this.em.findAndCount(
      Post,
      { $and: where },
      { orderBy: orderBy(args, POST_SORT, 'updatedAt') as never, ...offset(args) },
    );
    return { items, total };
  }

  async get(p: Principal, id: number): Promise<Post> {
    const post = await this.em.findOne(Post, { id }, { populate: ['unit'] });
    if (!post) throw fail(PostReasons.NOT_FOUND);
    assertReadable(p, post.unit.path, PostReasons);
    return post;
  }

  private event(p: Principal, post: Post, action: PostAction, from: PostStatus | null, comment: string | null = null) {
    this.em.create(PostEvent, {
      post,
      action,
      fromStatus: from,
      toStatus: post.status,
      userId: p.userId,
      byName: p.displayName.slice(0, 60),
      at: this.now(),
      comment,
    });
  }

  private assertWriter(p: Principal, unit: Unit): void {
    if (!p.canRead(unit.path)) throw fail(PostReasons.NOT_FOUND, { code: 'NOT_FOUND' });
    if (!p.hasRoleOver(unit.path, ...POST_WRITERS)) throw fail(PostReasons.FORBIDDEN);
  }

  /** Rendered and sanitized body, for the editor's preview (nothing stored). */
  preview(format: PostFormat, body: string): string {
    return renderBody(format, body).html;
  }

  private async apply(p: Principal, post: Post, data: PostData): Promise<void> {
    if (data.title !== undefined) post.title = checkText(data.title, 'title', 200);
    if (data.summary !== undefined) post.summary = checkText(data.summary, 'summary', 500);
    if (data.format !== undefined) post.format = data.format;
    if (data.body !== undefined) post.body = checkText(data.body, 'body', 100_000);
    const { html, imageIds } = renderBody(post.format, post.body);
    post.bodyHtml = html;
    if (data.starCodes) {
      const codes = [...new Set(data.starCodes)];
      const found = new Set((await this.em.find(StarType, { code: { $in: codes } })).map((s) => s.code));
      codes.forEach((c, i) => {
        if (!found.has(c)) throw fail(PostReasons.STAR_NOT_FOUND, { field: `starCodes[${i}]` });
      });
      post.starCodes = codes;
    }
    if (data.keyTaskIds) {
      const ids = [...new Set(data.keyTaskIds)];
      const found = new Set((await this.em.find(KeyTask, { id: { $in: ids } })).map((k) => k.id));
      ids.forEach((c, i) => {
        if (!found.has(c)) throw fail(PostReasons.KEY_TASK_NOT_FOUND, { field: `keyTaskIds[${i}]` });
      });
      post.keyTaskIds = ids;
    }
    if (data.tagUnitIds) {
      const ids = [...new Set(data.tagUnitIds)];
      const found = new Set(
        (await this.em.find(Unit, { id: { $in: ids } })).filter((u) => p.canRead(u.path)).map((u) => u.id),
      );
      ids.forEach((c, i) => {
        if (!found.has(c)) throw fail(PostReasons.TAG_UNIT_NOT_FOUND, { field: `tagUnitIds[${i}]` });
      });
      post.tagUnitIds = ids;
    }
    // Images: the cover, those listed, and those the body shows; each an image the writer may read.
    if (data.coverFileId !== undefined)
      post.cover = data.coverFileId ? this.em.getReference(StoredFile, data.coverFileId) : null;
    const listed =
      data.imageFileIds ??
      (await this.em.find(PostImage, { post }, { orderBy: { sortOrder: 'asc' } })).map((i) => i.file.id);
    const all = [...new Set([...(post.cover ? [post.cover.id] : []), ...listed, ...imageIds])];
    await this.attachEvidence(p, all.map(String), 'Post', post);
    const files = all.length ? await this.em.find(StoredFile, { id: { $in: all } }) : [];
    for (const f of files) {
      if (!IMAGE_TYPES.has(f.mimeType))
        throw fail(PostReasons.IMAGE_TYPE, { field: f.id === post.cover?.id ? 'coverFileId' : 'imageFileIds' });
    }
    await this.em.nativeDelete(PostImage, { post: post.id });
    all.forEach((id, i) =>
      this.em.create(PostImage, { post, file: this.em.getReference(StoredFile, id), sortOrder: i }),
    );
  }

  async create(p: Principal, data: PostData): Promise<Post> {
    const unit = await this.em.findOne(Unit, { id: data.unitId! });
    if (!unit || !p.canRead(unit.path)) throw fail(PostReasons.UNIT_NOT_FOUND, { field: 'unitId' });
    if (![UnitLevel.BRANCH, UnitLevel.TOWNSHIP, UnitLevel.DISTRICT].includes(unit.level))
      throw fail(PostReasons.UNIT_LEVEL, { field: 'unitId' });
    this.assertWriter(p, unit);
    const post = this.em.create(Post, {
      unit,
      authorId: p.userId,
      authorName: p.displayName.slice(0, 60),
      title: '',
      summary: '',
      format: data.format ?? PostFormat.MARKDOWN,
      body: '',
      bodyHtml: '',
    });
    this.event(p, post, PostAction.CREATE, null);
    await this.em.flush();
    await this.apply(p, post, { title: '', summary: '', body: '', ...data });
    return post;
  }

  async update(p: Principal, id: number, data: PostData, version?: number): Promise<Post> {
    const post = await this.get(p, id);
    this.assertWriter(p, post.unit);
    if (version !== undefined) await this.em.lock(post, LockMode.OPTIMISTIC, version);
    if (!EDITABLE.has(post.status)) throw fail(PostReasons.NOT_EDITABLE);
    await this.apply(p, post, data);
    post.updatedAt = this.now();
    this.event(p, post, PostAction.EDIT, post.status);
    return post;
  }

  async submit(p: Principal, id: number): Promise<Post> {
    const post = await this.get(p, id);
    this.assertWriter(p, post.unit);
    if (!EDITABLE.has(post.status)) throw fail(PostReasons.WRONG_STATE);
    const from = post.status;
    // A district's own post has no township above it: it goes straight to the district review.
    post.status = post.unit.level === UnitLevel.DISTRICT ? PostStatus.TOWNSHIP_APPROVED : PostStatus.SUBMITTED;
    post.updatedAt = this.now();
    this.event(p, post, PostAction.SUBMIT, from);
    return post;
  }

  /**
   * The review the post is waiting for: township staff for a submitted post, district admins for a
   * township-approved one. Approving at the district publishes it, at `publishAt` (Beijing time) when given.
   */
  async review(
    p: Principal,
    id: number,
    data: { approve: boolean; comment?: string | null; publishAt?: string | null },
  ): Promise<Post> {
    const post = await this.get(p, id);
    const stage =
      post.status === PostStatus.SUBMITTED
        ? UserRole.TOWNSHIP_STAFF
        : post.status === PostStatus.TOWNSHIP_APPROVED
          ? UserRole.DISTRICT_ADMIN
          : null;
    if (!stage) {
      if (!p.hasRoleOver(post.unit.path, UserRole.TOWNSHIP_STAFF, UserRole.DISTRICT_ADMIN))
        throw fail(PostReasons.FORBIDDEN);
      throw fail(PostReasons.WRONG_STATE);
    }
    if (!p.hasRoleOver(post.unit.path, stage)) throw fail(PostReasons.FORBIDDEN);
    const comment = data.comment?.trim() || null;
    if (comment && comment.length > 2000) throw fail(PostReasons.COMMENT_REQUIRED, { field: 'comment' });
    const from = post.status;
    post.updatedAt = this.now();
    if (!data.approve) {
      if (!comment) throw fail(PostReasons.COMMENT_REQUIRED, { field: 'comment' });
      post.status = PostStatus.RETURNED;
      post.lastComment = comment;
      this.event(p, post, PostAction.RETURN, from, comment);
      return post;
    }
    if (stage === UserRole.TOWNSHIP_STAFF) {
      post.status = PostStatus.TOWNSHIP_APPROVED;
      this.event(p, post, PostAction.TOWNSHIP_APPROVE, from, comment);
      return post;
    }
    let at = this.now();
    if (data.publishAt) {
      at = beijingTime(data.publishAt, 'publishAt');
      if (at.getTime() < this.now().getTime() - 60_000) throw fail(PostReasons.BAD_PUBLISH_AT, { field: 'publishAt' });
    }
    post.status = PostStatus.PUBLISHED;
    post.publishedAt = at;
    post.lastComment = null;
    this.event(p, post, PostAction.PUBLISH, from, comment);
    return post;
  }

  /** Kept, marked withdrawn, gone from the feed (and its images private again). */
  async withdraw(p: Principal, id: number, comment: string): Promise<Post> {
    const post = await this.get(p, id);
    if (!p.hasRoleOver(post.unit.path, UserRole.DISTRICT_ADMIN)) throw fail(PostReasons.FORBIDDEN);
    if (post.status !== PostStatus.PUBLISHED) throw fail(PostReasons.WRONG_STATE);
    if (!comment?.trim()) throw fail(PostReasons.COMMENT_REQUIRED, { field: 'comment' });
    const text = checkText(comment, 'comment', 2000);
    post.status = PostStatus.WITHDRAWN;
    post.withdrawnAt = this.now();
    post.lastComment = text;
    post.updatedAt = this.now();
    this.event(p, post, PostAction.WITHDRAW, PostStatus.PUBLISHED, text);
    return post;
  }

  // ---- public reads: no principal ----

  /** Live posts, newest first, optionally within a unit's subtree; cursor pagination. */
  async published(q: FeedQuery): Promise<FeedPage> {
    const limit = q.limit ?? 20;
    if (!Number.isInteger(limit) || limit < 1 || limit > FEED_MAX)
      throw fail(PostReasons.BAD_LIMIT, { field: 'limit' });
    const now = this.now();
    let unit: Unit | null = null;
    const where: FilterQuery<Post>[] = [{ status: PostStatus.PUBLISHED, publishedAt: { $lte: now } }];
    const changed: FilterQuery<Post>[] = [{ status: { $in: [PostStatus.PUBLISHED, PostStatus.WITHDRAWN] } }];
    if (q.unitId) {
      unit = await this.em.findOne(Unit, { id: q.unitId });
      if (!unit) throw fail(PostReasons.UNIT_NOT_FOUND, { code: 'NOT_FOUND', field: 'unit' });
      where.push({ unit: { path: { $like: `${unit.path}%` } } });
      changed.push({ unit: { path: { $like: `${unit.path}%` } } });
    }
    if (q.cursor) {
      const c = decodeCursor(q.cursor);
      where.push({ $or: [{ publishedAt: { $lt: c.at } }, { publishedAt: c.at, id: { $lt: c.id } }] });
    }
    const rows = await this.em.find(
      Post,
      { $and: where },
      { orderBy: { publishedAt: 'desc', id: 'desc' }, limit: limit + 1, populate: ['unit', 'cover'] },
    );
    const items = rows.slice(0, limit);
    const [{ last }] = await this.em.execute<{ last: Date | null }[]>(
      `select max(case when p.status = 'WITHDRAWN' then p.withdrawn_at
                       when p.published_at <= ? then greatest(p.published_at, p.updated_at) end) as last
         from post p join unit u on u.id = p.unit_id
        where p.status in ('PUBLISHED', 'WITHDRAWN') ${unit ? 'and u.path like ?' : ''}`,
      unit ? [now, `${unit.path}%`] : [now],
    );
    return {
      items,
      nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1]) : null,
      lastModified: last ? new Date(last) : null,
      unit,
    };
  }

  /** A file is public exactly while a live post uses it (as its cover or one of its images). */
  async publicFile(fileId: number): Promise<StoredFile | null> {
    const rows = await this.em.execute<{ id: number }[]>(
      `select 1 as id from post p where p.status = 'PUBLISHED' and p.published_at <= ?
          and (p.cover_id = ? or exists (select 1 from post_image i where i.post_id = p.id and i.file_id = ?)) limit 1`,
      [this.now(), fileId, fileId],
    );
    if (!rows.length) return null;
    return this.em.findOne(StoredFile, { id: fileId });
  }

  async imagesOf(postIds: readonly number[]): Promise<PostImage[]> {
    return this.em.find(PostImage, { post: { $in: [...postIds] } }, { orderBy: { sortOrder: 'asc', id: 'asc' } });
  }
}
