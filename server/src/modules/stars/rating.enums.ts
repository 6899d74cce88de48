import { registerEnumType } from 'type-graphql';

export enum ApplicationStatus {
  SUBMITTED = 'SUBMITTED',
  TOWNSHIP_APPROVED = 'TOWNSHIP_APPROVED',
  TASK_FORCE_APPROVED = 'TASK_FORCE_APPROVED',
  DECIDED = 'DECIDED',
  PUBLIC_NOTICE = 'PUBLIC_NOTICE',
  AWARDED = 'AWARDED',
  REJECTED = 'REJECTED',
  RETURNED = 'RETURNED',
}
registerEnumType(ApplicationStatus, {
  name: 'StarApplicationStatus',
  description: '创星申请状态 Star application status',
  valuesConfig: {
    SUBMITTED: { description: '已提交（待乡镇初审）Submitted, awaiting the township review' },
    TOWNSHIP_APPROVED: { description: '乡镇初审通过（待专班审核）Township approved, awaiting the task force' },
    TASK_FORCE_APPROVED: {
      description: '专班审核通过（待区级审定）Task force approved, awaiting the district decision',
    },
    DECIDED: { description: '区级审定通过（待公示）Decided by the district, awaiting public notice' },
    PUBLIC_NOTICE: { description: '公示中 In the public notice period' },
    AWARDED: { description: '已命名 Awarded' },
    REJECTED: { description: '未通过 Rejected (or stopped by an upheld objection)' },
    RETURNED: { description: '退回修改 Returned to the branch to edit and resubmit' },
  },
});

/** States in which an application is still open (at most one per branch, star and year). */
export const OPEN_STATUSES = [
  ApplicationStatus.SUBMITTED,
  ApplicationStatus.TOWNSHIP_APPROVED,
  ApplicationStatus.TASK_FORCE_APPROVED,
  ApplicationStatus.DECIDED,
  ApplicationStatus.PUBLIC_NOTICE,
  ApplicationStatus.RETURNED,
];

export enum ReviewDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  RETURN = 'RETURN',
}
registerEnumType(ReviewDecision, {
  name: 'ReviewDecision',
  description: '审核结论 Review decision',
  valuesConfig: {
    APPROVE: { description: '通过 Approve (to the next stage)' },
    REJECT: { description: '不通过（结束）Reject (ends the application)' },
    RETURN: { description: '退回修改 Return to the branch for changes' },
  },
});

export enum ApplicationAction {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  RETURN = 'RETURN',
  RESUBMIT = 'RESUBMIT',
  FILE_OBJECTION = 'FILE_OBJECTION',
  RESOLVE_OBJECTION = 'RESOLVE_OBJECTION',
  FINALIZE = 'FINALIZE',
}
registerEnumType(ApplicationAction, {
  name: 'StarApplicationAction',
  description: '当前用户现在可执行的操作 Action the current user may take now',
  valuesConfig: {
    APPROVE: { description: '通过 Approve' },
    REJECT: { description: '不通过 Reject' },
    RETURN: { description: '退回 Return' },
    RESUBMIT: { description: '修改后重新提交 Edit and resubmit' },
    FILE_OBJECTION: { description: '提出异议（公示期）File an objection (notice period)' },
    RESOLVE_OBJECTION: { description: '处理异议 Resolve an objection' },
    FINALIZE: { description: '公示期满命名 Award after the notice period' },
  },
});

export enum ObjectionAction {
  UPHOLD = 'UPHOLD',
  DISMISS = 'DISMISS',
}
registerEnumType(ObjectionAction, {
  name: 'ObjectionAction',
  description: '当前用户现在可对异议执行的操作 Action the current user may take on an objection now',
  valuesConfig: {
    UPHOLD: { description: '异议成立（停止命名）Uphold: stops the award' },
    DISMISS: { description: '异议不成立 Dismiss' },
  },
});

export enum ObjectionStatus {
  OPEN = 'OPEN',
  UPHELD = 'UPHELD',
  DISMISSED = 'DISMISSED',
}
registerEnumType(ObjectionStatus, {
  name: 'ObjectionStatus',
  description: '异议状态 Objection status',
  valuesConfig: {
    OPEN: { description: '待处理 Open' },
    UPHELD: { description: '成立（停止命名）Upheld: stops the award' },
    DISMISSED: { description: '不成立 Dismissed' },
  },
});

export enum StarEndKind {
  DOWNGRADED = 'DOWNGRADED',
  REVOKED = 'REVOKED',
}
registerEnumType(StarEndKind, {
  name: 'StarEndKind',
  description: '失星方式 How a held star ended',
  valuesConfig: {
    DOWNGRADED: { description: '降星 Downgraded (dynamic management)' },
    REVOKED: { description: '取消 Revoked' },
  },
});

export enum StarHistoryKind {
  AWARDED = 'AWARDED',
  DOWNGRADED = 'DOWNGRADED',
  REVOKED = 'REVOKED',
}
registerEnumType(StarHistoryKind, {
  name: 'StarHistoryKind',
  description: '星级变动类型 Star history event kind',
  valuesConfig: {
    AWARDED: { description: '命名（摘星）Awarded' },
    DOWNGRADED: { description: '降星 Downgraded' },
    REVOKED: { description: '取消 Revoked' },
  },
});

export enum BranchStarState {
  HELD = 'HELD',
  IN_REVIEW = 'IN_REVIEW',
  PUBLIC_NOTICE = 'PUBLIC_NOTICE',
  RETURNED = 'RETURNED',
  NOT_HELD = 'NOT_HELD',
}
registerEnumType(BranchStarState, {
  name: 'BranchStarState',
  description: '支部某颗星在某年度的状态 State of one star of a branch in a year',
  valuesConfig: {
    HELD: { description: '已获得 Held' },
    IN_REVIEW: { description: '评审中 In review' },
    PUBLIC_NOTICE: { description: '公示中 In public notice' },
    RETURNED: { description: '退回修改中 Returned for changes' },
    NOT_HELD: { description: '未获得 Not held' },
  },
});
