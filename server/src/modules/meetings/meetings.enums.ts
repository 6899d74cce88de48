import { registerEnumType } from 'type-graphql';

/** The four lists (四个清单) a 学讲评 meeting produces. */
export enum MeetingItemKind {
  DIFFICULTY = 'DIFFICULTY',
  PROBLEM = 'PROBLEM',
  METHOD = 'METHOD',
  MEASURE = 'MEASURE',
}
registerEnumType(MeetingItemKind, {
  name: 'MeetingItemKind',
  description: '清单类别 Which of the four lists',
  valuesConfig: {
    DIFFICULTY: { description: '困难清单 Difficulty' },
    PROBLEM: { description: '问题清单 Problem' },
    METHOD: { description: '办法清单 Method (answers problems)' },
    MEASURE: { description: '举措清单 Measure (answers problems)' },
  },
});

/** Kinds followed to closure like rectifications: an owner, a deadline, a closing note. */
export const FOLLOWED_KINDS: readonly MeetingItemKind[] = [MeetingItemKind.DIFFICULTY, MeetingItemKind.PROBLEM];

export enum MeetingItemStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(MeetingItemStatus, {
  name: 'MeetingItemStatus',
  description: '清单事项状态 Item status (overdue is computed: open past its deadline)',
  valuesConfig: { OPEN: { description: '未销号 Open' }, CLOSED: { description: '已销号 Closed' } },
});

export enum MeetingItemAction {
  CLOSE = 'CLOSE',
  REOPEN = 'REOPEN',
  TO_PLAN = 'TO_PLAN',
}
registerEnumType(MeetingItemAction, {
  name: 'MeetingItemAction',
  description: '清单事项操作 Step in an item history',
  valuesConfig: {
    CLOSE: { description: '销号 Closed' },
    REOPEN: { description: '重新打开 Reopened' },
    TO_PLAN: { description: '转为规划任务 Turned into a plan item' },
  },
});
