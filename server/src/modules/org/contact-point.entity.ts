import { Check, Entity, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Person } from './person.entity';
import { Unit } from './unit.entity';

/** 联系点: a county-level leader follows a township-level unit or a branch over a period. */
@ObjectType({ description: '县级领导联系点 Contact point: a county-level leader follows a township unit or branch' })
@Entity({ tableName: 'contact_point' })
@Check({ name: 'contact_point_period', expression: 'end_date is null or end_date >= start_date' })
@Index({ properties: ['unit', 'startDate'] })
export class ContactPoint extends BaseEntity {
  @ManyToOne(() => Person, { deleteRule: 'restrict', index: true })
  leader!: Rel<Person>;

  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  unit!: Rel<Unit>;

  @Field(() => String, { description: '开始日期 Start date (YYYY-MM-DD, inclusive)' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => String, { nullable: true, description: '结束日期 End date (YYYY-MM-DD, inclusive)' })
  @Property({ type: 'date', nullable: true })
  endDate: string | null = null;

  @Field(() => String, { nullable: true, description: '备注 Note (长板/短板/底板 observations …)' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
