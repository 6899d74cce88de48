import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Float,
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
import { ListArgs, PageType } from '../../graphql/pagination';
import { Unit } from '../org/public';
import { AppraisalWeights, DailyReport, MonthlyObservation, ObservationVisit } from './cadence.entity';
import {
  AppraisalWeightsInput,
  CreateMonthlyObservationInput,
  DailyReportFilterInput,
  MonthlyObservationFilterInput,
  SubmitDailyReportInput,
  toDailyReportFilter,
  toDailyReportSubmit,
  toObservationCreate,
  toObservationFilter,
} from './cadence.inputs';
import type { Ranking } from './cadence.service';
import { AppraisalComponent, MissingComponentRule } from './cadence.enums';

export const DailyReportPage = PageType(DailyReport, 'DailyReportPage', '日报分页 A page of daily reports');
export const MonthlyObservationPage = PageType(
  MonthlyObservation,
  'MonthlyObservationPage',
  '观摩分页 A page of tours',
);

@ObjectType({
  description:
    '评比排名行：各分项得分（0–100，无数据为空）Ranked unit with its component scores (0–100; empty when there is no data)',
})
export class RankingRow {
  @Field(() => ID, { description: '单位标识 Unit id' }) unitId!: number;
  @Field({ description: '单位名称 Unit name' }) unitName!: string;
  @Field(() => Int, { description: '名次 Rank' }) rank!: number;
  @Field(() => Float, { description: '综合得分 Weighted score' }) score!: number;
  @Field(() => Float, { nullable: true, description: '任务完成率 Plan completion %' }) planCompletion!: number | null;
  @Field(() => Float, { nullable: true, description: '暗访得分 Spot-check score' }) spotCheck!: number | null;
  @Field(() => Float, { nullable: true, description: '整改销号率 Rectification closure %' }) rectificationClosure!:
    number | null;
  @Field(() => Float, { nullable: true, description: '整改及时率 Rectification timeliness %' })
  rectificationTimeliness!: number | null;
  @Field(() => Float, { nullable: true, description: '观摩得分 Tour score' }) tour!: number | null;
  @Field(() => Float, { nullable: true, description: '测试参考率 Knowledge-test participation %' }) training!:
    number | null;
  @Field(() => [AppraisalComponent], {
    description: '有数据的分项（覆盖情况）The components this unit had data for (its coverage)',
  })
  coverage!: AppraisalComponent[];
}

@ObjectType({ description: '权重 Weights' })
export class WeightValues {
  @Field(() => Float, { description: '任务完成率 Plan completion' }) planCompletion!: number;
  @Field(() => Float, { description: '暗访得分 Spot-check score' }) spotCheck!: number;
  @Field(() => Float, { description: '整改销号率 Rectification closure' }) rectificationClosure!: number;
  @Field(() => Float, { description: '整改及时率 Rectification timeliness' }) rectificationTimeliness!: number;
  @Field(() => Float, { description: '观摩得分 Tour score' }) tour!: number;
  @Field(() => Float, { description: '测试参考率 Knowledge-test participation' }) training!: number;
}

@ObjectType({ description: "季度评比：下级单位排名 Quarterly ranking of a unit's children" })
export class QuarterlyRanking {
  @Field(() => ID, { description: '标识（单位-年-季度）Id: unit-year-quarter' }) id!: string;
  @Field(() => Unit, { description: '评比单位（其下级参与排名）Unit whose children are ranked' }) unit!: Unit;
  @Field(() => Int, { description: '年度 Year' }) year!: number;
  @Field(() => Int, { description: '季度 Quarter' }) quarter!: number;
  @Field({ description: '已发布（冻结）Published: frozen' }) published!: boolean;
  @Field(() => Date, { nullable: true, description: '发布时间 Published at' }) publishedAt!: Date | null;
  @Field(() => WeightValues, { description: '权重 Weights used' }) weights!: WeightValues;
  @Field(() => MissingComponentRule, {
    description: '缺项规则（本区设置；已发布的为发布时的规则）The rule for components without data (as published)',
  })
  missingComponents!: MissingComponentRule;
  @Field(() => [RankingRow], { description: '排名 Ranked units' }) rows!: RankingRow[];
}

function toRanking(r: Ranking): QuarterlyRanking {
  return Object.assign(new QuarterlyRanking(), {
    id: `${r.unit.id}-${r.year}-${r.quarter}`,
    unit: r.unit,
    year: r.year,
    quarter: r.quarter,
    published: !!r.published,
    publishedAt: r.published?.publishedAt ?? null,
    weights: Object.assign(new WeightValues(), r.weights),
    missingComponents: r.missingComponents,
    rows: r.rows.map((x) => Object.assign(new RankingRow(), x)),
  });
}

@Resolver(() => DailyReport)
export class DailyReportResolver {
  @Authorized()
  @Query(() => DailyReportPage, { description: '每日报告 Daily reports in your scope' })
  dailyReports(
    @Ctx() ctx: Context,
    @CurrentPrincipal() principal: Principal,
    @Args() args: ListArgs,
    @Arg('filter', () => DailyReportFilterInput, { nullable: true, description: '筛选 Filter' })
    filter?: DailyReportFilterInput,
  ) {
    return ctx.services.cadence.listDailyReports(principal, toDailyReportFilter(filter), args);
  }

  @Authorized()
  @Query(() => DailyReport, { description: '每日报告 One daily report' })
  dailyReport(@Ctx() ctx: Context, @CurrentPrincipal() principal: Principal, @IdArg() id: number) {
    return ctx.services.cadence.getDailyReport(principal, id);
  }

  @Authorized()
  @Query(() => [Unit], {
    description:
      "未报送日报的支部和乡镇（该单元之下，含自身）Branches and townships in the unit's subtree with no report that day",
  })
  missingDailyReports(
    @Ctx() ctx: Context,
    @CurrentPrincipal() principal: Principal,
    @IdArg('unitId', '单元 Unit') unitId: number,
    @Arg('date', () => String, { description: '日期 Date (YYYY-MM-DD)' }) date: string,
  ) {
    return ctx.services.cadence.missingDailyReports(principal, unitId, date);
  }

  @Authorized()
  @Mutation(() => DailyReport, {
    description:
      "报送今日报告（支部、乡镇工作人员；同日再报即修改）Submit today's report (branch or township staff; the same day again updates it)",
  })
  submitDailyReport(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('input', () => SubmitDailyReportInput, { description: '报告 Report' }) input: SubmitDailyReportInput,
  ) {
    return ctx.mutate('submitDailyReport', (s) => s.cadence.submitDailyReport(p, toDailyReportSubmit(input)), {
      clientMutationId: input.clientMutationId,
      input,
    });
  }

  @FieldResolver(() => ID, { description: '单位标识 Unit id' })
  unitId(@Root() r: DailyReport) {
    return r.unit.id;
  }

  @FieldResolver(() => Unit, { description: '报告单位 Unit' })
  unit(@Root() r: DailyReport, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(r.unit.id);
  }
}

@Resolver(() => MonthlyObservation)
export class MonthlyObservationResolver {
  @Authorized()
  @Query(() => MonthlyObservationPage, { description: '月度观摩 Monthly observation tours' })
  monthlyObservations(
    @Ctx() ctx: Context,
    @CurrentPrincipal() principal: Principal,
    @Args() args: ListArgs,
    @Arg('filter', () => MonthlyObservationFilterInput, { nullable: true, description: '筛选 Filter' })
    filter?: MonthlyObservationFilterInput,
  ) {
    return ctx.services.cadence.listObservations(principal, toObservationFilter(filter), args);
  }

  @Authorized()
  @Query(() => MonthlyObservation, { description: '月度观摩 One tour' })
  monthlyObservation(@Ctx() ctx: Context, @CurrentPrincipal() principal: Principal, @IdArg() id: number) {
    return ctx.services.cadence.getObservation(principal, id);
  }

  @Authorized()
  @Mutation(() => MonthlyObservation, {
    description: '记录月度观摩（区级管理员、乡镇工作人员）Record a tour (district admins, township staff)',
  })
  createMonthlyObservation(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('input', () => CreateMonthlyObservationInput, { description: '观摩 Tour' })
    input: CreateMonthlyObservationInput,
  ) {
    const data = toObservationCreate(input);
    return ctx.mutate('createMonthlyObservation', (s) => s.cadence.createObservation(p, data), {
      clientMutationId: input.clientMutationId,
      input,
    });
  }

  @FieldResolver(() => ID, { description: '组织单位标识 Organizer unit id' })
  unitId(@Root() o: MonthlyObservation) {
    return o.organizerUnit.id;
  }

  @FieldResolver(() => Unit, { description: '组织单位 Organizer unit' })
  unit(@Root() o: MonthlyObservation, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(o.organizerUnit.id);
  }

  @FieldResolver(() => [ObservationVisit], { description: '观摩点及评分 Visited units with scores' })
  visits(@Root() o: MonthlyObservation, @Ctx() ctx: Context) {
    return ctx.loaders.visitsOfObservation.load(o.id);
  }
}

@Resolver(() => ObservationVisit)
export class ObservationVisitResolver {
  @FieldResolver(() => ID, { description: '单位标识 Unit id' })
  unitId(@Root() v: ObservationVisit) {
    return v.unit.id;
  }

  @FieldResolver(() => Unit, { description: '观摩单位 Visited unit' })
  unit(@Root() v: ObservationVisit, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(v.unit.id);
  }
}

@Resolver(() => AppraisalWeights)
export class AppraisalResolver {
  @Authorized()
  @Query(() => AppraisalWeights, {
    description: "本区评比权重（未设置时为默认值）The district's appraisal weights (defaults until set)",
  })
  appraisalWeights(
    @Ctx() ctx: Context,
    @CurrentPrincipal() principal: Principal,
    @IdArg('districtId', '区 District') districtId: number,
  ) {
    return ctx.services.cadence.appraisalWeights(principal, districtId);
  }

  @Authorized()
  @Mutation(() => AppraisalWeights, {
    description: '设置评比权重（区级管理员）Set the appraisal weights (district admins)',
  })
  setAppraisalWeights(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg('districtId', '区 District') districtId: number,
    @Arg('input', () => AppraisalWeightsInput, { description: '权重 Weights' }) input: AppraisalWeightsInput,
  ) {
    return ctx.mutate('setAppraisalWeights', (s) => s.cadence.setAppraisalWeights(p, districtId, { ...input }));
  }

  @Authorized()
  @Mutation(() => AppraisalWeights, {
    description:
      '设置评比缺项规则（区级管理员）：缺项不计或按 0 分计 Set how the ranking treats a component without data (district admins)',
  })
  setAppraisalRule(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg('districtId', '区 District') districtId: number,
    @Arg('missingComponents', () => MissingComponentRule, { description: '缺项规则 The rule' })
    missingComponents: MissingComponentRule,
  ) {
    return ctx.mutate('setAppraisalRule', (s) => s.cadence.setAppraisalRule(p, districtId, missingComponents), {
      input: { districtId, missingComponents },
    });
  }

  @Authorized()
  @Query(() => QuarterlyRanking, {
    description:
      "季度评比排名（已发布则为冻结结果）Quarterly ranking of the unit's children (the frozen one once published)",
  })
  async quarterlyRanking(
    @Ctx() ctx: Context,
    @CurrentPrincipal() principal: Principal,
    @IdArg('unitId', '单元 Unit') unitId: number,
    @Arg('year', () => Int, { description: '年度 Year' }) year: number,
    @Arg('quarter', () => Int, { description: '季度 1–4 Quarter' }) quarter: number,
  ) {
    return toRanking(await ctx.services.cadence.ranking(principal, unitId, year, quarter));
  }

  @Authorized()
  @Mutation(() => QuarterlyRanking, {
    description:
      '发布季度评比：冻结排名与各分项得分（区级管理员）Publish the quarterly appraisal: freezes ranks and component scores (district admins)',
  })
  async publishQuarterlyAppraisal(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg('unitId', '单元 Unit') unitId: number,
    @Arg('year', () => Int, { description: '年度 Year' }) year: number,
    @Arg('quarter', () => Int, { description: '季度 1–4 Quarter' }) quarter: number,
  ) {
    const id = unitId;
    const r = await ctx.mutate('publishQuarterlyAppraisal', async (s) => {
      await s.cadence.publish(p, id, year, quarter);
      await s.em.flush();
      return s.cadence.ranking(p, id, year, quarter);
    });
    return toRanking(r);
  }

  @FieldResolver(() => ID, { description: '区标识 District id' })
  districtId(@Root() w: AppraisalWeights) {
    return w.district.id;
  }
}
