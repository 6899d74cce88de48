import { registerEnumType } from 'type-graphql';

export enum QuestionKind {
  SINGLE = 'SINGLE',
  MULTIPLE = 'MULTIPLE',
  TRUE_FALSE = 'TRUE_FALSE',
  FILL = 'FILL',
}

export enum PaperMode {
  FIXED = 'FIXED',
  RULES = 'RULES',
}

export enum Grading {
  BEST = 'BEST',
  LAST = 'LAST',
}

export enum AttemptStatus {
  IN_PROGRESS = 'IN_PROGRESS',
  SUBMITTED = 'SUBMITTED',
  EXPIRED = 'EXPIRED',
  PAPER = 'PAPER',
}

export enum AttendanceMethod {
  CODE = 'CODE',
  STAFF = 'STAFF',
}

registerEnumType(QuestionKind, {
  name: 'QuestionKind',
  description: '题型 Question kind',
  valuesConfig: {
    SINGLE: { description: '单选题 Single choice' },
    MULTIPLE: { description: '多选题 Multiple choice (all correct options, nothing else)' },
    TRUE_FALSE: { description: '判断题 True/false (options 正确 / 错误)' },
    FILL: { description: '填空题 Fill-in: the normalised answer equals one of the accepted answers' },
  },
});
registerEnumType(PaperMode, {
  name: 'PaperMode',
  description: '组卷方式 How the paper is made',
  valuesConfig: {
    FIXED: { description: '固定试卷 A fixed list of questions' },
    RULES: { description: '随机组卷 Drawn per taker by rules (N questions per star × difficulty)' },
  },
});
registerEnumType(Grading, {
  name: 'Grading',
  description: '多次作答计分 Which attempt counts when several are allowed',
  valuesConfig: { BEST: { description: '取最高分 The best' }, LAST: { description: '取最后一次 The last' } },
});
registerEnumType(AttemptStatus, {
  name: 'AttemptStatus',
  description: '作答状态 State of an attempt',
  valuesConfig: {
    IN_PROGRESS: { description: '作答中 In progress (until submitted or its deadline)' },
    SUBMITTED: { description: '已交卷 Submitted' },
    EXPIRED: { description: '超时收卷 Ended by the server at its deadline' },
    PAPER: { description: '纸质考试成绩（录入）Sat on paper; score entered by staff' },
  },
});
registerEnumType(AttendanceMethod, {
  name: 'AttendanceMethod',
  description: '签到方式 How attendance was recorded',
  valuesConfig: {
    CODE: { description: '签到码 The attendee entered the session code' },
    STAFF: { description: '工作人员登记 Marked by staff' },
  },
});
