import type { FeatureTexts } from '../../i18n/texts';

/** The texts of API tokens (district admins). */
const texts: FeatureTexts = {
  resources: {
    apiTokens: {
      name: ['接口令牌', 'API token |||| API tokens'],
      fields: {
        name: ['名称（用途）', 'Name (what uses it)'],
        unitId: ['可读取范围（含下级）', 'Scope (with everything below)'],
        scopeUnit: ['可读取范围', 'Scope'],
        expiresInDays: ['有效天数', 'Valid for (days)'],
        status: ['状态', 'Status'],
        active: ['可用', 'Usable'],
        createdBy: ['创建人', 'Created by'],
        expiresAt: ['过期时间', 'Expires at'],
        lastUsedAt: ['最近使用', 'Last used'],
        revokedAt: ['吊销时间', 'Revoked at'],
        // as they appear in the audit trail
        user: ['创建人', 'Created by'],
        kind: ['令牌类别', 'Kind'],
        tokenHash: ['令牌哈希', 'Token hash'],
      },
    },
  },
  enums: {
    UserRole: {
      DISTRICT_ADMIN: ['区级管理员', 'District administrator'],
      LEADER: ['领导', 'Leader'],
      TASK_FORCE: ['专班成员', 'Task force member'],
      SUPERVISOR: ['督导组成员', 'Supervisor'],
      TOWNSHIP_STAFF: ['乡镇（街道）工作人员', 'Township staff'],
      BRANCH_STAFF: ['支部工作人员', 'Branch staff'],
    },
  },
  messages: {
    apiTokens: {
      status_active: ['有效', 'Active'],
      status_revoked: ['已吊销', 'Revoked'],
      status_expired: ['已过期', 'Expired'],
      revoke: ['吊销', 'Revoke'],
      revoke_title: ['吊销接口令牌“%{name}”？', 'Revoke the API token "%{name}"?'],
      revoke_content: [
        '吊销后，使用该令牌的系统立即无法访问接口，且不能恢复。',
        'Systems using this token lose access at once. This cannot be undone.',
      ],
      revoked: ['接口令牌已吊销', 'API token revoked'],
      name_hint: ['哪个系统使用该令牌，例如“二七先锋公众号”', 'Which system uses it, e.g. the district WeChat account'],
      unit_hint: [
        '令牌只读，只能读取该单元及其全部下级的数据',
        'Read-only: it reads this unit and everything below it',
      ],
      days_hint: ['默认 365 天', 'Default: 365 days'],
      created_title: ['接口令牌已生成：%{name}', 'API token created: %{name}'],
      once_warning: [
        '令牌只显示这一次！关闭本窗口后无法再次查看，请立即复制并妥善保存。如果遗失，只能吊销后重新生成。',
        'This token is shown only once! It cannot be shown again after you close this window: copy it now and keep it safe. If it is lost, revoke it and create a new one.',
      ],
      secret: ['令牌', 'Token'],
      copy: ['复制令牌', 'Copy token'],
      copied: ['令牌已复制到剪贴板', 'Token copied to the clipboard'],
      copied_short: ['已复制', 'Copied'],
      copy_failed: ['无法自动复制，请手动选中令牌后复制', 'Could not copy: select the token and copy it by hand'],
      usage: [
        '对接系统调用接口时在请求头中携带：Authorization: Bearer <令牌>',
        'Integrators send it as the header Authorization: Bearer <token>',
      ],
      close: ['我已保存，关闭', 'I have saved it: close'],
    },
  },
};

export default texts;
