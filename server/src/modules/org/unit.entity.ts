import { Entity, Enum, Index, ManyToOne, Property, Opt, Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { BranchCategory, BranchKind, TownshipKind, UnitLevel } from './org.enums';

/**
 * A node of the unit tree: province → city → district → township-level unit → branch.
 * `path` is the materialized path of ids ("1.4.37."), so a subtree is one indexed prefix query
 * (`path LIKE '1.4.%'`, text_pattern_ops index) and ancestors are read from the path itself.
 */
@ObjectType({ description: '组织单元 Unit of the tree (province, city, district, township-level unit, branch)' })
@Entity({ tableName: 'unit' })
@Index({ name: 'unit_path_idx', expression: 'create index "unit_path_idx" on "unit" ("path" text_pattern_ops)' })
@Index({ name: 'unit_level_id_idx', properties: ['level', 'id'] })
export class Unit extends BaseEntity {
  @Field({ description: '名称 Name' })
  @Property({ length: 100 })
  name!: string;

  @Field(() => String, { nullable: true, description: '编码 Code (optional, unique)' })
  @Property({ type: 'string', length: 50, nullable: true, unique: true })
  code: string | null = null;

  @Field(() => UnitLevel, { description: '层级 Level' })
  @Enum({ items: () => UnitLevel })
  level!: UnitLevel;

  @Field(() => TownshipKind, { nullable: true, description: '乡镇级单元类别 Kind (township-level units only)' })
  @Enum({ items: () => TownshipKind, nullable: true })
  townshipKind: TownshipKind | null = null;

  @Field(() => BranchKind, { nullable: true, description: '党组织类别 Kind of organization (branches only)' })
  @Enum({ items: () => BranchKind, nullable: true })
  branchKind: BranchKind | null = null;

  @Field(() => BranchCategory, { nullable: true, description: '支部类别 Category: rural or community (branches only)' })
  @Enum({ items: () => BranchCategory, nullable: true })
  category: BranchCategory | null = null;

  @ManyToOne(() => Unit, { nullable: true, deleteRule: 'restrict', index: true })
  parent: Rel<Unit> | null = null;

  /** Materialized path of ids, each followed by a dot. Maintained by UnitService only. */
  @Property({ type: 'text' })
  path!: string;

  @Field(() => Int, { description: '深度（根为 0）Depth in the tree, root = 0' })
  @Property({ type: 'smallint' })
  depth!: number;

  @Field(() => Int, { description: '排序 Sort order among siblings' })
  @Property({ default: 0 })
  sortOrder: Opt<number> = 0;

  @Field(() => Boolean, { description: '示例数据 Sample (demo) data, not real' })
  @Property({ default: false })
  isSample: Opt<boolean> = false;

  /** Ids on the path from the root down to (and including) this unit. */
  pathIds(): number[] {
    return this.path.split('.').filter(Boolean).map(Number);
  }
}
