import type { FeatureTexts } from '../i18n/texts';

/** The bell, 待办 and the warning list. */
const texts: FeatureTexts = {
  messages: {
    inbox: {
      bell: ['通知（未读 %{count}）', 'Notifications (%{count} unread)'],
      notifications: ['通知', 'Notifications'],
      mark_all_read: ['全部已读', 'Mark all read'],
      no_notifications: ['暂无通知', 'No notifications'],
      tasks: ['待办（%{total}）', 'To do (%{total})'],
      no_tasks: ['暂无待办', 'Nothing waiting for you'],
      due: ['期限 %{date}', 'due %{date}'],
      overdue: ['已逾期', 'overdue'],
      more: ['另有 %{count} 项', '%{count} more'],
      channels_hint: [
        '站内通知；短信、微信经对接系统的事件推送（Webhook）发送',
        'In-app; SMS and WeChat are sent by integrators through event webhooks',
      ],
    },
    warnings: {
      menu: ['星级预警', 'Star warnings'],
      title: ['星级预警：下次评定有风险的支部', 'Stars at risk at the next review'],
      unit: ['范围', 'Scope'],
      at_risk_only: ['只看达到预警线的', 'At risk only'],
      branch: ['支部', 'Branch'],
      star: ['星', 'Star'],
      score: ['风险分', 'Risk score'],
      reasons: ['原因', 'Reasons'],
      threshold: ['预警线 %{threshold} 分', 'Threshold %{threshold}'],
      summary: ['共 %{total} 颗星，%{atRisk} 颗达到预警线', '%{total} stars, %{atRisk} at risk'],
      none: ['没有达到预警线的星', 'No star at risk'],
      reason_OVERDUE_TASKS: ['重点任务逾期 %{count} 项（%{points} 分）', '%{count} key task(s) overdue (%{points})'],
      reason_INCOMPLETE_TASKS: [
        '重点任务临期未过半 %{count} 项（%{points} 分）',
        '%{count} key task(s) due soon, under half done (%{points})',
      ],
      reason_MAJOR_FINDINGS: ['暗访较重问题 %{count} 个（%{points} 分）', '%{count} major finding(s) (%{points})'],
      reason_CRITICAL_FINDINGS: [
        '暗访严重问题 %{count} 个（%{points} 分）',
        '%{count} critical finding(s) (%{points})',
      ],
      reason_OVERDUE_RECTIFICATIONS: [
        '整改逾期 %{count} 项（%{points} 分）',
        '%{count} rectification(s) overdue (%{points})',
      ],
    },
  },
};
export default texts;
