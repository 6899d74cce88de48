import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { idsOf, parseId, parseIds, parseOptionalId } from '../../common/ids';
import { PostFormat, PostStatus } from './publicity.enums';
import type { PostData, PostFilter } from './publicity.service';

const CMID =
  '客户端请求标识：重试时使用同一值，只会创建一次 Client-generated id: a retry with the same id returns the first result and writes nothing twice';

@InputType({ description: '动态内容 Post fields' })
export class PostFieldsInput {
  @Field(() => String, { nullable: true, description: '标题 Title' }) @IsOptional() @MaxLength(200) title?: string;
  @Field(() => String, { nullable: true, description: '摘要 Summary' }) @IsOptional() @MaxLength(500) summary?: string;
  @Field(() => PostFormat, { nullable: true, description: '正文格式 Body format' }) format?: PostFormat;
  @Field(() => String, { nullable: true, description: '正文（Markdown 或受限 HTML）Body' })
  @IsOptional()
  @MaxLength(100_000)
  body?: string;
  @Field(() => ID, { nullable: true, description: '封面（佐证材料中的图片）Cover image (an evidence file)' })
  coverFileId?: string | null;
  @Field(() => [ID], { nullable: true, description: '配图（整体替换；正文引用的图片自动加入）Images (replace all)' })
  @IsOptional()
  @ArrayMaxSize(30)
  imageFileIds?: string[] | null;
  @Field(() => [String], { nullable: true, description: '标签：星类型 Tags: star codes' })
  @IsOptional()
  @ArrayMaxSize(10)
  starCodes?: string[] | null;
  @Field(() => [ID], { nullable: true, description: '标签：重点任务 Tags: key tasks' })
  @IsOptional()
  @ArrayMaxSize(20)
  keyTaskIds?: string[] | null;
  @Field(() => [ID], { nullable: true, description: '标签：单位 Tags: units' })
  @IsOptional()
  @ArrayMaxSize(20)
  tagUnitIds?: string[] | null;
}

@InputType({ description: '新建动态 New post' })
export class CreatePostInput extends PostFieldsInput {
  @Field(() => String, { nullable: true, description: CMID }) @IsOptional() @MaxLength(64) clientMutationId?:
    string | null;
  @Field(() => ID, { description: '单位（支部、乡镇或区）Unit' }) unitId!: string;
}

@InputType({ description: '修改动态 Changes to a post' })
export class UpdatePostInput extends PostFieldsInput {
  @Field(() => Int, { nullable: true, description: '读取时的版本号 Version you read' }) version?: number;
}

@InputType({ description: '审核 A review decision' })
export class ReviewPostInput {
  @Field({ description: '通过（否则退回）Approve; false returns it' }) approve!: boolean;
  @Field(() => String, { nullable: true, description: '意见（退回必填）Comment, required to return' })
  @IsOptional()
  @MaxLength(2000)
  comment?: string | null;
  @Field(() => String, {
    nullable: true,
    description: '定时发布（北京时间 YYYY-MM-DDTHH:mm，仅区级审核）Publish at, Beijing time (district review only)',
  })
  @IsOptional()
  @MaxLength(20)
  publishAt?: string | null;
}

@InputType({ description: '动态筛选 Post filter' })
export class PostFilterInput {
  @Field(() => ID, { nullable: true, description: '单位 Unit' }) unitId?: string | null;
  @Field(() => ID, { nullable: true, description: '该单元及其下级 Within this unit' }) withinId?: string | null;
  @Field(() => PostStatus, { nullable: true, description: '状态 Status' }) status?: PostStatus | null;
  @Field(() => Boolean, { nullable: true, description: '待我审核 Awaiting my review' }) awaitingMyReview?:
    boolean | null;
  @Field(() => String, { nullable: true, description: '按标题搜索 Search in titles' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
  @Field(() => [ID], { nullable: true, description: '指定标识 Only these ids' })
  @IsOptional()
  @ArrayMaxSize(100)
  ids?: string[] | null;
}

export function toPostData(i: PostFieldsInput & { unitId?: string }): PostData {
  const out: PostData = {};
  if (i.unitId !== undefined) out.unitId = parseId(i.unitId, 'unitId');
  if (i.title != null) out.title = i.title;
  if (i.summary != null) out.summary = i.summary;
  if (i.format != null) out.format = i.format;
  if (i.body != null) out.body = i.body;
  if (i.coverFileId !== undefined) out.coverFileId = parseOptionalId(i.coverFileId, 'coverFileId');
  if (i.imageFileIds) out.imageFileIds = parseIds(i.imageFileIds, 'imageFileIds');
  if (i.starCodes) out.starCodes = i.starCodes;
  if (i.keyTaskIds) out.keyTaskIds = parseIds(i.keyTaskIds, 'keyTaskIds');
  if (i.tagUnitIds) out.tagUnitIds = parseIds(i.tagUnitIds, 'tagUnitIds');
  return out;
}

export function toPostFilter(f?: PostFilterInput | null): PostFilter {
  return {
    unitId: parseOptionalId(f?.unitId, 'filter.unitId'),
    withinId: parseOptionalId(f?.withinId, 'filter.withinId'),
    status: f?.status,
    awaitingMyReview: f?.awaitingMyReview,
    search: f?.search,
    ids: idsOf(f?.ids),
  };
}
