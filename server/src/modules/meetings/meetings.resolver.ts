/** GraphQL of 学讲评 meetings and their four lists: thin, each operation one service call. */
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { parseId } from '../../common/ids';
import type { Principal } from '../../common/principal';
import { CurrentPrincipal, IdArg } from '../../graphql/decorators';
import type { Context } from '../../graphql/context';
import { ListArgs, PageType } from '../../graphql/pagination';
import { StoredFile } from '../files/public';
import { Person, Unit } from '../org/public';
import { Meeting, MeetingItem, MeetingItemEvent } from './meeting.entity';
import {
  AddMeetingItemInput,
  CloseMeetingItemInput,
  CreateMeetingInput,
  MeetingFilterInput,
  MeetingItemFilterInput,
  UpdateMeetingInput,
  UpdateMeetingItemInput,
  toMeetingData,
  toMeetingFilter,
  toMeetingItemData,
  toMeetingItemFilter,
} from './meetings.inputs';

export const MeetingPage = PageType(Meeting, 'MeetingPage', '学讲评会议分页 A page of meetings');
export const MeetingItemPage = PageType(MeetingItem, 'MeetingItemPage', '清单事项分页 A page of list items');

@ObjectType({ description: '讲：发言 A speaker’s topic and points' })
export class MeetingSpeech {
  @Field(() => ID, { description: '发言人标识 Speaker id' }) personId!: string;
  @Field(() => Person, { nullable: true, description: '发言人 Speaker' }) person!: Person | null;
  @Field({ description: '题目 Topic' }) topic!: string;
  @Field({ description: '要点 Points' }) points!: string;
}

@ObjectType({ description: '评：一位参会人员的评议 Evaluation of an attendee' })
export class MeetingEvaluation {
  @Field(() => ID, { description: '被评议人标识 Person id' }) personId!: string;
  @Field(() => Person, { nullable: true, description: '被评议人 Person' }) person!: Person | null;
  @Field({ description: '自我评价 Self-evaluation' }) selfEvaluation!: string;
  @Field(() => String, { nullable: true, description: '他人评价 Peers’ evaluation' }) peerEvaluation!: string | null;
}

@Resolver(() => Meeting)
export class MeetingResolver {
  @Authorized()
  @Query(() => MeetingPage, { description: '学讲评会议列表 Meetings' })
  meetings(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Args() args: ListArgs,
    @Arg('filter', () => MeetingFilterInput, { nullable: true, description: '筛选 Filter' })
    filter?: MeetingFilterInput,
  ) {
    return ctx.services.meetings.list(p, toMeetingFilter(filter), args);
  }

  @Authorized()
  @Query(() => Meeting, { description: '学讲评会议 One meeting' })
  meeting(@Ctx() ctx: Context, @CurrentPrincipal() p: Principal, @IdArg() id: number) {
    return ctx.services.meetings.get(p, id);
  }

  @Authorized()
  @Mutation(() => Meeting, { description: '记录学讲评会议 Record a meeting' })
  createMeeting(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('input', () => CreateMeetingInput, { description: '会议 Meeting' }) input: CreateMeetingInput,
  ) {
    const data = toMeetingData(input);
    return ctx.mutate('createMeeting', (s) => s.meetings.create(p, data, input.minutesFileIds, input.photoFileIds), {
      clientMutationId: input.clientMutationId,
      input,
    });
  }

  @Authorized()
  @Mutation(() => Meeting, { description: '修改学讲评会议 Update a meeting' })
  updateMeeting(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('id', () => ID, { description: '标识 Id' }) id: string,
    @Arg('input', () => UpdateMeetingInput, { description: '修改内容 Changes' }) input: UpdateMeetingInput,
  ) {
    const mid = parseId(id);
    const data = toMeetingData(input);
    const { version } = input;
    return ctx.mutate(
      'updateMeeting',
      (s) => s.meetings.update(p, mid, data, version ?? undefined, input.minutesFileIds, input.photoFileIds),
      { record: { entity: Meeting, id: mid, version } },
    );
  }

  @FieldResolver(() => ID, { description: '单位标识 Unit id' })
  unitId(@Root() m: Meeting) {
    return m.unit.id;
  }

  @FieldResolver(() => Unit, { description: '单位 Unit' })
  unit(@Root() m: Meeting, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(m.unit.id);
  }

  @FieldResolver(() => [ID], { description: '参会人员标识 Attendee ids' })
  attendeeIds(@Root() m: Meeting) {
    return m.attendeeIds.map(String);
  }

  @FieldResolver(() => [Person], { description: '参会人员 Attendees' })
  async attendees(@Root() m: Meeting, @Ctx() ctx: Context) {
    return (await ctx.loaders.person.loadMany(m.attendeeIds)).filter((x): x is Person => x instanceof Person);
  }

  @FieldResolver(() => [MeetingSpeech], { description: '讲：发言 Speakers' })
  async speeches(@Root() m: Meeting, @Ctx() ctx: Context): Promise<MeetingSpeech[]> {
    return Promise.all(
      m.speeches.map(async (s) => ({
        ...s,
        personId: String(s.personId),
        person: await ctx.loaders.person.load(s.personId),
      })),
    );
  }

  @FieldResolver(() => [MeetingEvaluation], { description: '评：评议 Evaluations' })
  async evaluations(@Root() m: Meeting, @Ctx() ctx: Context): Promise<MeetingEvaluation[]> {
    return Promise.all(
      m.evaluations.map(async (e) => ({
        ...e,
        personId: String(e.personId),
        person: await ctx.loaders.person.load(e.personId),
      })),
    );
  }

  @FieldResolver(() => [StoredFile], { description: '会议记录 Minutes files' })
  minutes(@Root() m: Meeting, @Ctx() ctx: Context) {
    return ctx.loaders.evidence.load(`MeetingMinutes:${m.id}`);
  }

  @FieldResolver(() => [StoredFile], { description: '会议照片 Photos' })
  photos(@Root() m: Meeting, @Ctx() ctx: Context) {
    return ctx.loaders.evidence.load(`MeetingPhoto:${m.id}`);
  }

  @FieldResolver(() => [MeetingItem], { description: '四个清单的事项 Items of the four lists' })
  items(@Root() m: Meeting, @Ctx() ctx: Context) {
    return ctx.loaders.meetingItems.load(m.id);
  }
}

@Resolver(() => MeetingItem)
export class MeetingItemResolver {
  @Authorized()
  @Query(() => MeetingItemPage, {
    description: '清单事项（overdue: true 为逾期事项）List items; overdue: true for those past their deadline',
  })
  meetingItems(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Args() args: ListArgs,
    @Arg('filter', () => MeetingItemFilterInput, { nullable: true, description: '筛选 Filter' })
    filter?: MeetingItemFilterInput,
  ) {
    return ctx.services.meetings.listItems(p, toMeetingItemFilter(filter), args);
  }

  @Authorized()
  @Query(() => MeetingItem, { description: '清单事项 One list item' })
  meetingItem(@Ctx() ctx: Context, @CurrentPrincipal() p: Principal, @IdArg() id: number) {
    return ctx.services.meetings.getItem(p, id);
  }

  @Authorized()
  @Mutation(() => MeetingItem, { description: '新增清单事项 Add an item to one of the four lists' })
  addMeetingItem(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('meetingId', () => ID, { description: '会议标识 Meeting id' }) meetingId: string,
    @Arg('input', () => AddMeetingItemInput, { description: '事项 Item' }) input: AddMeetingItemInput,
  ) {
    const mid = parseId(meetingId, 'meetingId');
    const data = toMeetingItemData(input);
    return ctx.mutate('addMeetingItem', (s) => s.meetings.addItem(p, mid, data), {
      clientMutationId: input.clientMutationId,
      input: { meetingId: mid, ...input },
    });
  }

  @Authorized()
  @Mutation(() => MeetingItem, { description: '修改清单事项 Update a list item' })
  updateMeetingItem(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('id', () => ID, { description: '标识 Id' }) id: string,
    @Arg('input', () => UpdateMeetingItemInput, { description: '修改内容 Changes' }) input: UpdateMeetingItemInput,
  ) {
    const iid = parseId(id);
    const data = toMeetingItemData(input);
    const { version } = input;
    return ctx.mutate('updateMeetingItem', (s) => s.meetings.updateItem(p, iid, data, version ?? undefined), {
      record: { entity: MeetingItem, id: iid, version },
    });
  }

  @Authorized()
  @Mutation(() => MeetingItem, { description: '销号（须填写说明）Close a problem or difficulty, with a note' })
  closeMeetingItem(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('id', () => ID, { description: '标识 Id' }) id: string,
    @Arg('input', () => CloseMeetingItemInput, { description: '销号 Closing' }) input: CloseMeetingItemInput,
  ) {
    const iid = parseId(id);
    return ctx.mutate('closeMeetingItem', (s) => s.meetings.closeItem(p, iid, input.note, input.evidenceFileIds), {
      record: { entity: MeetingItem, id: iid },
    });
  }

  @Authorized()
  @Mutation(() => MeetingItem, { description: '重新打开已销号事项（计次）Reopen a closed item (counted)' })
  reopenMeetingItem(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('id', () => ID, { description: '标识 Id' }) id: string,
    @Arg('note', { description: '原因 Why' }) note: string,
  ) {
    const iid = parseId(id);
    return ctx.mutate('reopenMeetingItem', (s) => s.meetings.reopenItem(p, iid, note), {
      record: { entity: MeetingItem, id: iid },
    });
  }

  @Authorized()
  @Mutation(() => MeetingItem, {
    description: '转为本单位年度创建规划的任务 Turn the item into a task of the unit’s plan for the year',
  })
  meetingItemToPlanItem(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('id', () => ID, { description: '标识 Id' }) id: string,
  ) {
    const iid = parseId(id);
    return ctx.mutate('meetingItemToPlanItem', (s) => s.meetings.toPlanItem(p, iid), {
      record: { entity: MeetingItem, id: iid },
    });
  }

  @FieldResolver(() => ID, { description: '会议标识 Meeting id' })
  meetingId(@Root() i: MeetingItem) {
    return i.meeting.id;
  }

  @FieldResolver(() => Unit, { description: '单位 Unit' })
  unit(@Root() i: MeetingItem, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(i.unit.id);
  }

  @FieldResolver(() => Unit, { nullable: true, description: '责任单位 Responsible unit' })
  ownerUnit(@Root() i: MeetingItem, @Ctx() ctx: Context) {
    return i.ownerUnit ? ctx.loaders.unit.load(i.ownerUnit.id) : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: '责任人 Responsible person' })
  ownerPerson(@Root() i: MeetingItem, @Ctx() ctx: Context) {
    return i.ownerPerson ? ctx.loaders.person.load(i.ownerPerson.id) : null;
  }

  @FieldResolver(() => Boolean, { description: '逾期（未销号且已过截止日期）Overdue: open past its deadline' })
  overdue(@Root() i: MeetingItem, @Ctx() ctx: Context) {
    return ctx.services.meetings.isOverdue(i);
  }

  @FieldResolver(() => [MeetingItem], { description: '所解决的问题 Problems this answers' })
  async answers(@Root() i: MeetingItem, @Ctx() ctx: Context) {
    return (await ctx.loaders.meetingItem.loadMany(i.answersIds)).filter(
      (x): x is MeetingItem => x instanceof MeetingItem,
    );
  }

  @FieldResolver(() => ID, { nullable: true, description: '转成的规划任务 Plan item it became' })
  planItemId(@Root() i: MeetingItem) {
    return i.planItemId;
  }

  @FieldResolver(() => [MeetingItemEvent], { description: '记录 History' })
  events(@Root() i: MeetingItem, @Ctx() ctx: Context) {
    return ctx.loaders.meetingItemEvents.load(i.id);
  }

  @FieldResolver(() => [StoredFile], { description: '销号佐证 Evidence' })
  evidence(@Root() i: MeetingItem, @Ctx() ctx: Context) {
    return ctx.loaders.evidence.load(`MeetingItem:${i.id}`);
  }
}
