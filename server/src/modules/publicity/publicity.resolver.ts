/** GraphQL of 创建动态: the console's posts and reviews, and the public `publishedPosts`. */
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { parseId, parseOptionalId } from '../../common/ids';
import type { Principal } from '../../common/principal';
import { CurrentPrincipal, IdArg } from '../../graphql/decorators';
import type { Context } from '../../graphql/context';
import { ListArgs, PageType } from '../../graphql/pagination';
import { StoredFile } from '../files/public';
import { StarType, Unit } from '../org/public';
import { KeyTask } from '../stars/public';
import { Post, PostEvent } from './post.entity';
import { PostFormat, PostStatus } from './publicity.enums';
import {
  CreatePostInput,
  PostFilterInput,
  ReviewPostInput,
  UpdatePostInput,
  toPostData,
  toPostFilter,
} from './publicity.inputs';
import { absolutize } from './sanitize';

export const PostPage = PageType(Post, 'PostPage', '动态分页 A page of posts');

/** What anyone may read of a live post: no author account, no review comments. */
@ObjectType({ description: '已发布的动态（公开）A published post, as the public feed shows it' })
export class PublishedPost {
  @Field(() => ID, { description: '标识 Id' }) id!: string;
  @Field({ description: '标题 Title' }) title!: string;
  @Field({ description: '摘要 Summary' }) summary!: string;
  @Field({ description: '正文（已净化 HTML，图片为 /public/files/…）Sanitized HTML body' }) contentHtml!: string;
  @Field(() => ID, { description: '单位标识 Unit id' }) unitId!: string;
  @Field({ description: '单位 Unit name' }) unitName!: string;
  @Field(() => Date, { description: '发布时间 Published at' }) publishedAt!: Date;
  @Field(() => Date, { description: '更新时间 Updated at' }) updatedAt!: Date;
  @Field(() => String, { nullable: true, description: '封面地址 Cover image path (/public/files/…)' }) coverUrl!:
    string | null;
  @Field(() => String, { nullable: true, description: '封面缩略图地址 Cover thumbnail path' }) coverThumbnailUrl!:
    string | null;
  @Field(() => [String], { description: '标签（星类型编码）Star codes' }) starCodes!: string[];
  @Field({
    description:
      '正文（已净化 HTML，图片为绝对地址，同 /feed.json 的 content_html）Sanitized HTML body with absolute image URLs, as content_html of /feed.json',
  })
  contentHtmlAbsolute!: string;
  @Field(() => String, {
    nullable: true,
    description: '封面绝对地址（同 /feed.json 的 image）Absolute cover URL, as image of /feed.json',
  })
  coverAbsoluteUrl!: string | null;
  @Field(() => String, { nullable: true, description: '封面缩略图绝对地址 Absolute cover thumbnail URL' })
  coverThumbnailAbsoluteUrl!: string | null;
}

@ObjectType({ description: '已发布动态分页（游标）Published posts, by cursor' })
export class PublishedPostConnection {
  @Field(() => [PublishedPost], { description: '本页 Items, newest first' }) items!: PublishedPost[];
  @Field(() => String, { nullable: true, description: '下一页游标 Cursor of the next page (null: the last page)' })
  nextCursor!: string | null;
}

/** `base`: where absolute URLs start (PUBLIC_BASE_URL or the request's scheme and host), as in the feeds. */
export function publicView(p: Post, base: string): PublishedPost {
  const cover = p.cover ? `/public/files/${p.cover.id}` : null;
  return {
    id: String(p.id),
    title: p.title,
    summary: p.summary,
    contentHtml: p.bodyHtml,
    unitId: String(p.unit.id),
    unitName: p.unit.name,
    publishedAt: p.publishedAt!,
    updatedAt: p.updatedAt,
    coverUrl: cover,
    coverThumbnailUrl: cover && `${cover}/thumbnail`,
    starCodes: p.starCodes,
    contentHtmlAbsolute: absolutize(p.bodyHtml, base),
    coverAbsoluteUrl: cover && `${base}${cover}`,
    coverThumbnailAbsoluteUrl: cover && `${base}${cover}/thumbnail`,
  };
}

@Resolver(() => Post)
export class PostResolver {
  @Query(() => PublishedPostConnection, {
    description: '已发布的动态（无需登录；与 /feed.json 相同）Published posts, no sign-in (as /feed.json)',
  })
  async publishedPosts(
    @Ctx() ctx: Context,
    @Arg('unitId', () => ID, { nullable: true, description: '该单元及其下级 Within this unit' }) unitId?: string | null,
    @Arg('first', () => Int, { nullable: true, description: '条数 1–50（默认 20）How many, 1–50' })
    first?: number | null,
    @Arg('after', () => String, { nullable: true, description: '游标 Cursor' }) after?: string | null,
  ): Promise<PublishedPostConnection> {
    const page = await ctx.services.posts.published({
      unitId: parseOptionalId(unitId, 'unitId'),
      limit: first,
      cursor: after,
    });
    const base = ctx.publicBaseUrl ?? '';
    return { items: page.items.map((p) => publicView(p, base)), nextCursor: page.nextCursor };
  }

  @Authorized()
  @Query(() => PostPage, {
    description: '动态列表（awaitingMyReview: 审核队列）Posts; awaitingMyReview for the review queue',
  })
  posts(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Args() args: ListArgs,
    @Arg('filter', () => PostFilterInput, { nullable: true, description: '筛选 Filter' }) filter?: PostFilterInput,
  ) {
    return ctx.services.posts.list(p, toPostFilter(filter), args);
  }

  @Authorized()
  @Query(() => Post, { description: '动态 One post' })
  post(@Ctx() ctx: Context, @CurrentPrincipal() p: Principal, @IdArg() id: number) {
    return ctx.services.posts.get(p, id);
  }

  @Authorized()
  @Query(() => String, { description: '正文预览（净化后的 HTML）Preview: the body rendered and sanitized' })
  postPreview(
    @Ctx() ctx: Context,
    @CurrentPrincipal() _p: Principal,
    @Arg('format', () => PostFormat, { description: '格式 Format' }) format: PostFormat,
    @Arg('body', { description: '正文 Body' }) body: string,
  ) {
    return ctx.services.posts.preview(format, body.slice(0, 100_000));
  }

  @Authorized()
  @Mutation(() => Post, { description: '新建动态（草稿）Create a post (a draft)' })
  createPost(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('input', () => CreatePostInput, { description: '动态 Post' }) input: CreatePostInput,
  ) {
    const data = toPostData(input);
    return ctx.mutate('createPost', (s) => s.posts.create(p, data), {
      clientMutationId: input.clientMutationId,
      input,
    });
  }

  @Authorized()
  @Mutation(() => Post, { description: '修改动态（草稿或已退回）Update a draft or returned post' })
  updatePost(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('id', () => ID, { description: '标识 Id' }) id: string,
    @Arg('input', () => UpdatePostInput, { description: '修改内容 Changes' }) input: UpdatePostInput,
  ) {
    const pid = parseId(id);
    const data = toPostData(input);
    const { version } = input;
    return ctx.mutate('updatePost', (s) => s.posts.update(p, pid, data, version ?? undefined), {
      record: { entity: Post, id: pid, version },
    });
  }

  @Authorized()
  @Mutation(() => Post, { description: '提交审核 Submit for review' })
  submitPost(@Ctx() ctx: Context, @CurrentPrincipal() p: Principal, @IdArg() id: number) {
    return ctx.mutate('submitPost', (s) => s.posts.submit(p, id), { record: { entity: Post, id } });
  }

  @Authorized()
  @Mutation(() => Post, {
    description:
      '审核（乡镇审核待审动态，区级审核乡镇通过的动态并发布或定时发布）Review: the township, then the district, which publishes',
  })
  reviewPost(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('id', () => ID, { description: '标识 Id' }) id: string,
    @Arg('input', () => ReviewPostInput, { description: '审核意见 Decision' }) input: ReviewPostInput,
  ) {
    const pid = parseId(id);
    return ctx.mutate('reviewPost', (s) => s.posts.review(p, pid, input), { record: { entity: Post, id: pid } });
  }

  @Authorized()
  @Mutation(() => Post, { description: '撤回已发布的动态（保留记录）Withdraw a published post (kept, marked)' })
  withdrawPost(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('id', () => ID, { description: '标识 Id' }) id: string,
    @Arg('comment', { description: '原因 Why' }) comment: string,
  ) {
    const pid = parseId(id);
    return ctx.mutate('withdrawPost', (s) => s.posts.withdraw(p, pid, comment), { record: { entity: Post, id: pid } });
  }

  @FieldResolver(() => ID, { description: '单位标识 Unit id' })
  unitId(@Root() p: Post) {
    return p.unit.id;
  }

  @FieldResolver(() => Unit, { description: '单位 Unit' })
  unit(@Root() p: Post, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(p.unit.id);
  }

  @FieldResolver(() => Boolean, { description: '已在公开频道中 Live in the public feed now' })
  live(@Root() p: Post, @Ctx() ctx: Context) {
    return ctx.services.posts.isLive(p);
  }

  @FieldResolver(() => Boolean, { description: '定时发布（尚未到时）Published for a time still ahead' })
  scheduled(@Root() p: Post, @Ctx() ctx: Context) {
    return p.status === PostStatus.PUBLISHED && !ctx.services.posts.isLive(p);
  }

  @FieldResolver(() => StoredFile, { nullable: true, description: '封面 Cover' })
  cover(@Root() p: Post, @Ctx() ctx: Context) {
    return p.cover ? ctx.loaders.storedFile.load(p.cover.id) : null;
  }

  @FieldResolver(() => [StoredFile], { description: '图片（封面在前）Images, the cover first' })
  async images(@Root() p: Post, @Ctx() ctx: Context) {
    return (await ctx.loaders.postImages.load(p.id)).map((i) => i.file);
  }

  @FieldResolver(() => [String], { description: '标签：星类型编码 Tags: star codes' })
  starCodes(@Root() p: Post) {
    return p.starCodes;
  }

  @FieldResolver(() => [StarType], { description: '标签：星类型 Tags: stars' })
  async stars(@Root() p: Post, @Ctx() ctx: Context) {
    return (await ctx.loaders.starType.loadMany(p.starCodes)).filter((s): s is StarType => s instanceof StarType);
  }

  @FieldResolver(() => [KeyTask], { description: '标签：重点任务 Tags: key tasks' })
  async keyTasks(@Root() p: Post, @Ctx() ctx: Context) {
    return (await ctx.loaders.keyTask.loadMany(p.keyTaskIds)).filter((k): k is KeyTask => k instanceof KeyTask);
  }

  @FieldResolver(() => [Unit], { description: '标签：单位 Tags: units' })
  async tagUnits(@Root() p: Post, @Ctx() ctx: Context) {
    return (await ctx.loaders.unit.loadMany(p.tagUnitIds)).filter((u): u is Unit => u instanceof Unit);
  }

  @FieldResolver(() => [PostEvent], { description: '审核记录（谁、何时）History: who did what, when' })
  events(@Root() p: Post, @Ctx() ctx: Context) {
    return ctx.loaders.postEvents.load(p.id);
  }
}
