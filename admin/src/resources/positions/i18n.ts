import type { FeatureTexts } from '../../i18n/texts';

/** The texts of positions (who holds which role where). */
const texts: FeatureTexts = {
  resources: {
    positions: {
      name: ['任职', 'Position |||| Positions'],
      fields: {
        personId: ['人员', 'Person'],
        person: ['人员', 'Person'],
        role: ['角色', 'Role'],
        unitId: ['任职单元', 'Unit'],
        unit: ['任职单元', 'Unit'],
        departmentId: ['任职部门', 'Department'],
        department: ['任职部门', 'Department'],
        taskForceId: ['任职专班', 'Task force'],
        taskForce: ['任职专班', 'Task force'],
        place: ['任职单位', 'Held in'],
        title: ['职务说明', 'Title'],
        active: ['今天在任', 'In office today'],
        activeOn: ['在该日期在任', 'In office on'],
      },
    },
  },
  enums: {
    PositionRole: {
      PARTY_SECRETARY: ['区委书记', 'District party secretary'],
      ORGANIZATION_MINISTER: ['组织部长', 'Organization minister'],
      TOWNSHIP_SECRETARY: ['乡镇（街道）党（工）委书记', 'Township secretary'],
      TASK_FORCE_LEADER: ['专班负责人', 'Task force leader'],
      TASK_FORCE_MEMBER: ['专班成员', 'Task force member'],
      COUNTY_LEADER: ['县级领导', 'County-level leader'],
      BRANCH_SECRETARY: ['支部书记', 'Branch secretary'],
      BRANCH_MEMBER: ['支委委员', 'Branch committee member'],
      SUPERVISOR: ['督导员', 'Supervisor'],
    },
  },
  messages: {
    positions: {
      place_hint: [
        '任职单位随角色而定：单元、部门或专班',
        'Where the role is held depends on it: a unit, a department or a task force',
      ],
      place_kind: ['任职于', 'Held in'],
      place_unit: ['组织单元', 'A unit'],
      place_department: ['职能部门', 'A department'],
      place_task_force: ['创星专班', 'A task force'],
      end_hint: ['免职：填写结束日期', 'To end the position, set its end date'],
      person_fixed: [
        '不能更换任职人员；如需更换请结束本任职并新建',
        'The person cannot change: end this position and create a new one',
      ],
    },
  },
};

export default texts;
