import type { FeatureTexts } from '../../i18n/texts';

/** The texts of 用户与权限 (accounts). */
const texts: FeatureTexts = {
  resources: {
    users: {
      name: ['用户与权限', 'User |||| Users and roles'],
      fields: {
        username: ['用户名', 'Username'],
        displayName: ['显示名称', 'Display name'],
        active: ['启用', 'Active'],
        mustChangePassword: ['须修改密码', 'Must change password'],
        lastLoginAt: ['最近登录', 'Last sign-in'],
        roles: ['角色', 'Roles'],
        grants: ['角色授权', 'Role assignments'],
        unit: ['所属单元', 'Unit'],
        unitId: ['所属单元', 'Unit'],
        person: ['对应人员', 'Person'],
        personId: ['对应人员', 'Person'],
        createdAt: ['创建时间', 'Created at'],
        updatedAt: ['更新时间', 'Updated at'],
        role: ['角色', 'Role'],
        withinId: ['范围（含下级）', 'Within (and below)'],
        search: ['搜索', 'Search'],
        starCode: ['限定的星', 'Star'],
        // as they appear in the audit trail
        passwordHash: ['密码', 'Password'],
      },
    },
  },
  messages: {
    users: {
      active_yes: ['启用', 'Active'],
      active_no: ['已停用', 'Inactive'],
      roles_hint: [
        '乡镇工作人员只能为本乡镇的支部创建“支部工作人员”账号',
        'Township staff create branch staff accounts of their own branches only',
      ],
      grant: ['授予角色', 'Grant a role'],
      grant_done: ['已授予角色，该账号需重新登录', 'Role granted; the account signs in again'],
      revoke: ['撤销', 'Revoke'],
      revoke_title: ['撤销“%{role}”授权？', 'Revoke the role %{role}?'],
      revoke_content: ['该账号的登录将立即结束。', 'The account’s sessions end at once.'],
      revoked: ['已撤销授权', 'Role revoked'],
      deactivate: ['停用', 'Deactivate'],
      deactivate_title: ['停用账号“%{name}”？', 'Deactivate the account "%{name}"?'],
      deactivate_content: [
        '停用后该账号立即退出所有设备，且不能再登录，直到重新启用。',
        'The account is signed out everywhere at once and cannot sign in until reactivated.',
      ],
      deactivated: ['账号已停用', 'Account deactivated'],
      reactivate: ['启用', 'Reactivate'],
      reactivate_title: ['重新启用账号“%{name}”？', 'Reactivate the account "%{name}"?'],
      reactivate_content: ['启用后该账号可以再次登录。', 'The account can sign in again.'],
      reactivated: ['账号已启用', 'Account reactivated'],
      reset: ['重置密码', 'Reset password'],
      reset_title: ['重置“%{name}”的密码？', 'Reset the password of "%{name}"?'],
      reset_content: [
        '将生成一个临时密码，该账号的登录立即结束；下次登录须修改密码。',
        'A temporary password is made; the account’s sessions end and it must change the password at the next sign-in.',
      ],
      temp_title: ['临时密码：%{name}', 'Temporary password: %{name}'],
      temp_warning: [
        '临时密码只显示这一次！请立即复制并通过安全方式告知本人；关闭后无法再次查看。首次登录后须修改密码。',
        'The temporary password is shown only once! Copy it now and pass it on safely; it cannot be shown again. It must be changed at the first sign-in.',
      ],
      temp_password: ['临时密码', 'Temporary password'],
      copy: ['复制', 'Copy'],
      copied: ['已复制到剪贴板', 'Copied to the clipboard'],
      copied_short: ['已复制', 'Copied'],
      copy_failed: ['无法自动复制，请手动选中后复制', 'Could not copy: select it and copy by hand'],
      close: ['我已保存，关闭', 'I have saved it: close'],
      none: ['无', 'None'],
    },
  },
};

export default texts;
