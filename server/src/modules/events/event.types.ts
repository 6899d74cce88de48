import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

/** An event as stored (hand-written SQL reads it; it is never changed once written). */
export interface EventRow {
  id: string;
  txid: string;
  type: string;
  resource_type: string;
  resource_id: string | null;
  unit_path: string | null;
  visibility_ref: string | null;
  payload: { operation: string; action: string; fields: string[] };
  committed_at: Date;
}

export const EVENT_COLUMNS =
  'id::text as id, txid::text as txid, type, resource_type, resource_id, unit_path, visibility_ref, payload, committed_at';

@ObjectType('Event', {
  description:
    '领域事件 Domain event: one change the audit trail recorded — its type, the record and its place, the changed field names (never values)',
})
export class DomainEvent {
  @Field(() => ID, { description: '事件标识 Event id (also the `webhook-id` of its webhook deliveries: evt_<id>)' })
  id!: string;

  @Field({ description: '事件类型 Type: <resource>.<created|updated|deleted|new status>, e.g. rectification.closed' })
  type!: string;

  @Field({ description: '对象类型 Resource type (entity name), e.g. Rectification' })
  resourceType!: string;

  @Field(() => ID, { nullable: true, description: '对象标识 Resource id' })
  resourceId!: string | null;

  @Field(() => String, { nullable: true, description: '单元路径 Unit path of the resource (null for catalogs)' })
  unitPath!: string | null;

  @Field(() => GraphQLJSON, {
    description: '内容 Payload: { operation, action, fields } — the mutation, what happened, the changed field names',
  })
  payload!: EventRow['payload'];

  @Field(() => Date, { description: '发生时间 When the change was made (its transaction)' })
  committedAt!: Date;

  /** Position in the feed (not a GraphQL field): the cursor of this event. */
  txid!: string;
  visibilityRef!: string | null;
}

export function toEvent(r: EventRow): DomainEvent {
  return Object.assign(new DomainEvent(), {
    id: r.id,
    txid: r.txid,
    type: r.type,
    resourceType: r.resource_type,
    resourceId: r.resource_id,
    unitPath: r.unit_path,
    visibilityRef: r.visibility_ref,
    payload: r.payload,
    committedAt: new Date(r.committed_at),
  });
}

@ObjectType({ description: '事件边 An event and its cursor' })
export class EventEdge {
  @Field({ description: '游标 Cursor: pass it as `after` to read what follows' })
  cursor!: string;

  @Field(() => DomainEvent, { description: '事件 The event' })
  node!: DomainEvent;
}

@ObjectType({ description: '分页信息 Where this page ends' })
export class EventPageInfo {
  @Field(() => String, {
    nullable: true,
    description: '末尾游标 Cursor to continue from (null only when the feed has nothing for you yet)',
  })
  endCursor!: string | null;

  @Field({ description: '还有下一页 More events follow right now' })
  hasNextPage!: boolean;
}

@ObjectType({ description: '事件流 A page of the event feed, in commit order' })
export class EventConnection {
  @Field(() => [EventEdge], { description: '事件 Events' })
  edges!: EventEdge[];

  @Field(() => EventPageInfo, { description: '分页信息 Page info' })
  pageInfo!: EventPageInfo;
}
