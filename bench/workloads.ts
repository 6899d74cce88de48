/**
 * What the benchmark asks each contender, and the hand-written SQL of the raw contender. Every
 * workload asks the three contenders for the same answer; bench/run.ts checks they agree before
 * it measures.
 */
export interface Targets {
  provinceId: number;
  provincePath: string;
  districtId: number;
  districtPath: string;
  districtDepth: number;
  /** Offset of the list page (page 41 of 25). */
  listOffset: number;
  spotCheckId: number;
  year: number;
  /** The statistics date (today for this year, else 31 December) and today. */
  asOf: string;
  today: string;
  /** Bearer token of the benchmark user (ours only), and its id. */
  token: string;
  userId: number;
}

export interface Request {
  method: 'POST';
  path: string;
  headers: Record<string, string>;
  body: string;
}

export type Contender = 'ours' | 'postgraphile' | 'sql';
export const CONTENDERS: Contender[] = ['ours', 'postgraphile', 'sql'];

const gql = (query: string, variables: Record<string, unknown> = {}, token?: string): Request => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  body: JSON.stringify({ query, variables }),
});
const raw = (path: string, params: unknown[]): Request => ({
  method: 'POST',
  path,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ params }),
});

export const RAW_SQL: Record<string, string> = {
  // The page first, then what its 25 rows need (in one query, a join before OFFSET would be computed
  // for every skipped row too).
  '/list': `select u.id, u.name, t.name as township, coalesce(s.level, 0)::int as level, coalesce(s.stars, '{}') as stars
            from (select id, name, parent_id from unit where level = 'BRANCH' order by id limit 25 offset $1) u
            join unit t on t.id = u.parent_id
            left join lateral (select count(*) as level, array_agg(b.star_type_code order by b.star_type_code) as stars
                               from branch_star b where b.branch_id = u.id and b.until is null) s on true
            order by u.id`,
  '/finding': `insert into finding (spot_check_id, severity, description, recorded_at, recorded_by_id, created_at, updated_at)
               values ($1, 'MINOR', '压测记录的问题', now(), (select id from app_user where username = 'province'), now(), now()) returning id`,
};

export interface Workload {
  name: string;
  request: Record<Contender, (t: Targets) => Request>;
  /** The comparable core of an answer, to check that contenders agree. */
  normalize: Record<Contender, (body: any) => unknown>;
  /** Mutations change the data; their answers are not compared. */
  mutation?: boolean;
}

const statsParams = (t: Targets, which: 'province' | 'district') =>
  which === 'province'
    ? [2, `${t.provincePath}%`, t.year, t.asOf, t.today]
    : [t.districtDepth + 2, `${t.districtPath}%`, t.year, t.asOf, t.today];

const STATS_Q = `query ($u: ID!, $y: Int!) { campaignStats(unitId: $u, year: $y) { figures { branches fiveStar keyTasks { total overdue } } byChild { unitId figures { branches fiveStar } } } }`;
const statsWorkload = (which: 'province' | 'district'): Workload => ({
  name: `campaignStats (${which === 'province' ? '全省 province' : '一个区 one district'})`,
  request: {
    ours: (t) => gql(STATS_Q, { u: String(which === 'province' ? t.provinceId : t.districtId), y: t.year }, t.token),
    postgraphile: (t) => {
      const [d, l, y, a, td] = statsParams(t, which);
      const fn = which === 'province' ? 'benchCampaignStatsAbove' : 'benchCampaignStats';
      return gql(
        `query { ${fn}(pDepthPos: ${d}, pLike: ${JSON.stringify(l)}, pYear: ${y}, pAsOf: "${a}", pToday: "${td}") }`,
      );
    },
    sql: (t) => raw(which === 'province' ? '/stats-above' : '/stats', statsParams(t, which)),
  },
  normalize: {
    ours: (b) => {
      const s = b.data.campaignStats;
      return {
        branches: s.figures.branches,
        five: s.figures.fiveStar,
        items: s.figures.keyTasks.total,
        children: s.byChild.length,
      };
    },
    postgraphile: (b) => statsRows(b.data.benchCampaignStats ?? b.data.benchCampaignStatsAbove),
    sql: (b) => statsRows(b),
  },
});
function statsRows(rows: any[]) {
  const total = rows.find((r) => r.grp === 1);
  return {
    branches: Number(total.branches),
    five: Number(total.five),
    items: Number(total.items_total),
    children: rows.filter((r) => r.grp === 0 && r.child !== null).length,
  };
}

export const WORKLOADS: Workload[] = [
  {
    name: '支部列表 branch list page (25 rows: township, level, stars)',
    request: {
      ours: (t) =>
        gql(
          `query ($p: Int!) { branches(page: $p, perPage: 25, sortField: "id", sortOrder: ASC) { items { id name township { name } starLevel heldStars { starCode } } } }`,
          { p: t.listOffset / 25 + 1 },
          t.token,
        ),
      postgraphile: (t) =>
        gql(
          `query ($o: Int!) { allUnits(condition: { level: "BRANCH" }, orderBy: ID_ASC, first: 25, offset: $o) { nodes { id name unitByParentId { name } branchStarsByBranchId(condition: { until: null }, orderBy: STAR_TYPE_CODE_ASC) { totalCount nodes { starTypeCode } } } } }`,
          { o: t.listOffset },
        ),
      sql: (t) => raw('/list', [t.listOffset]),
    },
    normalize: {
      ours: (b) =>
        b.data.branches.items.map((r: any) => [
          Number(r.id),
          r.township.name,
          r.starLevel,
          r.heldStars.map((s: any) => s.starCode).sort(),
        ]),
      postgraphile: (b) =>
        b.data.allUnits.nodes.map((r: any) => [
          Number(r.id),
          r.unitByParentId.name,
          r.branchStarsByBranchId.totalCount,
          r.branchStarsByBranchId.nodes.map((s: any) => s.starTypeCode),
        ]),
      sql: (b) => b.map((r: any) => [Number(r.id), r.township, r.level, r.stars]),
    },
  },
  statsWorkload('province'),
  statsWorkload('district'),
  {
    name: 'recordFinding 记录问题 (one mutation)',
    mutation: true,
    request: {
      ours: (t) =>
        gql(
          `mutation ($c: ID!) { recordFinding(spotCheckId: $c, input: { severity: MINOR, description: "压测记录的问题" }) { id } }`,
          { c: String(t.spotCheckId) },
          t.token,
        ),
      postgraphile: (t) =>
        gql(
          `mutation ($c: Int!, $u: Int!) { createFinding(input: { finding: { spotCheckId: $c, severity: "MINOR", description: "压测记录的问题", recordedAt: "2026-11-27T10:00:00+08:00", recordedById: $u } }) { finding { id } } }`,
          { c: t.spotCheckId, u: t.userId },
        ),
      sql: (t) => raw('/finding', [t.spotCheckId]),
    },
    normalize: {
      ours: (b) => typeof b.data?.recordFinding?.id,
      postgraphile: (b) => typeof b.data?.createFinding?.finding?.id,
      sql: (b) => typeof b[0]?.id,
    },
  },
];
