/** GraphQL types that are not tables: the public tracking view, the rates, monthly counts. */
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { rate, type RateCounts } from './rates.service';
import { ResidentAction, ResidentCategory, ResidentEvaluation, ResidentStage } from './residents.enums';

@ObjectType({ description: '三率 The three rates of a set of requests, with the counts behind them' })
export class ResidentRateFigures {
  @Field(() => Int, { description: '诉求总数（不含合并）Requests (merged duplicates left out)' }) total!: number;
  @Field(() => Int, { description: '按时响应数 Fed back within the deadline' }) respondedOnTime!: number;
  @Field(() => Int, { description: '已解决数（已反馈或已办结）Resolved: fed back or closed' }) resolved!: number;
  @Field(() => Int, { description: '已评价数 Evaluated' }) evaluated!: number;
  @Field(() => Int, { description: '满意数（满意与基本满意）Satisfied or basically satisfied' }) satisfied!: number;
  @Field(() => Int, { description: '超期未反馈数 Overdue: past the deadline, not yet fed back' }) overdue!: number;

  @Field(() => Float, { nullable: true, description: '响应率 Response rate: on time / total' })
  get responseRate(): number | null {
    return rate(this.respondedOnTime, this.total);
  }
  @Field(() => Float, { nullable: true, description: '解决率 Resolution rate: resolved / total' })
  get resolutionRate(): number | null {
    return rate(this.resolved, this.total);
  }
  @Field(() => Float, { nullable: true, description: '满意率 Satisfaction rate: satisfied / evaluated' })
  get satisfactionRate(): number | null {
    return rate(this.satisfied, this.evaluated);
  }

  static of(c: RateCounts): ResidentRateFigures {
    return Object.assign(new ResidentRateFigures(), {
      total: c.total,
      respondedOnTime: c.respondedOnTime,
      resolved: c.resolved,
      evaluated: c.evaluated,
      satisfied: c.satisfied,
      overdue: c.overdue,
    });
  }
}

@ObjectType({ description: '一个单元的三率 The rates of one unit’s subtree' })
export class ResidentUnitRates {
  @Field(() => ID, { description: '单元 Unit id' }) unitId!: string;
  @Field({ description: '单元名称 Unit name' }) unitName!: string;
  @Field({ description: '层级 Level' }) level!: string;
  @Field(() => ResidentRateFigures, { description: '数字 Figures' }) figures!: ResidentRateFigures;
}

@ObjectType({ description: '某月的三率 The rates of requests received in one month' })
export class ResidentMonthRates {
  @Field({ description: '月份 Month (YYYY-MM)' }) month!: string;
  @Field(() => ResidentRateFigures, { description: '数字 Figures' }) figures!: ResidentRateFigures;
}

@ObjectType({ description: '民情三率：本级、下级（下钻）、月度趋势 Rates: the unit, its children, the monthly trend' })
export class ResidentRates {
  @Field(() => ResidentUnitRates, { description: '本级（含下级）The unit with its subtree' }) unit!: ResidentUnitRates;
  @Field(() => [ResidentUnitRates], { description: '各下级 Each child unit (drill down)' })
  byChild!: ResidentUnitRates[];
  @Field(() => [ResidentMonthRates], { description: '月度趋势 By month received' }) byMonth!: ResidentMonthRates[];
}

@ObjectType({ description: '公开的办理进度 A step as the resident sees it' })
export class ResidentTrackingStep {
  @Field(() => ResidentAction, { description: '动作 Action' }) action!: ResidentAction;
  @Field(() => ResidentStage, { description: '环节 Stage after it' }) toStage!: ResidentStage;
  @Field(() => Date, { description: '时间 At' }) at!: Date;
}

@ObjectType({
  description: '凭查询码查看的诉求（个人信息已脱敏）A request seen with its tracking code: personal data masked',
})
export class ResidentRequestTracking {
  @Field({ description: '查询码 Tracking code' }) trackingCode!: string;
  @Field({ description: '标题 Title' }) title!: string;
  @Field(() => ResidentCategory, { description: '类别 Category' }) category!: ResidentCategory;
  @Field(() => ResidentStage, { description: '环节 Stage' }) stage!: ResidentStage;
  @Field({ description: '办理单位 Unit handling it' }) unitName!: string;
  @Field(() => Date, { description: '收到时间 Received at' }) receivedAt!: Date;
  @Field(() => String, { nullable: true, description: '办理时限 Deadline' }) deadline!: string | null;
  @Field(() => String, { nullable: true, description: '办理情况 What was done' }) feedback!: string | null;
  @Field(() => ResidentEvaluation, { nullable: true, description: '评价 Evaluation' })
  evaluation!: ResidentEvaluation | null;
  @Field(() => Boolean, { description: '可以评价 Waiting for the evaluation' }) canEvaluate!: boolean;
  @Field(() => String, { nullable: true, description: '姓名（脱敏）Name, masked' }) residentName!: string | null;
  @Field(() => String, { nullable: true, description: '电话（脱敏）Phone, masked' }) phone!: string | null;
  @Field(() => [ResidentTrackingStep], { description: '进度 Steps' }) steps!: ResidentTrackingStep[];
}

@ObjectType({ description: '某月活动统计 Activities of one month' })
export class CommunityActivityMonth {
  @Field({ description: '月份 Month (YYYY-MM)' }) month!: string;
  @Field(() => Int, { description: '活动次数 Activities' }) activities!: number;
  @Field(() => Int, { description: '参与人次 Participants' }) participants!: number;
  @Field(() => Int, { description: '服务居民人次 Residents reached' }) residentsReached!: number;
}
