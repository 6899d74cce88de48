import { registerEnumType } from 'type-graphql';

export enum ResidentChannel {
  LETTER = 'LETTER',
  VISIT = 'VISIT',
  PHONE = 'PHONE',
  ONLINE = 'ONLINE',
}
registerEnumType(ResidentChannel, {
  name: 'ResidentChannel',
  description: '诉求渠道 How a request came in',
  valuesConfig: {
    LETTER: { description: '清风邮局来信 A letter to the 清风邮局 mailbox' },
    VISIT: { description: '来访 A visit' },
    PHONE: { description: '来电 A phone call' },
    ONLINE: { description: '网上（公开表单）The public online form' },
  },
});

export enum ResidentCategory {
  CONSULTATION = 'CONSULTATION',
  HELP = 'HELP',
  SUGGESTION = 'SUGGESTION',
  COMPLAINT = 'COMPLAINT',
}
registerEnumType(ResidentCategory, {
  name: 'ResidentCategory',
  description: '诉求类别（决定办理时限）Category of a request: it sets the deadline',
  valuesConfig: {
    CONSULTATION: { description: '咨询（2 个工作日）Consultation: 2 working days' },
    HELP: { description: '求助（10 个工作日）Help: 10 working days' },
    SUGGESTION: { description: '建议（10 个工作日）Suggestion: 10 working days' },
    COMPLAINT: { description: '投诉（15 个工作日）Complaint: 15 working days' },
  },
});

/** Working days to answer, by category (the 12345 hotline's rule). */
export const DEADLINE_WORKING_DAYS: Record<ResidentCategory, number> = {
  CONSULTATION: 2,
  HELP: 10,
  SUGGESTION: 10,
  COMPLAINT: 15,
};

export enum ResidentStage {
  REGISTERED = 'REGISTERED',
  ACCEPTED = 'ACCEPTED',
  MERGED = 'MERGED',
  CONSULTATION = 'CONSULTATION',
  HANDLING = 'HANDLING',
  FEEDBACK = 'FEEDBACK',
  CLOSED = 'CLOSED',
}
registerEnumType(ResidentStage, {
  name: 'ResidentStage',
  description: '诉求环节 Stage of a resident request',
  valuesConfig: {
    REGISTERED: { description: '已登记（清风邮局）Registered, waiting to be accepted' },
    ACCEPTED: { description: '已受理（民情气象站）Accepted at the 民情气象站' },
    MERGED: { description: '已合并（重复诉求）Merged into a duplicate request' },
    CONSULTATION: { description: '协商中（社区半月谈）Under consultation at a 社区半月谈 meeting' },
    HANDLING: { description: '办理中 Being handled by the responsible unit and person' },
    FEEDBACK: { description: '已反馈（双白小灵通）Fed back to the resident, waiting for the evaluation' },
    CLOSED: { description: '已办结（居民满意或基本满意）Closed: the resident was satisfied or basically satisfied' },
  },
});

export enum ResidentEvaluation {
  SATISFIED = 'SATISFIED',
  BASICALLY_SATISFIED = 'BASICALLY_SATISFIED',
  UNSATISFIED = 'UNSATISFIED',
}
registerEnumType(ResidentEvaluation, {
  name: 'ResidentEvaluation',
  description: '居民评价 The resident’s evaluation',
  valuesConfig: {
    SATISFIED: { description: '满意 Satisfied' },
    BASICALLY_SATISFIED: { description: '基本满意 Basically satisfied' },
    UNSATISFIED: { description: '不满意（重新办理）Unsatisfied: the request is handled again' },
  },
});

export enum ResidentAction {
  REGISTER = 'REGISTER',
  SUBMIT = 'SUBMIT',
  ACCEPT = 'ACCEPT',
  MERGE = 'MERGE',
  REFER = 'REFER',
  CONSULT = 'CONSULT',
  HANDLE = 'HANDLE',
  FEEDBACK = 'FEEDBACK',
  EVALUATE = 'EVALUATE',
  REOPEN = 'REOPEN',
}
registerEnumType(ResidentAction, {
  name: 'ResidentAction',
  description: '诉求办理动作 A step taken on a request',
  valuesConfig: {
    REGISTER: { description: '工作人员登记（来信、来访、来电）Registered by staff' },
    SUBMIT: { description: '居民在线提交 Submitted by the resident online' },
    ACCEPT: { description: '受理 Accepted' },
    MERGE: { description: '合并到重复诉求 Merged into a duplicate' },
    REFER: { description: '转交其他单位 Referred to another unit' },
    CONSULT: { description: '提交社区半月谈协商 Taken to a consultation meeting' },
    HANDLE: { description: '交办（责任单位、责任人、时限）Assigned for handling' },
    FEEDBACK: { description: '反馈办理结果 Fed back to the resident' },
    EVALUATE: { description: '居民评价 Evaluated' },
    REOPEN: { description: '不满意，重新办理 Reopened after an unsatisfied evaluation' },
  },
});

export enum EvaluationVia {
  TRACKING_CODE = 'TRACKING_CODE',
  CALL_BACK = 'CALL_BACK',
}
registerEnumType(EvaluationVia, {
  name: 'EvaluationVia',
  description: '评价方式 How the evaluation was given',
  valuesConfig: {
    TRACKING_CODE: { description: '居民凭查询码评价 By the resident with the tracking code' },
    CALL_BACK: { description: '工作人员回访记录 Recorded by staff after a call-back' },
  },
});

export enum CommunityMemberKind {
  VOLUNTEER = 'VOLUNTEER',
  SUPERVISOR = 'SUPERVISOR',
}
registerEnumType(CommunityMemberKind, {
  name: 'CommunityMemberKind',
  description: '名册类别 Register a community member is on',
  valuesConfig: {
    VOLUNTEER: { description: '党员志愿者 Party volunteer' },
    SUPERVISOR: { description: '廉情监督员 Integrity supervisor' },
  },
});

export enum CommunityActivityKind {
  SERVICE = 'SERVICE',
  PATROL = 'PATROL',
  POLICY_TALK = 'POLICY_TALK',
  SUPERVISION = 'SUPERVISION',
  VISIT = 'VISIT',
}
registerEnumType(CommunityActivityKind, {
  name: 'CommunityActivityKind',
  description: '活动类别 Kind of community activity',
  valuesConfig: {
    SERVICE: { description: '志愿服务 Volunteer service' },
    PATROL: { description: '平安巡逻 Safety patrol' },
    POLICY_TALK: { description: '政策宣讲 Policy talk' },
    SUPERVISION: { description: '廉情监督 Integrity supervision' },
    VISIT: { description: '入户走访 Home visits' },
  },
});
