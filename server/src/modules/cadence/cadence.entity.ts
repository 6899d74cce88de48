import { Collection, Entity, Enum, ManyToOne, OneToMany, Property, Unique, Opt, Rel } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { BaseEntity } from '../../common/base.entity';
import { Unit } from '../org/public';
import { MissingComponentRule } from './cadence.enums';

@ObjectType({ description: '报告数据项 A figure of a daily report' })
export class ReportFigure {
  @Field({ description: '名称 Label' }) label!: string;
  @Field(() => Float, { description: '数值 Value' }) value!: number;
}

/** 每日一报告: one per unit per day; editing the same day updates it. */
@ObjectType({ description: '每日报告 Daily report of a branch or township (one per unit per day)' })
@Entity({ tableName: 'daily_report' })
@Unique({ properties: ['unit', 'reportDate'] })
export class DailyReport extends BaseEntity {
  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  unit!: Rel<Unit>;

  @Field({ description: '日期 Date (YYYY-MM-DD, Asia/Shanghai)' })
  @Property({ type: 'date', index: true })
  reportDate!: string;

  @Field({ description: '今日完成 Done today' })
  @Property({ type: 'text' })
  doneToday!: string;

  @Field(() => [ReportFigure], { description: '数据 Figures' })
  @Property({ type: 'jsonb', default: '[]' })
  figures: Opt<ReportFigure[]> = [];

  @Field(() => String, { nullable: true, description: '困难问题 Blockers' })
  @Property({ type: 'text', nullable: true })
  blockers: string | null = null;

  @Property({ type: 'integer' })
  reporterId!: number;

  @Field({ description: '报告人 Reported by' })
  @Property({ length: 60 })
  reporterName!: string;
}

/** 每月一观摩: a tour with the units visited, participants, and a score + comment per visited unit. */
@ObjectType({ description: '月度观摩 Monthly observation tour' })
@Entity({ tableName: 'monthly_observation' })
export class MonthlyObservation extends BaseEntity {
  @ManyToOne(() => Unit, { deleteRule: 'restrict', index: true })
  organizerUnit!: Rel<Unit>;

  @Field({ description: '观摩日期 Held on (YYYY-MM-DD)' })
  @Property({ type: 'date', index: true })
  heldOn!: string;

  @Field({ description: '主题 Title' })
  @Property({ length: 200 })
  title!: string;

  @Field(() => [String], { description: '参加人员 Participants' })
  @Property({ type: 'text[]', default: '{}' })
  participants: Opt<string[]> = [];

  @Field(() => String, { nullable: true, description: '备注 Note' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @OneToMany(() => ObservationVisit, (v) => v.observation)
  visits = new Collection<ObservationVisit>(this);

  auditPlacement() {
    return { scopePath: this.organizerUnit?.path ?? null, visibilityRef: null };
  }
}

@ObjectType({ description: '观摩点评分 Score and comment for one visited unit' })
@Entity({ tableName: 'observation_visit' })
@Unique({ properties: ['observation', 'unit'] })
export class ObservationVisit {
  @Field(() => ID, { description: '标识 Id' })
  @Property({ type: 'integer', primary: true, autoincrement: true })
  id!: number;

  @ManyToOne(() => MonthlyObservation, { deleteRule: 'cascade', index: true })
  observation!: Rel<MonthlyObservation>;

  @ManyToOne(() => Unit, { deleteRule: 'restrict', index: true })
  unit!: Rel<Unit>;

  @Field(() => Float, { description: '得分 0–100 Score' })
  @Property({ type: 'double' })
  score!: number;

  @Field(() => String, { nullable: true, description: '点评 Comment' })
  @Property({ type: 'text', nullable: true })
  comment: string | null = null;

  auditPlacement() {
    return { scopePath: this.unit?.path ?? null, visibilityRef: null };
  }
}

/** 评比权重: per district, set by its admins. */
@ObjectType({ description: '季度评比权重 Weights of the quarterly appraisal (per district)' })
@Entity({ tableName: 'appraisal_weights' })
export class AppraisalWeights extends BaseEntity {
  @ManyToOne(() => Unit, { deleteRule: 'restrict', unique: true })
  district!: Rel<Unit>;

  @Field(() => Float, { description: '任务完成率权重 Plan completion' })
  @Property({ type: 'double' })
  planCompletion!: number;
  @Field(() => Float, { description: '暗访得分权重 Spot-check score' })
  @Property({ type: 'double' })
  spotCheck!: number;
  @Field(() => Float, { description: '整改销号率权重 Rectification closure' })
  @Property({ type: 'double' })
  rectificationClosure!: number;
  @Field(() => Float, { description: '整改及时率权重 Rectification timeliness' })
  @Property({ type: 'double' })
  rectificationTimeliness!: number;
  @Field(() => Float, { description: '观摩得分权重 Tour score' }) @Property({ type: 'double' }) tour!: number;
  // Default 0: the ranking stays what it was until a district gives the tests weight.
  @Field(() => Float, { description: '测试参考率权重（默认 0）Knowledge-test participation, default 0' })
  @Property({ type: 'double', default: 0 })
  training: Opt<number> = 0;

  @Field(() => MissingComponentRule, {
    description: '缺项规则：缺项不计（放大其余权重）或按 0 分计 A component without data: left out (rescaled) or 0',
  })
  @Enum({ items: () => MissingComponentRule, default: MissingComponentRule.RESCALE })
  missingComponents: Opt<MissingComponentRule> = MissingComponentRule.RESCALE;
}

/** A published (frozen) quarterly appraisal of the children of one unit. */
@ObjectType({ description: '已发布的季度评比 Published quarterly appraisal (frozen)' })
@Entity({ tableName: 'quarterly_appraisal' })
@Unique({ properties: ['unit', 'year', 'quarter'] })
export class QuarterlyAppraisal extends BaseEntity {
  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  unit!: Rel<Unit>;

  @Field(() => Int, { description: '年度 Year' }) @Property() year!: number;
  @Field(() => Int, { description: '季度 1–4 Quarter' }) @Property({ type: 'smallint' }) quarter!: number;
  @Field(() => Date, { description: '发布时间 Published at' }) @Property({ type: 'timestamptz' }) publishedAt!: Date;
  @Property({ type: 'integer' }) publishedById!: number;
  @Field(() => GraphQLJSON, { description: '发布时使用的权重 Weights used' })
  @Property({ type: 'jsonb' })
  weights!: Record<string, number>;

  /** The rule in force when it was published (appraisals published before the setting existed rescaled). */
  @Enum({ items: () => MissingComponentRule, default: MissingComponentRule.RESCALE })
  missingComponents: Opt<MissingComponentRule> = MissingComponentRule.RESCALE;
}

/** One ranked unit of a published appraisal, with its component scores. */
@Entity({ tableName: 'quarterly_appraisal_row' })
@Unique({ properties: ['appraisal', 'unit'] })
export class QuarterlyAppraisalRow {
  @Property({ type: 'integer', primary: true, autoincrement: true }) id!: number;
  @ManyToOne(() => QuarterlyAppraisal, { deleteRule: 'cascade', index: true }) appraisal!: Rel<QuarterlyAppraisal>;
  @ManyToOne(() => Unit, { deleteRule: 'restrict' }) unit!: Rel<Unit>;
  @Property({ type: 'integer' }) rank!: number;
  @Property({ type: 'double' }) score!: number;
  @Property({ type: 'double', nullable: true }) planCompletion: number | null = null;
  @Property({ type: 'double', nullable: true }) spotCheck: number | null = null;
  @Property({ type: 'double', nullable: true }) rectificationClosure: number | null = null;
  @Property({ type: 'double', nullable: true }) rectificationTimeliness: number | null = null;
  @Property({ type: 'double', nullable: true }) tour: number | null = null;
  @Property({ type: 'double', nullable: true }) training: number | null = null;

  auditPlacement() {
    return { scopePath: null, visibilityRef: null };
  }
}
