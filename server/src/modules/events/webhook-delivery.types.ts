import { registerEnumType, Field, ID, Int, ObjectType } from 'type-graphql';

export enum DeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
  WITHHELD = 'WITHHELD',
}
registerEnumType(DeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: '推送状态 Delivery status',
  valuesConfig: {
    PENDING: { description: '待推送或重试中 Waiting for its first or next attempt' },
    DELIVERED: { description: '已送达（对方答 2xx）Delivered: the receiver answered 2xx' },
    FAILED: { description: '重试用尽 Failed: every attempt failed' },
    WITHHELD: {
      description: '未推送：推送时对方无权读取该对象 Withheld: the webhook may not read the record at delivery',
    },
  },
});

export interface DeliveryRow {
  id: string;
  webhook_id: number;
  event_id: string;
  event_type: string;
  status: DeliveryStatus;
  attempts: number;
  created_at: Date;
  next_attempt_at: Date | null;
  last_attempt_at: Date | null;
  last_status_code: number | null;
  delivered_at: Date | null;
}

@ObjectType({ description: '推送尝试 One attempt to deliver: status, latency, the start of the answer' })
export class WebhookAttempt {
  @Field(() => ID, { description: '标识 Id' }) id!: string;
  @Field(() => Date, { description: '时间 When' }) at!: Date;
  @Field({ description: '成功（2xx）Succeeded (2xx)' }) ok!: boolean;
  @Field(() => Int, { nullable: true, description: 'HTTP 状态码 HTTP status (none when no answer came)' })
  statusCode!: number | null;
  @Field(() => Int, { description: '耗时（毫秒）Latency in milliseconds' }) latencyMs!: number;
  @Field(() => String, {
    nullable: true,
    description: '错误 Why it failed without an answer (timeout, refused, not allowed)',
  })
  error!: string | null;
  @Field(() => String, { nullable: true, description: '应答（截断至 1000 字符）Answer body, cut to 1,000 characters' })
  answer!: string | null;

  static from(r: {
    id: string;
    at: Date;
    ok: boolean;
    status_code: number | null;
    latency_ms: number;
    error: string | null;
    answer: string | null;
  }): WebhookAttempt {
    return Object.assign(new WebhookAttempt(), {
      id: r.id,
      at: new Date(r.at),
      ok: r.ok,
      statusCode: r.status_code,
      latencyMs: r.latency_ms,
      error: r.error,
      answer: r.answer,
    });
  }
}

@ObjectType({ description: '推送记录 A delivery of one event to one webhook, with its attempts' })
export class WebhookDelivery {
  @Field(() => ID, { description: '标识 Id (for redeliver)' }) id!: string;
  @Field(() => ID, { description: '数据推送 Webhook id' }) webhookId!: string;
  @Field(() => ID, { description: '事件标识 Event id' }) eventId!: string;
  @Field({ description: '事件类型 Event type' }) eventType!: string;
  @Field({ description: '消息标识 The webhook-id header (the same on every attempt)' }) messageId!: string;
  @Field(() => DeliveryStatus, { description: '状态 Status' }) status!: DeliveryStatus;
  @Field(() => Int, { description: '已尝试次数 Attempts so far' }) attempts!: number;
  @Field(() => Date, { description: '创建时间 Created at' }) createdAt!: Date;
  @Field(() => Date, { nullable: true, description: '下次尝试 Next attempt at' }) nextAttemptAt!: Date | null;
  @Field(() => Int, { nullable: true, description: '最近状态码 Last HTTP status' }) lastStatusCode!: number | null;
  @Field(() => Date, { nullable: true, description: '送达时间 Delivered at' }) deliveredAt!: Date | null;
  @Field(() => [WebhookAttempt], { description: '尝试记录 Attempts, oldest first' }) attemptLog: WebhookAttempt[] = [];

  static from(r: DeliveryRow): WebhookDelivery {
    return Object.assign(new WebhookDelivery(), {
      id: r.id,
      webhookId: String(r.webhook_id),
      eventId: r.event_id,
      eventType: r.event_type,
      messageId: `evt_${r.event_id}`,
      status: r.status,
      attempts: r.attempts,
      createdAt: new Date(r.created_at),
      nextAttemptAt: r.next_attempt_at ? new Date(r.next_attempt_at) : null,
      lastStatusCode: r.last_status_code,
      deliveredAt: r.delivered_at ? new Date(r.delivered_at) : null,
      attemptLog: [],
    });
  }
}
