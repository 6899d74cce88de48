import { Field, ID, InputType, Int } from 'type-graphql';
import { idsOf, parseId, parseIds, parseOptionalId } from '../../common/ids';
import type { ActivityData, MemberData, PledgeData } from './community.service';
import type { IntakeData, MeetingData, RequestFilter } from './residents.service';
import {
  CommunityActivityKind,
  CommunityMemberKind,
  ResidentCategory,
  ResidentChannel,
  ResidentEvaluation,
  ResidentStage,
} from './residents.enums';

@InputType({ description: '居民在线提交诉求（无需登录）A resident’s request through the public form (no sign-in)' })
export class SubmitResidentRequestInput {
  @Field(() => ID, { description: '社区（村）或乡镇（街道）The community or township addressed' }) unitId!: string;
  @Field(() => ResidentCategory, { description: '类别 Category' }) category!: ResidentCategory;
  @Field({ description: '标题 Title' }) title!: string;
  @Field({ description: '内容 What you ask' }) content!: string;
  @Field(() => Boolean, { defaultValue: false, description: '匿名 Anonymous' }) anonymous!: boolean;
  @Field(() => String, { nullable: true, description: '姓名 Name' }) residentName?: string | null;
  @Field(() => String, { nullable: true, description: '联系电话 Phone' }) phone?: string | null;
  @Field(() => String, { nullable: true, description: '住址 Address' }) address?: string | null;
  @Field(() => String, { nullable: true, description: '留空 Leave empty (a field people never see)' })
  website?: string | null;
}

@InputType({ description: '工作人员登记诉求（来信、来访、来电）A request registered by staff' })
export class RegisterResidentRequestInput {
  @Field(() => String, { nullable: true, description: '幂等键 Idempotency key' }) clientMutationId?: string | null;
  @Field(() => ID, { description: '社区（村）或乡镇（街道）The unit it came in at' }) unitId!: string;
  @Field(() => ResidentChannel, { description: '渠道 Channel (LETTER, VISIT, PHONE)' }) channel!: ResidentChannel;
  @Field(() => ResidentCategory, { description: '类别 Category' }) category!: ResidentCategory;
  @Field({ description: '标题 Title' }) title!: string;
  @Field({ description: '内容 Content' }) content!: string;
  @Field(() => Boolean, { defaultValue: false, description: '匿名 Anonymous' }) anonymous!: boolean;
  @Field(() => String, { nullable: true, description: '姓名 Name' }) residentName?: string | null;
  @Field(() => String, { nullable: true, description: '联系电话 Phone' }) phone?: string | null;
  @Field(() => String, { nullable: true, description: '住址 Address' }) address?: string | null;
  @Field(() => Date, { nullable: true, description: '收到时间（默认现在）Received at (default: now)' })
  receivedAt?: Date | null;
}

@InputType({ description: '诉求筛选 Filter of resident requests' })
export class ResidentRequestFilterInput {
  @Field(() => ResidentStage, { nullable: true, description: '环节 Stage' }) stage?: ResidentStage | null;
  @Field(() => [ResidentStage], { nullable: true, description: '多个环节 Any of these stages' })
  stages?: ResidentStage[] | null;
  @Field(() => ID, { nullable: true, description: '单元（含下级）Unit, its subtree included' }) unitId?: string | null;
  @Field(() => ResidentCategory, { nullable: true, description: '类别 Category' }) category?: ResidentCategory | null;
  @Field(() => Boolean, { nullable: true, description: '仅超期未反馈 Only overdue ones' }) overdue?: boolean | null;
  @Field(() => String, { nullable: true, description: '标题或查询码 Title or tracking code' }) search?: string | null;
  @Field(() => [ID], { nullable: true, description: '指定标识 Only these ids' }) ids?: string[] | null;
}

@InputType({ description: '社区半月谈记录 A consultation meeting record' })
export class CreateResidentMeetingInput {
  @Field(() => String, { nullable: true, description: '幂等键 Idempotency key' }) clientMutationId?: string | null;
  @Field(() => ID, { description: '社区 Community' }) unitId!: string;
  @Field({ description: '召开日期 Held on (YYYY-MM-DD)' }) heldOn!: string;
  @Field({ description: '议题 Topic' }) topic!: string;
  @Field({ description: '参会人员 Attendees' }) attendees!: string;
  @Field({ description: '商定的解决方案 The agreed solution' }) solution!: string;
  @Field(() => [ID], { description: '协商的诉求（已受理）Requests settled (accepted ones)' }) requestIds!: string[];
}

@InputType({ description: '名册人员 A volunteer or integrity supervisor' })
export class CommunityMemberInput {
  @Field(() => ID, { nullable: true, description: '社区（新建时必填）Community (when creating)' }) unitId?:
    string | null;
  @Field(() => CommunityMemberKind, { nullable: true, description: '名册（新建时必填）Register (when creating)' })
  kind?: CommunityMemberKind | null;
  @Field(() => String, { nullable: true, description: '姓名 Name' }) name?: string | null;
  @Field(() => ID, { nullable: true, description: '对应党员（人员）The person on the register, when a member' })
  personId?: string | null;
  @Field(() => String, { nullable: true, description: '说明 Note' }) note?: string | null;
  @Field(() => String, { nullable: true, description: '加入日期 Joined on' }) joinedOn?: string | null;
  @Field(() => Boolean, { nullable: true, description: '在册 Active' }) active?: boolean | null;
}

@InputType({ description: '活动记录 A community activity' })
export class CommunityActivityInput {
  @Field(() => ID, { description: '社区 Community' }) unitId!: string;
  @Field({ description: '日期 Held on' }) heldOn!: string;
  @Field(() => CommunityActivityKind, { description: '类别 Kind' }) kind!: CommunityActivityKind;
  @Field({ description: '名称 Title' }) title!: string;
  @Field(() => Int, { description: '参与人数 Participants' }) participants!: number;
  @Field(() => Int, { description: '服务居民人数 Residents reached' }) residentsReached!: number;
}

@InputType({ description: '微权说廉承诺 An integrity pledge' })
export class CommunityPledgeInput {
  @Field(() => ID, { description: '社区 Community' }) unitId!: string;
  @Field({ description: '姓名 Official’s name' }) officialName!: string;
  @Field({ description: '职务 Post' }) post!: string;
  @Field({ description: '承诺内容 Pledge' }) pledge!: string;
  @Field({ description: '承诺日期 Signed on' }) signedOn!: string;
}

export const toSubmit = (i: SubmitResidentRequestInput): IntakeData => ({
  unitId: parseId(i.unitId, 'unitId'),
  channel: ResidentChannel.ONLINE,
  category: i.category,
  title: i.title,
  content: i.content,
  anonymous: !!i.anonymous,
  residentName: i.residentName,
  phone: i.phone,
  address: i.address,
  website: i.website,
});

export const toRegister = (i: RegisterResidentRequestInput): IntakeData => ({
  unitId: parseId(i.unitId, 'unitId'),
  channel: i.channel,
  category: i.category,
  title: i.title,
  content: i.content,
  anonymous: !!i.anonymous,
  residentName: i.residentName,
  phone: i.phone,
  address: i.address,
  receivedAt: i.receivedAt ?? null,
});

export const toRequestFilter = (f?: ResidentRequestFilterInput | null): RequestFilter => ({
  stage: f?.stage,
  stages: f?.stages,
  unitId: parseOptionalId(f?.unitId, 'unitId'),
  category: f?.category,
  overdue: f?.overdue,
  search: f?.search,
  ids: idsOf(f?.ids),
});

export const toMeeting = (i: CreateResidentMeetingInput): MeetingData => ({
  unitId: parseId(i.unitId, 'unitId'),
  heldOn: i.heldOn,
  topic: i.topic,
  attendees: i.attendees,
  solution: i.solution,
  requestIds: parseIds(i.requestIds, 'requestIds'),
});

export const toMember = (i: CommunityMemberInput): MemberData => ({
  unitId: i.unitId ? parseId(i.unitId, 'unitId') : undefined,
  kind: i.kind ?? undefined,
  name: i.name ?? undefined,
  personId: i.personId === undefined ? undefined : parseOptionalId(i.personId, 'personId'),
  note: i.note,
  joinedOn: i.joinedOn ?? undefined,
  active: i.active,
});

export const toActivity = (i: CommunityActivityInput): ActivityData => ({ ...i, unitId: parseId(i.unitId, 'unitId') });
export const toPledge = (i: CommunityPledgeInput): PledgeData => ({ ...i, unitId: parseId(i.unitId, 'unitId') });
export { ResidentEvaluation };
