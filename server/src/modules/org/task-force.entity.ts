import { Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { StarType } from './star-type.entity';
import { Department } from './department.entity';
import { Unit } from './unit.entity';

/** 一颗星一个专班: one task force per star per district, led by a department. Leader and members are Positions. */
@ObjectType({ description: '创星工作专班 Task force for one star in one district' })
@Entity({ tableName: 'star_task_force' })
@Unique({ properties: ['district', 'starType'] })
export class StarTaskForce extends BaseEntity {
  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  district!: Rel<Unit>;

  @ManyToOne(() => StarType, { deleteRule: 'restrict' })
  starType!: Rel<StarType>;

  @ManyToOne(() => Department, { deleteRule: 'restrict' })
  leadDepartment!: Rel<Department>;

  @Field({ description: '名称 Name (e.g. 产业兴旺星创建专班)' })
  @Property({ length: 100 })
  name!: string;
}
