/** 学讲评 figures in campaignStats: the subtree sums of fs_meetings_figures, rates computed here. */
import { Field, FieldResolver, Float, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { StatsFigures } from '../stats/public';

@ObjectType({ description: '学讲评 figures (evidence for 支部过硬星)' })
export class MeetingFigures {
  @Field(() => Int, { description: '当年已召开会议数 Meetings held in the year' }) held!: number;
  @Field(() => Float, {
    description: '支部月均会议数（会议数 ÷ 支部数 ÷ 已过月数）Meetings per branch per month',
  })
  perUnitPerMonth!: number;
  @Field(() => Int, { description: '有会议的单位·月数 Unit-months with a meeting' }) unitMonths!: number;
  @Field(() => Float, { description: '按月开会覆盖率（0–1）Share of branch-months with a meeting' })
  monthlyCoverage!: number;
  @Field(() => Int, { description: '问题、困难：未销号 Problems and difficulties open' }) itemsOpen!: number;
  @Field(() => Int, { description: '其中逾期 Of which overdue' }) itemsOverdue!: number;
  @Field(() => Int, { description: '已销号 Closed' }) itemsClosed!: number;
  @Field(() => Int, { description: '重新打开次数 Times reopened' }) itemsReopened!: number;
  @Field(() => Float, { description: '销号率（0–1）Closure rate: closed ÷ (open + closed)' }) closureRate!: number;
}

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 10_000) / 10_000 : 0);

export function meetingFiguresOf(x: Record<string, number>): MeetingFigures {
  const n = (k: string) => x[`meetings_${k}`] ?? 0;
  const slots = n('month_slots');
  return {
    held: n('held'),
    perUnitPerMonth: ratio(n('held'), slots),
    unitMonths: n('unit_months'),
    monthlyCoverage: ratio(n('unit_months'), slots),
    itemsOpen: n('items_open'),
    itemsOverdue: n('items_overdue'),
    itemsClosed: n('items_closed'),
    itemsReopened: n('items_reopened'),
    closureRate: ratio(n('items_closed'), n('items_open') + n('items_closed')),
  };
}

@Resolver(() => StatsFigures)
export class MeetingFiguresResolver {
  @FieldResolver(() => MeetingFigures, { description: '学讲评 Meetings and their lists' })
  meetings(@Root() f: StatsFigures): MeetingFigures {
    return meetingFiguresOf(f.extra);
  }
}
