import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { ImportKind } from './imports.enums';
import type { ImportReport } from './kinds/kind';

/**
 * One committed import: who, when, which file (by SHA-256), what it did. The records it wrote carry
 * its id in their audit entries (`AuditEntry.importBatchId`). Dry runs leave no batch.
 */
@ObjectType({ description: '导入批次 A committed spreadsheet import: who, when, which file, what it changed' })
@Entity({ tableName: 'import_batch' })
@Index({
  name: 'import_batch_scope_idx',
  expression: 'create index "import_batch_scope_idx" on "import_batch" ("scope_path" text_pattern_ops)',
})
export class ImportBatch {
  @Field(() => ID, { description: '标识 Identifier' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => ImportKind, { description: '类别 Kind' })
  @Enum({ items: () => ImportKind })
  kind!: ImportKind;

  @Field(() => ID, { description: '导入用户标识 User id' })
  @Property({ type: 'integer' })
  userId!: number;

  @Field({ description: '导入用户名 Username' })
  @Property({ length: 200 })
  username!: string;

  /** Path of the unit the importer's grant covers: batches are visible in that unit's subtree. */
  @Property({ type: 'text' })
  scopePath!: string;

  @Field({ description: '文件名 File name' })
  @Property({ length: 255 })
  fileName!: string;

  @Field({ description: '文件 SHA-256 SHA-256 of the file' })
  @Property({ length: 64 })
  sha256!: string;

  @Field(() => Int, { description: '新建条数 Records created' })
  @Property({ type: 'integer' })
  created!: number;

  @Field(() => Int, { description: '更新条数 Records updated' })
  @Property({ type: 'integer' })
  updated!: number;

  @Field(() => Int, { description: '未变条数 Rows that changed nothing' })
  @Property({ type: 'integer' })
  unchanged!: number;

  @Field(() => GraphQLJSON, { description: '导入报告 The report: { created, updated, unchanged, problems }' })
  @Property({ type: 'jsonb' })
  report!: ImportReport;

  @Field(() => Date, { description: '导入时间 When' })
  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  /** Its own audit entry is found in the importer's subtree. */
  auditPlacement(): { scopePath: string | null; visibilityRef: string | null } {
    return { scopePath: this.scopePath, visibilityRef: null };
  }
}
