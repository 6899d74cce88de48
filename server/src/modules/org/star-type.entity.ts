import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BranchCategory } from './org.enums';

/** The five stars are data, not code: names and the categories each applies to can differ by place. */
@ObjectType({ description: '星类型 Star type (产业兴旺星, 生态宜居星, 平安法治星, 文明幸福星, 支部过硬星 …)' })
@Entity({ tableName: 'star_type' })
export class StarType {
  [OptionalProps]?: 'sortOrder' | 'version' | 'description' | 'communityNameZh';

  @Field({ description: '编码 Code (e.g. INDUSTRY_PROSPERITY)' })
  @PrimaryKey({ length: 40 })
  code!: string;

  @Field({ description: '中文名称 Chinese name' })
  @Property({ length: 40 })
  nameZh!: string;

  @Field({ description: '英文名称 English name' })
  @Property({ length: 80 })
  nameEn!: string;

  @Field(() => String, {
    nullable: true,
    description: '社区使用的名称（如不同）Name used for community branches, where it differs',
  })
  @Property({ type: 'string', length: 40, nullable: true })
  communityNameZh: string | null = null;

  @Field(() => [BranchCategory], { description: '适用支部类别 Branch categories the star applies to' })
  @Enum({ items: () => BranchCategory, array: true })
  categories!: BranchCategory[];

  @Field(() => String, { nullable: true, description: '说明 What the star covers' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => Int, { description: '排序 Order' })
  @Property({ default: 0 })
  sortOrder: Opt<number> = 0;

  @Field(() => Int, { description: '版本号 Version for optimistic locking' })
  @Property({ version: true, default: 1 })
  version!: number;
}
