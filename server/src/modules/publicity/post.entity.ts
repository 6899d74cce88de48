import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { StoredFile } from '../files/public';
import { Unit } from '../org/public';
import { PostAction, PostFormat, PostStatus } from './publicity.enums';

/**
 * 创建动态: a post of a branch, township or district, reviewed twice before the public feed carries it.
 * `bodyHtml` is the body rendered and sanitized when it is saved, so readers never see unsanitized text.
 */
@ObjectType({ description: '创建动态 Publicity post' })
@Entity({ tableName: 'post' })
@Index({ properties: ['status', 'publishedAt'] })
@Index({ properties: ['unit', 'status'] })
export class Post extends BaseEntity {
  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  unit!: Rel<Unit>;

  @Property({ type: 'integer' })
  authorId!: number;

  @Field({ description: '作者 Author (display name)' })
  @Property({ length: 60 })
  authorName!: string;

  @Field({ description: '标题 Title' })
  @Property({ length: 200 })
  title!: string;

  @Field({ description: '摘要 Summary' })
  @Property({ length: 500 })
  summary!: string;

  @Field(() => PostFormat, { description: '正文格式 Body format' })
  @Enum({ items: () => PostFormat })
  format!: PostFormat;

  @Field({ description: '正文原文 Body as written' })
  @Property({ type: 'text' })
  body!: string;

  @Field({ description: '正文（已净化的 HTML）Body rendered and sanitized' })
  @Property({ type: 'text' })
  bodyHtml!: string;

  @ManyToOne(() => StoredFile, { nullable: true, deleteRule: 'restrict' })
  cover: Rel<StoredFile> | null = null;

  @Field(() => PostStatus, { description: '状态 Status' })
  @Enum({ items: () => PostStatus, default: PostStatus.DRAFT })
  status: Opt<PostStatus> = PostStatus.DRAFT;

  /** When it goes (or went) into the feed: set at the district review, possibly ahead (scheduled). */
  @Field(() => Date, { nullable: true, description: '发布时间（可为定时）Published at, or scheduled for' })
  @Property({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: '撤回时间 Withdrawn at' })
  @Property({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '最近的退回或撤回意见 Latest return or withdrawal comment' })
  @Property({ type: 'text', nullable: true })
  lastComment: string | null = null;

  @Property({ type: 'json' })
  starCodes: Opt<string[]> = [];

  @Property({ type: 'json' })
  keyTaskIds: Opt<number[]> = [];

  @Property({ type: 'json' })
  tagUnitIds: Opt<number[]> = [];
}

/** An image of a post (evidence files only): public exactly while a published post uses it. */
@Entity({ tableName: 'post_image' })
@Unique({ properties: ['post', 'file'] })
@Index({ properties: ['file'] })
export class PostImage {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Post, { deleteRule: 'cascade' })
  post!: Rel<Post>;

  @ManyToOne(() => StoredFile, { deleteRule: 'restrict' })
  file!: Rel<StoredFile>;

  @Property({ default: 0 })
  sortOrder: Opt<number> = 0;
}

/** A thumbnail, made once per image file and kept (the feed asks for it again and again). */
@Entity({ tableName: 'post_thumbnail' })
export class PostThumbnail {
  @ManyToOne(() => StoredFile, { primary: true, deleteRule: 'cascade' })
  file!: Rel<StoredFile>;

  @Property({ length: 40 })
  mimeType!: string;

  @Property({ type: 'integer' })
  width!: number;

  @Property({ type: 'integer' })
  height!: number;

  @Property({ type: 'blob' })
  data!: Buffer;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;
}

/** One step of a post's review, with who and when (the audit trail has the same, hash-chained). */
@ObjectType({ description: '动态审核记录 Step in a post history' })
@Entity({ tableName: 'post_event' })
@Index({ properties: ['post'] })
export class PostEvent {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Post, { deleteRule: 'cascade' })
  post!: Rel<Post>;

  @Field(() => PostAction, { description: '操作 Action' })
  @Enum({ items: () => PostAction })
  action!: PostAction;

  @Field(() => PostStatus, { nullable: true, description: '原状态 From' })
  @Enum({ items: () => PostStatus, nullable: true })
  fromStatus: PostStatus | null = null;

  @Field(() => PostStatus, { description: '新状态 To' })
  @Enum({ items: () => PostStatus })
  toStatus!: PostStatus;

  @Property({ type: 'integer' })
  userId!: number;

  @Field({ description: '操作人 By' })
  @Property({ length: 60 })
  byName!: string;

  @Field(() => Date, { description: '时间 At' })
  @Property({ type: 'timestamptz' })
  at!: Date;

  @Field(() => String, { nullable: true, description: '意见 Comment' })
  @Property({ type: 'text', nullable: true })
  comment: string | null = null;
}
