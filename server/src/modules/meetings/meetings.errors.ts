/** The meetings module's reasons (common/reasons.ts). */
import { defineReasons } from '../../common/reasons';

export const MeetingReasons = defineReasons('MEETING', {
  ATTENDEE_NOT_FOUND: { code: 'BAD_USER_INPUT', zh: '参会人员不存在', en: 'attendee not found' },
  SPEAKER_NOT_ATTENDEE: {
    code: 'BAD_USER_INPUT',
    zh: '发言人、评议人须为参会人员',
    en: 'speakers and evaluated people must be attendees',
  },
  DATE_IN_FUTURE: { code: 'BAD_USER_INPUT', zh: '会议日期不能晚于今天', en: 'the meeting date is in the future' },
  FORBIDDEN: {
    code: 'FORBIDDEN',
    zh: '当前角色无权记录该单位的学讲评会议',
    en: 'your role may not record meetings here',
  },
  NOT_FOUND: { code: 'NOT_FOUND', zh: '会议不存在', en: 'meeting not found' },
  UNIT_LEVEL: {
    code: 'BAD_USER_INPUT',
    zh: '学讲评会议由支部或乡镇（街道）记录',
    en: 'meetings are recorded by branches and townships',
  },
  UNIT_NOT_FOUND: { code: 'BAD_USER_INPUT', zh: '单元不存在', en: 'unit not found' },
});

export const MeetingitemReasons = defineReasons('MEETINGITEM', {
  ALREADY_CLOSED: { code: 'CONFLICT', zh: '该事项已销号', en: 'the item is closed already' },
  ALREADY_PLANNED: { code: 'CONFLICT', zh: '该事项已转为规划任务', en: 'the item is a plan item already' },
  ANSWERS_FOR_METHODS: {
    code: 'BAD_USER_INPUT',
    zh: '只有办法、举措可关联所解决的问题',
    en: 'only methods and measures answer problems',
  },
  ANSWER_NOT_PROBLEM: {
    code: 'BAD_USER_INPUT',
    zh: '关联事项须为同一单位的问题或困难',
    en: 'an answered item must be a problem or difficulty of the same unit',
  },
  DEADLINE_REQUIRED: {
    code: 'BAD_USER_INPUT',
    zh: '问题、困难须有截止日期',
    en: 'problems and difficulties need a deadline',
  },
  EVIDENCE_REQUIRED: { code: 'BAD_USER_INPUT', zh: '该事项销号须上传佐证材料', en: 'closing this item needs evidence' },
  FORBIDDEN: { code: 'FORBIDDEN', zh: '当前角色无权处理该清单事项', en: 'your role may not change this item' },
  NOT_CLOSED: { code: 'CONFLICT', zh: '该事项尚未销号', en: 'the item is not closed' },
  NOT_FOLLOWED: {
    code: 'BAD_USER_INPUT',
    zh: '只有问题、困难需要销号',
    en: 'only problems and difficulties are closed',
  },
  NOT_FOUND: { code: 'NOT_FOUND', zh: '清单事项不存在', en: 'list item not found' },
  OWNER_REQUIRED: {
    code: 'BAD_USER_INPUT',
    zh: '问题、困难须有责任人',
    en: 'problems and difficulties need a responsible person',
  },
  OWNER_NOT_FOUND: { code: 'BAD_USER_INPUT', zh: '责任人不存在', en: 'responsible person not found' },
  OWNER_UNIT_OUTSIDE: {
    code: 'BAD_USER_INPUT',
    zh: '责任单位须为会议单位或其下级',
    en: 'the responsible unit must be the meeting unit or below it',
  },
  NO_PLAN: {
    code: 'BAD_USER_INPUT',
    zh: '该单位 %{year} 年度尚无创建规划',
    en: 'the unit has no plan for %{year}',
  },
  NOTE_REQUIRED: { code: 'BAD_USER_INPUT', zh: '请填写说明', en: 'a note is required' },
});
