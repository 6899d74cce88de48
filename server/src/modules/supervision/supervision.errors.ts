/** The supervision module's reasons (common/reasons.ts). */
import { defineReasons } from '../../common/reasons';

export const FindingReasons = defineReasons('FINDING', {
  CHECK_NOT_IN_PROGRESS: {
    code: 'INVALID_TRANSITION',
    zh: '暗访当前状态 %{fromState}，只有进行中的暗访可以更正或撤回问题',
    en: 'findings are corrected or withdrawn only while their spot check is in progress',
  },
  NOT_FOUND: { code: 'NOT_FOUND', zh: '问题不存在', en: 'finding not found' },
  REASON_REQUIRED: { code: 'BAD_USER_INPUT', zh: '撤回须说明原因', en: 'say why the finding is withdrawn' },
  WITHDRAWN: { code: 'INVALID_TRANSITION', zh: '该问题已撤回', en: 'this finding was withdrawn' },
});

export const RectificationReasons = defineReasons('RECTIFICATION', {
  ALREADY_ASSIGNED: { code: 'CONFLICT', zh: '该问题已交办整改', en: 'this finding already has a rectification' },
  BAD_UNIT: {
    code: 'BAD_USER_INPUT',
    zh: '责任单位须为被检单位或其上级',
    en: 'the responsible unit must be the target or above it',
  },
  NOT_ASSIGNED: {
    code: 'INVALID_TRANSITION',
    zh: '当前状态 %{fromState} 不能变为 %{toState}',
    en: 'transition not allowed',
  },
  NOT_FOUND: { code: 'NOT_FOUND', zh: '整改不存在', en: 'rectification not found' },
  NOT_RESPONSIBLE: { code: 'FORBIDDEN', zh: '只有责任单位可以提交整改', en: 'only the responsible unit submits' },
  NOT_SUBMITTED: {
    code: 'INVALID_TRANSITION',
    zh: '当前状态 %{fromState} 不能变为 %{toState}',
    en: 'transition not allowed',
  },
  REASON_REQUIRED: { code: 'BAD_USER_INPUT', zh: '退回须说明原因', en: 'say why it is rejected' },
  UNKNOWN_PERSON: { code: 'BAD_USER_INPUT', zh: '责任人不存在', en: 'unknown person' },
});

export const SpotcheckReasons = defineReasons('SPOTCHECK', {
  NOT_FOUND: { code: 'NOT_FOUND', zh: '暗访不存在', en: 'spot check not found' },
});

export const SpotCheckReasons = defineReasons('SPOT_CHECK', {
  BAD_SCORE: { code: 'BAD_USER_INPUT', zh: '得分应在 0–100 之间', en: 'score must be 0–100' },
  DUPLICATE_SCORE: { code: 'BAD_USER_INPUT', zh: '同一重点任务只能评分一次', en: 'one score per key task' },
  METHOD_NOT_ATTESTED: {
    code: 'BAD_USER_INPUT',
    zh: '须确认按“四不两直”方式开展',
    en: 'attest the four-no, two-direct method',
  },
  NOT_COMPLETED: {
    code: 'INVALID_TRANSITION',
    zh: '当前状态 %{fromState} 不能变为 %{toState}',
    en: 'transition not allowed',
  },
  NOT_IN_PROGRESS: {
    code: 'INVALID_TRANSITION',
    zh: '当前状态 %{fromState} 不能变为 %{toState}',
    en: 'transition not allowed',
  },
  NOT_PLANNED: {
    code: 'INVALID_TRANSITION',
    zh: '当前状态 %{fromState} 不能变为 %{toState}',
    en: 'transition not allowed',
  },
  NOT_TEAM_MEMBER: {
    code: 'FORBIDDEN',
    zh: '只有本督导组成员可以执行此操作',
    en: 'only members of the team may do this',
  },
  STAR_MISMATCH: { code: 'BAD_USER_INPUT', zh: '星类型与重点任务不一致', en: 'star does not match the key task' },
  UNKNOWN_KEY_TASK: { code: 'BAD_USER_INPUT', zh: '重点任务不存在', en: 'unknown key task' },
  UNKNOWN_PERSON: { code: 'BAD_USER_INPUT', zh: '认领人不存在', en: 'unknown person' },
});

export const SupervisionReasons = defineReasons('SUPERVISION', {
  FORBIDDEN: {
    code: 'FORBIDDEN',
    zh: '只有区级管理员可以管理督导组',
    en: 'only district admins manage supervision teams',
  },
  NOT_A_SUPERVISOR: {
    code: 'BAD_USER_INPUT',
    zh: '督导组成员须为本辖区督导员',
    en: 'members must be supervisors of this area',
  },
  TEAM_INACTIVE: { code: 'BAD_USER_INPUT', zh: '该督导组已停用', en: 'team is inactive' },
});

export const SupervisionteamReasons = defineReasons('SUPERVISIONTEAM', {
  NOT_FOUND: { code: 'NOT_FOUND', zh: '督导组不存在', en: 'supervision team not found' },
});
