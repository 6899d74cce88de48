/**
 * The console's own words, in both languages: resource and field names, enum labels, page texts.
 * One term per concept (README glossary): 支部 Branch, 包星 star owner, 专班 task force …
 */
import { enumValues } from '../dataProvider/schema';

type Lang = 'zh' | 'en';
type Pair = [zh: string, en: string];

/** Short labels for enum values; anything missing falls back to the schema's description. */
const ENUM_LABELS: Record<string, Record<string, Pair>> = {
  UnitLevel: {
    PROVINCE: ['省', 'Province'],
    CITY: ['市', 'City'],
    DISTRICT: ['区县', 'District'],
    TOWNSHIP: ['乡镇（街道）', 'Township'],
    BRANCH: ['支部', 'Branch'],
  },
  BranchCategory: { RURAL: ['农村', 'Rural'], COMMUNITY: ['社区', 'Community'] },
  BranchKind: {
    PARTY_BRANCH: ['党支部', 'Party branch'],
    GENERAL_BRANCH: ['党总支', 'General party branch'],
    PARTY_COMMITTEE: ['党委', 'Party committee'],
  },
  TownshipKind: {
    TOWNSHIP: ['乡', 'Township'],
    TOWN: ['镇', 'Town'],
    SUBDISTRICT: ['街道', 'Subdistrict'],
    MANAGEMENT_COMMITTEE: ['管委会', 'Management committee'],
  },
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
  ChainRole: {
    STAR_OWNER: ['包星人', 'Star owner'],
    BRANCH_SECRETARY: ['支部书记', 'Branch secretary'],
    TOWNSHIP_SECRETARY: ['乡镇（街道）党（工）委书记', 'Township secretary'],
    COUNTY_LEADER: ['联系点县级领导', 'County-level leader (contact point)'],
    TASK_FORCE_LEADER: ['专班负责人（牵头单位）', 'Task force leader (lead department)'],
    ORGANIZATION_MINISTER: ['组织部长', 'Organization minister'],
    PARTY_SECRETARY: ['区委书记', 'District party secretary'],
  },
  UserRole: {
    DISTRICT_ADMIN: ['区级管理员', 'District administrator'],
    LEADER: ['领导', 'Leader'],
    TASK_FORCE: ['专班成员', 'Task force member'],
    SUPERVISOR: ['督导组成员', 'Supervisor'],
    TOWNSHIP_STAFF: ['乡镇（街道）工作人员', 'Township staff'],
    BRANCH_STAFF: ['支部工作人员', 'Branch staff'],
  },
  // stars issue
  PlanLevel: { DISTRICT: ['区级', 'District'], TOWNSHIP: ['乡镇（街道）级', 'Township'], BRANCH: ['支部级', 'Branch'] },
  PlanItemStatus: { NOT_STARTED: ['未开始', 'Not started'], IN_PROGRESS: ['进行中', 'In progress'], DONE: ['已完成', 'Done'] },
  PlanStarIntent: { KEEP: ['保', 'Keep'], TARGET: ['冲', 'Target'], STRIVE: ['争', 'Strive'] },
  StarApplicationStatus: {
    SUBMITTED: ['待乡镇初审', 'Submitted'],
    TOWNSHIP_APPROVED: ['待专班审核', 'Township approved'],
    TASK_FORCE_APPROVED: ['待区级审定', 'Task force approved'],
    DECIDED: ['待公示', 'Decided'],
    PUBLIC_NOTICE: ['公示中', 'Public notice'],
    AWARDED: ['已命名', 'Awarded'],
    REJECTED: ['未通过', 'Rejected'],
    RETURNED: ['退回修改', 'Returned'],
  },
  StarApplicationAction: {
    APPROVE: ['通过', 'Approve'],
    REJECT: ['不通过', 'Reject'],
    RETURN: ['退回修改', 'Return'],
    RESUBMIT: ['重新提交', 'Resubmit'],
    FILE_OBJECTION: ['提出异议', 'File an objection'],
    RESOLVE_OBJECTION: ['处理异议', 'Resolve objections'],
    FINALIZE: ['命名', 'Award'],
  },
  ReviewDecision: { APPROVE: ['通过', 'Approve'], REJECT: ['不通过', 'Reject'], RETURN: ['退回', 'Return'] },
  ObjectionStatus: { OPEN: ['待处理', 'Open'], UPHELD: ['成立', 'Upheld'], DISMISSED: ['不成立', 'Dismissed'] },
  StarHistoryKind: { AWARDED: ['命名', 'Awarded'], DOWNGRADED: ['降星', 'Downgraded'], REVOKED: ['取消', 'Revoked'] },
  BranchStarState: { HELD: ['已获得', 'Held'], IN_REVIEW: ['评审中', 'In review'], PUBLIC_NOTICE: ['公示中', 'In notice'], RETURNED: ['退回修改', 'Returned'], NOT_HELD: ['未获得', 'Not held'] },
};

export const ENUMS = Object.keys(ENUM_LABELS);

function enumMessages(lang: Lang): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const name of ENUMS) {
    out[name] = {};
    for (const v of enumValues(name)) {
      const pair = ENUM_LABELS[name][v.value];
      out[name][v.value] = pair ? pair[lang === 'zh' ? 0 : 1] : lang === 'zh' ? v.zh : v.en;
    }
  }
  return out;
}

/** Fields shared by most records. */
const COMMON: Record<string, Pair> = {
  id: ['标识', 'Id'],
  createdAt: ['创建时间', 'Created at'],
  updatedAt: ['更新时间', 'Updated at'],
  version: ['版本号', 'Version'],
  isSample: ['示例数据', 'Sample data'],
  sortOrder: ['排序', 'Sort order'],
  search: ['搜索', 'Search'],
  startDate: ['开始日期', 'Start date'],
  endDate: ['结束日期', 'End date'],
  activeOn: ['在该日期有效', 'Active on'],
};

const RESOURCES: Record<string, { name: Pair; fields: Record<string, Pair> }> = {
  units: {
    name: ['组织单元', 'Unit |||| Units'],
    fields: {
      name: ['名称', 'Name'],
      code: ['编码', 'Code'],
      level: ['层级', 'Level'],
      parentId: ['上级单元', 'Parent unit'],
      parent: ['上级单元', 'Parent unit'],
      childCount: ['下级单元', 'Child units'],
      depth: ['深度', 'Depth'],
      townshipKind: ['乡镇级单元类别', 'Township kind'],
      branchKind: ['党组织类别', 'Organization kind'],
      category: ['支部类别', 'Branch category'],
      township: ['所属乡镇（街道）', 'Township'],
      district: ['所属区县', 'District'],
      ancestors: ['上级单元链', 'Ancestors'],
      children: ['直属下级单元', 'Child units'],
    },
  },
  branches: {
    name: ['支部', 'Branch |||| Branches'],
    fields: {
      name: ['支部名称', 'Branch name'],
      code: ['编码', 'Code'],
      category: ['类别', 'Category'],
      branchKind: ['党组织类别', 'Organization kind'],
      parentId: ['所属乡镇（街道）', 'Township'],
      township: ['所属乡镇（街道）', 'Township'],
      district: ['所属区县', 'District'],
      parent: ['上级单元', 'Parent unit'],
      level: ['层级', 'Level'],
      ancestors: ['上级单元链', 'Ancestors'],
    },
  },
  people: {
    name: ['人员', 'Person |||| People'],
    fields: {
      name: ['姓名', 'Name'],
      title: ['职务说明', 'Title'],
      unitId: ['所属单元', 'Unit'],
      unit: ['所属单元', 'Unit'],
      currentPositions: ['现任职务', 'Current positions'],
    },
  },
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
  departments: {
    name: ['职能部门', 'Department |||| Departments'],
    fields: {
      name: ['名称', 'Name'],
      shortName: ['简称', 'Short name'],
      code: ['编码', 'Code'],
      districtId: ['所属区县', 'District'],
      district: ['所属区县', 'District'],
    },
  },
  taskForces: {
    name: ['创星专班', 'Task force |||| Task forces'],
    fields: {
      name: ['名称', 'Name'],
      starCode: ['星类型', 'Star'],
      starType: ['星类型', 'Star'],
      leadDepartmentId: ['牵头单位', 'Lead department'],
      leadDepartment: ['牵头单位', 'Lead department'],
      leader: ['现任专班负责人', 'Current leader'],
      members: ['现任专班成员', 'Current members'],
      districtId: ['所属区县', 'District'],
      district: ['所属区县', 'District'],
    },
  },
  contactPoints: {
    name: ['联系点', 'Contact point |||| Contact points'],
    fields: {
      leaderId: ['县级领导', 'County-level leader'],
      leader: ['县级领导', 'County-level leader'],
      unitId: ['联系单元', 'Unit'],
      unit: ['联系单元', 'Unit'],
      note: ['备注（长板/短板/底板）', 'Note (strengths, gaps, foundations)'],
    },
  },
  keyTasks: {
    name: ['重点任务', 'Key task |||| Key tasks'],
    fields: {
      code: ['编码', 'Code'],
      title: ['标题', 'Title'],
      starCode: ['星类型', 'Star'],
      starType: ['星类型', 'Star'],
      category: ['支部类别', 'Branch category'],
      edition: ['标准版本（年度）', 'Edition (year)'],
      weight: ['分值', 'Weight'],
      leadDepartmentId: ['牵头部门', 'Lead department'],
      leadDepartment: ['牵头部门', 'Lead department'],
      requiredEvidence: ['佐证材料要求', 'Evidence required'],
      description: ['说明', 'Description'],
    },
  },
  starTypes: {
    name: ['星类型', 'Star type |||| Star types'],
    fields: {
      code: ['编码', 'Code'],
      nameZh: ['中文名称', 'Chinese name'],
      nameEn: ['英文名称', 'English name'],
      communityNameZh: ['社区使用的名称', 'Name for communities'],
      categories: ['适用类别', 'Categories'],
      category: ['适用于', 'Applies to'],
      description: ['说明', 'Description'],
    },
  },
  // stars issue
  plans: {
    name: ['创建规划', 'Plan |||| Plans'],
    fields: {
      unitId: ['单元', 'Unit'],
      unit: ['单元', 'Unit'],
      year: ['年度', 'Year'],
      level: ['层级', 'Level'],
      title: ['标题', 'Title'],
      note: ['目标与说明', 'Goals and notes'],
      stars: ['星目标（保/冲/争）', 'Star goals'],
      'stars.starCode': ['星类型', 'Star'],
      'stars.intent': ['保/冲/争', 'Intent'],
      'stars.ownerId': ['包星人', 'Owner'],
      rollup: ['汇总', 'Roll-up'],
    },
  },
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
  starApplications: {
    name: ['创星申请', 'Star application |||| Star applications'],
    fields: {
      branchId: ['支部', 'Branch'],
      branch: ['支部', 'Branch'],
      starCode: ['星类型', 'Star'],
      starType: ['星类型', 'Star'],
      year: ['年度', 'Year'],
      status: ['状态', 'Status'],
      selfScore: ['自评总分', 'Self score'],
      submittedAt: ['提交时间', 'Submitted at'],
      noticeStartsOn: ['公示开始', 'Notice from'],
      noticeEndsOn: ['公示结束', 'Notice until'],
      awardedAt: ['命名时间', 'Awarded at'],
      allowedActions: ['可执行操作', 'Actions available'],
      items: ['逐项自评', 'Self-assessment'],
      'items.keyTaskId': ['重点任务', 'Key task'],
      'items.met': ['达标', 'Met'],
      'items.score': ['自评分', 'Score'],
      'items.note': ['说明', 'Note'],
    },
  },
  starOwners: {
    name: ['包星责任人', 'Star owner |||| Star owners'],
    fields: {
      branchId: ['支部', 'Branch'],
      branch: ['支部', 'Branch'],
      starCode: ['星类型', 'Star'],
      starType: ['星类型', 'Star'],
      personId: ['包星人', 'Person'],
      person: ['包星人', 'Person'],
    },
  },
};

function resourceMessages(lang: Lang) {
  const i = lang === 'zh' ? 0 : 1;
  const out: Record<string, { name: string; fields: Record<string, string> }> = {};
  for (const [res, def] of Object.entries(RESOURCES)) {
    const fields: Record<string, string> = {};
    for (const [k, v] of Object.entries({ ...COMMON, ...def.fields })) fields[k] = v[i];
    out[res] = { name: def.name[i], fields };
  }
  return out;
}

const TEXTS: Record<string, Record<string, Pair>> = {
  app: {
    title: ['五星支部创建监督平台', 'Five-Star Branch Creation & Supervision'],
    district: ['二七区', 'Erqi District'],
    demo_hint: [
      '演示账号：admin、leader、taskforce、supervisor、township、branch，密码均为 fivestar（示例数据）',
      'Demo accounts: admin, leader, taskforce, supervisor, township, branch; password fivestar (sample data)',
    ],
    language: ['语言', 'Language'],
    sample: ['示例', 'Sample'],
    none: ['无', 'None'],
    no_options: ['没有可选项', 'No options'],
    menu_org: ['组织与责任', 'Organization'],
    menu_catalog: ['目录', 'Catalogs'],
  },
  dashboard: {
    greeting: ['您好，%{name}', 'Hello, %{name}'],
    roles: ['角色', 'Roles'],
    scope: ['权限范围', 'Scope'],
    scope_hint: ['您可以查看以下单元及其全部下级的数据', 'You see these units and everything below them'],
    star_limit: ['限于 %{star}', 'limited to %{star}'],
    overview: ['数据概览', 'Overview'],
    shortcuts: ['常用功能', 'Shortcuts'],
    open_chain: ['查询工作责任链', 'Look up an accountability chain'],
    open_branches: ['浏览支部', 'Browse branches'],
    open_units: ['浏览组织单元树', 'Browse the unit tree'],
  },
  chain: {
    menu: ['责任链', 'Chain'],
    title: ['工作责任链', 'Accountability chain'],
    intro: [
      '从包星人到区委书记，谁为该支部的这颗星负责；可选择历史日期查看当时的责任链。',
      'Who answers for this star at this branch, from the star owner up to the district party secretary; pick a past date to see the chain as it stood then.',
    ],
    branch: ['支部', 'Branch'],
    star: ['星类型', 'Star'],
    at: ['截至日期', 'As of'],
    vacant: ['空缺', 'Vacant'],
    pick_branch: ['请选择一个支部', 'Choose a branch'],
    since: ['自 %{date} 起', 'since %{date}'],
    until: ['至 %{date}', 'until %{date}'],
    answered_for: ['截至 %{date}（北京时间）', 'As of %{date} (Asia/Shanghai)'],
    vacancies: ['有 %{smart_count} 个环节空缺', '%{smart_count} vacant link |||| %{smart_count} vacant links'],
    complete: ['责任链完整', 'No vacant link'],
    open_page: ['在责任链页面打开', 'Open on the chain page'],
    today: ['今天', 'Today'],
  },
  chain_duty: {
    STAR_OWNER: ['包星', 'Owns the star'],
    BRANCH_SECRETARY: ['支部书记（第一责任人）', 'Branch secretary (first responsible)'],
    TOWNSHIP_SECRETARY: ['直接抓', 'Directly in charge'],
    COUNTY_LEADER: ['联系点（逐村过、逐级筛）', 'Contact point (reviews village by village)'],
    TASK_FORCE_LEADER: ['专班牵头', 'Leads the task force'],
    ORGANIZATION_MINISTER: ['具体抓', 'In charge'],
    PARTY_SECRETARY: ['带头抓', 'Leads'],
  },
  units: {
    location: ['当前位置', 'Location'],
    children_of: ['%{name} 的下级单元', 'Units under %{name}'],
    open_children: ['查看下级单元', 'Open child units'],
    add_child: ['新建下级单元', 'Add a child unit'],
    open_branch: ['打开支部页面', 'Open the branch page'],
    no_children: ['没有下级单元', 'No child units'],
    scope_root: ['权限范围', 'Scope'],
    outside_scope: ['不在您的权限范围内', 'Outside your scope'],
  },
  branches: {
    tab_summary: ['概况', 'Summary'],
    tab_chain: ['责任链', 'Chain'],
    tab_committee: ['支部班子', 'Committee'],
    tab_owners: ['包星', 'Star owners'],
    tab_contacts: ['联系点', 'Contact points'],
    add_owner: ['指定包星人', 'Add a star owner'],
    add_member: ['任命班子成员', 'Appoint a member'],
  },
  people: {
    positions_history: ['任职记录', 'Position history'],
    appoint: ['任命', 'Appoint'],
  },
  positions: {
    place_hint: ['任职单位随角色而定：单元、部门或专班', 'Where the role is held depends on it: a unit, a department or a task force'],
    place_kind: ['任职于', 'Held in'],
    place_unit: ['组织单元', 'A unit'],
    place_department: ['职能部门', 'A department'],
    place_task_force: ['创星专班', 'A task force'],
    end_hint: ['免职：填写结束日期', 'To end the position, set its end date'],
    person_fixed: ['不能更换任职人员；如需更换请结束本任职并新建', 'The person cannot change: end this position and create a new one'],
  },
  taskForces: {
    members_none: ['暂无成员', 'No members'],
    positions: ['专班任职记录', 'Positions in the task force'],
  },
  contactPoints: {
    leader_hint: ['仅列出今天在任的县级领导', 'Only county-level leaders in office today are listed'],
  },
  starOwners: {
    end: ['结束包星', 'End'],
    end_title: ['结束包星：%{name}', 'End star ownership: %{name}'],
    ended: ['已结束包星', 'Star ownership ended'],
    person_hint: ['须为该支部的支委委员或支部书记', 'Must be on the branch committee'],
    choose_branch_first: ['请先选择支部', 'Choose the branch first'],
    active: ['有效', 'Active'],
  },
  starTypes: {
    categories_hint: ['至少选择一个', 'Choose at least one'],
    code_format: ['编码只能包含大写字母、数字和下划线，并以字母开头', 'Code: A–Z, 0–9 and _, starting with a letter'],
  },
  // stars issue
  stars: {
    menu_stars: ['创星', 'Stars'],
    battle_map: ['挂图作战', 'Battle map'],
    battle_intro: ['各下级单元的任务状态、逾期、最近截止、完成度与星级目标', 'Each child unit: tasks by status, overdue, next deadline, completion, stars and goals'],
    unit: ['单元', 'Unit'],
    year: ['年度', 'Year'],
    as_of: ['统计日期 %{date}', 'As of %{date}'],
    total: ['任务', 'Items'],
    not_started: ['未开始', 'Not started'],
    in_progress: ['进行中', 'In progress'],
    done: ['已完成', 'Done'],
    overdue: ['逾期', 'Overdue'],
    next_deadline: ['最近截止', 'Next deadline'],
    completion: ['完成度', 'Completion'],
    star_level: ['星级', 'Star level'],
    branches_by_level: ['各星级支部数（0–5星）', 'Branches by level (0–5)'],
    goals: ['保/冲/争', 'Keep/target/strive'],
    drill: ['下钻', 'Drill down'],
    up: ['返回上级', 'Up'],
    review: ['审核', 'Review'],
    comment: ['意见', 'Comment'],
    comment_required: ['不通过或退回须填写意见', 'A comment is required to reject or return'],
    confirm: ['确定', 'Confirm'],
    cancel: ['取消', 'Cancel'],
    done_ok: ['已完成操作', 'Done'],
    no_actions: ['您当前无可执行的操作', 'Nothing for you to do now'],
    transitions: ['流转记录', 'History'],
    objections: ['公示异议', 'Objections'],
    objection_reason: ['异议内容', 'Objection'],
    uphold: ['异议成立', 'Uphold'],
    dismiss: ['异议不成立', 'Dismiss'],
    evidence: ['佐证材料', 'Evidence'],
    tab_stars: ['星级', 'Stars'],
    tab_profile: ['四个一口清', 'Profile'],
    star_history: ['星级历史', 'Star history'],
    stars_of_year: ['%{year} 年各星状态', 'Stars in %{year}'],
    pairings: ['结对帮扶', 'Pairings'],
    kit: ['一图一表一清单', 'Printable kit'],
    kit_html: ['打开打印页', 'Open print page'],
    kit_pdf: ['下载 PDF', 'Download PDF'],
    kit_xlsx: ['下载进度表 .xlsx', 'Download schedule .xlsx'],
    revoke: ['取消星级', 'Revoke'],
    downgrade: ['降星', 'Downgrade'],
    reason: ['原因', 'Reason'],
    profile_tasks: ['任务', 'Tasks'],
    profile_baseline: ['底数', 'Baseline figures'],
    profile_measures: ['举措', 'Measures'],
    profile_mechanisms: ['机制', 'Mechanisms'],
    rating_method: ['评定办法', 'Rating method'],
    apply: ['申请创星', 'Apply for a star'],
    items_hint: ['对该星的重点任务逐项自评', 'Self-assess each key task of the star'],
    overdue_only: ['只看逾期', 'Overdue only'],
    strong: ['帮扶', 'Helps'],
    weak: ['受帮扶', 'Helped by'],
  },
  keyTasks: {
    edition_hint: ['年度，例如 2025', 'Year, e.g. 2025'],
  },
};

function textMessages(lang: Lang) {
  const i = lang === 'zh' ? 0 : 1;
  const out: Record<string, Record<string, string>> = {};
  for (const [ns, entries] of Object.entries(TEXTS)) {
    out[ns] = {};
    for (const [k, v] of Object.entries(entries)) out[ns][k] = v[i];
  }
  return out;
}

export function domainMessages(lang: Lang) {
  return { resources: resourceMessages(lang), enums: enumMessages(lang), ...textMessages(lang) };
}
