import { ArrayMaxSize, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { InputReasons } from '../../common/common.errors';
import { idsOf, parseId, parseOptionalId } from '../../common/ids';
import { fail } from '../../common/reasons';
import { PlanItemStatus, PlanLevel, PlanStarIntent } from './plans.enums';
import type { PlanData, PlanFilter, PlanItemData, PlanItemFilter, PlanStarData } from './plans.service';

const CMID =
  '客户端请求标识：重试时使用同一值，只会创建一次 Client-generated id: a retry with the same id returns the first result and writes nothing twice';

@InputType({ description: '规划星目标 Star goal of a branch plan' })
export class PlanStarInput {
  @Field({ description: '星类型编码 Star code' }) @MaxLength(40) starCode!: string;
  @Field(() => PlanStarIntent, { description: '保/冲/争 Intent' }) intent!: PlanStarIntent;
  @Field(() => ID, { nullable: true, description: '包星责任人 Owner (person id)' }) ownerId?: string | null;
}

@InputType({ description: '新建规划 New plan' })
export class CreatePlanInput {
  @Field(() => String, { nullable: true, description: CMID }) @IsOptional() @MaxLength(64) clientMutationId?:
    string | null;
  @Field(() => ID, { description: '单元（区、乡镇或支部）Unit: district, township or branch' }) unitId!: string;
  @Field(() => Int, { description: '年度 Year' }) @Min(2000) @Max(2100) year!: number;
  @Field({ description: '标题 Title' }) @MaxLength(200) title!: string;
  @Field(() => String, { nullable: true, description: '说明 Notes' }) @IsOptional() @MaxLength(4000) note?:
    string | null;
  @Field(() => [PlanStarInput], { nullable: true, description: '星目标（仅支部）Star goals (branch plans only)' })
  @IsOptional()
  @ArrayMaxSize(10)
  stars?: PlanStarInput[] | null;
}

@InputType({ description: '修改规划 Changes to a plan' })
export class UpdatePlanInput {
  @Field({ nullable: true, description: '标题 Title' }) @IsOptional() @MaxLength(200) title?: string;
  @Field(() => String, { nullable: true, description: '说明 Notes' }) @IsOptional() @MaxLength(4000) note?:
    string | null;
  @Field(() => [PlanStarInput], { nullable: true, description: '星目标（整体替换）Star goals (replace all)' })
  @IsOptional()
  @ArrayMaxSize(10)
  stars?: PlanStarInput[] | null;
  @Field(() => Int, { nullable: true, description: '读取时的版本号 Version you read' }) version?: number;
}

@InputType({ description: '规划筛选 Plan filter' })
export class PlanFilterInput {
  @Field(() => ID, { nullable: true, description: '单元 Unit' }) unitId?: string | null;
  @Field(() => ID, { nullable: true, description: '该单元及其下级 Within this unit (itself included)' }) withinId?:
    string | null;
  @Field(() => Int, { nullable: true, description: '年度 Year' }) year?: number | null;
  @Field(() => PlanLevel, { nullable: true, description: '层级 Level' }) level?: PlanLevel | null;
  @Field(() => String, { nullable: true, description: '按标题搜索 Search in titles' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
  @Field(() => [ID], { nullable: true, description: '指定标识 Only these ids (at most 100)' })
  @IsOptional()
  @ArrayMaxSize(100)
  ids?: string[] | null;
}

@InputType({ description: '节点 Milestone' })
export class MilestoneInput {
  @Field({ description: '名称 Title' }) @MaxLength(200) title!: string;
  @Field({ description: '日期 Due date (YYYY-MM-DD)' }) @MaxLength(10) dueDate!: string;
}

@InputType({ description: '新建规划任务 New plan item' })
export class CreatePlanItemInput {
  @Field(() => String, { nullable: true, description: CMID }) @IsOptional() @MaxLength(64) clientMutationId?:
    string | null;
  @Field(() => ID, { description: '所属规划 Plan' }) planId!: string;
  @Field(() => ID, { nullable: true, description: '责任单位（默认规划单位）Responsible unit (default: the plan unit)' })
  unitId?: string | null;
  @Field(() => ID, { nullable: true, description: '重点任务 Key task' }) keyTaskId?: string | null;
  @Field(() => ID, { nullable: true, description: '责任人 Responsible person' }) responsiblePersonId?: string | null;
  @Field({ description: '任务 Title' }) @MaxLength(200) title!: string;
  @Field(() => String, { nullable: true, description: '说明 Description' })
  @IsOptional()
  @MaxLength(4000)
  description?: string | null;
  @Field({ description: '截止日期 Deadline (YYYY-MM-DD)' }) @MaxLength(10) deadline!: string;
  @Field(() => PlanItemStatus, { nullable: true, description: '状态 Status' }) status?: PlanItemStatus | null;
  @Field(() => Int, { nullable: true, description: '进度 Progress 0–100' }) @IsOptional() @Min(0) @Max(100) progress?:
    number | null;
  @Field(() => Int, { nullable: true, description: '排序 Order' }) sortOrder?: number;
  @Field(() => [MilestoneInput], {
    nullable: true,
    description: '节点（空则按截止日期倒排生成）Milestones (empty: generated backwards from the deadline)',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  milestones?: MilestoneInput[] | null;
  @Field(() => [ID], { nullable: true, description: '佐证材料 Evidence file ids' })
  @IsOptional()
  @ArrayMaxSize(20)
  evidenceFileIds?: string[] | null;
}

@InputType({ description: '修改规划任务 Changes to a plan item' })
export class UpdatePlanItemInput {
  @Field(() => ID, { nullable: true, description: '责任单位 Responsible unit' }) unitId?: string | null;
  @Field(() => ID, { nullable: true, description: '重点任务 Key task' }) keyTaskId?: string | null;
  @Field(() => ID, { nullable: true, description: '责任人 Responsible person' }) responsiblePersonId?: string | null;
  @Field({ nullable: true, description: '任务 Title' }) @IsOptional() @MaxLength(200) title?: string;
  @Field(() => String, { nullable: true, description: '说明 Description' })
  @IsOptional()
  @MaxLength(4000)
  description?: string | null;
  @Field({ nullable: true, description: '截止日期 Deadline (YYYY-MM-DD)' })
  @IsOptional()
  @MaxLength(10)
  deadline?: string;
  @Field(() => PlanItemStatus, { nullable: true, description: '状态 Status' }) status?: PlanItemStatus | null;
  @Field(() => Int, { nullable: true, description: '进度 Progress 0–100' }) @IsOptional() @Min(0) @Max(100) progress?:
    number | null;
  @Field(() => Int, { nullable: true, description: '排序 Order' }) sortOrder?: number;
  @Field(() => [ID], { nullable: true, description: '追加佐证材料 Evidence file ids to attach' })
  @IsOptional()
  @ArrayMaxSize(20)
  evidenceFileIds?: string[] | null;
  @Field(() => Int, { nullable: true, description: '读取时的版本号 Version you read' }) version?: number;
}

@InputType({ description: '规划任务筛选 Plan item filter' })
export class PlanItemFilterInput {
  @Field(() => ID, { nullable: true, description: '规划 Plan' }) planId?: string | null;
  @Field(() => ID, { nullable: true, description: '责任单位 Responsible unit' }) unitId?: string | null;
  @Field(() => ID, { nullable: true, description: '责任单位在该单元之内 Responsible unit within this unit' })
  withinId?: string | null;
  @Field(() => Int, { nullable: true, description: '年度 Year' }) year?: number | null;
  @Field(() => PlanItemStatus, { nullable: true, description: '状态 Status' }) status?: PlanItemStatus | null;
  @Field(() => Boolean, {
    nullable: true,
    description: '逾期（按上海日期：截止日已过且未完成）Overdue: deadline passed (Asia/Shanghai) and not DONE',
  })
  overdue?: boolean | null;
  @Field(() => ID, { nullable: true, description: '重点任务 Key task' }) keyTaskId?: string | null;
  @Field(() => String, { nullable: true, description: '按标题搜索 Search in titles' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
  @Field(() => [ID], { nullable: true, description: '指定标识 Only these ids (at most 100)' })
  @IsOptional()
  @ArrayMaxSize(100)
  ids?: string[] | null;
}

@InputType({ description: '修改节点 Changes to a milestone' })
export class UpdateMilestoneInput {
  @Field({ nullable: true, description: '名称 Title' }) @IsOptional() @MaxLength(200) title?: string;
  @Field({ nullable: true, description: '日期 Due date (YYYY-MM-DD)' }) @IsOptional() @MaxLength(10) dueDate?: string;
  @Field(() => String, { nullable: true, description: '完成日期（空为未完成）Done on (empty: not done)' })
  @IsOptional()
  @MaxLength(10)
  doneOn?: string | null;
}

// What the plan service takes, from the inputs: ids parsed, each malformed one BAD_USER_INPUT naming its field.

const toStars = (list: PlanStarInput[] | null | undefined): PlanStarData[] | null | undefined =>
  list?.map((s, i) => ({
    starCode: s.starCode,
    intent: s.intent,
    ownerId: parseOptionalId(s.ownerId, `stars[${i}].ownerId`),
  }));

export const toPlanData = (input: CreatePlanInput): PlanData => ({
  ...input,
  unitId: parseId(input.unitId, 'unitId'),
  stars: toStars(input.stars),
});

/** The changes of an update (its `version` is the optimistic lock's, not a change). */
export const toPlanChanges = ({ version: _version, ...rest }: UpdatePlanInput): PlanData => ({
  ...rest,
  stars: toStars(rest.stars),
});

export const toPlanFilter = (filter?: PlanFilterInput): PlanFilter => ({
  unitId: parseOptionalId(filter?.unitId, 'filter.unitId'),
  withinId: parseOptionalId(filter?.withinId, 'filter.withinId'),
  year: filter?.year,
  level: filter?.level,
  search: filter?.search,
  ids: idsOf(filter?.ids),
});

export const toPlanItemFilter = (filter?: PlanItemFilterInput): PlanItemFilter => ({
  planId: parseOptionalId(filter?.planId, 'filter.planId'),
  unitId: parseOptionalId(filter?.unitId, 'filter.unitId'),
  withinId: parseOptionalId(filter?.withinId, 'filter.withinId'),
  keyTaskId: parseOptionalId(filter?.keyTaskId, 'filter.keyTaskId'),
  year: filter?.year,
  status: filter?.status,
  overdue: filter?.overdue,
  search: filter?.search,
  ids: idsOf(filter?.ids),
});

export const toPlanItemData = (input: CreatePlanItemInput): PlanItemData => ({
  ...input,
  planId: parseId(input.planId, 'planId'),
  unitId: parseOptionalId(input.unitId, 'unitId'),
  keyTaskId: parseOptionalId(input.keyTaskId, 'keyTaskId'),
  responsiblePersonId: parseOptionalId(input.responsiblePersonId, 'responsiblePersonId'),
  status: input.status ?? undefined,
  progress: input.progress ?? undefined,
});

/** The changes of an update; its `version` (the lock) and `evidenceFileIds` (added files) travel apart. */
export const toPlanItemChanges = ({
  version: _version,
  evidenceFileIds: _evidence,
  ...rest
}: UpdatePlanItemInput): PlanItemData => ({
  ...rest,
  unitId: parseOptionalId(rest.unitId, 'unitId'),
  keyTaskId: parseOptionalId(rest.keyTaskId, 'keyTaskId'),
  responsiblePersonId: parseOptionalId(rest.responsiblePersonId, 'responsiblePersonId'),
  status: rest.status ?? undefined,
  progress: rest.progress ?? undefined,
});

/** A plain year argument (no input class to carry @Min/@Max). */
export function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw fail(InputReasons.YEAR_RANGE, { field: 'year', params: { min: 2000, max: 2100 } });
}
