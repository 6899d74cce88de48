import { Entity, Enum, ManyToOne, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { PositionRole, Person, Unit } from '../org/public';
import { AttendanceMethod } from './training.enums';

/** 专题培训: an organizer's session for an audience (units × position roles), with attendance. */
@ObjectType({ description: '专题培训 Training session for an audience (units × position roles)' })
@Entity({ tableName: 'training_session' })
export class TrainingSession extends BaseEntity {
  @ManyToOne(() => Unit, { deleteRule: 'restrict', index: true })
  organizerUnit!: Rel<Unit>;

  @Field({ description: '主题 Title' })
  @Property({ length: 200 })
  title!: string;

  @Field({ description: '培训日期 Held on (YYYY-MM-DD)' })
  @Property({ type: 'date', index: true })
  heldOn!: string;

  @Field(() => String, { nullable: true, description: '地点 Place' })
  @Property({ type: 'string', length: 200, nullable: true })
  place: string | null = null;

  @Field(() => [String], { description: '培训材料（标题或链接）Materials: titles or links of files' })
  @Property({ type: 'text[]', default: '{}' })
  materials: Opt<string[]> = [];

  @Property({ type: 'int[]' })
  audienceUnitIds!: number[];

  @Field(() => [PositionRole], { description: '参训职务 Audience: position roles' })
  @Property({ type: 'text[]' })
  audienceRoles!: PositionRole[];

  /** Shown to organizers only: attendees type it on their phone. */
  @Property({ length: 12 })
  signInCode!: string;

  @Field(() => Boolean, { description: '示例数据 Sample data' })
  @Property({ default: false })
  isSample: Opt<boolean> = false;

  auditPlacement() {
    return { scopePath: this.organizerUnit?.path ?? null, visibilityRef: null };
  }
}

@ObjectType({ description: '培训签到 Attendance of one person at a training session' })
@Entity({ tableName: 'training_attendance' })
@Unique({ properties: ['session', 'person'] })
export class TrainingAttendance extends BaseEntity {
  @ManyToOne(() => TrainingSession, { deleteRule: 'cascade' })
  session!: Rel<TrainingSession>;

  @ManyToOne(() => Person, { deleteRule: 'restrict', index: true })
  person!: Rel<Person>;

  /** The unit the attendee was expected at (their position's place), for per-unit figures. */
  @ManyToOne(() => Unit, { deleteRule: 'restrict', index: true })
  unit!: Rel<Unit>;

  @Field(() => AttendanceMethod, { description: '签到方式 How it was recorded' })
  @Enum({ items: () => AttendanceMethod })
  method!: AttendanceMethod;

  @Field(() => Date, { description: '签到时间 Signed in at' })
  @Property({ type: 'timestamptz' })
  at!: Date;

  auditPlacement() {
    return { scopePath: this.unit?.path ?? null, visibilityRef: null };
  }
}
