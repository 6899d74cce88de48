import { registerEnumType } from 'type-graphql';

export enum UnitLevel {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  DISTRICT = 'DISTRICT',
  TOWNSHIP = 'TOWNSHIP',
  BRANCH = 'BRANCH',
}
/** Rank in the tree: a parent's rank is lower than its child's. */
export const LEVEL_RANK: Record<UnitLevel, number> = { PROVINCE: 0, CITY: 1, DISTRICT: 2, TOWNSHIP: 3, BRANCH: 4 };

export enum TownshipKind {
  TOWNSHIP = 'TOWNSHIP',
  TOWN = 'TOWN',
  SUBDISTRICT = 'SUBDISTRICT',
  MANAGEMENT_COMMITTEE = 'MANAGEMENT_COMMITTEE',
}

export enum BranchKind {
  PARTY_BRANCH = 'PARTY_BRANCH',
  GENERAL_BRANCH = 'GENERAL_BRANCH',
  PARTY_COMMITTEE = 'PARTY_COMMITTEE',
}

export enum BranchCategory {
  RURAL = 'RURAL',
  COMMUNITY = 'COMMUNITY',
}

export enum PositionRole {
  PARTY_SECRETARY = 'PARTY_SECRETARY',
  ORGANIZATION_MINISTER = 'ORGANIZATION_MINISTER',
  TOWNSHIP_SECRETARY = 'TOWNSHIP_SECRETARY',
  TASK_FORCE_LEADER = 'TASK_FORCE_LEADER',
  TASK_FORCE_MEMBER = 'TASK_FORCE_MEMBER',
  COUNTY_LEADER = 'COUNTY_LEADER',
  BRANCH_SECRETARY = 'BRANCH_SECRETARY',
  BRANCH_MEMBER = 'BRANCH_MEMBER',
  SUPERVISOR = 'SUPERVISOR',
}

/** Roles held by one person at a time in a unit or task force: their periods may not overlap. */
export const SINGLE_HOLDER_ROLES = new Set<PositionRole>([
  PositionRole.PARTY_SECRETARY,
  PositionRole.ORGANIZATION_MINISTER,
  PositionRole.TOWNSHIP_SECRETARY,
  PositionRole.TASK_FORCE_LEADER,
  PositionRole.BRANCH_SECRETARY,
]);

/** Where each role is held: a unit of a level, a department, or a task force. */
export const ROLE_PLACE: Record<PositionRole, { unitLevels?: UnitLevel[]; department?: boolean; taskForce?: boolean }> =
  {
    PARTY_SECRETARY: { unitLevels: [UnitLevel.DISTRICT] },
    ORGANIZATION_MINISTER: { unitLevels: [UnitLevel.DISTRICT] },
    TOWNSHIP_SECRETARY: { unitLevels: [UnitLevel.TOWNSHIP] },
    TASK_FORCE_LEADER: { taskForce: true },
    TASK_FORCE_MEMBER: { taskForce: true },
    COUNTY_LEADER: { unitLevels: [UnitLevel.DISTRICT] },
    BRANCH_SECRETARY: { unitLevels: [UnitLevel.BRANCH] },
    BRANCH_MEMBER: { unitLevels: [UnitLevel.BRANCH] },
    SUPERVISOR: { unitLevels: [UnitLevel.DISTRICT, UnitLevel.TOWNSHIP], department: true },
  };

export enum ChainRole {
  STAR_OWNER = 'STAR_OWNER',
  BRANCH_SECRETARY = 'BRANCH_SECRETARY',
  TOWNSHIP_SECRETARY = 'TOWNSHIP_SECRETARY',
  COUNTY_LEADER = 'COUNTY_LEADER',
  TASK_FORCE_LEADER = 'TASK_FORCE_LEADER',
  ORGANIZATION_MINISTER = 'ORGANIZATION_MINISTER',
  PARTY_SECRETARY = 'PARTY_SECRETARY',
}

registerEnumType(UnitLevel, {
  name: 'UnitLevel',
  description: '单元层级 Level in the unit tree',
  valuesConfig: {
    PROVINCE: { description: '省 Province' },
    CITY: { description: '市 City' },
    DISTRICT: { description: '区/县 District or county' },
    TOWNSHIP: { description: '乡镇/街道/管委会 Township-level unit' },
    BRANCH: { description: '村/社区党组织 Village or community party organization' },
  },
});
registerEnumType(TownshipKind, {
  name: 'TownshipKind',
  description: '乡镇级单元类别 Kind of township-level unit',
  valuesConfig: {
    TOWNSHIP: { description: '乡 Township' },
    TOWN: { description: '镇 Town' },
    SUBDISTRICT: { description: '街道 Subdistrict' },
    MANAGEMENT_COMMITTEE: { description: '管委会 Management committee' },
  },
});
registerEnumType(BranchKind, {
  name: 'BranchKind',
  description: '党组织类别 Kind of branch organization',
  valuesConfig: {
    PARTY_BRANCH: { description: '党支部 Party branch' },
    GENERAL_BRANCH: { description: '党总支 General party branch' },
    PARTY_COMMITTEE: { description: '党委 Party committee' },
  },
});
registerEnumType(BranchCategory, {
  name: 'BranchCategory',
  description: '支部类别 Branch category',
  valuesConfig: { RURAL: { description: '农村 Rural (village)' }, COMMUNITY: { description: '社区 Urban community' } },
});
registerEnumType(PositionRole, {
  name: 'PositionRole',
  description: '职务角色 Role a person holds in a unit, department or task force',
  valuesConfig: {
    PARTY_SECRETARY: { description: '区委书记（带头抓）District party secretary: leads' },
    ORGANIZATION_MINISTER: { description: '组织部长（具体抓）Organization minister: in charge' },
    TOWNSHIP_SECRETARY: { description: '乡镇（街道）党（工）委书记（直接抓）Township secretary: directly in charge' },
    TASK_FORCE_LEADER: { description: '专班负责人 Task force leader' },
    TASK_FORCE_MEMBER: { description: '专班成员 Task force member' },
    COUNTY_LEADER: { description: '县级领导 County-level leader' },
    BRANCH_SECRETARY: { description: '支部书记 Branch secretary' },
    BRANCH_MEMBER: { description: '支委委员 Branch committee member' },
    SUPERVISOR: { description: '督导员 Supervisor' },
  },
});
registerEnumType(ChainRole, {
  name: 'ChainRole',
  description: '责任链环节 Link in the accountability chain, from the branch upwards',
  valuesConfig: {
    STAR_OWNER: { description: '包星人 Star owner at the branch' },
    BRANCH_SECRETARY: { description: '支部书记 Branch secretary' },
    TOWNSHIP_SECRETARY: { description: '乡镇（街道）党（工）委书记（直接抓）Township secretary' },
    COUNTY_LEADER: { description: '联系点县级领导 County-level leader with a contact point' },
    TASK_FORCE_LEADER: { description: '专班负责人（牵头单位）Task force leader and lead department' },
    ORGANIZATION_MINISTER: { description: '组织部长（具体抓）Organization minister' },
    PARTY_SECRETARY: { description: '区委书记（带头抓）District party secretary' },
  },
});
