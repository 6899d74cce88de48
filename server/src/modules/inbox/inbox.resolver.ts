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
import { CurrentPrincipal, IdArg } from '../../graphql/decorators';
import type { Principal } from '../../common/principal';
import type { Context } from '../../graphql/context';
import { parseIds } from '../../common/ids';
import { ListArgs } from '../../graphql/pagination';
import { NotificationStep, ReminderKind } from './inbox.enums';
import { ReminderRuleInput } from './inbox.inputs';
import { ReminderRule } from './reminder-rule.entity';

@ObjectType({ description: '待办类别及数量 A kind of to-do and how many' })
class TaskKindCount {
  @Field(() => String, { description: '类别代码 Kind code, e.g. RECTIFICATION_SUBMIT' }) kind!: string;
  @Field(() => String, { description: '名称（中文）Label, Chinese' }) label!: string;
  @Field(() => String, { description: '名称（英文）Label, English' }) labelEn!: string;
  @Field(() => Int, { description: '数量 How many' }) count!: number;
}

@ObjectType({ description: '一条待办 One thing awaiting your action' })
class TaskItem {
  @Field(() => String, { description: '类别代码 Kind code' }) kind!: string;
  @Field(() => String, { description: '记录类型 Record type, e.g. Rectification' }) recordType!: string;
  @Field(() => ID, { description: '记录标识 Record id' }) recordId!: number;
  @Field(() => ID, { description: '所属单元 Unit' }) unitId!: number;
  @Field(() => String, { description: '标题 Title' }) title!: string;
  @Field(() => String, { nullable: true, description: '期限（YYYY-MM-DD）Due date' }) due!: string | null;
  @Field(() => String, { description: '控制台链接 Console path of the record, e.g. /rectifications/12/show' })
  link!: string;
}

@ObjectType({ description: '我的待办 Everything awaiting the signed-in user now' })
class MyTasks {
  @Field(() => String, { description: '今天（北京时间）Today, Asia/Shanghai' }) today!: string;
  @Field(() => String, { description: '统计到期截止日 Items due on or before this date count as due soon' })
  horizon!: string;
  @Field(() => Int, { description: '总数 Total' }) total!: number;
  @Field(() => [TaskKindCount], { description: '按类别计数 Counts by kind (every kind, zeros included)' })
  kinds!: TaskKindCount[];
  @Field(() => [TaskItem], { description: '最先到期的若干条 The first items, earliest due first' })
  items!: TaskItem[];
}

@ObjectType({ description: '站内通知 In-app notification' })
class Notification {
  @Field(() => ID, { description: '标识 Id' }) id!: string;
  @Field(() => Date, { description: '发送时间 Sent at' }) createdAt!: Date;
  @Field(() => ReminderKind, { description: '规则类别 Rule kind' }) kind!: ReminderKind;
  @Field(() => NotificationStep, { description: '环节 Step' }) step!: NotificationStep;
  @Field(() => String, { description: '记录类型 Record type' }) recordType!: string;
  @Field(() => ID, { description: '记录标识 Record id' }) recordId!: number;
  @Field(() => ID, { description: '所属单元 Unit' }) unitId!: number;
  @Field(() => String, { description: '标题 Title' }) title!: string;
  @Field(() => String, { description: '原因（中文）Why, Chinese' }) reasonZh!: string;
  @Field(() => String, { description: '原因（英文）Why, English' }) reasonEn!: string;
  @Field(() => String, { description: '控制台链接 Console path of the record' }) link!: string;
  @Field(() => Date, { nullable: true, description: '已读时间 Read at (null: unread)' }) readAt!: Date | null;
}

@ObjectType({ description: '我的通知 A page of your notifications' })
class NotificationPage {
  @Field(() => [Notification], { description: '本页 Items' }) items!: Notification[];
  @Field(() => Int, { description: '总数 Total' }) total!: number;
  @Field(() => Int, { description: '未读数 Unread' }) unread!: number;
}

@Resolver()
export class InboxResolver {
  @Authorized()
  @Query(() => MyTasks, { description: '我的待办：现在等我处理的事项，按类别计数 Everything awaiting your action now' })
  myTasks(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('dueWithinDays', () => Int, {
      defaultValue: 7,
      description: '几天内到期的任务和节点计入（0–90）Plan items and milestones due within this many days',
    })
    dueWithinDays: number,
    @Arg('first', () => Int, { defaultValue: 20, description: '最多返回几条 At most this many items (1–100)' })
    first: number,
  ) {
    return ctx.services.inbox.myTasks(p, dueWithinDays, Math.max(1, Math.min(100, first)));
  }

  @Authorized()
  @Query(() => NotificationPage, { description: '我的通知（最新在前）Your notifications, newest first' })
  notifications(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Args() args: ListArgs,
    @Arg('unreadOnly', () => Boolean, { defaultValue: false, description: '只看未读 Unread only' }) unreadOnly: boolean,
  ) {
    return ctx.services.inbox.notifications(p, unreadOnly, args.perPage, (args.page - 1) * args.perPage);
  }

  @Authorized()
  @Query(() => Int, { description: '未读通知数 How many of your notifications are unread' })
  unreadNotificationCount(@Ctx() ctx: Context, @CurrentPrincipal() p: Principal) {
    return ctx.services.inbox.unreadCount(p);
  }

  @Authorized()
  @Mutation(() => Int, {
    description:
      '标记通知已读（不传 ids：全部）Mark your notifications read (all when ids is omitted); returns how many changed',
  })
  markNotificationsRead(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('ids', () => [ID], { nullable: true, description: '通知标识 Notification ids' }) ids?: string[] | null,
  ) {
    const parsed = ids ? parseIds(ids, 'ids') : null;
    return ctx
      .mutate('markNotificationsRead', async (s) => ({ n: await s.inbox.markRead(p, parsed) }), {
        input: { ids: parsed },
      })
      .then((r) => r.n);
  }
}

@Resolver(() => ReminderRule)
export class ReminderRuleResolver {
  @Authorized()
  @Query(() => [ReminderRule], {
    description:
      '本区提醒规则（每类一条，未设置时为默认值）The district reminder rules, one per kind (defaults until set)',
  })
  reminderRules(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg('districtId', '区 District') districtId: number,
  ) {
    return ctx.services.inbox.rules(p, districtId);
  }

  @Authorized()
  @Mutation(() => ReminderRule, { description: '设置提醒规则（区级管理员）Set a reminder rule (district admins)' })
  setReminderRule(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg('districtId', '区 District') districtId: number,
    @Arg('kind', () => ReminderKind, { description: '类别 Kind' }) kind: ReminderKind,
    @Arg('input', () => ReminderRuleInput, { description: '规则 The rule' }) input: ReminderRuleInput,
  ) {
    return ctx.mutate('setReminderRule', (s) =>
      s.inbox.setRule(p, districtId, kind, {
        enabled: input.enabled,
        daysBefore: input.daysBefore,
        atHour: input.atHour,
        townshipAfterDays: input.townshipAfterDays ?? null,
        districtAfterDays: input.districtAfterDays ?? null,
      }),
    );
  }

  @FieldResolver(() => ID, { description: '区标识 District id' })
  districtId(@Root() r: ReminderRule) {
    return r.district.id;
  }
}
