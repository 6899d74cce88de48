import type { FeatureTexts } from '../../i18n/texts';

/** The texts of 学讲评 meetings and their four lists. */
const texts: FeatureTexts = {
  resources: {
    meetings: {
      name: ['学讲评会议', 'Meeting |||| Meetings'],
      fields: {
        unitId: ['单位', 'Unit'],
        unit: ['单位', 'Unit'],
        date: ['会议日期', 'Date'],
        theme: ['主题', 'Theme'],
        attendeeIds: ['参会人员', 'Attendees'],
        attendees: ['参会人员', 'Attendees'],
        studyContent: ['学：学习内容', 'Learn: what was studied'],
        studyMaterials: ['学：学习材料', 'Learn: materials'],
        speeches: ['讲：发言', 'Speak: speakers'],
        'speeches.personId': ['发言人', 'Speaker'],
        'speeches.topic': ['题目', 'Topic'],
        'speeches.points': ['要点', 'Points'],
        evaluations: ['评：评议', 'Evaluate'],
        'evaluations.personId': ['被评议人', 'Attendee'],
        'evaluations.selfEvaluation': ['自我评价', 'Self-evaluation'],
        'evaluations.peerEvaluation': ['他人评价', 'Peers'],
        summary: ['评：书记总结', 'Evaluate: secretary’s summary'],
        year: ['年度', 'Year'],
        withinId: ['单位', 'Unit'],
      },
    },
    meetingItems: {
      name: ['清单事项', 'List item |||| List items'],
      fields: {
        kind: ['清单', 'List'],
        content: ['内容', 'Content'],
        unit: ['单位', 'Unit'],
        ownerPerson: ['责任人', 'Responsible'],
        ownerPersonId: ['责任人', 'Responsible'],
        deadline: ['截止日期', 'Deadline'],
        status: ['状态', 'Status'],
        overdue: ['逾期', 'Overdue'],
        reopenCount: ['重新打开次数', 'Reopened'],
        closeNote: ['销号说明', 'Closing note'],
        withinId: ['单位', 'Unit'],
      },
    },
  },
  enums: {
    MeetingItemKind: {
      DIFFICULTY: ['困难清单', 'Difficulties'],
      PROBLEM: ['问题清单', 'Problems'],
      METHOD: ['办法清单', 'Methods'],
      MEASURE: ['举措清单', 'Measures'],
    },
    MeetingItemStatus: { OPEN: ['未销号', 'Open'], CLOSED: ['已销号', 'Closed'] },
    MeetingItemAction: {
      CLOSE: ['销号', 'Closed'],
      REOPEN: ['重新打开', 'Reopened'],
      TO_PLAN: ['转为规划任务', 'To plan'],
    },
  },
  messages: {
    meetings: {
      stage_learn: ['学', 'Learn'],
      stage_speak: ['讲', 'Speak'],
      stage_evaluate: ['评', 'Evaluate'],
      lists: ['四个清单', 'The four lists'],
      add_item: ['添加事项', 'Add item'],
      close: ['销号', 'Close'],
      reopen: ['重新打开', 'Reopen'],
      to_plan: ['转为规划任务', 'Turn into a plan item'],
      note: ['说明', 'Note'],
      evidence_required: ['销号须附佐证', 'Closing needs evidence'],
      evidence: ['上传销号佐证', 'Upload closing evidence'],
      overdue: ['逾期', 'Overdue'],
      done: ['已完成', 'Done'],
      none: ['暂无', 'None'],
    },
  },
};

export default texts;
