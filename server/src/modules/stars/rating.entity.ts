import { Check, Entity, Enum, Index, ManyToOne, Property, Unique, Opt, Rel } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Unit, StarType } from '../org/public';
import { KeyTask } from './key-task.entity';
import {
  type ApplicationAction,
  ApplicationStatus,
  ObjectionStatus,
  ReviewDecision,
  StarEndKind,
} from './rating.enums';

/** A branch's application for one star in one year: the self-assessment and its way through review. */
@ObjectType({ description: '创星申请（自评）Star application: self-assessment and review' })
// One open application per branch, star and year (partial unique index, declared so later migrations keep it).
@Index({
  name: 'star_application_open_unique',
  expression: `create unique index "star_application_open_unique" on "star_application" ("branch_id", "star_type_code", "year") where status in ('SUBMITTED', 'TOWNSHIP_APPROVED', 'TASK_FORCE_APPROVED', 'DECIDED', 'PUBLIC_NOTICE', 'RETURNED')`,
})
@Entity({ tableName: 'star_application' })
@Index({ properties: ['branch', 'starType', 'year'] })
@Index({ properties: ['status'] })
export class StarApplication extends BaseEntity {
  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  branch!: Rel<Unit>;

  @ManyToOne(() => StarType, { deleteRule: 'restrict' })
  starType!: Rel<StarType>;

  @Field(() => Int, { description: '年度 Year' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => ApplicationStatus, { description: '状态 Status' })
  @Enum({ items: () => ApplicationStatus })
  status!: ApplicationStatus;

  @Field(() => Float, { description: '自评总分 Self-assessed total score' })
  @Property({ type: 'double', default: 0 })
  selfScore: Opt<number> = 0;

  @Field(() => Date, { description: '提交时间 Submitted at (latest submission)' })
  @Property({ type: 'timestamptz' })
  submittedAt!: Date;

  @Property({ type: 'integer' })
  submittedById!: number;

  @Field(() => String, { nullable: true, description: '公示开始日期 Public notice starts (YYYY-MM-DD)' })
  @Property({ type: 'date', nullable: true })
  noticeStartsOn: string | null = null;

  @Field(() => String, { nullable: true, description: '公示结束日期（含）Public notice ends, inclusive (YYYY-MM-DD)' })
  @Property({ type: 'date', nullable: true })
  noticeEndsOn: string | null = null;

  @Field(() => Date, { nullable: true, description: '命名时间 Awarded at' })
  @Property({ type: 'timestamptz', nullable: true })
  awardedAt: Date | null = null;

  /** Not a column: computed per request for the current user. */
  allowed?: ApplicationAction[];
}

/** One line of the self-assessment: a key task of the star, met or not, with score, note and evidence. */
@ObjectType({ description: '自评条目 Self-assessment item (one key task)' })
@Entity({ tableName: 'star_application_item' })
@Unique({ properties: ['application', 'keyTask'] })
export class StarApplicationItem extends BaseEntity {
  @ManyToOne(() => StarApplication, { deleteRule: 'cascade' })
  application!: Rel<StarApplication>;

  @ManyToOne(() => KeyTask, { deleteRule: 'restrict' })
  keyTask!: Rel<KeyTask>;

  @Field(() => Boolean, { description: '是否达标 Met' })
  @Property()
  met!: boolean;

  @Field(() => Float, { description: '自评分 Score' })
  @Property({ type: 'double', default: 0 })
  score: Opt<number> = 0;

  @Field(() => String, { nullable: true, description: '说明 Note' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}

/** Every step of an application: who, when, from which state to which, and why. Never updated or deleted. */
@ObjectType({ description: '流转记录 Transition of an application (who, when, comment)' })
@Entity({ tableName: 'star_application_transition' })
@Index({ properties: ['application', 'at'] })
export class StarApplicationTransition extends BaseEntity {
  @ManyToOne(() => StarApplication, { deleteRule: 'restrict' })
  application!: Rel<StarApplication>;

  @Field(() => ApplicationStatus, { nullable: true, description: '原状态 From state (empty for the first submission)' })
  @Enum({ items: () => ApplicationStatus, nullable: true })
  fromStatus: ApplicationStatus | null = null;

  @Field(() => ApplicationStatus, { description: '新状态 To state' })
  @Enum({ items: () => ApplicationStatus })
  toStatus!: ApplicationStatus;

  @Field(() => ReviewDecision, { nullable: true, description: '审核结论 Decision, for reviews' })
  @Enum({ items: () => ReviewDecision, nullable: true })
  decision: ReviewDecision | null = null;

  @Field(() => Int, { nullable: true, description: '操作人用户标识 Acting user id (empty for the scheduled sweep)' })
  @Property({ type: 'integer', nullable: true })
  actorId: number | null = null;

  @Field({ description: '操作人 Acting user name (系统 for the scheduled sweep)' })
  @Property({ length: 100 })
  actorName!: string;

  @Field(() => Date, { description: '时间 When' })
  @Property({ type: 'timestamptz' })
  at!: Date;

  @Field(() => String, { nullable: true, description: '意见 Comment' })
  @Property({ type: 'text', nullable: true })
  comment: string | null = null;
}

/** An objection filed during the public notice period; an upheld one stops the award. */
@ObjectType({ description: '公示异议 Objection filed during public notice' })
@Entity({ tableName: 'star_objection' })
@Index({ properties: ['application', 'status'] })
export class StarObjection extends BaseEntity {
  @ManyToOne(() => StarApplication, { deleteRule: 'restrict' })
  application!: Rel<StarApplication>;

  @Field({ description: '异议内容 Reason' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => Int, { description: '提出人用户标识 Filed by (user id)' })
  @Property({ type: 'integer' })
  filedById!: number;

  @Field({ description: '提出人 Filed by (name)' })
  @Property({ length: 100 })
  filedByName!: string;

  @Field(() => Date, { description: '提出时间 Filed at' })
  @Property({ type: 'timestamptz' })
  filedAt!: Date;

  @Field(() => ObjectionStatus, { description: '状态 Status' })
  @Enum({ items: () => ObjectionStatus, default: ObjectionStatus.OPEN })
  status: Opt<ObjectionStatus> = ObjectionStatus.OPEN;

  @Field(() => String, { nullable: true, description: '处理意见 Resolution comment' })
  @Property({ type: 'text', nullable: true })
  resolution: string | null = null;

  @Field(() => String, { nullable: true, description: '处理人 Resolved by' })
  @Property({ type: 'string', length: 100, nullable: true })
  resolvedByName: string | null = null;

  @Field(() => Date, { nullable: true, description: '处理时间 Resolved at' })
  @Property({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null = null;
}

/**
 * Stars held, with history: a branch holds a star from `since` (inclusive) until `until` (exclusive,
 * empty while held). "Stars held by branch X on date D" is
 * `select star_type_code from branch_star where branch_id = X and since <= D and (until is null or until > D)`.
 */
@ObjectType({ description: '支部星级记录（含历史）A star held by a branch over a period' })
@Index({
  name: 'branch_star_held_unique',
  expression:
    'create unique index "branch_star_held_unique" on "branch_star" ("branch_id", "star_type_code") where until is null',
})
@Index({
  name: 'branch_star_held_idx',
  expression: 'create index "branch_star_held_idx" on "branch_star" ("branch_id") where until is null',
})
@Index({ name: 'branch_star_branch_period_idx', properties: ['branch', 'since', 'until'] })
@Entity({ tableName: 'branch_star' })
@Check({ name: 'branch_star_period', expression: 'until is null or until >= since' })
@Index({ properties: ['branch', 'since'] })
export class BranchStar extends BaseEntity {
  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  branch!: Rel<Unit>;

  @ManyToOne(() => StarType, { deleteRule: 'restrict' })
  starType!: Rel<StarType>;

  @Field(() => String, { description: '获得日期 Held since (YYYY-MM-DD, inclusive)' })
  @Property({ type: 'date' })
  since!: string;

  @Field(() => String, { nullable: true, description: '失去日期 Held until (YYYY-MM-DD, exclusive; empty while held)' })
  @Property({ type: 'date', nullable: true })
  until: string | null = null;

  @ManyToOne(() => StarApplication, { nullable: true, deleteRule: 'restrict' })
  application: Rel<StarApplication> | null = null;

  @Field(() => StarEndKind, { nullable: true, description: '失星方式 How it ended' })
  @Enum({ items: () => StarEndKind, nullable: true })
  endKind: StarEndKind | null = null;

  @Field(() => String, { nullable: true, description: '失星原因 Reason it ended' })
  @Property({ type: 'text', nullable: true })
  endReason: string | null = null;

  @Field(() => String, { nullable: true, description: '操作人 Ended by' })
  @Property({ type: 'string', length: 100, nullable: true })
  endedByName: string | null = null;

  @Field(() => String, { nullable: true, description: '命名/授予人 Awarded by' })
  @Property({ type: 'string', length: 100, nullable: true })
  awardedByName: string | null = null;
}

/** 结对帮扶: a stronger branch helps a weaker one over a period. */
@ObjectType({ description: '结对帮扶 Pairing of a stronger branch with a weaker one' })
@Entity({ tableName: 'branch_pairing' })
@Check({ name: 'branch_pairing_distinct', expression: 'strong_branch_id <> weak_branch_id' })
@Index({ properties: ['strongBranch'] })
@Index({ properties: ['weakBranch'] })
export class BranchPairing extends BaseEntity {
  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  strongBranch!: Rel<Unit>;

  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  weakBranch!: Rel<Unit>;

  @Field(() => String, { description: '开始日期 Start date' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => String, { nullable: true, description: '结束日期 End date' })
  @Property({ type: 'date', nullable: true })
  endDate: string | null = null;

  @Field(() => String, { nullable: true, description: '帮扶内容 What the help covers' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
