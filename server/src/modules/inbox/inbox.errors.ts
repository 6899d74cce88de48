/** The inbox module's reasons (common/reasons.ts). */
import { defineReasons } from '../../common/reasons';

export const ReminderRuleReasons = defineReasons('REMINDER_RULE', {
  FORBIDDEN: { code: 'FORBIDDEN', zh: '只有区级管理员设置提醒规则', en: 'district admins set the reminder rules' },
  BAD_DAYS: { code: 'BAD_USER_INPUT', zh: '天数应在 0–60 之间', en: 'days must be 0–60' },
  BAD_HOUR: { code: 'BAD_USER_INPUT', zh: '时刻应在 0–23 之间', en: 'the hour must be 0–23' },
  BAD_ESCALATION: {
    code: 'BAD_USER_INPUT',
    zh: '升级天数应在 0–365 之间，且报区级不早于报乡镇',
    en: 'escalation days are 0–365, the district step not before the township step',
  },
});

export const NotificationReasons = defineReasons('NOTIFICATION', {
  TOO_MANY: { code: 'BAD_USER_INPUT', zh: '一次最多标记 500 条', en: 'at most 500 at a time' },
  HORIZON: { code: 'BAD_USER_INPUT', zh: '天数应在 0–90 之间', en: 'days must be 0–90' },
});
