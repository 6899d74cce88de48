import { Entity, ManyToOne, Opt, Property, Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { User } from '../auth/public';
import { Unit } from '../org/public';

/**
 * A webhook: events of its unit subtree, as an API token scoped to that unit reads them, POSTed to
 * its URL signed per Standard Webhooks. The secret is stored to sign with (never shown after
 * creation, never in the audit trail); its delivery cursor columns are written by the fan-out task only.
 */
@ObjectType({ description: '数据推送（Webhook）A webhook: events of a unit subtree POSTed to a URL, signed' })
@Entity({ tableName: 'webhook' })
export class Webhook extends BaseEntity {
  @Field({ description: '推送地址 Target URL (its host must be on the allowlist)' })
  @Property({ type: 'text' })
  url!: string;

  @Field(() => [String], {
    description: '事件类型（空为全部）Event types (rectification.closed, spotCheck.*); empty: all',
  })
  @Property({ type: 'text[]', default: '{}' })
  eventTypes: Opt<string[]> = [];

  /** The subtree whose events it receives, read as an API token scoped here reads them. */
  @ManyToOne(() => Unit, { deleteRule: 'restrict', index: true })
  scopeUnit!: Rel<Unit>;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  createdBy!: Rel<User>;

  @Property({ type: 'text' })
  secret!: string;

  /** The secret before the last rotation: deliveries carry both signatures until `previousSecretUntil`. */
  @Property({ type: 'text', nullable: true })
  previousSecret: string | null = null;

  @Field(() => Date, { nullable: true, description: '旧密钥有效至 The previous secret still signs until' })
  @Property({ type: 'timestamptz', nullable: true })
  previousSecretUntil: Date | null = null;

  @Field(() => Boolean, { description: '启用 Enabled' })
  @Property({ default: true })
  enabled: Opt<boolean> = true;

  @Field(() => String, { nullable: true, description: '停用原因 Why it was disabled (automatically or by hand)' })
  @Property({ type: 'text', nullable: true })
  disabledReason: string | null = null;

  @Field(() => Date, { nullable: true, description: '停用时间 Disabled at' })
  @Property({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null = null;

  @Field(() => Int, { description: '连续失败次数 Failed attempts in a row' })
  @Property({ type: 'integer', default: 0 })
  consecutiveFailures: Opt<number> = 0;

  auditPlacement() {
    return { scopePath: this.scopeUnit?.path ?? null, visibilityRef: null };
  }
}
