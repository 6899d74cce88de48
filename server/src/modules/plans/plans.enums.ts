import { registerEnumType } from 'type-graphql';

export enum PlanLevel {
  DISTRICT = 'DISTRICT',
  TOWNSHIP = 'TOWNSHIP',
  BRANCH = 'BRANCH',
}
registerEnumType(PlanLevel, {
  name: 'PlanLevel',
  description: '规划层级 Plan level',
  valuesConfig: {
    DISTRICT: { description: '区级 District plan' },
    TOWNSHIP: { description: '乡镇（街道）级 Township plan' },
    BRANCH: { description: '支部级（创星计划）Branch plan' },
  },
});

export enum PlanItemStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
}
registerEnumType(PlanItemStatus, {
  name: 'PlanItemStatus',
  description: '任务状态 Plan item status',
  valuesConfig: {
    NOT_STARTED: { description: '未开始 Not started' },
    IN_PROGRESS: { description: '进行中 In progress' },
    DONE: { description: '已完成 Done' },
  },
});

/** 保三冲四争五: a star already held and to keep, a target, or a stretch goal. */
export enum PlanStarIntent {
  KEEP = 'KEEP',
  TARGET = 'TARGET',
  STRIVE = 'STRIVE',
}
registerEnumType(PlanStarIntent, {
  name: 'PlanStarIntent',
  description: '星目标类型（保、冲、争）Star intent in a branch plan',
  valuesConfig: {
    KEEP: { description: '保：已有并保持 Held, to keep' },
    TARGET: { description: '冲：目标 Target' },
    STRIVE: { description: '争：力争 Strive for' },
  },
});
