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
  // supervision
  SpotCheckStatus: { PLANNED: ['已计划（保密）', 'Planned (secret)'], IN_PROGRESS: ['进行中', 'In progress'], COMPLETED: ['已完成', 'Completed'] },
  FindingSeverity: { MINOR: ['一般', 'Minor'], MAJOR: ['较重', 'Major'], CRITICAL: ['严重', 'Critical'] },
  RectificationStatus: { ASSIGNED: ['整改中', 'Assigned'], SUBMITTED: ['待验收', 'Submitted'], CLOSED: ['已销号', 'Closed'] },
  RectificationAction: { ASSIGN: ['交办', 'Assigned'], SUBMIT: ['提交整改', 'Submitted'], ACCEPT: ['验收销号', 'Accepted'], REJECT: ['退回', 'Rejected'] },
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
  // supervision
  supervisionTeams: {
    name: ['督导组', 'Supervision team |||| Supervision teams'],
    fields: {
      name: ['名称', 'Name'],
      scopeUnitId: ['督导范围', 'Scope'],
      scopeUnit: ['督导范围', 'Scope'],
      leaderUserId: ['组长', 'Leader'],
      memberUserIds: ['成员', 'Members'],
      members: ['成员', 'Members'],
      starCodes: ['负责的星类型', 'Stars'],
      active: ['启用', 'Active'],
    },
  },
  spotChecks: {
    name: ['暗访', 'Spot check |||| Spot checks'],
    fields: {
      status: ['状态', 'State'],
      teamId: ['督导组', 'Team'],
      team: ['督导组', 'Team'],
      targetUnitId: ['被检单位', 'Target'],
      targetUnit: ['被检单位', 'Target'],
      plannedFor: ['计划日期', 'Planned for'],
      keyTaskIds: ['检查的重点任务', 'Key tasks'],
      starCodes: ['检查的星类型', 'Stars'],
      note: ['备注', 'Note'],
      startedAt: ['开始时间', 'Started at'],
      location: ['地点', 'Location'],
      completedAt: ['完成时间', 'Completed at'],
      summary: ['小结', 'Summary'],
      methodAttested: ['已确认“四不两直”', 'Method attested'],
      overallScore: ['总评分', 'Overall score'],
      findingCount: ['问题数', 'Findings'],
      findings: ['发现的问题', 'Findings'],
      scores: ['各重点任务得分', 'Scores'],
      withinId: ['被检单位范围', 'Within'],
    },
  },
  findings: {
    name: ['问题', 'Finding |||| Findings'],
    fields: { severity: ['严重程度', 'Severity'], description: ['问题描述', 'Description'], keyTask: ['重点任务', 'Key task'], starCode: ['星类型', 'Star'], evidence: ['佐证照片', 'Evidence'] },
  },
  rectifications: {
    name: ['整改', 'Rectification |||| Rectifications'],
    fields: {
      status: ['状态', 'State'],
      overdue: ['逾期', 'Overdue'],
      finding: ['问题', 'Finding'],
      responsibleUnit: ['责任单位', 'Responsible unit'],
      responsiblePerson: ['责任人', 'Responsible person'],
      measures: ['整改措施', 'Measures'],
      deadline: ['整改期限', 'Deadline'],
      reopenCount: ['退回次数', 'Times reopened'],
      submissionNote: ['最近提交说明', 'Latest note'],
      submittedAt: ['最近提交时间', 'Last submitted'],
      closedAt: ['销号时间', 'Closed at'],
      events: ['流转记录', 'History'],
      evidence: ['整改佐证', 'Evidence'],
      withinId: ['责任单位范围', 'Within'],
    },
  },
  dailyReports: {
    name: ['每日报告', 'Daily report |||| Daily reports'],
    fields: {
      unitId: ['报告单位', 'Unit'],
      unit: ['报告单位', 'Unit'],
      reportDate: ['日期', 'Date'],
      doneToday: ['今日完成', 'Done today'],
      figures: ['数据', 'Figures'],
      label: ['名称', 'Label'],
      value: ['数值', 'Value'],
      blockers: ['困难问题', 'Blockers'],
      reporterName: ['报告人', 'Reported by'],
      date: ['日期', 'Date'],
    },
  },
  monthlyObservations: {
    name: ['月度观摩', 'Monthly tour |||| Monthly tours'],
    fields: {
      unitId: ['组织单位', 'Organizer'],
      unit: ['组织单位', 'Organizer'],
      heldOn: ['观摩日期', 'Held on'],
      title: ['主题', 'Title'],
      participants: ['参加人员', 'Participants'],
      note: ['备注', 'Note'],
      visits: ['观摩点及评分', 'Visits and scores'],
      score: ['得分', 'Score'],
      comment: ['点评', 'Comment'],
      month: ['月份', 'Month'],
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
  keyTasks: {
    edition_hint: ['年度，例如 2025', 'Year, e.g. 2025'],
  },
  // supervision
  supervision: {
    menu: ['督导检查', 'Supervision'],
    secret: ['保密：完成前仅本督导组和区级管理员、领导可见', 'Secret: only its team, district admins and leaders see it until completed'],
    secret_short: ['保密', 'Secret'],
    open: ['未销号整改', 'Open rectifications'],
    start: ['开始暗访', 'Start on site'],
    location: ['地点', 'Location'],
    record_finding: ['记录问题', 'Record a finding'],
    photos: ['拍照/选择照片', 'Take or choose photos'],
    uploading: ['上传中…', 'Uploading…'],
    uploaded: ['已上传 %{n} 张', '%{n} uploaded'],
    finding_saved: ['问题已记录', 'Finding recorded'],
    complete: ['完成暗访', 'Complete the check'],
    attest: ['确认按“四不两直”方式开展（不发通知、不打招呼、不听汇报、不用陪同接待，直奔基层、直插现场）', 'I attest the four-no, two-direct method'],
    summary: ['小结', 'Summary'],
    scores: ['各重点任务得分（0–100）', 'Scores per key task (0–100)'],
    completed: ['暗访已完成', 'Spot check completed'],
    started: ['暗访已开始', 'Spot check started'],
    on_site: ['现场记录', 'On site'],
    findings: ['发现的问题', 'Findings'],
    assign: ['交办整改', 'Assign rectification'],
    assigned: ['已交办', 'Assigned'],
    measures: ['整改措施', 'Measures'],
    deadline: ['整改期限', 'Deadline'],
    responsible_unit: ['责任单位', 'Responsible unit'],
    submit: ['提交整改', 'Submit rectification'],
    submitted: ['整改已提交', 'Submitted'],
    note: ['整改说明', 'Note'],
    accept: ['验收通过（销号）', 'Accept (close)'],
    reject: ['退回重改', 'Reject'],
    comment: ['意见', 'Comment'],
    verified: ['已验收', 'Verified'],
    overdue: ['逾期', 'Overdue'],
    overdue_only: ['只看逾期（通报清单）', 'Overdue only (escalation list)'],
    history: ['流转记录', 'History'],
    evidence: ['佐证材料', 'Evidence'],
    stats: ['督导概况', 'Supervision figures'],
    missing_title: ['未报送日报', 'Not reported'],
    missing_none: ['全部已报送', 'Everyone has reported'],
    missing_unit: ['单位', 'Unit'],
    date: ['日期', 'Date'],
    ranking: ['季度评比', 'Quarterly ranking'],
    year: ['年度', 'Year'],
    quarter: ['季度', 'Quarter'],
    publish: ['发布（冻结）', 'Publish (freeze)'],
    published: ['已发布', 'Published'],
    live: ['实时计算，未发布', 'Live, not published'],
    rank: ['名次', 'Rank'],
    score: ['综合得分', 'Score'],
    planCompletion: ['任务完成率', 'Plan completion'],
    spotCheck: ['暗访得分', 'Spot-check score'],
    rectificationClosure: ['整改销号率', 'Closure'],
    rectificationTimeliness: ['整改及时率', 'Timeliness'],
    tour: ['观摩得分', 'Tour score'],
    weights: ['权重', 'Weights'],
    export: ['导出述职评议表 (.xlsx)', 'Export duty review (.xlsx)'],
    unit: ['评比单位', 'Unit'],
    no_rows: ['无下级单位', 'No child units'],
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
