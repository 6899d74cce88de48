import { Check, Entity, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { StarType } from './star-type.entity';
import { Person } from './person.entity';
import { Unit } from './unit.entity';

/** 包星: a member of the branch committee owns one star at that branch over a period. */
@ObjectType({ description: '包星责任人 Star owner: a branch committee member answering for one star' })
@Entity({ tableName: 'star_owner' })
@Check({ name: 'star_owner_period', expression: 'end_date is null or end_date >= start_date' })
@Index({ properties: ['branch', 'starType', 'startDate'] })
export class StarOwner extends BaseEntity {
  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  branch!: Rel<Unit>;

  @ManyToOne(() => StarType, { deleteRule: 'restrict' })
  starType!: Rel<StarType>;

  @ManyToOne(() => Person, { deleteRule: 'restrict', index: true })
  person!: Rel<Person>;

  @Field(() => String, { description: '开始日期 Start date (YYYY-MM-DD, inclusive)' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => String, { nullable: true, description: '结束日期 End date (YYYY-MM-DD, inclusive)' })
  @Property({ type: 'date', nullable: true })
  endDate: string | null = null;
}
