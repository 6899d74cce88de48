/** The training module's reasons (common/reasons.ts). */
import { defineReasons } from '../../common/reasons';

export const TrainingSessionReasons = defineReasons('TRAINING_SESSION', {
  NOT_FOUND: { code: 'NOT_FOUND', zh: '培训不存在', en: 'training session not found' },
  FORBIDDEN: {
    code: 'FORBIDDEN',
    zh: '只有区级管理员或乡镇工作人员组织培训',
    en: 'district admins or township staff organize training',
  },
  BAD_CODE: { code: 'BAD_USER_INPUT', zh: '签到码不正确', en: 'the sign-in code is wrong' },
  NOT_IN_AUDIENCE: {
    code: 'FORBIDDEN',
    zh: '您不在本次培训的参训范围内',
    en: 'you are not in the audience of this session',
  },
  NO_PERSON: {
    code: 'FORBIDDEN',
    zh: '您的账号未关联人员，无法签到或参加测试',
    en: 'your account is not linked to a person',
  },
});

export const AudienceReasons = defineReasons('AUDIENCE', {
  NO_UNITS: { code: 'BAD_USER_INPUT', zh: '请至少选择一个参训单位', en: 'at least one audience unit' },
  NO_ROLES: { code: 'BAD_USER_INPUT', zh: '请至少选择一个职务', en: 'at least one position role' },
  BAD_UNIT: {
    code: 'BAD_USER_INPUT',
    zh: '参训单位须在组织单位之下',
    en: 'audience units must be inside the organizing unit',
  },
});

export const QuestionReasons = defineReasons('QUESTION', {
  NOT_FOUND: { code: 'NOT_FOUND', zh: '试题不存在', en: 'question not found' },
  FORBIDDEN: {
    code: 'FORBIDDEN',
    zh: '只有区级管理员或乡镇工作人员维护题库',
    en: 'district admins or township staff keep the question bank',
  },
  BAD_OPTIONS: {
    code: 'BAD_USER_INPUT',
    zh: '选择题需要 2–8 个不重复的选项',
    en: 'choice questions need 2–8 distinct options',
  },
  BAD_ANSWER: {
    code: 'BAD_USER_INPUT',
    zh: '答案与题型不符（单选 1 个、多选至少 1 个、判断为 0 或 1、填空至少 1 个）',
    en: 'the answer does not fit the kind (single: one option, multiple: one or more, true/false: 0 or 1, fill-in: one or more texts)',
  },
  BAD_DIFFICULTY: { code: 'BAD_USER_INPUT', zh: '难度应为 1–3', en: 'difficulty is 1–3' },
});

export const TestSessionReasons = defineReasons('TEST_SESSION', {
  NOT_FOUND: { code: 'NOT_FOUND', zh: '测试场次不存在', en: 'test session not found' },
  FORBIDDEN: {
    code: 'FORBIDDEN',
    zh: '只有区级管理员或乡镇工作人员组织测试',
    en: 'district admins or township staff organize tests',
  },
  BAD_WINDOW: { code: 'BAD_USER_INPUT', zh: '结束时间须晚于开始时间', en: 'the window closes after it opens' },
  BAD_LIMIT: { code: 'BAD_USER_INPUT', zh: '限时应为 1–600 分钟', en: 'the time limit is 1–600 minutes' },
  BAD_PASS_MARK: { code: 'BAD_USER_INPUT', zh: '及格分应为 0–100', en: 'the pass mark is 0–100' },
  BAD_ATTEMPTS: { code: 'BAD_USER_INPUT', zh: '作答次数应为 1–10', en: 'attempts allowed: 1–10' },
  EMPTY_PAPER: { code: 'BAD_USER_INPUT', zh: '试卷没有试题', en: 'the paper has no questions' },
  BAD_QUESTION: {
    code: 'BAD_USER_INPUT',
    zh: '试题不存在或不在组织单位可用的题库中',
    en: 'a question is missing or not in a bank the organizer may use',
  },
  RULE_SHORT: {
    code: 'BAD_USER_INPUT',
    zh: '题库中符合规则的试题不足：%{rule}',
    en: 'the bank has too few questions for a rule: %{rule}',
  },
  STARTED: {
    code: 'CONFLICT',
    zh: '已有人开始作答，试卷与规则不能再改',
    en: 'attempts have started: the paper can no longer change',
  },
  NOT_OPEN: { code: 'CONFLICT', zh: '测试尚未开始', en: 'the test has not opened yet' },
  CLOSED: { code: 'CONFLICT', zh: '测试已结束', en: 'the test has closed' },
  NOT_TAKER: {
    code: 'FORBIDDEN',
    zh: '您不在本场测试的应考范围内',
    en: 'you are not among the expected takers of this test',
  },
  NO_ATTEMPTS_LEFT: { code: 'CONFLICT', zh: '作答次数已用完', en: 'no attempts left' },
  BAD_SCORE: { code: 'BAD_USER_INPUT', zh: '成绩应为 0–100', en: 'a score is 0–100' },
  BAD_PERSON: {
    code: 'BAD_USER_INPUT',
    zh: '该人员不在本场测试的应考范围内',
    en: 'the person is not among the expected takers',
  },
});

export const AttemptReasons = defineReasons('ATTEMPT', {
  NOT_FOUND: { code: 'NOT_FOUND', zh: '作答记录不存在', en: 'attempt not found' },
  FORBIDDEN: { code: 'FORBIDDEN', zh: '只能查看自己的作答', en: 'only your own attempt' },
  ENDED: {
    code: 'CONFLICT',
    zh: '本次作答已结束（已交卷或已到截止时间），答案未保存',
    en: 'the attempt has ended (submitted or past its deadline); the answer was not saved',
  },
  BAD_POSITION: { code: 'BAD_USER_INPUT', zh: '题号不存在', en: 'no question at this position' },
  BAD_ANSWER: { code: 'BAD_USER_INPUT', zh: '答案格式不符合题型', en: 'the answer does not fit the question' },
});
