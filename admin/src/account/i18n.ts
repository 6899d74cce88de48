import type { FeatureTexts } from '../i18n/texts';

/** The texts of 我的账户 and the forced password change. */
const texts: FeatureTexts = {
  messages: {
    account: {
      menu: ['我的账户', 'My account'],
      title: ['我的账户', 'My account'],
      change_title: ['修改密码', 'Change password'],
      current: ['当前密码', 'Current password'],
      new: ['新密码', 'New password'],
      repeat: ['再次输入新密码', 'New password again'],
      mismatch: ['两次输入的新密码不一致', 'The two new passwords differ'],
      rules: [
        '至少 10 个字符，不能包含用户名，不能是常见密码。修改后其他设备上的登录将结束。',
        'At least 10 characters, not containing your username, not a common password. Your other devices are signed out.',
      ],
      change: ['修改密码', 'Change password'],
      changed: ['密码已修改', 'Password changed'],
      forced_title: ['请先修改临时密码', 'Change your temporary password first'],
      forced_hint: [
        '您使用的是管理员发放的临时密码。修改密码后才能继续使用系统。',
        'You signed in with a temporary password from an administrator. Change it to go on.',
      ],
      logout: ['退出登录', 'Sign out'],
      sessions_title: ['我的登录会话', 'My sessions'],
      device: ['设备', 'Device'],
      address: ['地址', 'Address'],
      created: ['登录时间', 'Signed in'],
      last_used: ['最近使用', 'Last used'],
      current_session: ['当前设备', 'This device'],
      end_session: ['退出该设备', 'Sign out there'],
      sign_out_others: ['退出其他设备', 'Sign out other devices'],
      signed_out_others: ['已退出其他设备', 'Other devices signed out'],
      session_ended: ['该设备已退出', 'That device is signed out'],
      unknown_device: ['未知设备', 'Unknown device'],
    },
  },
};

export default texts;
