/** The cadence module's reasons (common/reasons.ts). */
import { defineReasons } from '../../common/reasons';

export const AppraisalReasons = defineReasons('APPRAISAL', {
  ALL_ZERO: { code: 'BAD_USER_INPUT', zh: '权重不能全为 0', en: 'at least one weight above 0' },
  ALREADY_PUBLISHED: { code: 'CONFLICT', zh: '该季度评比已发布', en: 'already published' },
  BAD_RULE: { code: 'BAD_USER_INPUT', zh: '未知的缺项规则', en: 'unknown rule for missing components' },
  BAD_WEIGHT: { code: 'BAD_USER_INPUT', zh: '权重应在 0–100 之间', en: 'weights are 0–100' },
  FORBIDDEN: {
    code: 'FORBIDDEN',
    zh: '只有区级管理员设置权重和发布评比',
    en: 'district admins set the weights and publish the appraisal',
  },
});

export const DailyreportReasons = defineReasons('DAILYREPORT', {
  NOT_FOUND: { code: 'NOT_FOUND', zh: '日报不存在', en: 'daily report not found' },
});

export const DailyReportReasons = defineReasons('DAILY_REPORT', {
  BAD_UNIT: { code: 'BAD_USER_INPUT', zh: '只有支部和乡镇报送日报', en: 'only branches and townships report' },
  FORBIDDEN: { code: 'FORBIDDEN', zh: '只有支部或乡镇工作人员报送日报', en: 'branch or township staff report' },
});

export const MonthlyobservationReasons = defineReasons('MONTHLYOBSERVATION', {
  NOT_FOUND: { code: 'NOT_FOUND', zh: '月度观摩不存在', en: 'monthly observation not found' },
});

export const ObservationReasons = defineReasons('OBSERVATION', {
  BAD_SCORE: { code: 'BAD_USER_INPUT', zh: '得分应在 0–100 之间', en: 'score must be 0–100' },
  BAD_UNIT: { code: 'BAD_USER_INPUT', zh: '观摩点须在组织单位之下', en: 'visited units must be inside the organizer' },
  DUPLICATE_UNIT: { code: 'BAD_USER_INPUT', zh: '观摩点重复', en: 'a unit is listed twice' },
  FORBIDDEN: {
    code: 'FORBIDDEN',
    zh: '只有区级管理员或乡镇工作人员组织观摩',
    en: 'district admins or township staff organize tours',
  },
  NO_VISITS: { code: 'BAD_USER_INPUT', zh: '请至少填写一个观摩点', en: 'at least one visited unit' },
});
