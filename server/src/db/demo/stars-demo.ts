/**
 * Demo data of the star rating: held stars at every level 0–5 (with some history), applications in
 * every state of the lifecycle, three-level plans for 2026 with items (some overdue) and milestones,
 * and pairings. Deterministic, and loaded with a handful of set-based INSERTs (no per-row flushes).
 */
import type { EntityManager } from '@mikro-orm/postgresql';

/** The order in which demo branches win stars: STRONG_BRANCH first (the fifth-star rule holds). */
export const DEMO_STAR_ORDER = [
  'STRONG_BRANCH',
  'SAFETY_AND_RULE_OF_LAW',
  'CIVILITY_AND_HAPPINESS',
  'ECOLOGICAL_LIVABILITY',
  'INDUSTRY_PROSPERITY',
];
const LEVELS = [0, 1, 2, 3, 3, 2, 1, 3, 4, 2, 3, 5, 1, 0, 2, 3, 4, 3, 2, 1, 4, 5, 2, 3];
const SINCE = ['2022-12-20', '2023-12-20', '2024-12-20', '2025-12-20', '2025-12-22'];
const OPEN_STATES = [
  'SUBMITTED',
  'TOWNSHIP_APPROVED',
  'TASK_FORCE_APPROVED',
  'DECIDED',
  'PUBLIC_NOTICE',
  'REJECTED',
  'RETURNED',
] as const;
/**
 * The demo year moves (动态管理), month by month, in the held-star periods everything reads:
 * of the branches holding five stars now, every other one won its fifth star during 2026 (one
 * a month or so, January to November) rather than at the end of 2025; of the four-star branches,
 * every third held a fifth star from the end of 2025 and lost it during 2026 (revoked), and every
 * third after it won one in 2026 and lost it a few months later. So the five-star trend rises and
 * falls through the year and ends where the branches' current stars say.
 */
const DAYS_2026 = Array.from({ length: 11 }, (_, m) => `2026-${String(m + 1).padStart(2, '0')}-${m % 2 ? '18' : '08'}`);
const FIFTH_LOST_REASON = '发生重大安全事故，按规定摘星（动态管理）';
const DEADLINES = ['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31', '2026-11-15'];
export const DEMO_PLAN_YEAR = 2026;

interface Row {
  [k: string]: unknown;
}

async function insert(
  tx: EntityManager,
  table: string,
  columns: Record<string, string>,
  rows: Row[],
  returning = false,
): Promise<number[]> {
  if (!rows.length) return [];
  const cols = Object.keys(columns);
  const sql = `insert into "${table}" (${cols.map((c) => `"${c}"`).join(', ')})
    select ${cols.map((c) => `(x->>'${c}')::${columns[c]}`).join(', ')} from json_array_elements(?::json) with ordinality as t(x, n) order by n
    ${returning ? 'returning id' : ''}`;
  const out = await tx.execute<{ id: number }[]>(sql, [JSON.stringify(rows)]);
  return returning ? out.map((r) => Number(r.id)) : [];
}

export async function seedStarsDemo(tx: EntityManager, districtId: number, excludedBranchCode: string): Promise<void> {
  const [district] = await tx.execute<{ id: number; path: string; name: string }[]>(
    'select id, path, name from unit where id = ?',
    [districtId],
  );
  const branches = await tx.execute<{ id: number; parent_id: number; category: string; code: string; name: string }[]>(
    `select id, parent_id, category, code, name from unit where level = 'BRANCH' and path like ? order by id`,
    [`${district.path}%`],
  );
  const townships = await tx.execute<{ id: number; name: string }[]>(
    `select id, name from unit where level = 'TOWNSHIP' and path like ? order by id`,
    [`${district.path}%`],
  );
  const tasks = await tx.execute<{ id: number; star_type_code: string; category: string; title: string }[]>(
    'select id, star_type_code, category, title from key_task order by sort_order, id',
  );
  const owners = await tx.execute<{ branch_id: number; star_type_code: string; person_id: number }[]>(
    `select branch_id, star_type_code, min(person_id) as person_id from star_owner where end_date is null group by branch_id, star_type_code`,
  );
  const ownerOf = new Map(owners.map((o) => [`${o.branch_id}:${o.star_type_code}`, Number(o.person_id)]));
  const tasksOf = (star: string, category: string) =>
    tasks.filter((t) => t.star_type_code === star && t.category === category);

  // ---- held stars, with some history ----
  const levelOf = new Map<number, number>();
  /** When a branch's top star held now was awarded (its award application says the same). */
  const topSince = new Map<number, string>();
  const held: Row[] = [];
  let fiveRank = 0;
  let fourRank = 0;
  branches.forEach((b, i) => {
    const level = b.code === excludedBranchCode ? 0 : LEVELS[i % LEVELS.length];
    levelOf.set(b.id, level);
    const since = (k: number) => {
      if (k === 4 && level === 5) {
        const r = fiveRank++;
        return r % 2 === 0 ? SINCE[4] : DAYS_2026[(r >> 1) % DAYS_2026.length];
      }
      return SINCE[k];
    };
    if (level > 0) topSince.set(b.id, SINCE[level - 1]);
    for (let k = 0; k < level; k++) {
      const from = since(k);
      if (k === level - 1) topSince.set(b.id, from);
      held.push({
        branch_id: b.id,
        star_type_code: DEMO_STAR_ORDER[k],
        since: from,
        until: null,
        end_kind: null,
        end_reason: null,
        ended_by_name: null,
        awarded_by_name: '区委组织部管理员',
      });
    }
    // A fifth star held for a while and lost during 2026 (see DAYS_2026).
    if (level === 4) {
      const r = fourRank++;
      const m = (r / 3) | 0;
      const period =
        r % 3 === 0
          ? { since: SINCE[4], until: DAYS_2026[(2 + m) % DAYS_2026.length] }
          : r % 3 === 1
            ? { since: DAYS_2026[m % 6], until: DAYS_2026[(m % 6) + 3 + (m % 2)] }
            : null;
      if (period)
        held.push({
          branch_id: b.id,
          star_type_code: DEMO_STAR_ORDER[4],
          ...period,
          end_kind: 'REVOKED',
          end_reason: FIFTH_LOST_REASON,
          ended_by_name: '区委组织部管理员',
          awarded_by_name: '区委组织部管理员',
        });
    }
    // Every seventh branch lost a star once (动态管理), so history and "held at a past date" have something to show.
    if (i % 7 === 3 && level < 5) {
      held.push({
        branch_id: b.id,
        star_type_code: DEMO_STAR_ORDER[level],
        since: '2024-12-20',
        until: '2025-06-30',
        end_kind: i % 2 ? 'REVOKED' : 'DOWNGRADED',
        end_reason: '“三零”创建未达标（发生安全事故）',
        ended_by_name: '区委组织部管理员',
        awarded_by_name: '区委组织部管理员',
      });
    }
  });
  await insert(
    tx,
    'branch_star',
    {
      branch_id: 'int',
      star_type_code: 'text',
      since: 'date',
      until: 'date',
      end_kind: 'text',
      end_reason: 'text',
      ended_by_name: 'text',
      awarded_by_name: 'text',
    },
    held,
  );

  // ---- applications in every state ----
  interface App {
    branch: number;
    category: string;
    star: string;
    year: number;
    status: string;
    steps: {
      from: string | null;
      to: string;
      decision: string | null;
      actor: string;
      at: string;
      comment: string | null;
    }[];
    noticeStartsOn: string | null;
    noticeEndsOn: string | null;
    awardedAt: string | null;
  }
  const apps: App[] = [];
  const chain = (final: string, base: string, noticeStart: string | null) => {
    const t = (h: number) => new Date(Date.parse(`${base}T09:00:00+08:00`) + h * 86_400_000).toISOString();
    const steps: App['steps'] = [
      { from: null, to: 'SUBMITTED', decision: null, actor: '支部书记', at: t(0), comment: null },
    ];
    const order = ['TOWNSHIP_APPROVED', 'TASK_FORCE_APPROVED', 'DECIDED', 'PUBLIC_NOTICE', 'AWARDED'];
    const actors = ['乡镇（街道）初审人', '专班审核人', '区领导', '区委组织部管理员', '系统 System'];
    const comments = ['初审通过', '专班审核通过', '区级审定通过', '进入公示', '公示期满，命名'];
    if (final === 'REJECTED') {
      steps.push({
        from: 'SUBMITTED',
        to: 'TOWNSHIP_APPROVED',
        decision: 'APPROVE',
        actor: actors[0],
        at: t(3),
        comment: comments[0],
      });
      steps.push({
        from: 'TOWNSHIP_APPROVED',
        to: 'REJECTED',
        decision: 'REJECT',
        actor: actors[1],
        at: t(6),
        comment: '集体经济收入未达标准',
      });
      return steps;
    }
    if (final === 'RETURNED') {
      steps.push({
        from: 'SUBMITTED',
        to: 'RETURNED',
        decision: 'RETURN',
        actor: actors[0],
        at: t(2),
        comment: '请补充佐证材料',
      });
      return steps;
    }
    let from = 'SUBMITTED';
    for (let k = 0; k < order.length && from !== final; k++) {
      steps.push({
        from,
        to: order[k],
        decision: k < 4 ? 'APPROVE' : null,
        actor: actors[k],
        at: order[k] === 'PUBLIC_NOTICE' && noticeStart ? `${noticeStart}T01:00:00.000Z` : t(3 * (k + 1)),
        comment: comments[k],
      });
      from = order[k];
    }
    return steps;
  };
  let open = 0;
  branches.forEach((b, i) => {
    if (b.code === excludedBranchCode) return;
    const level = levelOf.get(b.id)!;
    if (level >= 1 && i % 3 === 0) {
      const star = DEMO_STAR_ORDER[level - 1];
      const since = topSince.get(b.id)!;
      const base = new Date(Date.parse(`${since}T00:00:00Z`) - 40 * 86_400_000).toISOString().slice(0, 10);
      const steps = chain('AWARDED', base, null);
      steps[steps.length - 1].at = `${since}T01:00:00.000Z`;
      steps[steps.length - 2].at = new Date(Date.parse(`${since}T01:00:00Z`) - 8 * 86_400_000).toISOString();
      const ns = steps[steps.length - 2].at.slice(0, 10);
      apps.push({
        branch: b.id,
        category: b.category,
        star,
        year: Number(since.slice(0, 4)),
        status: 'AWARDED',
        steps,
        noticeStartsOn: ns,
        noticeEndsOn: new Date(Date.parse(`${ns}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10),
        awardedAt: `${since}T01:00:00.000Z`,
      });
    }
    if (level < 5) {
      const status = OPEN_STATES[open++ % OPEN_STATES.length];
      const star = DEMO_STAR_ORDER[level];
      const late = open % 2 === 0;
      const noticeStart = status === 'PUBLIC_NOTICE' ? (late ? '2026-11-25' : '2026-11-05') : null;
      const noticeEnd = noticeStart
        ? new Date(Date.parse(`${noticeStart}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10)
        : null;
      apps.push({
        branch: b.id,
        category: b.category,
        star,
        year: DEMO_PLAN_YEAR,
        status,
        steps: chain(status, `2026-${String(3 + (i % 8)).padStart(2, '0')}-1${i % 9}`, noticeStart),
        noticeStartsOn: noticeStart,
        noticeEndsOn: noticeEnd,
        awardedAt: null,
      });
    }
  });
  const appIds = await insert(
    tx,
    'star_application',
    {
      branch_id: 'int',
      star_type_code: 'text',
      year: 'int',
      status: 'text',
      self_score: 'float8',
      submitted_at: 'timestamptz',
      submitted_by_id: 'int',
      notice_starts_on: 'date',
      notice_ends_on: 'date',
      awarded_at: 'timestamptz',
    },
    apps.map((a) => ({
      branch_id: a.branch,
      star_type_code: a.star,
      year: a.year,
      status: a.status,
      self_score: tasksOf(a.star, a.category)
        .slice(0, 3)
        .reduce((s, _t, k) => s + 8 + k, 0),
      submitted_at: a.steps[0].at,
      submitted_by_id: 0,
      notice_starts_on: a.noticeStartsOn,
      notice_ends_on: a.noticeEndsOn,
      awarded_at: a.awardedAt,
    })),
    true,
  );
  const items: Row[] = [];
  const transitions: Row[] = [];
  apps.forEach((a, k) => {
    tasksOf(a.star, a.category)
      .slice(0, 3)
      .forEach((t, j) =>
        items.push({
          application_id: appIds[k],
          key_task_id: t.id,
          met: j < 2 || a.status === 'AWARDED',
          score: 8 + j,
          note: j < 2 ? '已完成，佐证材料齐全' : '正在推进',
        }),
      );
    for (const s of a.steps)
      transitions.push({
        application_id: appIds[k],
        from_status: s.from,
        to_status: s.to,
        decision: s.decision,
        actor_id: null,
        actor_name: s.actor,
        at: s.at,
        comment: s.comment,
      });
  });
  await insert(
    tx,
    'star_application_item',
    { application_id: 'int', key_task_id: 'int', met: 'boolean', score: 'float8', note: 'text' },
    items,
  );
  await insert(
    tx,
    'star_application_transition',
    {
      application_id: 'int',
      from_status: 'text',
      to_status: 'text',
      decision: 'text',
      actor_id: 'int',
      actor_name: 'text',
      at: 'timestamptz',
      comment: 'text',
    },
    transitions,
  );
  // Awards point at their application.
  await tx.execute(
    `update branch_star bs set application_id = a.id from star_application a
      where a.status = 'AWARDED' and a.branch_id = bs.branch_id and a.star_type_code = bs.star_type_code and bs.until is null and bs.branch_id in (select id from unit where path like ?)`,
    [`${district.path}%`],
  );
  const noticeIdx = apps.findIndex((a) => a.status === 'PUBLIC_NOTICE' && a.noticeStartsOn === '2026-11-25');
  if (noticeIdx >= 0) {
    await insert(
      tx,
      'star_objection',
      { application_id: 'int', reason: 'text', filed_by_id: 'int', filed_by_name: 'text', filed_at: 'timestamptz' },
      [
        {
          application_id: appIds[noticeIdx],
          reason: '群众反映该村环境整治仍有死角，建议核实',
          filed_by_id: 0,
          filed_by_name: '群众来信（乡镇转交）',
          filed_at: '2026-11-26T02:00:00.000Z',
        },
      ],
    );
  }

  // ---- three-level plans for the year ----
  const planRows: Row[] = [
    {
      unit_id: district.id,
      year: DEMO_PLAN_YEAR,
      level: 'DISTRICT',
      title: `${district.name}${DEMO_PLAN_YEAR}年五星支部创建规划`,
      note: '三星成片、四星倍增、五星涌现',
    },
    ...townships.map((t) => ({
      unit_id: t.id,
      year: DEMO_PLAN_YEAR,
      level: 'TOWNSHIP',
      title: `${t.name}${DEMO_PLAN_YEAR}年创建规划`,
      note: '逐村过、逐级筛，挂图作战',
    })),
    ...branches.map((b) => {
      const l = levelOf.get(b.id)!;
      return {
        unit_id: b.id,
        year: DEMO_PLAN_YEAR,
        level: 'BRANCH',
        title: `${b.name}${DEMO_PLAN_YEAR}年创星计划`,
        note: l >= 5 ? '巩固五星' : `保${l}冲${l + 1}${l + 2 <= 5 ? `争${l + 2}` : ''}`,
      };
    }),
  ];
  const planIds = await insert(
    tx,
    'plan',
    { unit_id: 'int', year: 'int', level: 'text', title: 'text', note: 'text' },
    planRows,
    true,
  );
  const planOf = new Map(planRows.map((r, k) => [r.unit_id as number, planIds[k]]));
  const planStars: Row[] = [];
  for (const b of branches) {
    const l = levelOf.get(b.id)!;
    DEMO_STAR_ORDER.forEach((star, k) => {
      const intent = k < l ? 'KEEP' : k === l ? 'TARGET' : k === l + 1 ? 'STRIVE' : null;
      if (intent)
        planStars.push({
          plan_id: planOf.get(b.id),
          star_type_code: star,
          intent,
          owner_id: ownerOf.get(`${b.id}:${star}`) ?? null,
        });
    });
  }
  await insert(tx, 'plan_star', { plan_id: 'int', star_type_code: 'text', intent: 'text', owner_id: 'int' }, planStars);

  const planItems: Row[] = [];
  const status = (n: number) => (['NOT_STARTED', 'IN_PROGRESS', 'IN_PROGRESS', 'DONE', 'DONE'] as const)[n % 5];
  const item = (plan: number, unit: number, keyTask: number | null, title: string, n: number) => {
    const deadline = DEADLINES[n % DEADLINES.length];
    const st = status(n * 7 + 3);
    planItems.push({
      plan_id: plan,
      unit_id: unit,
      key_task_id: keyTask,
      title,
      deadline,
      status: st,
      progress: st === 'DONE' ? 100 : st === 'IN_PROGRESS' ? 20 + ((n * 13) % 70) : 0,
      completed_at: st === 'DONE' ? `${deadline}T02:00:00.000Z` : null,
      sort_order: n,
    });
  };
  ['制定全区创建规划并分解任务', '组织应知应会培训测试', '开展“四不两直”督导', '季度评比排名通报'].forEach((title, n) =>
    item(planOf.get(district.id)!, district.id, null, title, n),
  );
  townships.forEach((t, i) => {
    item(planOf.get(t.id)!, t.id, null, '逐村过、逐级筛：长板短板底板清单', i);
    item(planOf.get(t.id)!, t.id, null, '每月一观摩：组织支部互学互比', i + 1);
  });
  branches.forEach((b, i) => {
    const l = levelOf.get(b.id)!;
    const star = DEMO_STAR_ORDER[Math.min(l, 4)];
    tasksOf(star, b.category)
      .slice(0, 3)
      .forEach((t, j) => item(planOf.get(b.id)!, b.id, t.id, t.title, i + j));
  });
  const itemIds = await insert(
    tx,
    'plan_item',
    {
      plan_id: 'int',
      unit_id: 'int',
      key_task_id: 'int',
      title: 'text',
      deadline: 'date',
      status: 'text',
      progress: 'int',
      completed_at: 'timestamptz',
      sort_order: 'int',
    },
    planItems,
    true,
  );
  // 倒排工期: four milestones back from each deadline, in one statement.
  await tx.execute(
    `insert into plan_milestone (item_id, title, due_date, done_on, sort_order)
     select i.id, m.title, i.deadline - m.days, case when i.status = 'DONE' or (i.status = 'IN_PROGRESS' and m.days >= 30) then i.deadline - m.days end, m.ord
       from plan_item i
       cross join (values (60, '启动部署 Kick-off', 0), (30, '中期推进 Midway review', 1), (7, '自查整改 Self-check', 2), (0, '完成验收 Completion', 3)) as m(days, title, ord)
      where i.id = any(?::int[])`,
    [`{${itemIds.join(',')}}`],
  );

  // ---- pairings: a strong branch helps a weak one in the same township ----
  const pairs: Row[] = [];
  for (const t of townships) {
    const inT = branches.filter((b) => b.parent_id === t.id && b.code !== excludedBranchCode);
    const strong = inT.find((b) => levelOf.get(b.id)! >= 4);
    const weak = inT.find((b) => levelOf.get(b.id)! <= 1);
    if (strong && weak)
      pairs.push({
        strong_branch_id: strong.id,
        weak_branch_id: weak.id,
        start_date: '2026-03-01',
        note: '党建引领产业帮扶、阵地共建',
      });
  }
  await insert(
    tx,
    'branch_pairing',
    { strong_branch_id: 'int', weak_branch_id: 'int', start_date: 'date', note: 'text' },
    pairs,
  );
}
