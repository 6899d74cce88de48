/**
 * DEMO / SAMPLE DATA — 示例数据，仅用于演示，不代表任何真实情况。
 *
 * The demo data set of the 五星支部创建监督平台 for 二七区 (Erqi District, Zhengzhou, Henan).
 *
 * - Public names: the province, city and district; the 17 real township-level units of Erqi
 *   (14 街道, 侯寨乡, 马寨镇, 樱桃沟景区管委会); and two real communities named in public reports
 *   (建新南街社区, 樱桃沟社区). These carry `sample: false`.
 * - Everything else is INVENTED: every person name (generated from surname / given-name lists), every
 *   other branch name, the 18th unit 示例产业园区管委会, all titles of individual leaders, the key-task
 *   texts (each description ends with "（示例）"), weights, contact points and position dates.
 *   Invented units carry `sample: true`. Any resemblance of a generated name to a real person is
 *   coincidental.
 *
 * Deterministic: no Math.random / Date.now; pseudo-randomness comes from a fixed-seed mulberry32.
 * Pure data: imports nothing. A seed loader turns `demoData` into database rows.
 */

export type TownshipKind = 'TOWNSHIP' | 'TOWN' | 'SUBDISTRICT' | 'MANAGEMENT_COMMITTEE';
export type BranchKind = 'PARTY_BRANCH' | 'GENERAL_BRANCH' | 'PARTY_COMMITTEE';
export type Category = 'RURAL' | 'COMMUNITY';
export type StarCode =
  | 'INDUSTRY_PROSPERITY'
  | 'ECOLOGICAL_LIVABILITY'
  | 'SAFETY_AND_RULE_OF_LAW'
  | 'CIVILITY_AND_HAPPINESS'
  | 'STRONG_BRANCH';

export interface DemoBranch {
  code: string;
  name: string;
  category: Category;
  kind: BranchKind;
  sample: boolean;
  /** person name of the current branch secretary */
  secretary: string;
  /** 4 other committee members (names), distinct from the secretary */
  members: string[];
  /** each star owned by the secretary or one of the members (5 different people when there are 5) */
  starOwners: Record<StarCode, string>;
}
export interface DemoTownship {
  code: string;
  name: string;
  kind: TownshipKind;
  sample: boolean;
  secretary: string;
  branches: DemoBranch[];
}
export interface DemoDepartment {
  code: string;
  name: string;
  shortName: string;
}
export interface DemoStarType {
  code: StarCode;
  nameZh: string;
  nameEn: string;
  communityNameZh: string | null;
  description: string;
  sortOrder: number;
}
export interface DemoKeyTask {
  code: string;
  starCode: StarCode;
  category: Category;
  title: string;
  description: string;
  weight: number;
  requiredEvidence: string;
  leadDepartmentCode: string;
  sortOrder: number;
}
export interface DemoTaskForce {
  starCode: StarCode;
  name: string;
  leadDepartmentCode: string;
  leader: string;
  members: string[];
}
/** contactUnitCodes: codes of townships or branches */
export interface DemoCountyLeader {
  name: string;
  title: string;
  contactUnitCodes: string[];
}
/** dates YYYY-MM-DD; changedOn is the last day of the previous secretary, the current one starts the day after */
export interface DemoSecretaryChange {
  branchCode: string;
  previousSecretary: string;
  previousStart: string;
  changedOn: string;
}
export interface DemoData {
  province: { code: string; name: string };
  city: { code: string; name: string };
  district: { code: string; name: string };
  partySecretary: string;
  organizationMinister: string;
  departments: DemoDepartment[];
  starTypes: DemoStarType[];
  keyTaskEdition: number;
  keyTasks: DemoKeyTask[];
  taskForces: DemoTaskForce[];
  countyLeaders: DemoCountyLeader[];
  townships: DemoTownship[];
  secretaryChanges: DemoSecretaryChange[];
  /** when all current positions started (except the secretaries listed in secretaryChanges) */
  positionsStartOn: string;
}

// ---------------------------------------------------------------------------------------------
// Deterministic pseudo-randomness
// ---------------------------------------------------------------------------------------------

const SEED = 20260127;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)];
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

// ---------------------------------------------------------------------------------------------
// Invented person names
// ---------------------------------------------------------------------------------------------

/** Single-character surnames only, so every name is 2 or 3 characters long. */
const SURNAMES: readonly string[] = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
  '林',
  '罗',
  '郑',
  '梁',
  '谢',
  '宋',
  '唐',
  '许',
  '韩',
  '冯',
  '邓',
  '曹',
  '彭',
  '曾',
  '肖',
  '田',
  '董',
  '袁',
  '潘',
  '于',
  '蒋',
  '蔡',
  '余',
  '杜',
  '叶',
  '程',
  '苏',
  '魏',
  '吕',
  '丁',
  '任',
  '沈',
  '姚',
  '卢',
  '姜',
  '崔',
  '钟',
  '谭',
  '陆',
  '汪',
  '范',
  '金',
  '石',
  '廖',
  '贾',
  '夏',
  '付',
  '方',
  '白',
  '邹',
  '孟',
  '熊',
  '秦',
  '邱',
  '江',
  '尹',
  '薛',
  '闫',
  '段',
  '雷',
  '侯',
  '史',
  '陶',
  '贺',
  '顾',
  '毛',
  '郝',
  '龚',
  '邵',
  '万',
  '严',
  '武',
  '戴',
  '孔',
  '汤',
  '申',
  '牛',
  '翟',
  '耿',
  '樊',
  '霍',
  '岳',
  '靳',
  '楚',
  '常',
  '聂',
  '乔',
  '祁',
  '宁',
  '裴',
];

/** Two-character given names (mixed generations and genders). */
const GIVEN2: readonly string[] = [
  '建国',
  '建军',
  '建华',
  '建伟',
  '国强',
  '国庆',
  '国栋',
  '国华',
  '国平',
  '志强',
  '志刚',
  '志红',
  '志勇',
  '秀英',
  '秀兰',
  '秀梅',
  '桂英',
  '桂兰',
  '桂芝',
  '玉兰',
  '玉梅',
  '玉珍',
  '玉霞',
  '丽娟',
  '丽华',
  '丽萍',
  '海燕',
  '海涛',
  '海军',
  '海峰',
  '红霞',
  '红梅',
  '红英',
  '红军',
  '晓燕',
  '晓东',
  '晓峰',
  '晓丽',
  '晓敏',
  '文静',
  '文杰',
  '文博',
  '文华',
  '俊杰',
  '俊峰',
  '振华',
  '振宇',
  '振东',
  '永强',
  '永刚',
  '永红',
  '春燕',
  '春梅',
  '春生',
  '秋菊',
  '秋月',
  '冬梅',
  '雪梅',
  '雪芳',
  '金凤',
  '凤英',
  '凤霞',
  '爱华',
  '爱民',
  '爱国',
  '卫东',
  '卫国',
  '卫红',
  '新民',
  '新华',
  '新生',
  '德明',
  '德福',
  '德胜',
  '明亮',
  '明辉',
  '明远',
  '光辉',
  '光明',
  '天宇',
  '天翔',
  '子涵',
  '子豪',
  '一鸣',
  '浩然',
  '浩宇',
  '宇航',
  '思远',
  '思雨',
  '欣怡',
  '雨欣',
  '佳琪',
  '佳怡',
  '梦瑶',
  '梦洁',
  '静怡',
  '婷婷',
  '亚楠',
  '亚琴',
  '亚伟',
  '利民',
  '利军',
  '利平',
  '向东',
  '向阳',
  '艳丽',
  '艳红',
  '艳芳',
  '淑芬',
  '淑珍',
  '淑华',
  '慧敏',
  '慧芳',
  '少华',
  '少东',
  '少伟',
  '保国',
  '保平',
  '保民',
  '长青',
  '长春',
  '书勤',
  '书香',
  '瑞霞',
  '瑞峰',
  '瑞林',
  '朝阳',
  '朝晖',
  '广德',
  '广平',
  '广林',
  '胜利',
  '跃进',
  '继红',
  '继东',
  '鹏飞',
  '鹏程',
  '兴旺',
  '兴华',
  '家豪',
  '家乐',
  '宏伟',
  '宏亮',
  '美玲',
  '美华',
  '素芳',
  '素珍',
  '彩霞',
  '彩云',
  '翠萍',
  '翠兰',
  '会敏',
  '会芳',
  '耀东',
  '耀武',
  '晨曦',
  '晨阳',
  '金生',
  '金明',
  '云飞',
  '云霞',
  '世杰',
  '世明',
  '立新',
  '立军',
  '秀芝',
  '学文',
  '学军',
];

/** One-character given names. */
const GIVEN1: readonly string[] = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '霞',
  '平',
  '刚',
  '鹏',
  '华',
  '红',
  '辉',
  '玲',
  '斌',
  '宁',
  '凯',
  '婷',
  '琳',
  '峰',
  '浩',
  '雪',
  '颖',
  '倩',
  '博',
  '晨',
  '阳',
  '昊',
  '欣',
  '悦',
  '蕾',
  '楠',
  '冰',
  '瑜',
  '彬',
  '亮',
  '忠',
  '振',
  '帅',
  '萍',
  '燕',
  '琴',
  '梅',
  '莉',
  '荣',
  '鑫',
  '宇',
  '航',
  '岩',
];

/** Generates distinct invented names; throws rather than ever repeating one. */
class NameFactory {
  private readonly used = new Set<string>();
  constructor(private readonly rnd: () => number) {}

  next(): string {
    for (let attempt = 0; attempt < 1000; attempt++) {
      const surname = pick(this.rnd, SURNAMES);
      const given = this.rnd() < 0.72 ? pick(this.rnd, GIVEN2) : pick(this.rnd, GIVEN1);
      const name = surname + given;
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
    throw new Error('demo-data: name lists exhausted');
  }

  many(n: number): string[] {
    return Array.from({ length: n }, () => this.next());
  }
}

// ---------------------------------------------------------------------------------------------
// Invented branch (place) names — sample text except the two public communities
// ---------------------------------------------------------------------------------------------

const PUBLIC_COMMUNITY_JIANXINNANJIE = '建新南街社区';
const PUBLIC_COMMUNITY_YINGTAOGOU = '樱桃沟社区';

/** Community stems; "社区" is appended. */
const COMMUNITY_STEMS: readonly string[] = [
  '兴华南街',
  '福寿街',
  '政通路',
  '陇海北里',
  '大坟岗',
  '庆丰街',
  '航海东路',
  '勤劳街',
  '汝河路',
  '颍河路',
  '佛岗',
  '碧云路',
  '绿云路',
  '彩虹路',
  '春晖路',
  '秀水苑',
  '锦绣园',
  '祥和里',
  '和平新村',
  '光明里',
  '胜利街',
  '团结里',
  '友爱路',
  '建设里',
  '幸福里',
  '安康苑',
  '宁静里',
  '康乐苑',
  '嘉禾苑',
  '丰收路',
  '华山路',
  '泰山路',
  '衡山路',
  '恒山路',
  '黄山路',
  '峨眉路',
  '庐山路',
  '天山路',
  '昆仑路',
  '祁连路',
  '清风园',
  '樱花园',
  '梧桐里',
  '银杏苑',
  '海棠苑',
  '紫荆苑',
  '丁香里',
  '玉兰苑',
  '桂花里',
  '牡丹园',
  '芙蓉里',
  '月季苑',
  '翠竹苑',
  '青松里',
  '红梅苑',
  '金桂苑',
  '石榴园',
  '枫林苑',
  '桃园路',
  '柳荫路',
  '杏林里',
  '荷花池',
  '长青里',
  '长乐苑',
  '长安里',
  '永安街',
  '永康里',
  '永和苑',
  '兴隆街',
  '兴盛里',
  '兴业路',
  '安居苑',
  '乐居苑',
  '宜居苑',
  '和谐里',
  '和美苑',
  '和顺街',
  '福源里',
  '福星苑',
  '福润苑',
  '福安里',
  '瑞祥苑',
  '瑞丰里',
  '瑞和路',
  '吉祥里',
  '祥云苑',
  '庆安里',
  '庆春路',
  '春华里',
  '秋实苑',
  '东风路',
  '西风里',
  '南风苑',
  '北辰里',
  '向阳里',
  '朝阳苑',
  '晨光里',
  '曙光路',
  '星光苑',
  '明珠苑',
  '金水湾',
  '银河里',
  '碧水苑',
  '清泉里',
  '泉源路',
  '溪园',
  '湖滨苑',
  '河畔里',
  '滨河路',
  '运河里',
  '铁路新村',
  '电厂路',
  '纺织新村',
  '机床厂',
  '水泥厂',
  '棉纺路',
  '钢厂里',
  '煤机里',
  '车站路',
  '工人新村',
  '交通里',
  '邮电里',
  '粮库路',
  '杏坛里',
  '师范里',
  '文化里',
  '书香苑',
  '文苑里',
  '学府路',
  '科技苑',
  '创新路',
  '振兴路',
  '复兴里',
  '繁荣路',
  '建国里',
  '新华里',
  '新建路',
  '新兴苑',
  '新城里',
  '新苑',
  '新村路',
  '新民里',
  '民主路',
  '民生里',
  '民安苑',
  '德润苑',
  '德馨里',
  '仁和里',
  '仁爱苑',
  '礼让街',
  '诚信里',
  '敬业路',
  '和睦里',
  '厚德苑',
  '馨苑',
  '雅苑里',
  '怡和苑',
  '怡景里',
  '悦来里',
  '悦景苑',
  '嘉园',
  '嘉盛里',
  '锦华苑',
  '锦程路',
  '华庭里',
  '翠园里',
  '绿园',
  '青年路',
  '红旗里',
  '五一里',
  '七一路',
  '八一里',
  '建业里',
  '齐心街',
  '同乐里',
  '福泽苑',
  '如意里',
  '丰和苑',
  '康宁街',
  '安泰里',
];

/** Village stems; "村" is appended. */
const VILLAGE_STEMS: readonly string[] = [
  '南岗',
  '尖岗',
  '刘胡垌',
  '罗垌',
  '沟赵',
  '孙庄',
  '王庄',
  '李湾',
  '张寨',
  '杨寨',
  '周庄',
  '郭家咀',
  '河西',
  '贾岗',
  '常庄',
  '白寨',
  '董岗',
  '冯湾',
  '黄岗',
  '陈庄',
  '宋沟',
  '潘庄',
  '魏河',
  '袁垌',
  '牛庄',
  '柿园',
  '杏树沟',
  '枣树岗',
  '桃花峪',
  '梨园',
  '石佛',
  '水磨',
  '老河',
  '新庄',
  '后河',
  '前营',
  '中营',
  '东岗',
  '西岗',
  '北坡',
  '南坡',
  '高庄',
  '窑湾',
  '泉沟',
  '寺沟',
  '石河',
  '岭头',
  '坡底',
  '三李',
  '二郎庙',
];

// ---------------------------------------------------------------------------------------------
// Static catalogs
// ---------------------------------------------------------------------------------------------

const STAR_ORDER: readonly StarCode[] = [
  'INDUSTRY_PROSPERITY',
  'ECOLOGICAL_LIVABILITY',
  'SAFETY_AND_RULE_OF_LAW',
  'CIVILITY_AND_HAPPINESS',
  'STRONG_BRANCH',
];

const STAR_ABBR: Record<StarCode, string> = {
  INDUSTRY_PROSPERITY: 'IP',
  ECOLOGICAL_LIVABILITY: 'EL',
  SAFETY_AND_RULE_OF_LAW: 'SR',
  CIVILITY_AND_HAPPINESS: 'CH',
  STRONG_BRANCH: 'SB',
};

/** Lead department per star (configurable in the product; this is the demo mapping). */
const STAR_LEAD_DEPARTMENT: Record<StarCode, string> = {
  INDUSTRY_PROSPERITY: 'AGRICULTURE',
  ECOLOGICAL_LIVABILITY: 'URBAN_MANAGEMENT',
  SAFETY_AND_RULE_OF_LAW: 'POLITICS_LAW',
  CIVILITY_AND_HAPPINESS: 'CIVILIZATION',
  STRONG_BRANCH: 'ORG',
};

const DEPARTMENTS: DemoDepartment[] = [
  { code: 'ORG', name: '区委组织部', shortName: '组织部' },
  { code: 'POLITICS_LAW', name: '区委政法委', shortName: '政法委' },
  { code: 'SOCIAL_GOVERNANCE', name: '区委社会工作部（社治委）', shortName: '社会工作部' },
  { code: 'AGRICULTURE', name: '区农业农村工作委员会', shortName: '农委' },
  { code: 'PUBLICITY', name: '区委宣传部', shortName: '宣传部' },
  { code: 'CIVILIZATION', name: '区文明办', shortName: '文明办' },
  { code: 'CIVIL_AFFAIRS', name: '区民政局', shortName: '民政局' },
  { code: 'URBAN_MANAGEMENT', name: '区城市管理局', shortName: '城管局' },
  { code: 'ENVIRONMENT', name: '区生态环境分局', shortName: '生态环境分局' },
  { code: 'JUSTICE', name: '区司法局', shortName: '司法局' },
  { code: 'PETITION', name: '区信访局', shortName: '信访局' },
  { code: 'PUBLIC_SECURITY', name: '区公安分局', shortName: '公安分局' },
];

const STAR_TYPES: DemoStarType[] = [
  {
    code: 'INDUSTRY_PROSPERITY',
    nameZh: '产业兴旺星',
    nameEn: 'Industry Prosperity',
    communityNameZh: '宜业兴业星',
    description: '发展壮大集体经济，培育特色产业，规范发展合作社，持续增加集体收入。',
    sortOrder: 1,
  },
  {
    code: 'ECOLOGICAL_LIVABILITY',
    nameZh: '生态宜居星',
    nameEn: 'Ecological Livability',
    communityNameZh: null,
    description: '持续开展人居环境整治，抓好环境卫生，推进绿化美化，建设生态宜居家园。',
    sortOrder: 2,
  },
  {
    code: 'SAFETY_AND_RULE_OF_LAW',
    nameZh: '平安法治星',
    nameEn: 'Safety and Rule of Law',
    communityNameZh: null,
    description: '实现“三零”目标（零上访、零事故、零案件），增强群众法治意识，推行网格化管理。',
    sortOrder: 3,
  },
  {
    code: 'CIVILITY_AND_HAPPINESS',
    nameZh: '文明幸福星',
    nameEn: 'Civility and Happiness',
    communityNameZh: '幸福和谐星',
    description: '做好为民服务，倡导文明新风，选树文明家庭和先进典型，增强群众获得感、幸福感。',
    sortOrder: 4,
  },
  {
    code: 'STRONG_BRANCH',
    nameZh: '支部过硬星',
    nameEn: 'Strong Branch',
    communityNameZh: null,
    description: '落实“三好一严格”：选好书记、建好班子、带好党员队伍，严格党内组织生活。',
    sortOrder: 5,
  },
];

type TaskSpec = [title: string, description: string, weight: number, requiredEvidence: string];

/** 29 rural key tasks (sample text), grouped by star: 6/6/6/6/5, 20 points per star. */
const RURAL_TASKS: Record<StarCode, TaskSpec[]> = {
  INDUSTRY_PROSPERITY: [
    [
      '村集体经济收入稳定增长',
      '村集体经营性收入较上年保持增长并达到区定年度目标，收支台账清晰、按期公开。（示例）',
      4,
      '村集体收支台账、财务报表',
    ],
    [
      '培育壮大特色主导产业',
      '立足资源禀赋发展林果、樱桃等特色种植或乡村旅游产业，形成“一村一品”。（示例）',
      3,
      '产业发展规划、现场照片',
    ],
    [
      '规范运行村党支部领办合作社',
      '党支部领办的合作社章程健全、运营规范，建立利益联结和分红机制，带动农户入社增收。（示例）',
      3,
      '合作社章程、分红台账',
    ],
    [
      '盘活闲置资源资产',
      '清查盘活闲置土地、房屋等集体资源资产，依法依规发包租赁，防止集体资产流失。（示例）',
      3,
      '合同台账、清产核资报告',
    ],
    [
      '带动群众就业增收',
      '组织技能培训和劳务对接，帮助群众就近就业，农村居民人均可支配收入稳步提高。（示例）',
      4,
      '培训签到表、就业台账',
    ],
    [
      '推进农文旅融合发展',
      '发展乡村民宿、农家乐和采摘体验项目，打造乡村旅游精品线路。（示例）',
      3,
      '项目清单、现场照片',
    ],
  ],
  ECOLOGICAL_LIVABILITY: [
    [
      '农村人居环境整治常态化',
      '常态化开展“三清一改”村庄清洁行动，村内无积存垃圾、无乱堆乱放、无私搭乱建。（示例）',
      4,
      '整治台账、前后对比照片',
    ],
    [
      '生活垃圾分类收运处置',
      '建立“户分类、村收集、乡转运”体系，垃圾分类覆盖率达到年度目标。（示例）',
      3,
      '收运记录、现场照片',
    ],
    [
      '农村改厕和生活污水治理',
      '推进卫生厕所改造和生活污水收集处理，设施正常运行、管护到位。（示例）',
      3,
      '改厕台账、运维记录',
    ],
    ['村庄绿化美化', '开展植树造林和“四旁”绿化，建设村内小游园，绿化苗木管护到位。（示例）', 3, '绿化清单、现场照片'],
    [
      '美丽庭院创建',
      '开展美丽庭院评选，创建户达到规定比例并挂牌公示，发挥示范带动作用。（示例）',
      3,
      '评选名单、公示照片',
    ],
    [
      '生态保护和秸秆禁烧',
      '落实秸秆禁烧、河湖库“清四乱”和林地保护责任，全年无重大生态环境问题。（示例）',
      4,
      '巡查记录、责任书',
    ],
  ],
  SAFETY_AND_RULE_OF_LAW: [
    [
      '实现“三零”创建目标',
      '全年实现零上访、零事故、零案件，无越级上访、无较大安全事故、无刑事案件。（示例）',
      4,
      '“三零”创建台账、相关部门证明',
    ],
    [
      '网格化管理全覆盖',
      '科学划分网格并配齐网格长、网格员，网格事件做到及时发现、上报、处置。（示例）',
      3,
      '网格划分图、网格员名册',
    ],
    [
      '矛盾纠纷排查化解',
      '坚持和发展新时代“枫桥经验”，定期排查矛盾纠纷，调解成功率达到95%以上。（示例）',
      4,
      '排查台账、调解协议书',
    ],
    ['法治宣传教育', '深入开展普法宣传，培育“法律明白人”，积极创建民主法治示范村。（示例）', 3, '活动记录、照片'],
    [
      '安全生产和消防隐患排查',
      '定期排查燃气、用电、消防和自建房等安全隐患，建立隐患整改台账并按期销号。（示例）',
      3,
      '隐患排查台账、整改记录',
    ],
    [
      '扫黑除恶和禁毒反诈宣传',
      '常态化开展扫黑除恶、禁毒和反电诈宣传，辖区无涉黑涉恶和涉毒问题。（示例）',
      3,
      '宣传记录、照片',
    ],
  ],
  CIVILITY_AND_HAPPINESS: [
    [
      '新时代文明实践站规范运行',
      '建好用好新时代文明实践站，每月开展文明实践活动不少于2次。（示例）',
      4,
      '活动记录、照片',
    ],
    [
      '推进移风易俗',
      '修订完善村规民约，发挥红白理事会作用，遏制高价彩礼、大操大办等陈规陋习。（示例）',
      3,
      '村规民约、红白理事会记录',
    ],
    [
      '志愿服务常态化',
      '组建党员志愿服务队，注册志愿者占常住人口比例达到规定要求，服务活动经常开展。（示例）',
      3,
      '志愿者名册、服务记录',
    ],
    [
      '选树先进典型',
      '开展好媳妇、好婆婆、文明家庭和“星级文明户”评选表彰，营造崇德向善氛围。（示例）',
      3,
      '评选名单、表彰照片',
    ],
    [
      '关爱“一老一小”和困难群体',
      '落实留守老人、留守儿童、残疾人和困难群众关爱帮扶措施，做到定期走访。（示例）',
      4,
      '帮扶台账、走访记录',
    ],
    [
      '丰富群众文化生活',
      '依托文化广场、农家书屋经常开展群众性文体活动，满足群众精神文化需求。（示例）',
      3,
      '活动方案、照片',
    ],
  ],
  STRONG_BRANCH: [
    [
      '严格落实“三会一课”制度',
      '按期召开支部党员大会、支委会和党小组会，书记每年讲党课不少于1次。（示例）',
      4,
      '会议记录、党课讲稿',
    ],
    ['规范开展主题党日', '每月固定开展主题党日活动，党员参与率达到90%以上。（示例）', 4, '活动记录、签到表、照片'],
    ['党员积分管理', '实行党员积分制管理，积分结果定期公示并与评先评优挂钩。（示例）', 4, '积分台账、公示照片'],
    [
      '书记抓党建述职评议',
      '村党支部书记年度述职抓党建工作，接受党员群众评议，评议结果运用到位。（示例）',
      4,
      '述职报告、民主测评表',
    ],
    [
      '班子建设和后备力量培养',
      '支部班子团结有力、分工明确，储备村级后备力量，稳妥做好发展党员工作。（示例）',
      4,
      '班子分工表、后备人才台账',
    ],
  ],
};

/** 27 community key tasks (sample text), grouped by star: 6/5/5/5/6, 20 points per star. */
const COMMUNITY_TASKS: Record<StarCode, TaskSpec[]> = {
  INDUSTRY_PROSPERITY: [
    [
      '社区集体收入稳定增长',
      '通过盘活物业资产、开展便民有偿服务等途径，增加社区集体收入，收支公开透明。（示例）',
      4,
      '收入台账、财务报表',
    ],
    [
      '楼宇经济和商圈党建',
      '推进商务楼宇、商圈市场党建工作，以党建引领促进辖区经济发展。（示例）',
      3,
      '楼宇企业台账、活动记录',
    ],
    [
      '服务辖区企业和个体工商户',
      '建立驻区企业和商户联系服务机制，定期走访，协调解决经营难题。（示例）',
      3,
      '走访记录、问题清单',
    ],
    ['促进居民就业创业', '开展技能培训、招聘对接和创业帮扶，零就业家庭动态清零。（示例）', 4, '就业台账、培训记录'],
    [
      '打造一刻钟便民生活圈',
      '完善辖区便民商业网点布局，满足居民日常消费和生活服务需求。（示例）',
      3,
      '网点清单、现场照片',
    ],
    [
      '共驻共建资源整合',
      '整合驻区单位资源，签订共建协议，形成共建项目清单并推动落实。（示例）',
      3,
      '共建协议、项目清单',
    ],
  ],
  ECOLOGICAL_LIVABILITY: [
    [
      '老旧小区环境综合整治',
      '配合推进老旧小区改造，整治私搭乱建、飞线充电和楼道堆物。（示例）',
      4,
      '整治台账、前后对比照片',
    ],
    ['生活垃圾分类', '规范设置分类投放点，居民垃圾分类知晓率和参与率达到年度目标。（示例）', 4, '督导记录、现场照片'],
    [
      '背街小巷和市容秩序治理',
      '做好背街小巷环境卫生，治理占道经营和乱停乱放，市容秩序整洁有序。（示例）',
      4,
      '巡查记录、现场照片',
    ],
    ['社区绿化美化', '开展见缝插绿和口袋公园建设，做好楼院绿化日常养护。（示例）', 4, '绿化清单、现场照片'],
    [
      '物业管理全覆盖',
      '推动无物业小区引入物业服务或实行居民自治管理，建立“红色物业”工作机制。（示例）',
      4,
      '物业覆盖台账、服务协议',
    ],
  ],
  SAFETY_AND_RULE_OF_LAW: [
    [
      '实现“三零”创建目标',
      '全年实现零上访、零事故、零案件，无越级上访、无较大安全事故、无刑事案件。（示例）',
      4,
      '“三零”创建台账、相关部门证明',
    ],
    [
      '网格化管理全覆盖',
      '按楼院划分网格并配齐网格员，网格事件做到及时发现、上报、处置、反馈。（示例）',
      4,
      '网格划分图、网格员名册',
    ],
    [
      '矛盾纠纷排查化解',
      '定期排查邻里、物业等矛盾纠纷，依托调解室就地化解，调解成功率达到95%以上。（示例）',
      4,
      '排查台账、调解协议书',
    ],
    [
      '法治宣传和“法律明白人”培养',
      '开展法治宣传进楼院活动，每个网格至少培养1名“法律明白人”。（示例）',
      4,
      '活动记录、人员名册',
    ],
    [
      '安全隐患排查整治',
      '定期排查燃气、电动车充电和消防通道等安全隐患，建立台账并整改销号。（示例）',
      4,
      '隐患排查台账、整改记录',
    ],
  ],
  CIVILITY_AND_HAPPINESS: [
    [
      '新时代文明实践站规范运行',
      '建好用好新时代文明实践站，每月开展文明实践活动不少于2次。（示例）',
      4,
      '活动记录、照片',
    ],
    [
      '党群服务中心为民服务',
      '党群服务中心落实首问负责、延时服务和代办帮办，群众满意率达到90%以上。（示例）',
      4,
      '服务台账、满意度测评',
    ],
    [
      '志愿服务常态化',
      '组建党员志愿服务队和在职党员志愿者队伍，定期开展志愿服务活动。（示例）',
      4,
      '志愿者名册、服务记录',
    ],
    ['“一老一小”关爱服务', '办好老年助餐点和“四点半课堂”，为老人和儿童提供关爱服务。（示例）', 4, '服务台账、照片'],
    [
      '文明家庭评选和移风易俗',
      '开展文明家庭、身边好人评选，倡导婚事新办、丧事简办等文明新风。（示例）',
      4,
      '评选名单、宣传材料',
    ],
  ],
  STRONG_BRANCH: [
    [
      '严格落实“三会一课”制度',
      '按期召开党员大会、支委会和党小组会，书记每年讲党课不少于1次。（示例）',
      4,
      '会议记录、党课讲稿',
    ],
    ['规范开展主题党日', '每月固定开展主题党日活动，党员参与率达到90%以上。（示例）', 3, '活动记录、签到表、照片'],
    [
      '党员积分管理和在职党员“双报到”',
      '实行党员积分制管理，在职党员到社区报到并认领服务岗位。（示例）',
      3,
      '积分台账、报到名册',
    ],
    [
      '书记抓党建述职评议',
      '社区党组织书记年度述职抓党建工作，接受党员群众评议，评议结果运用到位。（示例）',
      3,
      '述职报告、民主测评表',
    ],
    [
      '“清廉社区”建设',
      '畅通“清风邮局”等民意渠道，群众诉求受理、协商、办结、反馈形成闭环。（示例）',
      4,
      '诉求台账、回访记录',
    ],
    [
      '网格党支部和楼院党小组建设',
      '在网格建立党支部、在楼院建立党小组，党员中心户覆盖全部楼院。（示例）',
      3,
      '组织设置表、党员中心户名册',
    ],
  ],
};

interface TownshipSpec {
  name: string;
  kind: TownshipKind;
  sample: boolean;
  /** branches whose names are public (listed first, sample: false) */
  fixed: { name: string; category: Category }[];
  communities: number; // invented communities (in addition to fixed ones)
  villages: number; // invented villages
  ruralFirst: boolean; // list villages before communities
}

/** 18 township-level units; 200 branches in total. */
const TOWNSHIP_SPECS: TownshipSpec[] = [
  {
    name: '淮河路街道',
    kind: 'SUBDISTRICT',
    sample: false,
    fixed: [],
    communities: 11,
    villages: 0,
    ruralFirst: false,
  },
  {
    name: '解放路街道',
    kind: 'SUBDISTRICT',
    sample: false,
    fixed: [],
    communities: 10,
    villages: 0,
    ruralFirst: false,
  },
  { name: '铭功路街道', kind: 'SUBDISTRICT', sample: false, fixed: [], communities: 9, villages: 0, ruralFirst: false },
  { name: '一马路街道', kind: 'SUBDISTRICT', sample: false, fixed: [], communities: 8, villages: 0, ruralFirst: false },
  {
    name: '蜜蜂张街道',
    kind: 'SUBDISTRICT',
    sample: false,
    fixed: [],
    communities: 12,
    villages: 0,
    ruralFirst: false,
  },
  {
    name: '五里堡街道',
    kind: 'SUBDISTRICT',
    sample: false,
    fixed: [],
    communities: 11,
    villages: 0,
    ruralFirst: false,
  },
  {
    name: '大学路街道',
    kind: 'SUBDISTRICT',
    sample: false,
    fixed: [],
    communities: 14,
    villages: 0,
    ruralFirst: false,
  },
  {
    name: '建中街街道',
    kind: 'SUBDISTRICT',
    sample: false,
    fixed: [{ name: PUBLIC_COMMUNITY_JIANXINNANJIE, category: 'COMMUNITY' }],
    communities: 11,
    villages: 0,
    ruralFirst: false,
  },
  {
    name: '福华街街道',
    kind: 'SUBDISTRICT',
    sample: false,
    fixed: [],
    communities: 10,
    villages: 0,
    ruralFirst: false,
  },
  { name: '德化街街道', kind: 'SUBDISTRICT', sample: false, fixed: [], communities: 9, villages: 0, ruralFirst: false },
  {
    name: '嵩山路街道',
    kind: 'SUBDISTRICT',
    sample: false,
    fixed: [],
    communities: 12,
    villages: 1,
    ruralFirst: false,
  },
  {
    name: '京广路街道',
    kind: 'SUBDISTRICT',
    sample: false,
    fixed: [],
    communities: 11,
    villages: 1,
    ruralFirst: false,
  },
  {
    name: '长江路街道',
    kind: 'SUBDISTRICT',
    sample: false,
    fixed: [],
    communities: 12,
    villages: 2,
    ruralFirst: false,
  },
  { name: '人和路街道', kind: 'SUBDISTRICT', sample: false, fixed: [], communities: 9, villages: 1, ruralFirst: false },
  { name: '侯寨乡', kind: 'TOWNSHIP', sample: false, fixed: [], communities: 2, villages: 13, ruralFirst: true },
  { name: '马寨镇', kind: 'TOWN', sample: false, fixed: [], communities: 3, villages: 10, ruralFirst: true },
  {
    name: '樱桃沟景区管委会',
    kind: 'MANAGEMENT_COMMITTEE',
    sample: false,
    fixed: [{ name: PUBLIC_COMMUNITY_YINGTAOGOU, category: 'COMMUNITY' }],
    communities: 1,
    villages: 7,
    ruralFirst: true,
  },
  {
    name: '示例产业园区管委会',
    kind: 'MANAGEMENT_COMMITTEE',
    sample: true,
    fixed: [],
    communities: 5,
    villages: 3,
    ruralFirst: false,
  },
];

/** County-level leader titles (invented line-up of a district leadership); exactly 47. */
const COUNTY_LEADER_TITLES: readonly string[] = [
  '区委副书记、区长',
  '区人大常委会主任',
  '区政协主席',
  '区委副书记',
  '区委常委、常务副区长',
  '区委常委、区纪委书记、区监委主任',
  '区委常委、政法委书记',
  '区委常委、宣传部部长',
  '区委常委、统战部部长',
  '区委常委、区委办公室主任',
  '区委常委、人武部部长',
  '区委常委、副区长',
  '区人大常委会副主任',
  '区人大常委会副主任',
  '区人大常委会副主任',
  '区人大常委会副主任',
  '区人大常委会副主任',
  '副区长',
  '副区长',
  '副区长',
  '副区长',
  '副区长',
  '区政协副主席',
  '区政协副主席',
  '区政协副主席',
  '区政协副主席',
  '区政协副主席',
  '区人民法院院长',
  '区人民检察院检察长',
  '区人大常委会党组副书记',
  '区政协党组副书记',
  '副区长、区公安分局局长',
  '区委一级调研员',
  '区委一级调研员',
  '区委一级调研员',
  '区政府一级调研员',
  '区政府一级调研员',
  '区委二级调研员',
  '区委二级调研员',
  '区委二级调研员',
  '区政府二级调研员',
  '区政府二级调研员',
  '区政府二级调研员',
  '区人大常委会一级调研员',
  '区人大常委会一级调研员',
  '区政协一级调研员',
  '区政协一级调研员',
];

// ---------------------------------------------------------------------------------------------
// Builder
// ---------------------------------------------------------------------------------------------

function buildKeyTasks(category: Category, specs: Record<StarCode, TaskSpec[]>): DemoKeyTask[] {
  const prefix = category === 'RURAL' ? 'R' : 'C';
  const tasks: DemoKeyTask[] = [];
  let sortOrder = 0;
  for (const star of STAR_ORDER) {
    specs[star].forEach(([title, description, weight, requiredEvidence], i) => {
      tasks.push({
        code: `${prefix}-${STAR_ABBR[star]}-${pad2(i + 1)}`,
        starCode: star,
        category,
        title,
        description,
        weight,
        requiredEvidence,
        leadDepartmentCode: STAR_LEAD_DEPARTMENT[star],
        sortOrder: ++sortOrder,
      });
    });
  }
  return tasks;
}

function branchKind(rnd: () => number, category: Category): BranchKind {
  const r = rnd();
  if (category === 'COMMUNITY') {
    if (r < 0.08) return 'PARTY_COMMITTEE';
    if (r < 0.3) return 'GENERAL_BRANCH';
    return 'PARTY_BRANCH';
  }
  return r < 0.2 ? 'GENERAL_BRANCH' : 'PARTY_BRANCH';
}

/** Builds the whole demo data set. Pure and deterministic: every call returns equal data. */
export function buildDemoData(): DemoData {
  const rnd = mulberry32(SEED);
  const names = new NameFactory(mulberry32(SEED ^ 0x5f3759df));

  const partySecretary = names.next();
  const organizationMinister = names.next();

  // Branch names: public ones are reserved, invented ones are taken from the stems in order.
  const reserved = new Set([PUBLIC_COMMUNITY_JIANXINNANJIE, PUBLIC_COMMUNITY_YINGTAOGOU]);
  const usedBranchNames = new Set<string>(reserved);
  // Cursors walk a stem list forwards (step 1) or backwards (step -1); the village list is read
  // forwards for the rural townships and backwards for the few villages of other units.
  type Cursor = { i: number; step: 1 | -1 };
  const takeName = (stems: readonly string[], suffix: string, cursor: Cursor): string => {
    while (cursor.i >= 0 && cursor.i < stems.length) {
      const candidate = stems[cursor.i] + suffix;
      cursor.i += cursor.step;
      if (!usedBranchNames.has(candidate)) {
        usedBranchNames.add(candidate);
        return candidate;
      }
    }
    throw new Error(`demo-data: ran out of ${suffix} names`);
  };
  const communityCursor: Cursor = { i: 0, step: 1 };
  const ruralVillageCursor: Cursor = { i: 0, step: 1 };
  const otherVillageCursor: Cursor = { i: VILLAGE_STEMS.length - 1, step: -1 };

  const townships: DemoTownship[] = TOWNSHIP_SPECS.map((spec, ti) => {
    const code = `EQ-T${pad2(ti + 1)}`;
    const secretary = names.next();
    const slots: { name: string; category: Category; sample: boolean }[] = spec.fixed.map((f) => ({
      name: f.name,
      category: f.category,
      sample: false,
    }));
    const communities = Array.from({ length: spec.communities }, () => ({
      name: takeName(COMMUNITY_STEMS, '社区', communityCursor),
      category: 'COMMUNITY' as Category,
      sample: true,
    }));
    const villages = Array.from({ length: spec.villages }, () => ({
      name: takeName(VILLAGE_STEMS, '村', spec.ruralFirst ? ruralVillageCursor : otherVillageCursor),
      category: 'RURAL' as Category,
      sample: true,
    }));
    slots.push(...(spec.ruralFirst ? [...villages, ...communities] : [...communities, ...villages]));

    const branches: DemoBranch[] = slots.map((slot, bi) => {
      const branchSecretary = names.next();
      const members = names.many(4);
      // The secretary owns 支部过硬星; the other four stars rotate among the members.
      const others = STAR_ORDER.filter((s) => s !== 'STRONG_BRANCH');
      const shift = (ti + bi) % 4;
      const starOwners = { STRONG_BRANCH: branchSecretary } as Record<StarCode, string>;
      others.forEach((star, k) => {
        starOwners[star] = members[(k + shift) % 4];
      });
      const ordered = {} as Record<StarCode, string>;
      for (const star of STAR_ORDER) ordered[star] = starOwners[star];
      return {
        code: `${code}-B${pad2(bi + 1)}`,
        name: slot.name,
        category: slot.category,
        kind: slot.sample ? branchKind(rnd, slot.category) : 'PARTY_BRANCH',
        sample: slot.sample,
        secretary: branchSecretary,
        members,
        starOwners: ordered,
      };
    });

    return { code, name: spec.name, kind: spec.kind, sample: spec.sample, secretary, branches };
  });

  const starTypeByCode = new Map(STAR_TYPES.map((s) => [s.code, s]));
  const taskForces: DemoTaskForce[] = STAR_ORDER.map((star, i) => ({
    starCode: star,
    name: `${starTypeByCode.get(star)!.nameZh}创建专班`,
    leadDepartmentCode: STAR_LEAD_DEPARTMENT[star],
    leader: names.next(),
    members: names.many(i % 2 === 0 ? 4 : 3),
  }));

  // County leaders: the first 36 take townships in two rounds (so every township is covered twice);
  // every third of them also has a branch contact point in that township; the last 11 point at a
  // single branch each.
  const countyLeaders: DemoCountyLeader[] = COUNTY_LEADER_TITLES.map((title, i) => {
    const name = names.next();
    if (i < 36) {
      const t = townships[i % townships.length];
      const codes = [t.code];
      if (i % 3 === 1) codes.push(pick(rnd, t.branches).code);
      return { name, title, contactUnitCodes: codes };
    }
    const t = townships[(i * 7) % townships.length];
    return { name, title, contactUnitCodes: [pick(rnd, t.branches).code] };
  });

  const byName = (name: string): DemoBranch => {
    for (const t of townships) for (const b of t.branches) if (b.name === name) return b;
    throw new Error(`demo-data: branch ${name} missing`);
  };
  const secretaryChanges: DemoSecretaryChange[] = [
    {
      branchCode: byName(PUBLIC_COMMUNITY_YINGTAOGOU).code,
      previousSecretary: names.next(),
      previousStart: '2021-01-01',
      changedOn: '2025-06-30',
    },
    {
      branchCode: townships[14].branches[2].code,
      previousSecretary: names.next(),
      previousStart: '2021-01-01',
      changedOn: '2025-03-31',
    },
    {
      branchCode: townships[6].branches[4].code,
      previousSecretary: names.next(),
      previousStart: '2021-01-01',
      changedOn: '2024-09-30',
    },
  ];

  return {
    province: { code: '410000', name: '河南省' },
    city: { code: '410100', name: '郑州市' },
    district: { code: '410103', name: '二七区' },
    partySecretary,
    organizationMinister,
    departments: DEPARTMENTS.map((d) => ({ ...d })),
    starTypes: STAR_TYPES.map((s) => ({ ...s })),
    keyTaskEdition: 2026,
    keyTasks: [...buildKeyTasks('RURAL', RURAL_TASKS), ...buildKeyTasks('COMMUNITY', COMMUNITY_TASKS)],
    taskForces,
    countyLeaders,
    townships,
    secretaryChanges,
    positionsStartOn: '2024-01-01',
  };
}

/** The demo data set (SAMPLE data — see the header comment). */
export const demoData: DemoData = buildDemoData();
