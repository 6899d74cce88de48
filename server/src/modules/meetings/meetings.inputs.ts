import { ArrayMaxSize, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { idsOf, parseId, parseIds, parseOptionalId } from '../../common/ids';
import { MeetingItemKind, MeetingItemStatus } from './meetings.enums';
import type { MeetingData, MeetingFilter, MeetingItemData, MeetingItemFilter } from './meetings.service';

const CMID =
  '客户端请求标识：重试时使用同一值，只会创建一次 Client-generated id: a retry with the same id returns the first result and writes nothing twice';

@InputType({ description: '讲：一位发言人 A speaker' })
export class SpeechInput {
  @Field(() => ID, { description: '发言人（须为参会人员）Speaker, an attendee' }) personId!: string;
  @Field({ description: '题目 Topic' }) @MaxLength(200) topic!: string;
  @Field({ description: '要点 Points' }) @MaxLength(4000) points!: string;
}

@InputType({ description: '评：一位参会人员的评议 Evaluation of an attendee' })
export class EvaluationInput {
  @Field(() => ID, { description: '被评议人（须为参会人员）The attendee' }) personId!: string;
  @Field({ description: '自我评价 Self-evaluation' }) @MaxLength(4000) selfEvaluation!: string;
  @Field(() => String, { nullable: true, description: '他人评价 Peers’ evaluation' })
  @IsOptional()
  @MaxLength(4000)
  peerEvaluation?: string | null;
}

@InputType({ description: '会议内容 Meeting content' })
export class MeetingFieldsInput {
  @Field(() => String, { nullable: true, description: '会议日期 Date (YYYY-MM-DD)' }) @IsOptional() date?: string;
  @Field(() => String, { nullable: true, description: '主题 Theme' }) @IsOptional() @MaxLength(200) theme?: string;
  @Field(() => [ID], { nullable: true, description: '参会人员 Attendees (people)' })
  @IsOptional()
  @ArrayMaxSize(200)
  attendeeIds?: string[] | null;
  @Field(() => String, { nullable: true, description: '学：学习内容 What was studied' })
  @IsOptional()
  @MaxLength(8000)
  studyContent?: string;
  @Field(() => String, { nullable: true, description: '学：学习材料 Materials' })
  @IsOptional()
  @MaxLength(4000)
  studyMaterials?: string | null;
  @Field(() => [SpeechInput], { nullable: true, description: '讲：发言（整体替换）Speakers (replace all)' })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  speeches?: SpeechInput[] | null;
  @Field(() => [EvaluationInput], { nullable: true, description: '评：评议（整体替换）Evaluations (replace all)' })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  evaluations?: EvaluationInput[] | null;
  @Field(() => String, { nullable: true, description: '评：书记总结 Secretary’s summary' })
  @IsOptional()
  @MaxLength(8000)
  summary?: string | null;
  @Field(() => [ID], { nullable: true, description: '会议记录文件（追加）Minutes files (added)' })
  @IsOptional()
  @ArrayMaxSize(30)
  minutesFileIds?: string[] | null;
  @Field(() => [ID], { nullable: true, description: '会议照片（追加）Photos (added)' })
  @IsOptional()
  @ArrayMaxSize(30)
  photoFileIds?: string[] | null;
}

@InputType({ description: '记录学讲评会议 New meeting' })
export class CreateMeetingInput extends MeetingFieldsInput {
  @Field(() => String, { nullable: true, description: CMID }) @IsOptional() @MaxLength(64) clientMutationId?:
    string | null;
  @Field(() => ID, { description: '单位（支部或乡镇）Unit: branch or township' }) unitId!: string;
}

@InputType({ description: '修改学讲评会议 Changes to a meeting' })
export class UpdateMeetingInput extends MeetingFieldsInput {
  @Field(() => Int, { nullable: true, description: '读取时的版本号 Version you read' }) version?: number;
}

@InputType({ description: '会议筛选 Meeting filter' })
export class MeetingFilterInput {
  @Field(() => ID, { nullable: true, description: '单位 Unit' }) unitId?: string | null;
  @Field(() => ID, { nullable: true, description: '该单元及其下级 Within this unit' }) withinId?: string | null;
  @Field(() => Int, { nullable: true, description: '年度 Year' }) year?: number | null;
  @Field(() => Int, { nullable: true, description: '月份（与年度同用）Month, with year' }) month?: number | null;
  @Field(() => [ID], { nullable: true, description: '指定标识 Only these ids' })
  @IsOptional()
  @ArrayMaxSize(100)
  ids?: string[] | null;
}

@InputType({ description: '清单事项 List item fields' })
export class MeetingItemFieldsInput {
  @Field(() => String, { nullable: true, description: '内容 Content' }) @IsOptional() @MaxLength(4000) content?: string;
  @Field(() => ID, { nullable: true, description: '责任单位 Responsible unit' }) ownerUnitId?: string | null;
  @Field(() => ID, { nullable: true, description: '责任人（问题、困难必填）Responsible person' }) ownerPersonId?:
    string | null;
  @Field(() => String, { nullable: true, description: '截止日期（问题、困难必填）Deadline' }) deadline?: string | null;
  @Field(() => Boolean, { nullable: true, description: '销号须附佐证 Closing needs evidence' }) evidenceRequired?:
    boolean | null;
  @Field(() => [ID], { nullable: true, description: '所解决的问题（办法、举措）Problems answered' })
  @IsOptional()
  @ArrayMaxSize(50)
  answersIds?: string[] | null;
  @Field(() => Int, { nullable: true, description: '排序 Order' }) @IsOptional() @Min(0) @Max(10000) sortOrder?:
    number | null;
}

@InputType({ description: '新增清单事项 New list item' })
export class AddMeetingItemInput extends MeetingItemFieldsInput {
  @Field(() => String, { nullable: true, description: CMID }) @IsOptional() @MaxLength(64) clientMutationId?:
    string | null;
  @Field(() => MeetingItemKind, { description: '清单 List' }) kind!: MeetingItemKind;
}

@InputType({ description: '修改清单事项 Changes to a list item' })
export class UpdateMeetingItemInput extends MeetingItemFieldsInput {
  @Field(() => Int, { nullable: true, description: '读取时的版本号 Version you read' }) version?: number;
}

@InputType({ description: '清单事项筛选 List item filter' })
export class MeetingItemFilterInput {
  @Field(() => ID, { nullable: true, description: '会议 Meeting' }) meetingId?: string | null;
  @Field(() => ID, { nullable: true, description: '该单元及其下级 Within this unit' }) withinId?: string | null;
  @Field(() => MeetingItemKind, { nullable: true, description: '清单 List' }) kind?: MeetingItemKind | null;
  @Field(() => MeetingItemStatus, { nullable: true, description: '状态 Status' }) status?: MeetingItemStatus | null;
  @Field(() => Boolean, { nullable: true, description: '逾期 Overdue (open past the deadline)' }) overdue?:
    boolean | null;
  @Field(() => [ID], { nullable: true, description: '指定标识 Only these ids' })
  @IsOptional()
  @ArrayMaxSize(100)
  ids?: string[] | null;
}

@InputType({ description: '销号 Closing a list item' })
export class CloseMeetingItemInput {
  @Field({ description: '销号说明 Closing note' }) @MaxLength(4000) note!: string;
  @Field(() => [ID], { nullable: true, description: '佐证材料 Evidence files' })
  @IsOptional()
  @ArrayMaxSize(30)
  evidenceFileIds?: string[] | null;
}

export function toMeetingData(i: MeetingFieldsInput & { unitId?: string }): MeetingData {
  const out: MeetingData = {};
  if (i.unitId !== undefined) out.unitId = parseId(i.unitId, 'unitId');
  if (i.date != null) out.date = i.date;
  if (i.theme != null) out.theme = i.theme;
  if (i.attendeeIds) out.attendeeIds = parseIds(i.attendeeIds, 'attendeeIds');
  if (i.studyContent != null) out.studyContent = i.studyContent;
  if (i.studyMaterials !== undefined) out.studyMaterials = i.studyMaterials;
  if (i.summary !== undefined) out.summary = i.summary;
  if (i.speeches)
    out.speeches = i.speeches.map((s, n) => ({
      personId: parseId(s.personId, `speeches[${n}].personId`),
      topic: s.topic,
      points: s.points,
    }));
  if (i.evaluations)
    out.evaluations = i.evaluations.map((e, n) => ({
      personId: parseId(e.personId, `evaluations[${n}].personId`),
      selfEvaluation: e.selfEvaluation,
      peerEvaluation: e.peerEvaluation ?? null,
    }));
  return out;
}

export function toMeetingFilter(f?: MeetingFilterInput | null): MeetingFilter {
  return {
    unitId: parseOptionalId(f?.unitId, 'filter.unitId'),
    withinId: parseOptionalId(f?.withinId, 'filter.withinId'),
    year: f?.year,
    month: f?.month,
    ids: idsOf(f?.ids),
  };
}

export function toMeetingItemData(i: MeetingItemFieldsInput & { kind?: MeetingItemKind }): MeetingItemData {
  const out: MeetingItemData = {};
  if (i.kind) out.kind = i.kind;
  if (i.content != null) out.content = i.content;
  if (i.ownerUnitId !== undefined) out.ownerUnitId = parseOptionalId(i.ownerUnitId, 'ownerUnitId');
  if (i.ownerPersonId !== undefined) out.ownerPersonId = parseOptionalId(i.ownerPersonId, 'ownerPersonId');
  if (i.deadline !== undefined) out.deadline = i.deadline;
  if (i.evidenceRequired != null) out.evidenceRequired = i.evidenceRequired;
  if (i.answersIds) out.answersIds = parseIds(i.answersIds, 'answersIds');
  if (i.sortOrder != null) out.sortOrder = i.sortOrder;
  return out;
}

export function toMeetingItemFilter(f?: MeetingItemFilterInput | null): MeetingItemFilter {
  return {
    meetingId: parseOptionalId(f?.meetingId, 'filter.meetingId'),
    withinId: parseOptionalId(f?.withinId, 'filter.withinId'),
    kind: f?.kind,
    status: f?.status,
    overdue: f?.overdue,
    ids: idsOf(f?.ids),
  };
}
