import { Entity, Enum, Index, ManyToOne, Property, Unique, Opt, Rel } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { BranchCategory, Department, StarType } from '../org/public';

/** A key task of the catalog, versioned by standards edition (year); one star and one branch category. */
@ObjectType({ description: '重点任务 Key task of the star catalog (per standards edition)' })
@Entity({ tableName: 'key_task' })
@Unique({ properties: ['edition', 'code'] })
@Index({ properties: ['edition', 'category', 'starType'] })
export class KeyTask extends BaseEntity {
  @Field(() => Int, { description: '标准版本（年度）Standards edition (year)' })
  @Property()
  edition!: number;

  @Field({ description: '编码 Code, unique within the edition' })
  @Property({ length: 40 })
  code!: string;

  @ManyToOne(() => StarType, { deleteRule: 'restrict' })
  starType!: Rel<StarType>;

  @Field(() => BranchCategory, { description: '适用支部类别 Branch category' })
  @Enum({ items: () => BranchCategory })
  category!: BranchCategory;

  @Field({ description: '标题 Title' })
  @Property({ length: 200 })
  title!: string;

  @Field(() => String, { nullable: true, description: '说明 Description' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => Float, { description: '分值/权重 Weight (score)' })
  @Property({ type: 'double', default: 0 })
  weight: Opt<number> = 0;

  @Field(() => String, { nullable: true, description: '佐证材料要求 Evidence required' })
  @Property({ type: 'text', nullable: true })
  requiredEvidence: string | null = null;

  @ManyToOne(() => Department, { nullable: true, deleteRule: 'restrict' })
  leadDepartment: Rel<Department> | null = null;

  @Field(() => Int, { description: '排序 Order' })
  @Property({ default: 0 })
  sortOrder: Opt<number> = 0;

  @Field(() => Boolean, { description: '示例数据 Sample text, not the official standard' })
  @Property({ default: false })
  isSample: Opt<boolean> = false;
}
