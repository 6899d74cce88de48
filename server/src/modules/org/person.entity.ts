import { Entity, ManyToOne, Property, Unique, Opt, Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Unit } from './unit.entity';

@ObjectType({ description: '人员 Person who can hold positions in the accountability chain' })
@Entity({ tableName: 'person' })
@Unique({ name: 'person_unit_phone_unique', properties: ['unit', 'phone'] })
@Unique({ name: 'person_unit_code_unique', properties: ['unit', 'code'] })
export class Person extends BaseEntity {
  @Field({ description: '姓名 Name' })
  @Property({ length: 50 })
  name!: string;

  @Field(() => String, { nullable: true, description: '职务说明 Title as written on documents (e.g. 区委书记)' })
  @Property({ type: 'string', length: 100, nullable: true })
  title: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: '电话 Phone (11-digit mobile, or landline 0371-67181234); unique within the unit',
  })
  @Property({ type: 'string', length: 20, nullable: true })
  phone: string | null = null;

  @Field(() => String, { nullable: true, description: '人员编号 Person code, unique within the unit (optional)' })
  @Property({ type: 'string', length: 40, nullable: true })
  code: string | null = null;

  /** The unit the person belongs to; decides who may read and edit the record. */
  @ManyToOne(() => Unit, { deleteRule: 'restrict', index: true })
  unit!: Rel<Unit>;

  @Field(() => Boolean, { description: '示例数据 Sample (demo) data, not a real person' })
  @Property({ default: false })
  isSample: Opt<boolean> = false;
}
