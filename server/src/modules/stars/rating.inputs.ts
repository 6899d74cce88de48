import { ArrayMaxSize, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { InputReasons } from '../../common/common.errors';
import { idsOf, parseId, parseIds } from '../../common/ids';
import { fail } from '../../common/reasons';
import { ApplicationStatus, ObjectionStatus, ReviewDecision } from './rating.enums';
import type { ApplicationFilter, ApplicationItemData, ObjectionFilter } from './rating.service';

const CMID =
  '客户端请求标识：重试时使用同一值，只会创建一次 Client-generated id: a retry with the same id returns the first result and writes nothing twice';

@InputType({ description: '自评条目 Self-assessment item' })
export class ApplicationItemInput {
  @Field(() => ID, { description: '重点任务 Key task' }) keyTaskId!: string;
  @Field(() => Boolean, { description: '是否达标 Met' }) met!: boolean;
  @Field(() => Float, { nullable: true, description: '自评分 Score' }) @IsOptional() @Min(0) @Max(1000) score?:
    number | null;
  @Field(() => String, { nullable: true, description: '说明 Note' }) @IsOptional() @MaxLength(4000) note?:
    string | null;
  @Field(() => [ID], { nullable: true, description: '佐证材料 Evidence file ids (uploaded with POST /files)' })
  @IsOptional()
  @ArrayMaxSize(20)
  evidenceFileIds?: string[] | null;
}

@InputType({ description: '创星申请（自评）Apply for a star: the self-assessment' })
export class ApplyForStarInput {
  @Field(() => String, { nullable: true, description: CMID }) @IsOptional() @MaxLength(64) clientMutationId?:
    string | null;
  @Field(() => ID, { description: '支部 Branch' }) branchId!: string;
  @Field({ description: '星类型编码 Star code' }) @MaxLength(40) starCode!: string;
  @Field(() => Int, { description: '年度 Year' }) @Min(2000) @Max(2100) year!: number;
  @Field(() => [ApplicationItemInput], { description: '逐项自评 Items, one per key task' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  items!: ApplicationItemInput[];
}

@InputType({ description: '修改后重新提交 Resubmit a returned application' })
export class ResubmitStarApplicationInput {
  @Field(() => [ApplicationItemInput], { description: '逐项自评（整体替换）Items (replace all)' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  items!: ApplicationItemInput[];
  @Field(() => String, { nullable: true, description: '说明 Comment' }) @IsOptional() @MaxLength(4000) comment?:
    string | null;
}

@InputType({ description: '审核 Review' })
export class ReviewStarApplicationInput {
  @Field(() => ReviewDecision, { description: '结论 Decision' }) decision!: ReviewDecision;
  @Field(() => String, {
    nullable: true,
    description: '意见（不通过、退回时必填）Comment (required to reject or return)',
  })
  @IsOptional()
  @MaxLength(4000)
  comment?: string | null;
}

@InputType({ description: '创星申请筛选 Star application filter' })
export class StarApplicationFilterInput {
  @Field(() => ID, { nullable: true, description: '支部 Branch' }) branchId?: string | null;
  @Field(() => ID, { nullable: true, description: '该单元之内 Within this unit' }) withinId?: string | null;
  @Field(() => String, { nullable: true, description: '星类型编码 Star code' }) @IsOptional() @MaxLength(40) starCode?:
    string | null;
  @Field(() => Int, { nullable: true, description: '年度 Year' }) year?: number | null;
  @Field(() => ApplicationStatus, { nullable: true, description: '状态 Status' }) status?: ApplicationStatus | null;
  @Field(() => [ID], { nullable: true, description: '指定标识 Only these ids (at most 100)' })
  @IsOptional()
  @ArrayMaxSize(100)
  ids?: string[] | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      '待我处理：只列你现在要办的（审核、修改重报、处理异议、命名；提出异议不算）Actionable: only those you have to act on now (allowedActions except FILE_OBJECTION)',
  })
  actionable?: boolean | null;
}

@InputType({ description: '异议筛选 Objection filter' })
export class StarObjectionFilterInput {
  @Field(() => ID, { nullable: true, description: '创星申请 Application' }) applicationId?: string | null;
  @Field(() => ObjectionStatus, { nullable: true, description: '状态 Status' }) status?: ObjectionStatus | null;
  @Field(() => Boolean, {
    nullable: true,
    description: '待我处理：只列你现在可以处理的异议 Actionable: only those you may resolve now (as allowedActions)',
  })
  actionable?: boolean | null;
  @Field(() => [ID], { nullable: true, description: '指定标识 Only these ids (at most 100)' })
  @IsOptional()
  @ArrayMaxSize(100)
  ids?: string[] | null;
}

@InputType({ description: '结对帮扶 Pair two branches' })
export class PairBranchesInput {
  @Field(() => String, { nullable: true, description: CMID }) @IsOptional() @MaxLength(64) clientMutationId?:
    string | null;
  @Field(() => ID, { description: '帮扶支部（强）Stronger branch' }) strongBranchId!: string;
  @Field(() => ID, { description: '受帮扶支部（弱）Weaker branch' }) weakBranchId!: string;
  @Field(() => String, { nullable: true, description: '开始日期（默认今天）Start date (default today)' })
  @IsOptional()
  @MaxLength(10)
  startDate?: string | null;
  @Field(() => String, { nullable: true, description: '帮扶内容 What the help covers' })
  @IsOptional()
  @MaxLength(4000)
  note?: string | null;
}

// What the services take, from the inputs: ids parsed, each malformed one BAD_USER_INPUT naming its field.

export const toItems = (list: ApplicationItemInput[]): ApplicationItemData[] =>
  list.map((it, i) => ({
    keyTaskId: parseId(it.keyTaskId, `items[${i}].keyTaskId`),
    met: it.met,
    score: it.score,
    note: it.note,
    evidenceFileIds: it.evidenceFileIds ? parseIds(it.evidenceFileIds, `items[${i}].evidenceFileIds`) : [],
  }));

export const toApplication = (input: ApplyForStarInput) => ({
  branchId: parseId(input.branchId, 'branchId'),
  starCode: input.starCode,
  year: input.year,
  items: toItems(input.items),
});

export const toApplicationFilter = (f?: StarApplicationFilterInput): ApplicationFilter => ({
  branchId: f?.branchId ? parseId(f.branchId, 'filter.branchId') : null,
  withinId: f?.withinId ? parseId(f.withinId, 'filter.withinId') : null,
  starCode: f?.starCode,
  year: f?.year,
  status: f?.status,
  ids: idsOf(f?.ids),
  actionable: f?.actionable,
});

export const toObjectionFilter = (f?: StarObjectionFilterInput): ObjectionFilter => ({
  applicationId: f?.applicationId ? parseId(f.applicationId, 'filter.applicationId') : null,
  status: f?.status,
  ids: idsOf(f?.ids),
  actionable: f?.actionable,
});

export const toPairing = (input: PairBranchesInput) => ({
  strongBranchId: parseId(input.strongBranchId, 'strongBranchId'),
  weakBranchId: parseId(input.weakBranchId, 'weakBranchId'),
  note: input.note,
  startDate: input.startDate,
});

/** A plain string argument (no input class to carry @MaxLength) of at most `max` characters. */
export function checkLength(value: string | null | undefined, field: string, max: number): void {
  if (value && value.length > max) throw fail(InputReasons.TOO_LONG, { field, params: { field, max } });
}
