/** The org module's reasons (common/reasons.ts). */
import { defineReasons } from '../../common/reasons';

/** A branch is a unit of the branch level: asked for by id, another level is no branch. */
export const BranchReasons = defineReasons('BRANCH', {
  NOT_FOUND: { code: 'NOT_FOUND', zh: '支部不存在', en: 'branch not found' },
});

export const ChainReasons = defineReasons('CHAIN', {
  OTHER_STAR: {
    code: 'FORBIDDEN',
    zh: '专班成员只能查看本专班所负责星的责任链',
    en: 'task-force members see the chain of their own star',
  },
});

export const ContactpointReasons = defineReasons('CONTACTPOINT', {
  FORBIDDEN: {
    code: 'FORBIDDEN',
    zh: '当前角色无权修改该联系点',
    en: 'your role may not change this contact point',
  },
  NOT_FOUND: { code: 'NOT_FOUND', zh: '联系点不存在', en: 'contact point not found' },
});

export const ContactPointReasons = defineReasons('CONTACT_POINT', {
  LEADER_NOT_FOUND: { code: 'BAD_USER_INPUT', zh: '人员不存在', en: 'person not found' },
  NOT_A_COUNTY_LEADER: {
    code: 'BAD_USER_INPUT',
    zh: '联系点须由县级领导担任',
    en: 'the leader must hold a county-level position',
  },
  WRONG_UNIT_LEVEL: {
    code: 'BAD_USER_INPUT',
    zh: '联系点须为乡镇（街道）或支部',
    en: 'a contact point is a township-level unit or a branch',
  },
});

export const DepartmentReasons = defineReasons('DEPARTMENT', {
  CODE_TAKEN: { code: 'CONFLICT', zh: '部门编码 %{code} 已存在', en: 'the code %{code} is already used' },
  FORBIDDEN: {
    code: 'FORBIDDEN',
    zh: '当前角色无权修改该部门',
    en: 'your role may not change this department',
  },
  NOT_FOUND: { code: 'NOT_FOUND', zh: '部门不存在', en: 'department not found' },
});

export const PersonReasons = defineReasons('PERSON', {
  FORBIDDEN: { code: 'FORBIDDEN', zh: '当前角色无权修改该人员', en: 'your role may not change this person' },
  NOT_FOUND: { code: 'NOT_FOUND', zh: '人员不存在', en: 'person not found' },
});

export const PositionReasons = defineReasons('POSITION', {
  DEPARTMENT_NOT_FOUND: { code: 'BAD_USER_INPUT', zh: '部门不存在', en: 'department not found' },
  FORBIDDEN: { code: 'FORBIDDEN', zh: '当前角色无权修改该职务', en: 'your role may not change this position' },
  NOT_FOUND: { code: 'NOT_FOUND', zh: '职务不存在', en: 'position not found' },
  OVERLAP: {
    code: 'CONFLICT',
    zh: '该职务在此期间已由 %{name} 担任（%{startDate} 起），请先结束其任职',
    en: 'the role is held by %{name} since %{startDate}: end that position first',
  },
  PERSON_IMMUTABLE: {
    code: 'BAD_USER_INPUT',
    zh: '不能更换任职人员，请结束本任职并新建',
    en: 'end this position and create a new one',
  },
  PERSON_NOT_FOUND: { code: 'BAD_USER_INPUT', zh: '人员不存在', en: 'person not found' },
  PLACE_REQUIRED: {
    code: 'BAD_USER_INPUT',
    zh: '请只填写一个任职单位：单元、部门或专班之一',
    en: 'give exactly one of unitId, departmentId, taskForceId',
  },
  TASK_FORCE_NOT_FOUND: { code: 'BAD_USER_INPUT', zh: '专班不存在', en: 'task force not found' },
  WRONG_PLACE: {
    code: 'BAD_USER_INPUT',
    zh: '%{role} 不在此类单位任职：请按职务选择单元、部门或专班',
    en: '%{role} is not held in this kind of place: a unit, a department or a task force, as the role says',
  },
  WRONG_UNIT_LEVEL: {
    code: 'BAD_USER_INPUT',
    zh: '%{role} 只能在 %{levels} 层级任职',
    en: '%{role} is held at these unit levels only: %{levels}',
  },
});

/** Star types live here (org); the stars module rates branches against them. */
export const StarCodeReasons = defineReasons('STARS', {
  UNKNOWN_STAR_CODE: { code: 'BAD_USER_INPUT', zh: '未知的星类型 %{code}', en: 'unknown star code %{code}' },
});

export const StarownerReasons = defineReasons('STAROWNER', {
  FORBIDDEN: {
    code: 'FORBIDDEN',
    zh: '当前角色无权修改该包星责任人',
    en: 'your role may not change this star owner',
  },
  NOT_FOUND: { code: 'NOT_FOUND', zh: '包星责任人不存在', en: 'star owner not found' },
});

export const StarOwnerReasons = defineReasons('STAR_OWNER', {
  NOT_A_BRANCH: { code: 'BAD_USER_INPUT', zh: '只能为支部指定包星人', en: 'star owners belong to branches' },
  NOT_A_BRANCH_MEMBER: {
    code: 'BAD_USER_INPUT',
    zh: '包星人须为该支部委员',
    en: 'the star owner must be on the branch committee',
  },
  OVERLAP: {
    code: 'CONFLICT',
    zh: '该星在此期间已有包星人，请先结束其包星',
    en: 'the star already has an owner in this period',
  },
  PERSON_NOT_FOUND: { code: 'BAD_USER_INPUT', zh: '人员不存在', en: 'person not found' },
});

export const TaskforceReasons = defineReasons('TASKFORCE', {
  FORBIDDEN: {
    code: 'FORBIDDEN',
    zh: '当前角色无权修改该专班',
    en: 'your role may not change this task force',
  },
  NOT_FOUND: { code: 'NOT_FOUND', zh: '专班不存在', en: 'task force not found' },
});

export const TaskForceReasons = defineReasons('TASK_FORCE', {
  DEPARTMENT_NOT_FOUND: {
    code: 'BAD_USER_INPUT',
    zh: '牵头单位须为本区职能部门',
    en: 'lead department must be a department of this district',
  },
  EXISTS: {
    code: 'CONFLICT',
    zh: '该区此星的专班已存在（一颗星一个专班）',
    en: 'this district already has a task force for this star',
  },
});

export const UnitReasons = defineReasons('UNIT', {
  BRANCH_FIELDS_NOT_ALLOWED: {
    code: 'BAD_USER_INPUT',
    zh: '只有支部有类别和党组织类别',
    en: 'only branches have category and branchKind',
  },
  BRANCH_KIND_REQUIRED: {
    code: 'BAD_USER_INPUT',
    zh: '支部必须填写党组织类别',
    en: 'branchKind is required for branches',
  },
  CATEGORY_REQUIRED: {
    code: 'BAD_USER_INPUT',
    zh: '支部必须填写类别（农村/社区）',
    en: 'category is required for branches',
  },
  CYCLE: {
    code: 'BAD_USER_INPUT',
    zh: '不能把单元移动到它自己或它的下级单元之下',
    en: 'cannot move a unit under itself or its descendant',
  },
  FORBIDDEN: { code: 'FORBIDDEN', zh: '当前角色无权修改该单元', en: 'your role may not change this unit' },
  LEVEL_IMMUTABLE: { code: 'BAD_USER_INPUT', zh: '单元层级不能修改', en: "a unit's level cannot change" },
  NOT_A_DISTRICT: { code: 'BAD_USER_INPUT', zh: '请选择区/县级单元', en: 'choose a district' },
  NOT_FOUND: { code: 'NOT_FOUND', zh: '单元不存在', en: 'unit not found' },
  PARENT_NOT_FOUND: { code: 'BAD_USER_INPUT', zh: '上级单元不存在', en: 'parent unit not found' },
  PARENT_REQUIRED: { code: 'BAD_USER_INPUT', zh: '请选择上级单元', en: 'parentId is required' },
  TOWNSHIP_KIND_NOT_ALLOWED: {
    code: 'BAD_USER_INPUT',
    zh: '只有乡镇级单元有此类别',
    en: 'only township-level units have a townshipKind',
  },
  TOWNSHIP_KIND_REQUIRED: {
    code: 'BAD_USER_INPUT',
    zh: '乡镇级单元必须填写类别',
    en: 'townshipKind is required for township-level units',
  },
  WRONG_PARENT_LEVEL: {
    code: 'BAD_USER_INPUT',
    zh: '%{level} 的上级必须是上一层级的单元',
    en: 'the parent of a %{level} must be one level up',
  },
});
