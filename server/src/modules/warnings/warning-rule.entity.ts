import { Entity, ManyToOne, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Unit } from '../org/public';

/** The early-warning weights of one district (a district without a row uses WARNING_DEFAULTS). */
@ObjectType({ description: '预警规则（每区一条）Early-warning parameters of a district' })
@Entity({ tableName: 'warning_rule' })
export class WarningRule extends BaseEntity {
  @ManyToOne(() => Unit, { deleteRule: 'cascade', unique: true })
  district!: Rel<Unit>;

  @Field(() => Int, { description: '每项逾期重点任务计分 Points per overdue key task' })
  @Property({ default: 20 })
  overdueTaskPoints: Opt<number> = 20;
  @Field(() => Int, { description: '每项临期未过半重点任务计分 Points per key task due soon and under half done' })
  @Property({ default: 5 })
  incompleteTaskPoints: Opt<number> = 5;
  @Field(() => Int, { description: '临期天数 "Due soon" means within this many days' })
  @Property({ default: 30 })
  incompleteWithinDays: Opt<number> = 30;
  @Field(() => Int, { description: '每个较重问题计分 Points per major finding of a completed spot check' })
  @Property({ default: 15 })
  majorFindingPoints: Opt<number> = 15;
  @Field(() => Int, { description: '每个严重问题计分 Points per critical finding of a completed spot check' })
  @Property({ default: 30 })
  criticalFindingPoints: Opt<number> = 30;
  @Field(() => Int, { description: '计入最近几天完成的暗访 Findings of checks completed within this many days' })
  @Property({ default: 365 })
  findingWithinDays: Opt<number> = 365;
  @Field(() => Int, { description: '每项逾期整改计分 Points per overdue rectification' })
  @Property({ default: 20 })
  overdueRectificationPoints: Opt<number> = 20;
  @Field(() => Int, { description: '预警线：总分达到即预警 A score at or above this is at risk' })
  @Property({ default: 30 })
  threshold: Opt<number> = 30;

  auditPlacement() {
    return { scopePath: this.district?.path ?? null, visibilityRef: null };
  }
}

export const WARNING_FIELDS = [
  'overdueTaskPoints',
  'incompleteTaskPoints',
  'incompleteWithinDays',
  'majorFindingPoints',
  'criticalFindingPoints',
  'findingWithinDays',
  'overdueRectificationPoints',
  'threshold',
] as const;
export type WarningParams = Record<(typeof WARNING_FIELDS)[number], number>;

/** Kept equal to the coalesce() defaults of fs_warning_rows (migration inbox). */
export const WARNING_DEFAULTS: WarningParams = {
  overdueTaskPoints: 20,
  incompleteTaskPoints: 5,
  incompleteWithinDays: 30,
  majorFindingPoints: 15,
  criticalFindingPoints: 30,
  findingWithinDays: 365,
  overdueRectificationPoints: 20,
  threshold: 30,
};

/** Allowed range of each parameter (the table's check constraints). */
export const WARNING_RANGES: Record<(typeof WARNING_FIELDS)[number], [number, number]> = {
  overdueTaskPoints: [0, 1000],
  incompleteTaskPoints: [0, 1000],
  incompleteWithinDays: [0, 366],
  majorFindingPoints: [0, 1000],
  criticalFindingPoints: [0, 1000],
  findingWithinDays: [1, 3660],
  overdueRectificationPoints: [0, 1000],
  threshold: [1, 100000],
};
