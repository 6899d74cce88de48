import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum StatsMetric {
  AVERAGE_LEVEL = 'AVERAGE_LEVEL',
  THREE_STAR_SHARE = 'THREE_STAR_SHARE',
  FOUR_STAR_COUNT = 'FOUR_STAR_COUNT',
  FIVE_STAR_COUNT = 'FIVE_STAR_COUNT',
  KEY_TASK_COMPLETION = 'KEY_TASK_COMPLETION',
  SPOT_CHECKS_COMPLETED = 'SPOT_CHECKS_COMPLETED',
  RECTIFICATION_CLOSURE = 'RECTIFICATION_CLOSURE',
  DAILY_REPORT_RATE = 'DAILY_REPORT_RATE',
}
registerEnumType(StatsMetric, {
  name: 'StatsMetric',
  description: '趋势指标 A metric of the trend series',
  valuesConfig: {
    AVERAGE_LEVEL: { description: '平均星级（期末）Average star level of the branches at the period end' },
    THREE_STAR_SHARE: {
      description: '三星及以上占比（期末）Share of branches at three stars or more at the period end',
    },
    FOUR_STAR_COUNT: { description: '四星及以上支部数（期末）Branches at four stars or more at the period end' },
    FIVE_STAR_COUNT: { description: '五星支部数（期末）Five-star branches at the period end' },
    KEY_TASK_COMPLETION: {
      description: '重点任务完成率（期末，当年计划）Share of the year’s plan items completed by the period end',
    },
    SPOT_CHECKS_COMPLETED: { description: '期内完成的暗访督导次数 Spot checks completed within the period' },
    RECTIFICATION_CLOSURE: {
      description: '整改销号率（期末）Share of rectifications assigned by the period end that were closed by then',
    },
    DAILY_REPORT_RATE: { description: '期内日报提交率 Share of expected daily reports submitted within the period' },
  },
});

export enum TrendInterval {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
}
registerEnumType(TrendInterval, {
  name: 'TrendInterval',
  description: '趋势的时间粒度 Period length of a trend series',
  valuesConfig: { MONTH: { description: '按月 Monthly' }, QUARTER: { description: '按季度 Quarterly' } },
});

@ObjectType({ description: '星级分布中的一档 Branches at one star level' })
export class LevelCount {
  @Field(() => Int, { description: '星级 0–5 Star level 0–5' }) level!: number;
  @Field(() => Int, { description: '支部数 Number of branches' }) branches!: number;
}

@ObjectType({ description: '持有某颗星的支部数 Branches holding one star' })
export class StarHolderCount {
  @Field({ description: '星的编码 Star code' }) starCode!: string;
  @Field({ description: '星的名称 Star name' }) starName!: string;
  @Field(() => Int, { description: '持有该星的支部数 Branches holding it' }) branches!: number;
}

@ObjectType({ description: '重点任务完成情况（当年计划事项）Key-task completion: items of the year’s plans' })
export class KeyTaskFigures {
  @Field(() => Int, { description: '计划事项数 Plan items' }) total!: number;
  @Field(() => Int, { description: '已完成 Done' }) done!: number;
  @Field(() => Float, {
    nullable: true,
    description: '完成率 0–1（无事项时为空）Completion rate 0–1; null without items',
  })
  completionRate!: number | null;
  @Field(() => Int, { description: '逾期未完成 Overdue: deadline passed and not done' }) overdue!: number;
}

@ObjectType({ description: '问题按严重程度 Findings by severity (completed spot checks)' })
export class FindingFigures {
  @Field(() => Int, { description: '一般 Minor' }) minor!: number;
  @Field(() => Int, { description: '较重 Major' }) major!: number;
  @Field(() => Int, { description: '严重 Critical' }) critical!: number;
  @Field(() => Int, { description: '合计 Total' }) total!: number;
}

@ObjectType({ description: '整改情况 Rectifications (of completed spot checks, assigned this year)' })
export class RectificationFigures {
  @Field(() => Int, { description: '整改事项 Rectifications' }) total!: number;
  @Field(() => Int, { description: '已销号 Closed' }) closed!: number;
  @Field(() => Float, {
    nullable: true,
    description: '销号率 0–1（无事项时为空）Closure rate 0–1; null without rectifications',
  })
  closureRate!: number | null;
  @Field(() => Int, {
    description:
      '期限已过且未销号（含已提交待验收的）Deadline passed and not closed, those waiting for verification included',
  })
  overdue!: number;
  @Field(() => Int, {
    description:
      '逾期未提交：期限已过仍未提交整改（责任单位的逾期）Late: deadline passed and still not submitted — the responsible unit’s lateness',
  })
  late!: number;
  @Field(() => Int, {
    description: '已提交待督导组验收 Submitted, waiting for the team’s verification (the team’s queue)',
  })
  awaitingVerification!: number;
}

@ObjectType({ description: '日报提交（截至统计日的 7 天）Daily reports in the 7 days ending on the statistics date' })
export class DailyReportFigures {
  @Field(() => Int, { description: '已提交 Submitted' }) submitted!: number;
  @Field(() => Int, {
    description: '应提交（支部与乡镇级单位每天一份）Expected: one a day per branch and township-level unit',
  })
  expected!: number;
  @Field(() => Float, { nullable: true, description: '提交率 0–1 Submission rate 0–1' }) rate!: number | null;
}

@ObjectType({ description: '一组统计数字（一个单元及其下级）The figures of one unit’s subtree' })
export class StatsFigures {
  @Field(() => Int, { description: '支部数 Branches' }) branches!: number;
  @Field(() => [LevelCount], { description: '星级分布 0–5 Distribution of star levels 0–5' })
  levelDistribution!: LevelCount[];
  @Field(() => [StarHolderCount], { description: '各星持有支部数 Branches holding each star' })
  starHolders!: StarHolderCount[];
  @Field(() => Float, {
    nullable: true,
    description: '三星成片：三星及以上支部占比 0–1 Share of branches at three stars or more',
  })
  threeStarShare!: number | null;
  @Field(() => Int, { description: '四星倍增：四星及以上支部数 Branches at four stars or more' }) fourStar!: number;
  @Field(() => Int, { description: '上年末四星及以上支部数 The same at the end of last year' })
  fourStarLastYear!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      '四星及以上支部数与上年末之比（上年为 0 时为空）Four-star count against last year’s; null when last year had none',
  })
  fourStarRatio!: number | null;
  @Field(() => Int, { description: '五星涌现：五星支部数 Five-star branches' }) fiveStar!: number;
  @Field(() => Int, { description: '今年新增五星支部 New five-star branches this year' }) newFiveStar!: number;
  @Field(() => KeyTaskFigures, { description: '重点任务 Key tasks (plan items)' }) keyTasks!: KeyTaskFigures;
  @Field(() => Int, { description: '本季度完成的暗访督导 Spot checks completed this quarter' })
  spotChecksThisQuarter!: number;
  @Field(() => FindingFigures, { description: '发现问题（当年）Findings recorded in the year' })
  findings!: FindingFigures;
  @Field(() => FindingFigures, {
    description: '本季度完成的暗访发现的问题 Findings of the spot checks completed this quarter',
  })
  findingsThisQuarter!: FindingFigures;
  @Field(() => RectificationFigures, { description: '整改 Rectifications' }) rectifications!: RectificationFigures;
  @Field(() => DailyReportFigures, { description: '日报 Daily reports' }) dailyReports!: DailyReportFigures;
  /**
   * Not a GraphQL field: the subtree sums of the figures modules contribute (their registered
   * fs_<module>_figures columns; a missing key is 0). A module exposes its own with a field resolver
   * on StatsFigures (see public.ts).
   */
  extra!: Record<string, number>;
}

@ObjectType({ description: '下级单元的统计 One child unit’s figures' })
export class ChildStats {
  @Field(() => ID, { description: '下级单元标识 Child unit id' }) unitId!: string;
  @Field({ description: '下级单元名称 Child unit name' }) unitName!: string;
  @Field({ description: '下级单元层级 Child unit level' }) unitLevel!: string;
  @Field(() => StatsFigures, { description: '统计数字 Figures' }) figures!: StatsFigures;
}

@ObjectType({ description: '创建工作统计 Campaign statistics of a unit and each child unit' })
export class CampaignStats {
  @Field(() => ID, { description: '单元标识 Unit id' }) unitId!: string;
  @Field({ description: '单元名称 Unit name' }) unitName!: string;
  @Field(() => Int, { description: '年度 Year' }) year!: number;
  @Field({
    description:
      '统计日期（当年为今天，往年为 12 月 31 日）Statistics date: today for this year, 31 December for past years',
  })
  asOf!: string;
  @Field(() => StatsFigures, { description: '本单元及全部下级 The unit and everything below it' })
  figures!: StatsFigures;
  @Field(() => [ChildStats], { description: '逐个下级单元（区 → 乡镇 → 支部下钻）Each child unit, for drill-down' })
  byChild!: ChildStats[];
}

@ObjectType({ description: '趋势中的一个时段 One period of a trend series' })
export class TrendPoint {
  @Field({ description: '时段开始 Period start (YYYY-MM-DD)' }) periodStart!: string;
  @Field({ description: '时段结束（取值日）Period end, the day the value describes' }) periodEnd!: string;
  @Field(() => Float, {
    nullable: true,
    description: '取值（比率为 0–1；无数据时为空）Value; rates are 0–1; null without data',
  })
  value!: number | null;
}
