import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Person, Unit } from '../org/public';
import { MeetingItemAction, MeetingItemKind, MeetingItemStatus } from './meetings.enums';

/** 讲: one speaker's topic and points. */
export interface SpeechData {
  personId: number;
  topic: string;
  points: string;
}

/** 评: one attendee's self-evaluation and what peers said of them. */
export interface EvaluationData {
  personId: number;
  selfEvaluation: string;
  peerEvaluation: string | null;
}

/**
 * 学讲评 meeting of a branch or township: 学 (what was studied), 讲 (speakers), 评 (evaluations and the
 * secretary's summary). Speeches and evaluations are short lists read and written with the meeting, so
 * they live in it as JSON; minutes and photos are evidence files (record types MeetingMinutes, MeetingPhoto).
 */
@ObjectType({ description: '学讲评会议 Learn–speak–evaluate meeting' })
@Entity({ tableName: 'meeting' })
@Index({ properties: ['unit', 'date'] })
export class Meeting extends BaseEntity {
  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  unit!: Rel<Unit>;

  @Field(() => String, { description: '会议日期 Date (YYYY-MM-DD, Asia/Shanghai)' })
  @Property({ type: 'date' })
  date!: string;

  @Field({ description: '主题 Theme' })
  @Property({ length: 200 })
  theme!: string;

  @Property({ type: 'json' })
  attendeeIds: Opt<number[]> = [];

  @Field({ description: '学：学习内容 What was studied' })
  @Property({ type: 'text' })
  studyContent!: string;

  @Field(() => String, { nullable: true, description: '学：学习材料 Study materials' })
  @Property({ type: 'text', nullable: true })
  studyMaterials: string | null = null;

  @Property({ type: 'json' })
  speeches: Opt<SpeechData[]> = [];

  @Property({ type: 'json' })
  evaluations: Opt<EvaluationData[]> = [];

  @Field(() => String, { nullable: true, description: '评：书记总结 The secretary’s summary' })
  @Property({ type: 'text', nullable: true })
  summary: string | null = null;

  @Property({ type: 'integer' })
  recordedBy!: number;
}

/** An item of one of the four lists. Overdue is never stored: open and past its deadline (Asia/Shanghai). */
@ObjectType({ description: '清单事项（困难、问题、办法、举措）Item of the four lists' })
@Entity({ tableName: 'meeting_item' })
@Index({ properties: ['unit', 'status', 'deadline'] })
@Index({ properties: ['meeting'] })
export class MeetingItem extends BaseEntity {
  @ManyToOne(() => Meeting, { deleteRule: 'cascade' })
  meeting!: Rel<Meeting>;

  /** The meeting's unit, kept on the item so that scope and figures need no join. */
  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  unit!: Rel<Unit>;

  @Field(() => MeetingItemKind, { description: '清单 List' })
  @Enum({ items: () => MeetingItemKind })
  kind!: MeetingItemKind;

  @Field({ description: '内容 Content' })
  @Property({ type: 'text' })
  content!: string;

  @ManyToOne(() => Unit, { nullable: true, deleteRule: 'restrict' })
  ownerUnit: Rel<Unit> | null = null;

  @ManyToOne(() => Person, { nullable: true, deleteRule: 'restrict' })
  ownerPerson: Rel<Person> | null = null;

  @Field(() => String, { nullable: true, description: '截止日期 Deadline (YYYY-MM-DD)' })
  @Property({ type: 'date', nullable: true })
  deadline: string | null = null;

  @Field(() => MeetingItemStatus, { description: '状态 Status' })
  @Enum({ items: () => MeetingItemStatus, default: MeetingItemStatus.OPEN })
  status: Opt<MeetingItemStatus> = MeetingItemStatus.OPEN;

  @Field(() => Boolean, { description: '销号须附佐证材料 Closing needs evidence' })
  @Property({ default: false })
  evidenceRequired: Opt<boolean> = false;

  @Field(() => Date, { nullable: true, description: '销号时间 Closed at' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '销号说明 Closing note' })
  @Property({ type: 'text', nullable: true })
  closeNote: string | null = null;

  @Field(() => Int, { description: '重新打开次数 Times reopened' })
  @Property({ type: 'integer', default: 0 })
  reopenCount: Opt<number> = 0;

  /** Problems and difficulties this method or measure answers. */
  @Property({ type: 'json' })
  answersIds: Opt<number[]> = [];

  /** The plan item it became (plans module), if any. */
  @Property({ type: 'integer', nullable: true })
  planItemId: number | null = null;

  @Field(() => Int, { description: '排序 Order' })
  @Property({ default: 0 })
  sortOrder: Opt<number> = 0;
}

/** One step in an item's history: closed, reopened, turned into a plan item. */
@ObjectType({ description: '清单事项记录 Step in a list item history' })
@Entity({ tableName: 'meeting_item_event' })
@Index({ properties: ['item'] })
export class MeetingItemEvent extends BaseEntity {
  @ManyToOne(() => MeetingItem, { deleteRule: 'cascade' })
  item!: Rel<MeetingItem>;

  @Field(() => MeetingItemAction, { description: '操作 Action' })
  @Enum({ items: () => MeetingItemAction })
  action!: MeetingItemAction;

  @Property({ type: 'integer' })
  userId!: number;

  @Field({ description: '操作人 By' })
  @Property({ length: 60 })
  byName!: string;

  @Field(() => Date, { description: '时间 At' })
  @Property({ type: 'timestamptz' })
  at!: Date;

  @Field(() => String, { nullable: true, description: '说明 Note' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
