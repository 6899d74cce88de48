/** The auth module's reasons (common/reasons.ts). */
import { defineReasons } from '../../common/reasons';

export const ApitokenReasons = defineReasons('APITOKEN', {
  FORBIDDEN: { code: 'FORBIDDEN', zh: '当前角色无权修改该接口令牌', en: 'your role may not change this API token' },
  NOT_FOUND: { code: 'NOT_FOUND', zh: '接口令牌不存在', en: 'API token not found' },
});

export const ApiTokenReasons = defineReasons('API_TOKEN', {
  BAD_LIFETIME: {
    code: 'BAD_USER_INPUT',
    zh: '有效期须在 1 到 %{maxDays} 天之间',
    en: 'a token lives 1 to %{maxDays} days',
  },
  FORBIDDEN: { code: 'FORBIDDEN', zh: '无权执行此操作', en: 'not allowed' },
});

export const AuthReasons = defineReasons('AUTH', {
  FORBIDDEN: { code: 'FORBIDDEN', zh: '无权执行此操作', en: 'not allowed' },
  INTROSPECTION_REQUIRES_SIGN_IN: {
    code: 'UNAUTHENTICATED',
    zh: '请先登录后再查询接口结构',
    en: 'sign in to introspect the schema',
  },
  INVALID_CREDENTIALS: { code: 'UNAUTHENTICATED', zh: '用户名或密码错误', en: 'wrong username or password' },
  READ_ONLY_TOKEN: {
    code: 'FORBIDDEN',
    zh: '接口令牌只能读取数据，也不能退出登录；吊销请找管理员',
    en: 'API tokens only read, and do not sign out: an administrator revokes them',
  },
  PASSWORD_CHANGE_REQUIRED: {
    code: 'FORBIDDEN',
    zh: '请先修改临时密码，然后才能继续使用',
    en: 'change your temporary password first',
  },
  ROLE_REQUIRED: { code: 'FORBIDDEN', zh: '需要以下角色之一：%{roles}', en: 'requires one of these roles: %{roles}' },
  TOO_MANY_ATTEMPTS: {
    code: 'FORBIDDEN',
    zh: '登录失败次数过多，请 %{minutes} 分钟后再试',
    en: 'too many failed sign-ins; try again in %{minutes} minutes',
  },
  UNAUTHENTICATED: { code: 'UNAUTHENTICATED', zh: '请先登录', en: 'sign in first' },
  TOKEN_INVALID: { code: 'UNAUTHENTICATED', zh: '登录凭证无效，请重新登录', en: 'invalid token: sign in again' },
  TOKEN_EXPIRED: { code: 'UNAUTHENTICATED', zh: '登录已过期，请重新登录', en: 'session expired: sign in again' },
  TOKEN_REVOKED: { code: 'UNAUTHENTICATED', zh: '已退出登录，请重新登录', en: 'session ended: sign in again' },
  TOKEN_INACTIVE: { code: 'UNAUTHENTICATED', zh: '账号已停用', en: 'account disabled' },
});

export const RateLimitReasons = defineReasons('RATE_LIMIT', {
  EXCEEDED: {
    code: 'FORBIDDEN',
    zh: '请求过于频繁，请 %{retryAfterSeconds} 秒后再试',
    en: 'too many requests per %{per}; retry in %{retryAfterSeconds} seconds',
  },
});
