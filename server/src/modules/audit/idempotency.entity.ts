/** A client mutation id a user has sent, and the record its first attempt created (kept 48 hours). */
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

@Entity({ tableName: 'idempotency_key' })
@Index({ properties: ['createdAt'] })
export class IdempotencyKey {
  @PrimaryKey({ type: 'integer' })
  userId!: number;

  @PrimaryKey({ length: 64 })
  key!: string;

  @Property({ length: 80 })
  operation!: string;

  @Property({ length: 64 })
  requestHash!: string;

  @Property({ type: 'string', length: 60, nullable: true })
  resultType: string | null = null;

  @Property({ type: 'string', length: 60, nullable: true })
  resultId: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;
}
