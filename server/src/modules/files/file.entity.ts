import {
  Check,
  Entity,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
  type Rel,
} from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../auth/public';

/**
 * An uploaded evidence file. The bytes live on disk under FILES_DIR, named by their SHA-256 (two
 * uploads of the same bytes share one blob); this row is one upload, by one user. Rows are never
 * edited: a file is replaced by uploading another.
 */
@ObjectType('EvidenceFile', { description: '佐证材料文件 An uploaded evidence file (image, PDF or office document)' })
@Entity({ tableName: 'stored_file' })
export class StoredFile {
  [OptionalProps]?: 'url';

  @Field(() => ID, { description: '标识 Identifier' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field({ description: '原文件名 File name as uploaded' })
  @Property({ length: 255 })
  name!: string;

  @Field({ description: '文件类型（按内容识别）MIME type, detected from the content' })
  @Property({ length: 100 })
  mimeType!: string;

  @Field(() => Int, { description: '大小（字节）Size in bytes' })
  @Check({ name: 'stored_file_size_check', expression: 'size >= 0' })
  @Property({ type: 'integer' })
  size!: number;

  @Field({ description: 'SHA-256 摘要（十六进制）SHA-256 of the content, hex' })
  @Index()
  @Property({ length: 64 })
  sha256!: string;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  uploadedBy!: Rel<User>;

  @Field(() => Date, { description: '上传时间 Uploaded at' })
  @Index({ name: 'stored_file_uploaded_at_index' }) // the daily prune looks for old uploads
  @Property({ type: 'timestamptz' })
  uploadedAt!: Date;

  @Field({ description: '下载地址（需携带令牌）Download path; send the bearer token' })
  get url(): string {
    return `/files/${this.id}`;
  }
}

/** A record that uses a file as evidence: the file is as visible as the records that reference it. */
@Entity({ tableName: 'file_reference' })
@Unique({ properties: ['file', 'recordType', 'recordId'] })
@Index({ properties: ['recordType', 'recordId'] })
export class FileReference {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => StoredFile, { deleteRule: 'restrict' })
  file!: Rel<StoredFile>;

  /** The referencing entity's name, e.g. 'StarApplicationItem'. */
  @Property({ length: 60 })
  recordType!: string;

  @Property({ type: 'integer' })
  recordId!: number;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;
}
