import { registerEnumType } from 'type-graphql';

/** What a reminder rule watches. */
export enum ReminderKind {
  RECTIFICATION_DEADLINE = 'RECTIFICATION_DEADLINE',
  PLAN_ITEM_DEADLINE = 'PLAN_ITEM_DEADLINE',
  DAILY_REPORT = 'DAILY_REPORT',
}
registerEnumType(ReminderKind, {
  name: 'ReminderKind',
  description: '提醒规则类别 What a reminder rule watches',
  valuesConfig: {
    RECTIFICATION_DEADLINE: { description: '整改期限：到期前提醒、逾期升级 Rectification deadlines' },
    PLAN_ITEM_DEADLINE: { description: '任务期限：到期前提醒、逾期升级 Plan item deadlines' },
    DAILY_REPORT: { description: '日报未报：当日定时提醒 Daily report not sent by the hour' },
  },
});

/** Where along the accountability chain a notification went. */
export enum NotificationStep {
  REMIND = 'REMIND',
  OVERDUE = 'OVERDUE',
  TOWNSHIP = 'TOWNSHIP',
  DISTRICT = 'DISTRICT',
}
registerEnumType(NotificationStep, {
  name: 'NotificationStep',
  description: '通知环节 Step of a reminder',
  valuesConfig: {
    REMIND: { description: '到期提醒（责任人）Reminder to the responsible person' },
    OVERDUE: { description: '逾期提醒（责任人）Overdue: to the responsible person' },
    TOWNSHIP: { description: '逾期升级：乡镇党委书记 Escalated to the township secretary' },
    DISTRICT: { description: '逾期升级：组织部长和专班 Escalated to the organization minister and the task force' },
  },
});
