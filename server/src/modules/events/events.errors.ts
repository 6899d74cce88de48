/** The events module's reasons (common/reasons.ts). */
import { defineReasons } from '../../common/reasons';

export const EventReasons = defineReasons('EVENT', {
  BAD_CURSOR: { code: 'BAD_USER_INPUT', zh: '游标无效', en: 'not a cursor this feed handed out' },
  BAD_FIRST: { code: 'BAD_USER_INPUT', zh: 'first 必须在 1 到 100 之间', en: 'first must be between 1 and 100' },
  BAD_TYPE: {
    code: 'BAD_USER_INPUT',
    zh: '事件类型应形如 rectification.closed 或 rectification.*',
    en: 'an event type looks like rectification.closed or rectification.*',
  },
});

export const WebhookReasons = defineReasons('WEBHOOK', {
  NOT_FOUND: { code: 'NOT_FOUND', zh: '数据推送不存在', en: 'webhook not found' },
  FORBIDDEN: { code: 'FORBIDDEN', zh: '只有区级管理员可以管理数据推送', en: 'only district admins manage webhooks' },
  BAD_URL: {
    code: 'BAD_USER_INPUT',
    zh: '地址应为 http(s)://主机/路径，且不含用户名密码',
    en: 'the URL must be http(s)://host/path without credentials',
  },
  HOST_NOT_ALLOWED: {
    code: 'BAD_USER_INPUT',
    zh: '目标主机 %{host} 不在允许推送的主机清单中（WEBHOOK_ALLOWED_HOSTS）',
    en: 'host %{host} is not on the allowlist (WEBHOOK_ALLOWED_HOSTS)',
  },
  TOO_MANY_TYPES: { code: 'BAD_USER_INPUT', zh: '事件类型最多 50 个', en: 'at most 50 event types' },
});

export const DeliveryReasons = defineReasons('WEBHOOK_DELIVERY', {
  NOT_FOUND: { code: 'NOT_FOUND', zh: '推送记录不存在', en: 'delivery not found' },
  FORBIDDEN: { code: 'FORBIDDEN', zh: '只有区级管理员可以重新推送', en: 'only district admins redeliver' },
});
