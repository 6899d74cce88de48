/** The stars module's reasons (common/reasons.ts). */
import { defineReasons } from '../../common/reasons';

export const ApplicationReasons = defineReasons('APPLICATION', {
  ALREADY_HELD: { code: 'CONFLICT', zh: '该支部已获得此星', en: 'the branch already holds this star' },
  BRANCH_NOT_FOUND: { code: 'BAD_USER_INPUT', zh: '支部不存在', en: 'branch not found' },
  COMMENT_REQUIRED: {
    code: 'BAD_USER_INPUT',
    zh: '不通过或退回须填写意见',
    en: 'a comment is required to reject or return',
  },
  DUPLICATE: {
    code: 'CONFLICT',
    zh: '该支部本年度已有此星的在办申请',
    en: 'an open application for this branch, star and year exists',
  },
  DUPLICATE_TASK: { code: 'BAD_USER_INPUT', zh: '重点任务重复', en: 'a key task is listed twice' },
  INVALID_TRANSITION: {
    code: 'INVALID_TRANSITION',
    zh: '当前状态 %{fromState} 不能变为 %{toState}',
    en: 'transition not allowed',
  },
  ITEMS_REQUIRED: { code: 'BAD_USER_INPUT', zh: '请对该星的重点任务逐项自评', en: 'self-assess at least one key task' },
  NOT_FOUND: { code: 'NOT_FOUND', zh: '创星申请不存在', en: 'star application not found' },
  NOTICE_NOT_OVER: {
    code: 'CONFLICT',
    zh: '公示期至 %{noticeEndsOn} 结束',
    en: 'the notice period ends on %{noticeEndsOn}',
  },
  OBJECTION_OPEN: { code: 'CONFLICT', zh: '有未处理或成立的异议', en: 'an objection is open or upheld' },
  SCORE_RANGE: { code: 'BAD_USER_INPUT', zh: '分值须在 0–1000 之间', en: 'score 0–1000' },
  STRONG_BRANCH_REQUIRED: {
    code: 'CONFLICT',
    zh: '第五颗星须以支部过硬星为前提',
    en: 'STRONG_BRANCH is required for a fifth star',
  },
  TASK_NOT_OF_STAR: {
    code: 'BAD_USER_INPUT',
    zh: '该重点任务不属于此星或本支部类别',
    en: 'key task not of this star and category',
  },
  WRONG_REVIEWER: { code: 'FORBIDDEN', zh: '当前阶段应由 %{roles} 审核', en: 'this stage is reviewed by %{roles}' },
});

export const BranchstarReasons = defineReasons('BRANCHSTAR', {
  FORBIDDEN: {
    code: 'FORBIDDEN',
    zh: '当前角色无权修改该星级',
    en: 'your role may not change this star award',
  },
  NOT_FOUND: { code: 'NOT_FOUND', zh: '星级不存在', en: 'star award not found' },
});

export const BranchStarReasons = defineReasons('BRANCH_STAR', {
  NOT_HELD: {
    code: 'INVALID_TRANSITION',
    zh: '当前状态 %{fromState} 不能变为 %{toState}',
    en: 'transition not allowed',
  },
});

export const KeytaskReasons = defineReasons('KEYTASK', {
  NOT_FOUND: { code: 'NOT_FOUND', zh: '重点任务不存在', en: 'key task not found' },
});

export const KeyTaskReasons = defineReasons('KEY_TASK', {
  CODE_TAKEN: {
    code: 'CONFLICT',
    zh: '任务编码 %{code} 在 %{edition} 版中已存在',
    en: 'code already used in this edition',
  },
  DEPARTMENT_NOT_FOUND: { code: 'BAD_USER_INPUT', zh: '牵头部门不存在', en: 'department not found' },
});

export const ObjectionReasons = defineReasons('OBJECTION', {
  FORBIDDEN: {
    code: 'FORBIDDEN',
    zh: '只有区级管理员或领导可处理异议',
    en: 'district admins and leaders resolve objections',
  },
  INVALID_TRANSITION: {
    code: 'INVALID_TRANSITION',
    zh: '当前状态 %{fromState} 不能变为 %{toState}',
    en: 'transition not allowed',
  },
  NOT_FOUND: { code: 'NOT_FOUND', zh: '异议不存在', en: 'objection not found' },
  NOT_IN_NOTICE: {
    code: 'INVALID_TRANSITION',
    zh: '当前状态 %{fromState} 不能变为 %{toState}',
    en: 'transition not allowed',
  },
});

export const PairingReasons = defineReasons('PAIRING', {
  BRANCH_NOT_FOUND: { code: 'BAD_USER_INPUT', zh: '支部不存在', en: 'branch not found' },
  DUPLICATE: { code: 'CONFLICT', zh: '两支部已结对', en: 'these branches are already paired' },
  ENDED: { code: 'INVALID_TRANSITION', zh: '当前状态 %{fromState} 不能变为 %{toState}', en: 'transition not allowed' },
  FORBIDDEN: { code: 'FORBIDDEN', zh: '当前角色无权修改该结对', en: 'your role may not change this pairing' },
  NOT_FOUND: { code: 'NOT_FOUND', zh: '结对不存在', en: 'pairing not found' },
  SAME_BRANCH: { code: 'BAD_USER_INPUT', zh: '不能与自身结对', en: 'a branch cannot pair with itself' },
});

export const StarapplicationReasons = defineReasons('STARAPPLICATION', {
  FORBIDDEN: {
    code: 'FORBIDDEN',
    zh: '当前角色无权修改该创星申请',
    en: 'your role may not change this star application',
  },
  NOT_FOUND: { code: 'NOT_FOUND', zh: '创星申请不存在', en: 'star application not found' },
});

export const StarsReasons = defineReasons('STARS', {
  BAD_CODE: { code: 'BAD_USER_INPUT', zh: '编码只能包含大写字母、数字和下划线', en: 'code: A–Z, 0–9, _' },
  CATEGORIES_REQUIRED: { code: 'BAD_USER_INPUT', zh: '请至少选择一个适用类别', en: 'choose at least one category' },
  CATEGORY_NOT_COVERED: {
    code: 'BAD_USER_INPUT',
    zh: '该星（%{star}）不适用于该类别',
    en: 'the star %{star} does not apply to this category',
  },
  CODE_TAKEN: { code: 'CONFLICT', zh: '星类型编码 %{code} 已存在', en: 'code already used' },
  FORBIDDEN: {
    code: 'FORBIDDEN',
    zh: '只有区级管理员可以修改星级目录',
    en: 'only district admins edit the star catalog',
  },
});

export const StartypeReasons = defineReasons('STARTYPE', {
  NOT_FOUND: { code: 'NOT_FOUND', zh: '未找到该记录', en: 'starType not found' },
});
