import { OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * Columns every editable record has: an integer id (compact in materialized paths and indexes),
 * timestamps, and a version for optimistic locking (a stale update gets CONFLICT, never overwrites).
 */
// Registered so that subclasses inherit its fields; never referenced, so not emitted in the schema.
@ObjectType('BaseEntity')
export abstract class BaseEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'version';

  @Field(() => ID, { description: '标识 Identifier' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => Date, { description: '创建时间 Created at' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { description: '更新时间 Updated at' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Int, { description: '版本号（乐观锁）Version for optimistic locking: send it back with updates' })
  @Property({ version: true, default: 1 })
  version!: number;
}
