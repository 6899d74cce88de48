import type { FeatureTexts } from '../../i18n/texts';

/** The texts of the audit trail (district admins). */
const texts: FeatureTexts = {
  resources: {
    auditEntries: {
      name: ['审计记录', 'Audit entry |||| Audit entries'],
      fields: {
        id: ['序号', 'No.'],
        at: ['时间', 'When'],
        username: ['操作用户', 'User'],
        userId: ['操作用户标识', 'User id'],
        operation: ['操作', 'Operation'],
        action: ['动作', 'Action'],
        targetType: ['对象类型', 'Target type'],
        targetId: ['对象标识', 'Target id'],
        address: ['客户端地址', 'Client address'],
        changes: ['字段变化', 'Changes'],
        hash: ['本条哈希', 'Hash'],
        prevHash: ['前一条哈希', 'Previous hash'],
        from: ['起始时间（北京时间，含）', 'From (Beijing time, inclusive)'],
        to: ['截止时间（北京时间，不含）', 'Until (Beijing time, exclusive)'],
        excludeSignIns: ['隐藏登录与退出', 'Hide sign-ins'],
        targetLabel: ['对象名称', 'Target'],
        actorName: ['操作人', 'By'],
      },
    },
  },
  messages: {
    audit: {
      verify: ['校验审计链', 'Verify the audit chain'],
      chain_valid: [
        '审计链完整：已校验 %{checked} 条记录，未发现篡改',
        'The audit chain is intact: %{checked} entries checked, no tampering found',
      ],
      chain_invalid: [
        '审计链校验未通过：前 %{checked} 条记录一致，第一条不一致的记录序号为 %{id}',
        'The audit chain is broken: %{checked} entries match; the first that does not is No. %{id}',
      ],
      field: ['字段', 'Field'],
      before: ['修改前', 'Before'],
      after: ['修改后', 'After'],
      no_changes: ['没有字段变化', 'No field changed'],
      hidden: ['（已隐藏）', '(hidden)'],
      empty: ['（空）', '(empty)'],
      absent: ['—', '—'],
      changed_fields: ['%{smart_count} 个字段', '%{smart_count} field |||| %{smart_count} fields'],
      same_target: ['该对象的全部记录', 'All entries of this record'],
      same_user: ['该用户的全部记录', 'All entries of this user'],
      anonymous: ['（未登录）', '(not signed in)'],
      target_type_hint: ['实体名，例如 Unit、Position、AuthToken', 'Entity name, e.g. Unit, Position, AuthToken'],
      hash_chain: ['哈希链', 'Hash chain'],
      action_CREATE: ['新建', 'Created'],
      action_UPDATE: ['修改', 'Updated'],
      action_DELETE: ['删除', 'Deleted'],
      action_LOGIN_SUCCEEDED: ['登录成功', 'Signed in'],
      action_LOGIN_FAILED: ['登录失败', 'Sign-in failed'],
      action_LOGIN_THROTTLED: ['登录受限（尝试过于频繁）', 'Sign-in throttled'],
      action_LOGOUT: ['退出登录', 'Signed out'],
    },
  },
};

export default texts;
