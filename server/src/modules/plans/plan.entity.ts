import { Check, Entity, Enum, Index, ManyToOne, Property, Unique, Opt, Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Person, Unit, StarType } from '../org/public';
import { KeyTask } from '../stars/public';
import { PlanItemStatus, PlanLevel, PlanStarIntent } from './plans.enums';

/** 创建规划: one plan per unit and year, at district, township or branch level. */
@ObjectType({ description: '创建规划 Creation plan of a unit for a year' })
@Entity({ tableName: 'plan' })
@Unique({ properties: ['unit', 'year'] })
export class Plan extends BaseEntity {
  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  unit!: Rel<Unit>;

  @Field(() => Int, { description: '年度 Year' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => PlanLevel, { description: '层级 Level' })
  @Enum({ items: () => PlanLevel })
  level!: PlanLevel;

  @Field({ description: '标题 Title' })
  @Property({ length: 200 })
  title!: string;

  @Field(() => String, { nullable: true, description: '说明（目标、措施）Notes: goals and measures' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}

/** A task of a plan, with a responsible unit and person, a deadline and milestones scheduled backwards (倒排工期). */
@ObjectType({ description: '规划任务 Plan item' })
@Entity({ tableName: 'plan_item' })
@Check({ name: 'plan_item_progress', expression: '(progress >= 0) AND (progress <= 100)' })
@Index({ properties: ['plan', 'deadline'] })
@Index({ properties: ['unit', 'status'] })
export class PlanItem extends BaseEntity {
  @ManyToOne(() => Plan, { deleteRule: 'restrict' })
  plan!: Rel<Plan>;

  /** Responsible unit. */
  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  unit!: Rel<Unit>;

  @ManyToOne(() => KeyTask, { nullable: true, deleteRule: 'restrict' })
  keyTask: Rel<KeyTask> | null = null;

  @ManyToOne(() => Person, { nullable: true, deleteRule: 'restrict' })
  responsiblePerson: Rel<Person> | null = null;

  @Field({ description: '任务 Title' })
  @Property({ length: 200 })
  title!: string;

  @Field(() => String, { nullable: true, description: '说明 Description' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => String, { description: '截止日期 Deadline (YYYY-MM-DD, Asia/Shanghai)' })
  @Property({ type: 'date' })
  deadline!: string;

  @Field(() => PlanItemStatus, { description: '状态 Status' })
  @Enum({ items: () => PlanItemStatus, default: PlanItemStatus.NOT_STARTED })
  status: Opt<PlanItemStatus> = PlanItemStatus.NOT_STARTED;

  @Field(() => Int, { description: '进度（0–100）Progress, percent' })
  @Property({ type: 'integer', default: 0 })
  progress: Opt<number> = 0;

  @Field(() => Date, { nullable: true, description: '完成时间 Completed at (set when DONE)' })
  @Property({ type: 'timestamptz', nullable: true })
  completedAt: Date | null = null;

  @Field(() => Int, { description: '排序 Order' })
  @Property({ default: 0 })
  sortOrder: Opt<number> = 0;
}

/** 倒排工期: milestone dates scheduled backwards from the item's deadline; editable. */
@ObjectType({ description: '节点（倒排工期）Milestone of a plan item' })
@Entity({ tableName: 'plan_milestone' })
@Index({ properties: ['item', 'dueDate'] })
export class PlanMilestone extends BaseEntity {
  @ManyToOne(() => PlanItem, { deleteRule: 'cascade' })
  item!: Rel<PlanItem>;

  @Field({ description: '节点名称 Title' })
  @Property({ length: 200 })
  title!: string;

  @Field(() => String, { description: '节点日期 Due date (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  dueDate!: string;

  @Field(() => String, { nullable: true, description: '完成日期 Done on (YYYY-MM-DD)' })
  @Property({ type: 'date', nullable: true })
  doneOn: string | null = null;

  @Field(() => Int, { description: '排序 Order' })
  @Property({ default: 0 })
  sortOrder: Opt<number> = 0;
}

/** A branch plan's stars: held and to keep (保), target (冲), stretch (争); each with its owner (包星). */
@ObjectType({ description: '规划星目标（保/冲/争）Star goal of a branch plan' })
@Entity({ tableName: 'plan_star' })
@Unique({ properties: ['plan', 'starType'] })
export class PlanStar extends BaseEntity {
  @ManyToOne(() => Plan, { deleteRule: 'cascade' })
  plan!: Rel<Plan>;

  @ManyToOne(() => StarType, { deleteRule: 'restrict' })
  starType!: Rel<StarType>;

  @Field(() => PlanStarIntent, { description: '目标类型 Intent' })
  @Enum({ items: () => PlanStarIntent })
  intent!: PlanStarIntent;

  @ManyToOne(() => Person, { nullable: true, deleteRule: 'restrict' })
  owner: Rel<Person> | null = null;
}
