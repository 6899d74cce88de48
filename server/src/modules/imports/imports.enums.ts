import { registerEnumType } from 'type-graphql';

export enum ImportKind {
  UNITS = 'UNITS',
  PEOPLE = 'PEOPLE',
  POSITIONS = 'POSITIONS',
  USERS = 'USERS',
  QUESTIONS = 'QUESTIONS',
}

registerEnumType(ImportKind, {
  name: 'ImportKind',
  description: '导入类别 What a spreadsheet import holds',
  valuesConfig: {
    UNITS: { description: '单位（乡镇级单元、支部）Units (township-level units, branches)' },
    PEOPLE: { description: '人员 People' },
    POSITIONS: { description: '任职 Positions' },
    USERS: { description: '用户账号 User accounts' },
    QUESTIONS: { description: '题库试题 Questions of the bank' },
  },
});
