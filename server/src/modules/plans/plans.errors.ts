/** The plans module's reasons (common/reasons.ts). */
import { defineReasons } from '../../common/reasons';

export const PlanReasons = defineReasons('PLAN', {
  DEADLINE_YEAR: { code: 'BAD_USER_INPUT', zh: '截止日期应在规划年度附近', en: 'deadline far from the plan year' },
  DUPLICATE: { code: 'CONFLICT', zh: '该单元 %{year} 年度已有规划', en: 'this unit already has a plan for the year' },
  DUPLICATE_STAR: { code: 'BAD_USER_INPUT', zh: '星类型重复', en: 'a star is listed twice' },
  FORBIDDEN: { code: 'FORBIDDEN', zh: '当前角色无权修改该规划', en: 'your role may not change this plan' },
  KEY_TASK_NOT_FOUND: { code: 'BAD_USER_INPUT', zh: '重点任务不存在', en: 'key task not found' },
  MILESTONE_AFTER_DEADLINE: {
    code: 'BAD_USER_INPUT',
    zh: '节点日期不能晚于截止日期',
    en: 'milestone after the deadline',
  },
  NOT_FOUND: { code: 'BAD_USER_INPUT', zh: '规划不存在', en: 'plan not found' },
  OWNER_NOT_FOUND: { code: 'BAD_USER_INPUT', zh: '包星责任人不存在', en: 'owner not found' },
  OWNER_NOT_HERE: { code: 'BAD_USER_INPUT', zh: '包星责任人不属于该支部', en: 'the owner is not of this branch' },
  PERSON_NOT_FOUND: { code: 'BAD_USER_INPUT', zh: '责任人不存在', en: 'person not found' },
  PROGRESS_RANGE: { code: 'BAD_USER_INPUT', zh: '进度须在 0 到 100 之间', en: 'progress 0–100' },
  STARS_FOR_BRANCHES: { code: 'BAD_USER_INPUT', zh: '只有支部规划可设置星目标', en: 'only branch plans state stars' },
  UNIT_LEVEL: {
    code: 'BAD_USER_INPUT',
    zh: '只能为区、乡镇（街道）或支部制定规划',
    en: 'plans are for districts, townships and branches',
  },
  UNIT_NOT_FOUND: { code: 'BAD_USER_INPUT', zh: '单元不存在', en: 'unit not found' },
  UNIT_OUTSIDE_PLAN: {
    code: 'BAD_USER_INPUT',
    zh: '责任单位须在规划单位之内',
    en: 'the responsible unit must be inside the plan unit',
  },
});

export const PlanitemReasons = defineReasons('PLANITEM', {
  FORBIDDEN: { code: 'FORBIDDEN', zh: '当前角色无权修改该规划事项', en: 'your role may not change this plan item' },
  NOT_FOUND: { code: 'NOT_FOUND', zh: '规划事项不存在', en: 'plan item not found' },
});

export const PlanmilestoneReasons = defineReasons('PLANMILESTONE', {
  NOT_FOUND: { code: 'NOT_FOUND', zh: '时间节点不存在', en: 'plan milestone not found' },
});
