import type { FeatureTexts } from '../../i18n/texts';

/** The texts of plan items and their milestones (倒排工期, kept on the item's page). */
const texts: FeatureTexts = {
  resources: {
    planItems: {
      name: ['规划任务', 'Plan item |||| Plan items'],
      fields: {
        planId: ['所属规划', 'Plan'],
        plan: ['所属规划', 'Plan'],
        unitId: ['责任单位', 'Responsible unit'],
        unit: ['责任单位', 'Responsible unit'],
        keyTaskId: ['重点任务', 'Key task'],
        keyTask: ['重点任务', 'Key task'],
        responsiblePersonId: ['责任人', 'Responsible person'],
        responsiblePerson: ['责任人', 'Responsible person'],
        title: ['任务', 'Task'],
        description: ['说明', 'Description'],
        deadline: ['截止日期', 'Deadline'],
        status: ['状态', 'Status'],
        progress: ['进度（%）', 'Progress (%)'],
        overdue: ['逾期', 'Overdue'],
        completedAt: ['完成时间', 'Completed at'],
        milestones: ['节点（倒排工期）', 'Milestones'],
        evidence: ['佐证材料', 'Evidence'],
        year: ['年度', 'Year'],
      },
    },
  },
  enums: {
    PlanItemStatus: {
      NOT_STARTED: ['未开始', 'Not started'],
      IN_PROGRESS: ['进行中', 'In progress'],
      DONE: ['已完成', 'Done'],
    },
  },
  messages: {
    milestones: {
      title: ['节点名称', 'Milestone'],
      due_date: ['节点日期', 'Due date'],
      done_on: ['完成日期', 'Done on'],
      actions: ['操作', 'Actions'],
      none: ['暂无节点', 'No milestones yet'],
      add: ['添加节点', 'Add milestone'],
      mark_done: ['完成', 'Mark done'],
      undo: ['撤销完成', 'Undo done'],
      edit: ['编辑', 'Edit'],
      save: ['保存', 'Save'],
      cancel: ['取消', 'Cancel'],
      not_after: ['不晚于截止日期 %{date}', 'Not after the deadline %{date}'],
    },
  },
};

export default texts;
