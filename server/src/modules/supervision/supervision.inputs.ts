import { ArrayMaxSize, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { idsOf, parseId, parseIds, parseOptionalId } from '../../common/ids';
import type { AssignmentData, RectificationFilter } from './rectification.service';
import type {
  CompletionData,
  FindingChanges,
  FindingData,
  FindingFilter,
  SpotCheckFilter,
  SpotCheckPlan,
} from './spot-check.service';
import { FindingSeverity, RectificationStatus, SpotCheckStatus } from './supervision.enums';
import type { TeamData } from './team.service';

const CMID =
  '客户端请求标识：重试时使用同一值，只会执行一次 Client-generated id: a retry with the same id returns the first result and writes nothing twice';

@InputType({ description: '新建督导组 New supervision team' })
export class CreateSupervisionTeamInput {
  @Field(() => String, { nullable: true, description: CMID }) @IsOptional() @MaxLength(64) clientMutationId?:
    string | null;
  @Field({ description: '名称 Name' }) @MaxLength(100) name!: string;
  @Field(() => ID, { description: '督导范围（单元）Scope: the unit whose subtree the team covers' })
  scopeUnitId!: string;
  @Field(() => ID, { description: '组长（用户）Leader (user id, a supervisor)' }) leaderUserId!: string;
  @Field(() => [ID], {
    nullable: true,
    description: '成员（用户，组长自动加入）Members (user ids, supervisors; the leader is added)',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  memberUserIds?: string[] | null;
  @Field(() => [String], { nullable: true, description: '负责的星类型 Star codes (empty: all)' })
  @IsOptional()
  @ArrayMaxSize(20)
  starCodes?: string[] | null;
}

@InputType({ description: '修改督导组 Changes to a supervision team' })
export class UpdateSupervisionTeamInput {
  @Field({ nullable: true, description: '名称 Name' }) @IsOptional() @MaxLength(100) name?: string;
  @Field(() => ID, { nullable: true, description: '组长 Leader (user id)' }) leaderUserId?: string | null;
  @Field(() => [ID], { nullable: true, description: '成员 Members (user ids)' })
  @IsOptional()
  @ArrayMaxSize(50)
  memberUserIds?: string[] | null;
  @Field(() => [String], { nullable: true, description: '负责的星类型 Star codes' })
  @IsOptional()
  @ArrayMaxSize(20)
  starCodes?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: '启用 Active' }) active?: boolean | null;
}

@InputType({ description: '督导组筛选 Team filter' })
export class SupervisionTeamFilterInput {
  @Field(() => [ID], { nullable: true, description: '指定标识 Only these ids (at most 100)' })
  @IsOptional()
  @ArrayMaxSize(100)
  ids?: string[] | null;
}

@InputType({ description: '计划暗访 Plan a spot check (secret until completed)' })
export class PlanSpotCheckInput {
  @Field(() => String, { nullable: true, description: CMID }) @IsOptional() @MaxLength(64) clientMutationId?:
    string | null;
  @Field(() => ID, { description: '督导组 Team' }) teamId!: string;
  @Field(() => ID, { description: '被检单位 Target unit' }) targetUnitId!: string;
  @Field({ description: '计划日期 Planned date (YYYY-MM-DD)' }) @MaxLength(10) plannedFor!: string;
  @Field(() => [ID], { nullable: true, description: '检查的重点任务 Key tasks to check' })
  @IsOptional()
  @ArrayMaxSize(100)
  keyTaskIds?: string[] | null;
  @Field(() => [String], { nullable: true, description: '检查的星类型 Stars to check' })
  @IsOptional()
  @ArrayMaxSize(20)
  starCodes?: string[] | null;
  @Field(() => String, { nullable: true, description: '备注 Note' }) @IsOptional() @MaxLength(2000) note?:
    string | null;
}

@InputType({ description: '开始暗访 Start a spot check on site' })
export class StartSpotCheckInput {
  @Field(() => String, { nullable: true, description: CMID }) @IsOptional() @MaxLength(64) clientMutationId?:
    string | null;
  @Field(() => Date, { nullable: true, description: '开始时间（默认现在）Started at (default: now)' })
  startedAt?: Date | null;
  @Field(() => String, { nullable: true, description: '地点 Location' }) @IsOptional() @MaxLength(200) location?:
    string | null;
}

@InputType({ description: '记录问题 Record a finding on site' })
export class RecordFindingInput {
  @Field(() => String, { nullable: true, description: CMID }) @IsOptional() @MaxLength(64) clientMutationId?:
    string | null;
  @Field(() => ID, { nullable: true, description: '重点任务 Key task' }) keyTaskId?: string | null;
  @Field(() => String, {
    nullable: true,
    description: "星类型编码（默认取自重点任务）Star code (default: the key task's)",
  })
  @IsOptional()
  @MaxLength(40)
  starCode?: string | null;
  @Field(() => FindingSeverity, { description: '严重程度 Severity' }) severity!: FindingSeverity;
  @Field({ description: '问题描述 Description' }) @MaxLength(4000) description!: string;
  @Field(() => [ID], {
    nullable: true,
    description: '佐证照片/文件（先上传到 /files）Evidence file ids (upload to /files first)',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  evidenceFileIds?: string[] | null;
  @Field(() => ID, { nullable: true, description: '现场认领人 Person who claimed the finding on site' })
  claimedByPersonId?: string | null;
}

@InputType({ description: '更正问题（只改给出的字段）Correct a finding: only the fields given change' })
export class UpdateFindingInput {
  @Field(() => ID, { nullable: true, description: '重点任务 Key task' }) keyTaskId?: string | null;
  @Field(() => String, { nullable: true, description: '星类型编码 Star code' })
  @IsOptional()
  @MaxLength(40)
  starCode?: string | null;
  @Field(() => FindingSeverity, { nullable: true, description: '严重程度 Severity' }) severity?: FindingSeverity | null;
  @Field(() => String, { nullable: true, description: '问题描述 Description' })
  @IsOptional()
  @MaxLength(4000)
  description?: string | null;
  @Field(() => ID, { nullable: true, description: '现场认领人 Person who claimed the finding on site' })
  claimedByPersonId?: string | null;
  @Field(() => Int, { nullable: true, description: '读取时的版本号 Version you read' }) version?: number | null;
}

@InputType({ description: '重点任务评分 Score of one key task' })
export class KeyTaskScoreInput {
  @Field(() => ID, { description: '重点任务 Key task' }) keyTaskId!: string;
  @Field(() => Float, { description: '得分 0–100 Score' }) @Min(0) @Max(100) score!: number;
  @Field(() => String, { nullable: true, description: '评语 Comment' }) @IsOptional() @MaxLength(2000) comment?:
    string | null;
}

@InputType({ description: '完成暗访 Complete a spot check' })
export class CompleteSpotCheckInput {
  @Field(() => String, { nullable: true, description: CMID }) @IsOptional() @MaxLength(64) clientMutationId?:
    string | null;
  @Field({ description: '小结 Summary' }) @MaxLength(4000) summary!: string;
  @Field({ description: '确认按“四不两直”方式开展（须为 true）Attest the four-no, two-direct method (must be true)' })
  methodAttested!: boolean;
  @Field(() => [KeyTaskScoreInput], { nullable: true, description: '各重点任务得分 Per-key-task scores' })
  @IsOptional()
  @ArrayMaxSize(100)
  scores?: KeyTaskScoreInput[] | null;
}

@InputType({ description: '暗访筛选 Spot check filter' })
export class SpotCheckFilterInput {
  @Field(() => SpotCheckStatus, { nullable: true, description: '状态 State' }) status?: SpotCheckStatus | null;
  @Field(() => ID, { nullable: true, description: '督导组 Team' }) teamId?: string | null;
  @Field(() => ID, { nullable: true, description: "被检单位在该单元之下（含）Target inside this unit's subtree" })
  withinId?: string | null;
  @Field(() => [ID], { nullable: true, description: '指定标识 Only these ids (at most 100)' })
  @IsOptional()
  @ArrayMaxSize(100)
  ids?: string[] | null;
  @Field(() => String, {
    nullable: true,
    description: '完成日期不早于（YYYY-MM-DD，上海日期）Completed on or after this date (Asia/Shanghai)',
  })
  @IsOptional()
  @MaxLength(10)
  completedFrom?: string | null;
  @Field(() => String, {
    nullable: true,
    description: '完成日期不晚于（YYYY-MM-DD，上海日期）Completed on or before this date (Asia/Shanghai)',
  })
  @IsOptional()
  @MaxLength(10)
  completedTo?: string | null;
}

@InputType({ description: '问题筛选 Finding filter' })
export class FindingFilterInput {
  @Field(() => ID, { nullable: true, description: '暗访 Spot check' }) spotCheckId?: string | null;
  @Field(() => [ID], { nullable: true, description: '指定标识 Only these ids (at most 100)' })
  @IsOptional()
  @ArrayMaxSize(100)
  ids?: string[] | null;
}

@InputType({ description: '交办整改 Assign a rectification' })
export class AssignRectificationInput {
  @Field(() => String, { nullable: true, description: CMID }) @IsOptional() @MaxLength(64) clientMutationId?:
    string | null;
  @Field(() => ID, { description: '责任单位 Responsible unit' }) responsibleUnitId!: string;
  @Field(() => ID, { nullable: true, description: '责任人 Responsible person' }) responsiblePersonId?: string | null;
  @Field({ description: '整改措施 Measures' }) @MaxLength(4000) measures!: string;
  @Field({ description: '整改期限 Deadline (YYYY-MM-DD)' }) @MaxLength(10) deadline!: string;
}

@InputType({ description: '提交整改 Submit rectification evidence' })
export class SubmitRectificationInput {
  @Field(() => String, { nullable: true, description: CMID }) @IsOptional() @MaxLength(64) clientMutationId?:
    string | null;
  @Field({ description: '整改说明 Note' }) @MaxLength(4000) note!: string;
  @Field(() => [ID], { nullable: true, description: '佐证文件 Evidence file ids' })
  @IsOptional()
  @ArrayMaxSize(20)
  evidenceFileIds?: string[] | null;
}

@InputType({ description: '验收整改 Verify a rectification' })
export class VerifyRectificationInput {
  @Field(() => String, { nullable: true, description: CMID }) @IsOptional() @MaxLength(64) clientMutationId?:
    string | null;
  @Field({ description: '通过（销号）或退回 Accept (close) or reject' }) accept!: boolean;
  @Field(() => String, { nullable: true, description: '意见（退回时必填）Comment (required when rejecting)' })
  @IsOptional()
  @MaxLength(2000)
  comment?: string | null;
}

@InputType({ description: '整改筛选 Rectification filter' })
export class RectificationFilterInput {
  @Field(() => RectificationStatus, { nullable: true, description: '状态 State' }) status?: RectificationStatus | null;
  @Field(() => Boolean, {
    nullable: true,
    description: '逾期（期限已过且未销号）：通报清单 Overdue (deadline passed, not closed): the escalation list',
  })
  overdue?: boolean | null;
  @Field(() => ID, { nullable: true, description: '暗访 Spot check' }) spotCheckId?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      '待我处理：只列你现在可以提交或验收的整改 Actionable: only those you may submit or verify now (as allowedActions)',
  })
  actionable?: boolean | null;
  @Field(() => ID, { nullable: true, description: '责任单位在该单元之下（含）Responsible unit inside this subtree' })
  withinId?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      '逾期未提交（期限已过仍在整改中；已提交待验收的不算）Late: deadline passed and still not submitted (not those waiting for verification)',
  })
  late?: boolean | null;
  @Field(() => Int, { nullable: true, description: '交办年度（上海日期）Year assigned (Asia/Shanghai)' })
  year?: number | null;
  @Field(() => ID, { nullable: true, description: '被检单位在该单元之下（含）Spot check target inside this subtree' })
  targetWithinId?: string | null;
  @Field(() => [ID], { nullable: true, description: '指定标识 Only these ids (at most 100)' })
  @IsOptional()
  @ArrayMaxSize(100)
  ids?: string[] | null;
}

// What the services take, from the inputs: ids parsed, each malformed one BAD_USER_INPUT naming its field.

export const toTeamData = (input: CreateSupervisionTeamInput): TeamData => ({
  name: input.name,
  scopeUnitId: parseId(input.scopeUnitId, 'scopeUnitId'),
  leaderUserId: parseId(input.leaderUserId, 'leaderUserId'),
  memberUserIds: parseIds(input.memberUserIds ?? [], 'memberUserIds'),
  starCodes: input.starCodes ?? [],
});

/** Absent or null members and stars leave them as they are. */
export const toTeamChanges = (input: UpdateSupervisionTeamInput): TeamData => ({
  name: input.name,
  leaderUserId: parseOptionalId(input.leaderUserId, 'leaderUserId') ?? undefined,
  memberUserIds: input.memberUserIds ? parseIds(input.memberUserIds, 'memberUserIds') : undefined,
  starCodes: input.starCodes ?? undefined,
  active: input.active ?? undefined,
});

export const toTeamFilter = (filter?: SupervisionTeamFilterInput) => ({ ids: idsOf(filter?.ids) });

export const toSpotCheckPlan = (input: PlanSpotCheckInput): SpotCheckPlan => ({
  teamId: parseId(input.teamId, 'teamId'),
  targetUnitId: parseId(input.targetUnitId, 'targetUnitId'),
  plannedFor: input.plannedFor,
  keyTaskIds: input.keyTaskIds ? parseIds(input.keyTaskIds, 'keyTaskIds') : [],
  starCodes: input.starCodes,
  note: input.note,
});

export const toSpotCheckFilter = (filter?: SpotCheckFilterInput): SpotCheckFilter => ({
  status: filter?.status,
  teamId: parseOptionalId(filter?.teamId, 'filter.teamId'),
  withinId: parseOptionalId(filter?.withinId, 'filter.withinId'),
  ids: idsOf(filter?.ids),
  completedFrom: filter?.completedFrom,
  completedTo: filter?.completedTo,
});

export const toFinding = (input: RecordFindingInput): { data: FindingData; evidenceFileIds: number[] } => ({
  data: {
    keyTaskId: parseOptionalId(input.keyTaskId, 'keyTaskId'),
    starCode: input.starCode,
    severity: input.severity,
    description: input.description,
    claimedByPersonId: parseOptionalId(input.claimedByPersonId, 'claimedByPersonId'),
  },
  evidenceFileIds: input.evidenceFileIds ? parseIds(input.evidenceFileIds, 'evidenceFileIds') : [],
});

export const toCompletion = (input: CompleteSpotCheckInput): CompletionData => ({
  summary: input.summary,
  methodAttested: input.methodAttested,
  scores: (input.scores ?? []).map((x, i) => ({ ...x, keyTaskId: parseId(x.keyTaskId, `scores[${i}].keyTaskId`) })),
});

export const toFindingFilter = (filter?: FindingFilterInput): FindingFilter => ({
  spotCheckId: parseOptionalId(filter?.spotCheckId, 'filter.spotCheckId'),
  ids: idsOf(filter?.ids),
});

export const toAssignment = (input: AssignRectificationInput): AssignmentData => ({
  responsibleUnitId: parseId(input.responsibleUnitId, 'responsibleUnitId'),
  responsiblePersonId: parseOptionalId(input.responsiblePersonId, 'responsiblePersonId'),
  measures: input.measures,
  deadline: input.deadline,
});

export const toSubmission = (input: SubmitRectificationInput) => ({
  data: { note: input.note },
  evidenceFileIds: input.evidenceFileIds ? parseIds(input.evidenceFileIds, 'evidenceFileIds') : [],
});

export const toRectificationFilter = (filter?: RectificationFilterInput): RectificationFilter => ({
  status: filter?.status,
  overdue: filter?.overdue,
  spotCheckId: parseOptionalId(filter?.spotCheckId, 'filter.spotCheckId'),
  withinId: parseOptionalId(filter?.withinId, 'filter.withinId'),
  ids: idsOf(filter?.ids),
  late: filter?.late,
  year: filter?.year,
  targetWithinId: parseOptionalId(filter?.targetWithinId, 'filter.targetWithinId'),
  actionable: filter?.actionable,
});

/** Given fields only: an absent field stays, `null` clears the key task, star or claimant. */
export const toFindingChanges = (input: UpdateFindingInput): FindingChanges => ({
  ...(input.keyTaskId !== undefined ? { keyTaskId: parseOptionalId(input.keyTaskId, 'keyTaskId') } : {}),
  ...(input.starCode !== undefined ? { starCode: input.starCode } : {}),
  ...(input.severity ? { severity: input.severity } : {}),
  ...(input.description !== undefined ? { description: input.description } : {}),
  ...(input.claimedByPersonId !== undefined
    ? { claimedByPersonId: parseOptionalId(input.claimedByPersonId, 'claimedByPersonId') }
    : {}),
});
