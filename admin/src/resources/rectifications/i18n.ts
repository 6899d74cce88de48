import type { FeatureTexts } from '../../i18n/texts';

/** The texts of rectifications. */
const texts: FeatureTexts = {
  resources: {
    rectifications: {
      name: ['整改', 'Rectification |||| Rectifications'],
      fields: {
        status: ['状态', 'State'],
        overdue: ['逾期', 'Overdue'],
        finding: ['问题', 'Finding'],
        responsibleUnit: ['责任单位', 'Responsible unit'],
        responsiblePerson: ['责任人', 'Responsible person'],
        measures: ['整改措施', 'Measures'],
        deadline: ['整改期限', 'Deadline'],
        reopenCount: ['退回次数', 'Times reopened'],
        submissionNote: ['最近提交说明', 'Latest note'],
        submittedAt: ['最近提交时间', 'Last submitted'],
        closedAt: ['销号时间', 'Closed at'],
        events: ['流转记录', 'History'],
        evidence: ['整改佐证', 'Evidence'],
        withinId: ['责任单位范围', 'Within'],
        actionable: ['待我处理', 'Waiting for me'],
        daysWaiting: ['已等待（天）', 'Days waiting'],
        allowedActions: ['可执行操作', 'Actions available'],
      },
    },
  },
  messages: {
    rectifications: {
      waiting_team: ['待督导组验收', 'Waiting for the supervision team to verify it'],
      waiting_unit: ['待责任单位整改并提交', 'Waiting for the responsible unit to rectify and submit'],
    },
  },
  enums: {
    RectificationStatus: {
      ASSIGNED: ['整改中', 'Being rectified'],
      SUBMITTED: ['待验收', 'Awaiting verification'],
      CLOSED: ['已销号', 'Closed'],
    },
    RectificationAction: {
      ASSIGN: ['交办', 'Assigned'],
      SUBMIT: ['提交整改', 'Submitted'],
      ACCEPT: ['验收销号', 'Accepted'],
      REJECT: ['退回', 'Rejected'],
    },
  },
};

export default texts;
