/** The accounts module's reasons (common/reasons.ts). */
import { defineReasons } from '../../common/reasons';

export const AccountReasons = defineReasons('ACCOUNT', {
  FORBIDDEN: { code: 'FORBIDDEN', zh: '当前角色无权管理该账号', en: 'your role may not manage this account' },
  NOT_FOUND: { code: 'NOT_FOUND', zh: '账号不存在', en: 'account not found' },
  USERNAME_TAKEN: {
    code: 'CONFLICT',
    zh: '用户名“%{username}”已被使用（不区分大小写）',
    en: 'the username "%{username}" is taken (regardless of case)',
  },
  BAD_USERNAME: {
    code: 'BAD_USER_INPUT',
    zh: '用户名须为 2–60 个字符，只含字母、数字、点、下划线、连字符或汉字',
    en: 'a username has 2 to 60 letters, digits, dots, underscores, hyphens or Chinese characters',
  },
  ROLE_NOT_GRANTABLE: {
    code: 'FORBIDDEN',
    zh: '您不能授予“%{role}”角色',
    en: 'you may not grant the role %{role}',
  },
  ROLE_UNIT_LEVEL: {
    code: 'BAD_USER_INPUT',
    zh: '“%{role}”角色须授予在%{level}一级的单元',
    en: 'the role %{role} is granted over a unit of level %{level}',
  },
  STAR_REQUIRED: { code: 'BAD_USER_INPUT', zh: '专班成员须限定一颗星', en: 'a task-force role names its star' },
  STAR_NOT_ALLOWED: {
    code: 'BAD_USER_INPUT',
    zh: '只有专班成员角色限定星',
    en: 'only the task-force role is limited to a star',
  },
  ROLE_ALREADY_HELD: { code: 'CONFLICT', zh: '该账号已有这一授权', en: 'the account already holds this grant' },
  ROLE_REQUIRED_FOR_NEW: {
    code: 'BAD_USER_INPUT',
    zh: '新账号至少需要一个角色',
    en: 'a new account needs at least one role',
  },
  OWN_ROLES: { code: 'FORBIDDEN', zh: '不能修改自己的角色', en: 'nobody changes their own roles' },
  OWN_PASSWORD: {
    code: 'FORBIDDEN',
    zh: '不能重置自己的密码，请在“我的账户”中修改密码',
    en: 'you cannot reset your own password: change it under My account',
  },
  SELF_DEACTIVATION: { code: 'FORBIDDEN', zh: '不能停用自己的账号', en: 'you cannot deactivate your own account' },
  LAST_ADMIN: {
    code: 'CONFLICT',
    zh: '这是该区最后一个启用的区级管理员，不能停用或取消其管理员角色',
    en: 'the last active district admin of a district cannot be deactivated or lose that role',
  },
  GRANT_NOT_FOUND: { code: 'NOT_FOUND', zh: '角色授权不存在', en: 'role assignment not found' },
  PERSON_NOT_FOUND: { code: 'BAD_USER_INPUT', zh: '人员不存在', en: 'person not found' },
  ALREADY_ACTIVE: { code: 'CONFLICT', zh: '账号已是启用状态', en: 'the account is already active' },
  ALREADY_INACTIVE: { code: 'CONFLICT', zh: '账号已停用', en: 'the account is already inactive' },
  SESSION_NOT_FOUND: { code: 'NOT_FOUND', zh: '登录会话不存在', en: 'session not found' },
  SESSIONS_ONLY: {
    code: 'FORBIDDEN',
    zh: '接口令牌没有登录会话',
    en: 'API tokens have no sign-in sessions',
  },
});

/** Password rules: each refusal its own reason, so a client can say exactly what to change. */
export const PasswordReasons = defineReasons('PASSWORD', {
  TOO_SHORT: {
    code: 'BAD_USER_INPUT',
    zh: '密码至少需要 %{min} 个字符',
    en: 'a password has at least %{min} characters',
  },
  TOO_LONG: {
    code: 'BAD_USER_INPUT',
    zh: '密码最多 %{max} 个字符',
    en: 'a password has at most %{max} characters',
  },
  CONTAINS_USERNAME: {
    code: 'BAD_USER_INPUT',
    zh: '密码不能包含用户名',
    en: 'a password must not contain the username',
  },
  TOO_COMMON: {
    code: 'BAD_USER_INPUT',
    zh: '密码过于常见，容易被猜中，请换一个',
    en: 'this password is among the most common ones: choose another',
  },
  SAME_AS_CURRENT: {
    code: 'BAD_USER_INPUT',
    zh: '新密码不能与当前密码相同',
    en: 'the new password must differ from the current one',
  },
  WRONG_CURRENT: { code: 'BAD_USER_INPUT', zh: '当前密码不正确', en: 'the current password is wrong' },
});

/** `npm run admin:create` (server/src/admin-create.ts): why it refuses. */
export const AdminCreateReasons = defineReasons('ADMIN_CREATE', {
  UNIT_NAME_REQUIRED: {
    code: 'BAD_USER_INPUT',
    zh: '数据库为空：请用 --unit-name 给出要创建的区的名称',
    en: 'the database is empty: name the district to create with --unit-name',
  },
  UNIT_NOT_FOUND: {
    code: 'BAD_USER_INPUT',
    zh: '没有名为“%{name}”的区，现有的区：%{districts}',
    en: 'no district named "%{name}"; the districts are: %{districts}',
  },
  UNIT_AMBIGUOUS: {
    code: 'BAD_USER_INPUT',
    zh: '有多个区，请用 --unit-name 指定：%{districts}',
    en: 'there are several districts: choose one with --unit-name: %{districts}',
  },
  ADMIN_EXISTS: {
    code: 'CONFLICT',
    zh: '“%{unit}”已有启用的区级管理员（%{admins}）；确需再建请加 --force（将记入审计）',
    en: '"%{unit}" already has an active district admin (%{admins}); add --force to create another (audited)',
  },
  USERNAME_EXISTS: {
    code: 'CONFLICT',
    zh: '用户名“%{username}”已存在；加 --force 将重设其密码并授予区级管理员（将记入审计）',
    en: 'the username "%{username}" exists; --force resets its password and makes it a district admin (audited)',
  },
  BAD_ARGUMENTS: {
    code: 'BAD_USER_INPUT',
    zh: '用法：npm run admin:create -- --username <用户名> --display-name <显示名称> [--unit-name <区名>] [--force]',
    en: 'usage: npm run admin:create -- --username <name> --display-name <name> [--unit-name <district>] [--force]',
  },
});
