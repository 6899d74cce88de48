import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';

/**
 * One append-only audit entry per change a mutation made (and per sign-in attempt). Each entry
 * carries the hash of the previous one of its chain (one per district, one shared), so a changed or
 * deleted entry breaks the chain
 * (`verifyAuditChain`). A trigger refuses UPDATE, DELETE and TRUNCATE for every database role.
 */
@ObjectType({ description: '审计记录 Audit entry: who changed what, when, from where (append-only, hash-chained)' })
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['targetType', 'targetId'] })
@Index({ properties: ['userId', 'at'] })
@Index({ name: 'audit_entry_chain_idx', properties: ['chain', 'id'] })
@Index({
  name: 'audit_entry_scope_idx',
  expression: 'create index "audit_entry_scope_idx" on "audit_entry" ("scope_path" text_pattern_ops)',
})
export class AuditEntry {
  @Field(() => ID, { description: '序号 Sequence number' })
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Field(() => Date, { description: '时间 When' })
  @Property({ type: 'timestamptz', index: true })
  at!: Date;

  @Field(() => ID, { nullable: true, description: '操作用户标识 User id (empty for anonymous sign-in attempts)' })
  @Property({ type: 'integer', nullable: true })
  userId: number | null = null;

  @Field(() => String, { nullable: true, description: '操作用户名 Username' })
  @Property({ type: 'string', length: 200, nullable: true })
  username: string | null = null;

  @Field({ description: '操作（变更名）Operation (mutation name)' })
  @Property({ length: 80 })
  operation!: string;

  @Field({ description: '对象类型 Target type (entity name)' })
  @Property({ length: 60 })
  targetType!: string;

  @Field(() => String, { nullable: true, description: '对象标识 Target id' })
  @Property({ type: 'string', length: 60, nullable: true })
  targetId: string | null = null;

  @Field({ description: '动作 What happened to the target: CREATE, UPDATE, DELETE or an event such as LOGIN_FAILED' })
  @Property({ length: 30 })
  action!: string;

  @Field(() => GraphQLJSON, { description: '字段变化 Changed fields: { field: { before, after } }' })
  @Property({ type: 'jsonb' })
  changes!: Record<string, { before?: unknown; after?: unknown }>;

  @Field(() => String, { nullable: true, description: '客户端地址 Client address' })
  @Property({ type: 'string', length: 64, nullable: true })
  address: string | null = null;

  /** Unit path of the target, for scoping searches; null for catalog records. */
  @Property({ type: 'text', nullable: true })
  scopePath: string | null = null;

  /** A confidential record this entry is about ("SpotCheck:12"): the entry follows its visibility. */
  @Property({ type: 'string', length: 80, nullable: true })
  visibilityRef: string | null = null;

  /** The import batch that wrote this change, when an import did (modules/imports). */
  @Field(() => ID, { nullable: true, description: '导入批次标识 Import batch that made this change, if any' })
  @Property({ type: 'integer', nullable: true, index: true })
  importBatchId: number | null = null;

  /** The hash chain: `district:<id>` for entries placed in a district's subtree, '' for the shared chain. */
  @Field({
    description: "审计链 The hash chain of this entry: 'district:<id>' for a district's, empty for the shared chain",
  })
  @Property({ type: 'text', default: '' })
  chain: string = '';

  @Field({ description: '前一条记录的哈希 Hash of the previous entry in its chain' })
  @Property({ length: 64 })
  prevHash!: string;

  @Field({ description: '本条记录的哈希 Hash of this entry (SHA-256 over the previous hash and this entry)' })
  @Property({ length: 64 })
  hash!: string;
}
