import { registerEnumType } from 'type-graphql';

export enum UserRole {
  DISTRICT_ADMIN = 'DISTRICT_ADMIN',
  LEADER = 'LEADER',
  TASK_FORCE = 'TASK_FORCE',
  SUPERVISOR = 'SUPERVISOR',
  TOWNSHIP_STAFF = 'TOWNSHIP_STAFF',
  BRANCH_STAFF = 'BRANCH_STAFF',
  INTEGRATOR = 'INTEGRATOR',
}

export enum TokenKind {
  SESSION = 'SESSION',
  API = 'API',
}

registerEnumType(UserRole, {
  name: 'UserRole',
  description: '用户角色 Role of a user account, granted for a unit subtree',
  valuesConfig: {
    DISTRICT_ADMIN: {
      description:
        '区级管理员（组织部工作人员）District administrator: runs the campaign, edits catalogs and the chain',
    },
    LEADER: { description: '领导 Leadership: reads everything in scope, decides awards' },
    TASK_FORCE: { description: '专班成员 Task force member: reads the district for their star' },
    SUPERVISOR: { description: '督导组成员 Supervision team member' },
    TOWNSHIP_STAFF: {
      description: "乡镇（街道）工作人员 Township staff: edits their township's branches and positions",
    },
    BRANCH_STAFF: { description: '支部工作人员 Branch staff' },
    INTEGRATOR: {
      description: '对接系统（接口令牌）Integrator: another system reading through an API token, read-only',
    },
  },
});
registerEnumType(TokenKind, {
  name: 'TokenKind',
  description: '令牌类别 Token kind: a sign-in session or an integrator API token',
});
