/** The audit module's reasons (common/reasons.ts). */
import { defineReasons } from '../../common/reasons';

export const AuditReasons = defineReasons('AUDIT', {
  FORBIDDEN: { code: 'FORBIDDEN', zh: '无权执行此操作', en: 'not allowed' },
});

export const IdempotencyReasons = defineReasons('IDEMPOTENCY', {
  BAD_KEY: {
    code: 'BAD_USER_INPUT',
    zh: 'clientMutationId 应为 8–64 位字母、数字或 ._:-',
    en: '8 to 64 characters: letters, digits, . _ : -',
  },
  KEY_REUSED: {
    code: 'CONFLICT',
    zh: '该 clientMutationId 已用于另一个请求',
    en: 'this clientMutationId was used for a different request',
  },
});
