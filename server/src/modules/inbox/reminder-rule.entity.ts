import { Entity, Enum, ManyToOne, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Unit } from '../org/public';
import { ReminderKind } from './inbox.enums';

/** One district's settings of one kind of reminder (a district without a row uses REMINDER_DEFAULTS). */
@ObjectType({ description: '提醒规则（每区每类一条）Reminder rule of a district' })
@Entity({ tableName: 'reminder_rule' })
@Unique({ properties: ['district', 'kind'], name: 'reminder_rule_district_kind_unique' })
export class ReminderRule extends BaseEntity {
  @ManyToOne(() => Unit, { deleteRule: 'cascade' })
  district!: Rel<Unit>;

  @Field(() => ReminderKind, { description: '类别 Kind' })
  @Enum({ items: () => ReminderKind })
  kind!: ReminderKind;

  @Field(() => Boolean, { description: '启用 On' })
  @Property({ default: true })
  enabled: Opt<boolean> = true;

  @Field(() => Int, { description: '到期前几天提醒 Days before the deadline to remind (deadline kinds)' })
  @Property({ default: 3 })
  daysBefore: Opt<number> = 3;

  @Field(() => Int, { description: '北京时间几点提醒（日报）Hour of the day, Beijing time (daily report)' })
  @Property({ default: 17 })
  atHour: Opt<number> = 17;

  @Field(() => Int, {
    nullable: true,
    description: '逾期几天报乡镇党委书记（空：不升级）Overdue days before the township secretary is told',
  })
  @Property({ type: 'integer', nullable: true })
  townshipAfterDays: number | null = null;

  @Field(() => Int, {
    nullable: true,
    description:
      '逾期几天报组织部长和专班（空：不升级）Overdue days before the organization minister and task force are told',
  })
  @Property({ type: 'integer', nullable: true })
  districtAfterDays: number | null = null;

  auditPlacement() {
    return { scopePath: this.district?.path ?? null, visibilityRef: null };
  }
}

/** What applies in a district until its admins set a rule of that kind. */
export const REMINDER_DEFAULTS: Record<
  ReminderKind,
  { daysBefore: number; atHour: number; townshipAfterDays: number | null; districtAfterDays: number | null }
> = {
  [ReminderKind.RECTIFICATION_DEADLINE]: { daysBefore: 3, atHour: 17, townshipAfterDays: 3, districtAfterDays: 7 },
  [ReminderKind.PLAN_ITEM_DEADLINE]: { daysBefore: 3, atHour: 17, townshipAfterDays: 7, districtAfterDays: 14 },
  [ReminderKind.DAILY_REPORT]: { daysBefore: 0, atHour: 17, townshipAfterDays: null, districtAfterDays: null },
};
