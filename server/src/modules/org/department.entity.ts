import { Entity, ManyToOne, Property, Unique, Opt, Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Unit } from './unit.entity';

@ObjectType({ description: '职能部门 Functional department of a district (组织部, 政法委, 农委 …)' })
@Entity({ tableName: 'department' })
@Unique({ properties: ['district', 'code'] })
export class Department extends BaseEntity {
  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  district!: Rel<Unit>;

  @Field({ description: '编码 Code, unique within the district (e.g. ORG)' })
  @Property({ length: 40 })
  code!: string;

  @Field({ description: '名称 Name (e.g. 区委组织部)' })
  @Property({ length: 100 })
  name!: string;

  @Field(() => String, { nullable: true, description: '简称 Short name (e.g. 组织部)' })
  @Property({ type: 'string', length: 40, nullable: true })
  shortName: string | null = null;

  @Field(() => Int, { description: '排序 Sort order' })
  @Property({ default: 0 })
  sortOrder: Opt<number> = 0;
}
