import { ArrayMaxSize, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { idsOf, parseId } from '../../common/ids';

const CMID =
  '客户端请求标识：重试时使用同一值，只会执行一次 Client-generated id: a retry with the same id returns the first result and writes nothing twice';

@InputType({ description: '报告数据项 A figure' })
export class ReportFigureInput {
  @Field({ description: '名称 Label' }) @MaxLength(60) label!: string;
  @Field(() => Float, { description: '数值 Value' }) @Min(-1e12) @Max(1e12) value!: number;
}

@InputType({ description: "报送今日报告（同日再次报送即修改）Submit today's report (again the same day: it updates)" })
export class SubmitDailyReportInput {
  @Field(() => String, { nullable: true, description: CMID }) @IsOptional() @MaxLength(64) clientMutationId?:
    string | null;
  @Field(() => ID, { description: '报告单位（支部或乡镇）Reporting unit (branch or township)' }) unitId!: string;
  @Field({ description: '今日完成 Done today' }) @MaxLength(4000) doneToday!: string;
  @Field(() => [ReportFigureInput], { nullable: true, description: '数据 Figures' })
  @IsOptional()
  @ArrayMaxSize(30)
  figures?: ReportFigureInput[] | null;
  @Field(() => String, { nullable: true, description: '困难问题 Blockers' }) @IsOptional() @MaxLength(4000) blockers?:
    string | null;
}

@InputType({ description: '日报筛选 Daily report filter' })
export class DailyReportFilterInput {
  @Field(() => ID, { nullable: true, description: "在该单元之下（含）Inside this unit's subtree" }) withinId?:
    string | null;
  @Field(() => String, { nullable: true, description: '日期 Date (YYYY-MM-DD)' }) @IsOptional() @MaxLength(10) date?:
    string | null;
  @Field(() => String, { nullable: true, description: '起始日期 From (YYYY-MM-DD)' })
  @IsOptional()
  @MaxLength(10)
  from?: string | null;
  @Field(() => String, { nullable: true, description: '截止日期 To (YYYY-MM-DD)' }) @IsOptional() @MaxLength(10) to?:
    string | null;
  @Field(() => [ID], { nullable: true, description: '指定标识 Only these ids (at most 100)' })
  @IsOptional()
  @ArrayMaxSize(100)
  ids?: string[] | null;
}

@InputType({ description: '观摩点 A visited unit with its score' })
export class ObservationVisitInput {
  @Field(() => ID, { description: '观摩单位 Visited unit' }) unitId!: string;
  @Field(() => Float, { description: '得分 0–100 Score' }) @Min(0) @Max(100) score!: number;
  @Field(() => String, { nullable: true, description: '点评 Comment' }) @IsOptional() @MaxLength(2000) comment?:
    string | null;
}

@InputType({ description: '新建月度观摩 New monthly observation tour' })
export class CreateMonthlyObservationInput {
  @Field(() => String, { nullable: true, description: CMID }) @IsOptional() @MaxLength(64) clientMutationId?:
    string | null;
  @Field(() => ID, { description: '组织单位 Organizing unit (district or township)' }) unitId!: string;
  @Field({ description: '观摩日期 Held on (YYYY-MM-DD)' }) @MaxLength(10) heldOn!: string;
  @Field({ description: '主题 Title' }) @MaxLength(200) title!: string;
  @Field(() => [String], { nullable: true, description: '参加人员 Participants' })
  @IsOptional()
  @ArrayMaxSize(200)
  participants?: string[] | null;
  @Field(() => String, { nullable: true, description: '备注 Note' }) @IsOptional() @MaxLength(4000) note?:
    string | null;
  @Field(() => [ObservationVisitInput], { description: '观摩点及评分 Visited units with scores' })
  @ArrayMaxSize(100)
  visits!: ObservationVisitInput[];
}

@InputType({ description: '观摩筛选 Tour filter' })
export class MonthlyObservationFilterInput {
  @Field(() => String, { nullable: true, description: '月份 Month (YYYY-MM)' }) @IsOptional() @MaxLength(7) month?:
    string | null;
  @Field(() => [ID], { nullable: true, description: '指定标识 Only these ids (at most 100)' })
  @IsOptional()
  @ArrayMaxSize(100)
  ids?: string[] | null;
}

@InputType({ description: '季度评比权重 Appraisal weights (0–100 each; they are rescaled, need not sum to 100)' })
export class AppraisalWeightsInput {
  @Field(() => Float, { description: '任务完成率 Plan completion' }) @Min(0) @Max(100) planCompletion!: number;
  @Field(() => Float, { description: '暗访得分 Spot-check score' }) @Min(0) @Max(100) spotCheck!: number;
  @Field(() => Float, { description: '整改销号率 Rectification closure' })
  @Min(0)
  @Max(100)
  rectificationClosure!: number;
  @Field(() => Float, { description: '整改及时率 Rectification timeliness' })
  @Min(0)
  @Max(100)
  rectificationTimeliness!: number;
  @Field(() => Float, { description: '观摩得分 Tour score' }) @Min(0) @Max(100) tour!: number;
  @Field(() => Float, {
    nullable: true,
    description: '测试参考率（不填则不变，初始为 0）Knowledge-test participation; unchanged when left out, 0 at first',
  })
  @IsOptional()
  @Min(0)
  @Max(100)
  training?: number | null;
}

// ---- inputs → service data: ids parsed, a malformed one naming its field ------------------------

export function toDailyReportFilter(filter: DailyReportFilterInput | undefined) {
  return {
    ...filter,
    withinId: filter?.withinId ? parseId(filter.withinId, 'filter.withinId') : null,
    ids: idsOf(filter?.ids),
  };
}

export function toDailyReportSubmit(input: SubmitDailyReportInput) {
  return { ...input, unitId: parseId(input.unitId, 'unitId') };
}

export function toObservationFilter(filter: MonthlyObservationFilterInput | undefined) {
  return { month: filter?.month, ids: idsOf(filter?.ids) };
}

export function toObservationCreate(input: CreateMonthlyObservationInput) {
  return {
    ...input,
    unitId: parseId(input.unitId, 'unitId'),
    visits: input.visits.map((v, i) => ({ ...v, unitId: parseId(v.unitId, `visits[${i}].unitId`) })),
  };
}
