/** The warnings module's reasons (common/reasons.ts). */
import { defineReasons } from '../../common/reasons';

export const WarningRuleReasons = defineReasons('WARNING_RULE', {
  FORBIDDEN: { code: 'FORBIDDEN', zh: '只有区级管理员设置预警规则', en: 'district admins set the warning rule' },
  BAD_VALUE: {
    code: 'BAD_USER_INPUT',
    zh: '取值应在 %{min}–%{max} 之间',
    en: 'must be between %{min} and %{max}',
  },
});

export const WarningReasons = defineReasons('WARNING', {
  FORBIDDEN: {
    code: 'FORBIDDEN',
    zh: '预警名单供领导、专班、区级管理员和乡镇工作人员查看',
    en: 'the warning list is for leaders, task forces, district admins and township staff',
  },
});
