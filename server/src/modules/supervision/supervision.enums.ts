import { registerEnumType } from 'type-graphql';

export enum SpotCheckStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
}
registerEnumType(SpotCheckStatus, {
  name: 'SpotCheckStatus',
  description: '暗访状态 Spot check state',
  valuesConfig: {
    PLANNED: {
      description:
        '已计划（保密，仅督导组和区级领导可见）Planned: secret, visible only to its team, district admins and leaders',
    },
    IN_PROGRESS: { description: '进行中（仍保密）On site now: still secret' },
    COMPLETED: {
      description: '已完成（对被检单位及其乡镇可见）Completed: now visible to the target branch and its township',
    },
  },
});

export enum FindingSeverity {
  MINOR = 'MINOR',
  MAJOR = 'MAJOR',
  CRITICAL = 'CRITICAL',
}
registerEnumType(FindingSeverity, {
  name: 'FindingSeverity',
  description: '问题严重程度 Severity of a finding',
  valuesConfig: {
    MINOR: { description: '一般 Minor' },
    MAJOR: { description: '较重 Major' },
    CRITICAL: { description: '严重 Critical' },
  },
});

export enum RectificationStatus {
  ASSIGNED = 'ASSIGNED',
  SUBMITTED = 'SUBMITTED',
  CLOSED = 'CLOSED',
}
registerEnumType(RectificationStatus, {
  name: 'RectificationStatus',
  description: '整改状态 Rectification state',
  valuesConfig: {
    ASSIGNED: { description: '已交办（整改中）Assigned: the responsible unit is working on it' },
    SUBMITTED: { description: '已提交整改材料，待验收 Submitted: evidence sent, awaiting verification' },
    CLOSED: { description: '已销号 Closed: verified by the team' },
  },
});

export enum RectificationAction {
  ASSIGN = 'ASSIGN',
  SUBMIT = 'SUBMIT',
  ACCEPT = 'ACCEPT',
  REJECT = 'REJECT',
}
registerEnumType(RectificationAction, {
  name: 'RectificationAction',
  description: '整改流转动作 A step of the rectification loop',
  valuesConfig: {
    ASSIGN: { description: '交办 Assigned' },
    SUBMIT: { description: '提交整改 Submitted' },
    ACCEPT: { description: '验收通过（销号）Accepted: closed' },
    REJECT: { description: '退回重改 Rejected: back to the responsible unit' },
  },
});

export enum SpotCheckAction {
  START = 'START',
  RECORD_FINDING = 'RECORD_FINDING',
  COMPLETE = 'COMPLETE',
}
registerEnumType(SpotCheckAction, {
  name: 'SpotCheckAction',
  description: '当前用户现在可对暗访执行的操作 Action the current user may take on a spot check now',
  valuesConfig: {
    START: { description: '开始暗访 Start on site' },
    RECORD_FINDING: { description: '记录问题 Record a finding' },
    COMPLETE: { description: '完成暗访 Complete' },
  },
});

export enum FindingAction {
  UPDATE = 'UPDATE',
  WITHDRAW = 'WITHDRAW',
  ASSIGN_RECTIFICATION = 'ASSIGN_RECTIFICATION',
}
registerEnumType(FindingAction, {
  name: 'FindingAction',
  description: '当前用户现在可对问题执行的操作 Action the current user may take on a finding now',
  valuesConfig: {
    UPDATE: { description: '更正问题（暗访进行中，本督导组）Correct it (its team, while the check is in progress)' },
    WITHDRAW: { description: '撤回问题（暗访进行中，本督导组）Withdraw it (its team, while the check is in progress)' },
    ASSIGN_RECTIFICATION: { description: '交办整改 Assign its rectification' },
  },
});
