import { Entity, Enum, Index, ManyToOne, Opt, PrimaryKey, Property, Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Unit } from '../org/public';
import { maskField } from './masking';
import {
  EvaluationVia,
  ResidentAction,
  ResidentCategory,
  ResidentChannel,
  ResidentEvaluation,
  ResidentStage,
} from './residents.enums';

interface AuditPlacement {
  scopePath: string | null;
  visibilityRef: string | null;
}

/** 社区半月谈: a consultation meeting of a community, settling one or more requests. */
@ObjectType({ description: '社区半月谈 Consultation meeting of a community' })
@Entity({ tableName: 'resident_meeting' })
export class ResidentMeeting extends BaseEntity {
  @ManyToOne(() => Unit, { deleteRule: 'restrict', index: true })
  unit!: Rel<Unit>;

  @Field({ description: '召开日期 Held on (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  heldOn!: string;

  @Field({ description: '议题 Topic' })
  @Property({ length: 200 })
  topic!: string;

  @Field({ description: '参会人员 Attendees' })
  @Property({ type: 'text' })
  attendees!: string;

  @Field({ description: '商定的解决方案 The agreed solution' })
  @Property({ type: 'text' })
  solution!: string;

  @Field({ description: '记录人 Recorded by' })
  @Property({ length: 60 })
  recordedBy!: string;

  auditPlacement(): AuditPlacement {
    return { scopePath: this.unit?.path ?? null, visibilityRef: null };
  }
}

/**
 * A resident's request (民情诉求), from the 清风邮局 to the resident's evaluation. `unit` is the
 * community (or township) handling it now; a referral moves it. The resident's name, phone and
 * address are never exposed as stored except to that unit's staff (resident.resolver.ts).
 */
@ObjectType({ description: '居民诉求 Resident request (清风邮局 → 民情气象站 → 社区半月谈 → 双白小灵通)' })
@Entity({ tableName: 'resident_request' })
@Index({ properties: ['unit', 'stage'] })
@Index({ properties: ['receivedAt'] })
export class ResidentRequest extends BaseEntity {
  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  unit!: Rel<Unit>;

  /** The community it came in at (before any referral). */
  @ManyToOne(() => Unit, { deleteRule: 'restrict', index: true })
  originUnit!: Rel<Unit>;

  @Property({ length: 20, unique: true })
  trackingCode!: string;

  @Field(() => ResidentChannel, { description: '渠道 Channel' })
  @Enum({ items: () => ResidentChannel })
  channel!: ResidentChannel;

  @Field(() => ResidentCategory, { description: '类别 Category' })
  @Enum({ items: () => ResidentCategory })
  category!: ResidentCategory;

  @Field(() => ResidentStage, { description: '环节 Stage' })
  @Enum({ items: () => ResidentStage, default: ResidentStage.REGISTERED })
  stage: Opt<ResidentStage> = ResidentStage.REGISTERED;

  @Field({ description: '标题 Title' })
  @Property({ length: 100 })
  title!: string;

  @Field({ description: '诉求内容 What the resident asks' })
  @Property({ type: 'text' })
  content!: string;

  @Property({ type: 'string', length: 40, nullable: true })
  residentName: string | null = null;

  @Property({ type: 'string', length: 20, nullable: true })
  phone: string | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  address: string | null = null;

  @Field(() => Boolean, { description: '匿名 Anonymous (no name, phone or address kept)' })
  @Property({ default: false })
  anonymous: Opt<boolean> = false;

  @Field(() => Date, { description: '收到时间 Received at' })
  @Property({ type: 'timestamptz' })
  receivedAt!: Date;

  @Field(() => Date, { nullable: true, description: '受理时间 Accepted at' })
  @Property({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '办理时限（工作日推算）Deadline, counted in working days' })
  @Property({ type: 'date', nullable: true })
  deadline: string | null = null;

  @ManyToOne(() => ResidentMeeting, { nullable: true, deleteRule: 'restrict', index: true })
  meeting: Rel<ResidentMeeting> | null = null;

  @ManyToOne(() => ResidentRequest, { nullable: true, deleteRule: 'restrict' })
  mergedInto: Rel<ResidentRequest> | null = null;

  @Field(() => String, { nullable: true, description: '责任单位 Responsible unit (name)' })
  @Property({ type: 'string', length: 100, nullable: true })
  responsibleUnit: string | null = null;

  @Field(() => String, { nullable: true, description: '责任人 Responsible person' })
  @Property({ type: 'string', length: 60, nullable: true })
  responsiblePerson: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: '反馈（双白小灵通：办理情况）What was done, as told to the resident',
  })
  @Property({ type: 'text', nullable: true })
  feedback: string | null = null;

  @Field(() => Date, { nullable: true, description: '反馈时间 Fed back at' })
  @Property({ type: 'timestamptz', nullable: true })
  feedbackAt: Date | null = null;

  /** Set at the first feedback: was it on or before the deadline (响应率). */
  @Field(() => Boolean, { nullable: true, description: '按时响应 First feedback within the deadline' })
  @Property({ type: 'boolean', nullable: true })
  respondedOnTime: boolean | null = null;

  @Field(() => ResidentEvaluation, { nullable: true, description: '最近一次评价 The latest evaluation' })
  @Enum({ items: () => ResidentEvaluation, nullable: true })
  evaluation: ResidentEvaluation | null = null;

  @Field(() => EvaluationVia, { nullable: true, description: '评价方式 How it was evaluated' })
  @Enum({ items: () => EvaluationVia, nullable: true })
  evaluationVia: EvaluationVia | null = null;

  @Field(() => Date, { nullable: true, description: '评价时间 Evaluated at' })
  @Property({ type: 'timestamptz', nullable: true })
  evaluatedAt: Date | null = null;

  @Field(() => Int, { description: '不满意重办次数 Times reopened after 不满意' })
  @Property({ type: 'smallint', default: 0 })
  reopenCount: Opt<number> = 0;

  @Field(() => Boolean, { description: '示例数据 Sample (demo) data' })
  @Property({ default: false })
  isSample: Opt<boolean> = false;

  auditPlacement(): AuditPlacement {
    return { scopePath: this.unit?.path ?? null, visibilityRef: null };
  }

  /** The audit trail keeps personal fields masked only (audit.service.ts asks every record). */
  auditValue(field: string, value: unknown): unknown {
    return maskField(field, value);
  }
}

/** One step on a request: its timeline. Never changed, never deleted. */
@ObjectType({ description: '诉求办理记录 A step in a request’s timeline' })
@Entity({ tableName: 'resident_request_event' })
export class ResidentRequestEvent {
  @Field(() => ID, { description: '标识 Id' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => ResidentRequest, { deleteRule: 'restrict', index: true })
  request!: Rel<ResidentRequest>;

  @Field(() => ResidentAction, { description: '动作 Action' })
  @Enum({ items: () => ResidentAction })
  action!: ResidentAction;

  @Field(() => ResidentStage, { nullable: true, description: '原环节 From stage' })
  @Enum({ items: () => ResidentStage, nullable: true })
  fromStage: ResidentStage | null = null;

  @Field(() => ResidentStage, { description: '新环节 To stage' })
  @Enum({ items: () => ResidentStage })
  toStage!: ResidentStage;

  @Property({ type: 'integer', nullable: true })
  userId: number | null = null;

  @Field({ description: '操作人（居民本人在线操作时为“居民”）By: staff display name, or 居民 for the resident' })
  @Property({ length: 60 })
  byName!: string;

  @Field(() => Date, { description: '时间 At' })
  @Property({ type: 'timestamptz' })
  at!: Date;

  @Field(() => String, { nullable: true, description: '说明 Note (reason, solution, feedback …)' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  auditPlacement(): AuditPlacement {
    return { scopePath: this.request?.unit?.path ?? null, visibilityRef: null };
  }
}

/**
 * A day that differs from the Monday-to-Friday week: a holiday (`workday` false) or a make-up
 * working day on a weekend (`workday` true). Deadlines count working days over this table.
 */
@ObjectType({ description: '工作日历例外日 A holiday or a make-up working day' })
@Entity({ tableName: 'resident_calendar_day' })
export class ResidentCalendarDay {
  @Field({ description: '日期 Day (YYYY-MM-DD)' })
  @PrimaryKey({ type: 'date' })
  day!: string;

  @Field(() => Boolean, {
    description: '是否上班（调休补班为是，节假日为否）A working day (make-up day) or not (holiday)',
  })
  @Property()
  workday!: boolean;

  @Field({ description: '名称 Name (e.g. 春节)' })
  @Property({ length: 40 })
  name!: string;
}

/** A photo sent with the public form, checked by content like evidence files; read by the handling staff only. */
@Entity({ tableName: 'resident_photo' })
export class ResidentPhoto {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => ResidentRequest, { deleteRule: 'restrict', index: true })
  request!: Rel<ResidentRequest>;

  @Property({ length: 100 })
  mimeType!: string;

  @Property({ type: 'integer' })
  size!: number;

  @Property({ length: 64 })
  sha256!: string;

  @Property({ type: 'blob', lazy: true })
  data!: Buffer;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  auditPlacement(): AuditPlacement {
    return { scopePath: this.request?.unit?.path ?? null, visibilityRef: null };
  }

  /** The bytes stay out of the audit trail. */
  auditValue(field: string, value: unknown): unknown {
    return field === 'data' ? '[photo]' : value;
  }
}
