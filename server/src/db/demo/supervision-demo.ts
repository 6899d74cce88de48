/**
 * Demo data of supervision and cadence, in bulk SQL (the test template is seeded on
 * every run): a team with the `supervisor` user; spot checks in every state — among them a PLANNED
 * one on 樱桃沟社区 that the `branch` user must not see — with findings and scores; rectifications
 * in every state (overdue included); daily reports; two monthly tours. Deterministic: fixed dates in
 * 2026 and branches picked by position.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

type Row = unknown[];

async function insert(
  tx: EntityManager,
  table: string,
  cols: string[],
  rows: Row[],
  returning = 'id',
): Promise<number[]> {
  if (!rows.length) return [];
  const ph = `(${cols.map(() => '?').join(', ')})`;
  const out = await tx.execute<{ id: number }[]>(
    `insert into ${table} (${cols.join(', ')}) values ${rows.map(() => ph).join(', ')} returning ${returning}`,
    rows.flat(),
  );
  return out.map((r) => Number(r.id));
}

const FINDINGS = [
  ['MAJOR', '党员活动室台账不全，三会一课记录缺少近两个月内容'],
  ['MINOR', '公示栏未及时更新本季度党费收缴情况'],
  ['CRITICAL', '网格员对“三零”创建底数不清，未能说明矛盾纠纷排查情况'],
  ['MINOR', '志愿服务积分兑换记录未公开'],
  ['MAJOR', '产业项目推进缓慢，未按倒排工期完成节点任务'],
  ['MINOR', '人居环境整治存在卫生死角'],
] as const;

export async function seedSupervisionDemo(tx: EntityManager): Promise<void> {
  const [district] = await tx.execute<{ id: number }[]>(
    `select id from unit where level = 'DISTRICT' order by id limit 1`,
  );
  const users = new Map(
    (
      await tx.execute<{ id: number; username: string; display_name: string }[]>(
        `select id, username, display_name from app_user`,
      )
    ).map((u) => [u.username, u]),
  );
  const sup = users.get('supervisor')!;
  const branches = await tx.execute<{ id: number; name: string; parent_id: number; category: string }[]>(
    `select id, name, parent_id, category from unit where level = 'BRANCH' order by id`,
  );
  const cherry = branches.find((b) => b.name === '樱桃沟社区')!;
  const cherryTownship = cherry.parent_id;
  const kt = await tx.execute<{ id: number; category: string; star: string }[]>(
    `select id, category, star_type_code as star from key_task order by sort_order, id`,
  );
  const tasksOf = (category: string) => kt.filter((k) => k.category === category);

  const [team] = await insert(
    tx,
    'supervision_team',
    ['name', 'scope_unit_id', 'leader_id', 'star_codes'],
    [['区委第一督导组', district.id, sup.id, '{}']],
  );
  await insert(tx, 'supervision_team_member', ['team_id', 'user_id'], [[team, sup.id]]);

  // Completed checks: 12 branches spread over the district, across the four quarters of 2026.
  const others = branches.filter((b) => b.id !== cherry.id && b.parent_id !== cherryTownship);
  const picks = Array.from({ length: 12 }, (_, i) => others[(i * 17) % others.length]);
  const completedOn = [
    '2026-02-10',
    '2026-03-12',
    '2026-04-08',
    '2026-05-14',
    '2026-05-28',
    '2026-06-18',
    '2026-07-09',
    '2026-08-13',
    '2026-09-10',
    '2026-10-15',
    '2026-11-05',
    '2026-11-19',
  ];
  type Check = {
    unit: number;
    status: string;
    planned: string;
    started: string | null;
    completed: string | null;
    score: number | null;
    note: string;
    location: string | null;
    summary: string | null;
    category: string;
  };
  const checks: Check[] = [
    {
      unit: cherry.id,
      status: 'PLANNED',
      planned: '2026-12-15',
      started: null,
      completed: null,
      score: null,
      note: '暗访：重点查看党群服务阵地和“三零”创建（保密）',
      location: null,
      summary: null,
      category: cherry.category,
    },
    {
      unit: others[40].id,
      status: 'PLANNED',
      planned: '2026-12-08',
      started: null,
      completed: null,
      score: null,
      note: '暗访：产业兴旺星创建进度',
      location: null,
      summary: null,
      category: others[40].category,
    },
    {
      unit: others[55].id,
      status: 'IN_PROGRESS',
      planned: '2026-11-27',
      started: '2026-11-27T01:30:00Z',
      completed: null,
      score: null,
      note: '暗访：人居环境',
      location: '村委会及周边',
      summary: null,
      category: others[55].category,
    },
    // A completed check on 樱桃沟社区 (Q3): visible to the branch, with a rectification for it to submit.
    {
      unit: cherry.id,
      status: 'COMPLETED',
      planned: '2026-09-03',
      started: '2026-09-03T01:00:00Z',
      completed: '2026-09-03T06:00:00Z',
      score: 82,
      note: '暗访：支部过硬星',
      location: '樱桃沟社区党群服务中心',
      summary: '阵地规范，台账需完善',
      category: cherry.category,
    },
    ...picks.map((b, i) => ({
      unit: b.id,
      status: 'COMPLETED',
      planned: completedOn[i],
      started: `${completedOn[i]}T01:00:00Z`,
      completed: `${completedOn[i]}T06:30:00Z`,
      score: 70 + ((i * 7) % 25),
      note: '“四不两直”暗访',
      location: `${b.name}党群服务中心`,
      summary: '直奔基层、直插现场，发现问题已当场反馈',
      category: b.category,
    })),
  ];
  const checkIds = await insert(
    tx,
    'spot_check',
    [
      'team_id',
      'target_unit_id',
      'status',
      'planned_for',
      'key_task_ids',
      'star_codes',
      'note',
      'planned_by_id',
      'started_at',
      'location',
      'completed_at',
      'summary',
      'method_attested',
      'overall_score',
      'completed_by_id',
    ],
    checks.map((c) => {
      const tasks = tasksOf(c.category).slice(0, 3);
      return [
        team,
        c.unit,
        c.status,
        c.planned,
        `{${tasks.map((k) => k.id).join(',')}}`,
        `{${[...new Set(tasks.map((k) => k.star))].join(',')}}`,
        c.note,
        sup.id,
        c.started,
        c.location,
        c.completed,
        c.summary,
        c.status === 'COMPLETED',
        c.score,
        c.status === 'COMPLETED' ? sup.id : null,
      ];
    }),
  );

  // Scores per key task for completed checks (mean = the overall score).
  const scoreRows: Row[] = [];
  checks.forEach((c, i) => {
    if (c.status !== 'COMPLETED') return;
    const [a, b] = tasksOf(c.category);
    scoreRows.push([checkIds[i], a.id, c.score! - 5, '基本达标'], [checkIds[i], b.id, c.score! + 5, '较好']);
  });
  await insert(tx, 'spot_check_score', ['spot_check_id', 'key_task_id', 'score', 'comment'], scoreRows);

  // Findings: one on the in-progress check, one or two on each completed one.
  const findingRows: Row[] = [];
  const findingMeta: { check: number; unit: number; completed: string }[] = [];
  checks.forEach((c, i) => {
    if (c.status === 'PLANNED') return;
    const n = c.status === 'IN_PROGRESS' ? 1 : 1 + (i % 2);
    for (let j = 0; j < n; j++) {
      const [severity, text] = FINDINGS[(i + j) % FINDINGS.length];
      const task = tasksOf(c.category)[j];
      findingRows.push([checkIds[i], task.id, task.star, severity, text, c.started ?? c.completed, sup.id]);
      findingMeta.push({
        check: checkIds[i],
        unit: c.unit,
        completed: c.status === 'COMPLETED' ? c.completed!.slice(0, 10) : '',
      });
    }
  });
  const findingIds = await insert(
    tx,
    'finding',
    ['spot_check_id', 'key_task_id', 'star_code', 'severity', 'description', 'recorded_at', 'recorded_by_id'],
    findingRows,
  );

  // Rectifications in every state for findings of completed checks.
  const addDays = (d: string, n: number) =>
    new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  const states = ['CLOSED', 'CLOSED_LATE', 'SUBMITTED', 'ASSIGNED', 'OVERDUE', 'REOPENED'] as const;
  const rectRows: Row[] = [];
  const events: {
    idx: number;
    action: string;
    from: string | null;
    to: string;
    at: string;
    comment: string | null;
    by: { id: number; display_name: string };
  }[] = [];
  const branchUser = users.get('branch')!;
  let k = 0;
  findingMeta.forEach((f, i) => {
    if (!f.completed) return;
    const isCherry = f.unit === cherry.id;
    const state = isCherry ? 'ASSIGNED' : states[k++ % states.length];
    const assigned = f.completed;
    const deadline =
      state === 'OVERDUE' ? addDays(assigned, 20) : state === 'ASSIGNED' ? '2026-12-31' : addDays(assigned, 30);
    const submitted = ['SUBMITTED', 'CLOSED', 'CLOSED_LATE', 'REOPENED'].includes(state)
      ? addDays(assigned, state === 'CLOSED_LATE' ? 35 : 20)
      : null;
    const closed = state === 'CLOSED' ? addDays(assigned, 25) : state === 'CLOSED_LATE' ? addDays(assigned, 40) : null;
    const status = closed
      ? 'CLOSED'
      : state === 'SUBMITTED'
        ? 'SUBMITTED'
        : state === 'REOPENED'
          ? 'SUBMITTED'
          : 'ASSIGNED';
    const idx = rectRows.length;
    rectRows.push([
      findingIds[i],
      f.check,
      f.unit,
      '对照问题清单逐项整改，完善台账并公示',
      deadline,
      status,
      state === 'REOPENED' ? 1 : 0,
      submitted ? '已按要求整改，附整改前后照片' : null,
      submitted ? `${submitted}T08:00:00Z` : null,
      closed ? `${closed}T08:00:00Z` : null,
    ]);
    const by = sup;
    events.push({ idx, action: 'ASSIGN', from: null, to: 'ASSIGNED', at: `${assigned}T09:00:00Z`, comment: null, by });
    if (state === 'REOPENED') {
      events.push({
        idx,
        action: 'SUBMIT',
        from: 'ASSIGNED',
        to: 'SUBMITTED',
        at: `${addDays(assigned, 10)}T08:00:00Z`,
        comment: '已整改',
        by: branchUser,
      });
      events.push({
        idx,
        action: 'REJECT',
        from: 'SUBMITTED',
        to: 'ASSIGNED',
        at: `${addDays(assigned, 12)}T08:00:00Z`,
        comment: '整改不到位，缺少公示照片',
        by: sup,
      });
    }
    if (submitted)
      events.push({
        idx,
        action: 'SUBMIT',
        from: 'ASSIGNED',
        to: 'SUBMITTED',
        at: `${submitted}T08:00:00Z`,
        comment: '已按要求整改，附整改前后照片',
        by: branchUser,
      });
    if (closed)
      events.push({
        idx,
        action: 'ACCEPT',
        from: 'SUBMITTED',
        to: 'CLOSED',
        at: `${closed}T08:00:00Z`,
        comment: '验收合格，予以销号',
        by: sup,
      });
  });
  const rectIds = await insert(
    tx,
    'rectification',
    [
      'finding_id',
      'spot_check_id',
      'responsible_unit_id',
      'measures',
      'deadline',
      'status',
      'reopen_count',
      'submission_note',
      'submitted_at',
      'closed_at',
    ],
    rectRows,
  );
  await insert(
    tx,
    'rectification_event',
    ['rectification_id', 'action', 'from_status', 'to_status', 'user_id', 'by_name', 'at', 'comment'],
    events.map((e) => [rectIds[e.idx], e.action, e.from, e.to, e.by.id, e.by.display_name, e.at, e.comment]),
  );

  // Daily reports: the 樱桃沟 township and its branches for 20–27 November (some days missed), plus a few elsewhere.
  const local = branches.filter((b) => b.parent_id === cherryTownship);
  const days = Array.from({ length: 8 }, (_, i) => addDays('2026-11-20', i));
  const reportRows: Row[] = [];
  const reporter = users.get('township')!;
  days.forEach((day, d) => {
    reportRows.push([
      cherryTownship,
      day,
      `督导各支部创星工作，召开推进会（${day}）`,
      JSON.stringify([{ label: '走访支部', value: 3 + (d % 3) }]),
      null,
      reporter.id,
      reporter.display_name,
    ]);
    local.forEach((b, j) => {
      if ((d + j) % 4 === 3) return; // missed days
      const who = b.id === cherry.id ? branchUser : reporter;
      reportRows.push([
        b.id,
        day,
        '入户走访、整理创星台账',
        JSON.stringify([
          { label: '走访户数', value: 5 + ((d * 3 + j) % 7) },
          { label: '志愿服务人次', value: 10 + j },
        ]),
        j % 3 === 0 ? '部分党员外出务工，学习覆盖难' : null,
        who.id,
        who.display_name,
      ]);
    });
  });
  await insert(
    tx,
    'daily_report',
    ['unit_id', 'report_date', 'done_today', 'figures', 'blockers', 'reporter_id', 'reporter_name'],
    reportRows,
  );

  // Two monthly tours of the district.
  const tourIds = await insert(
    tx,
    'monthly_observation',
    ['organizer_unit_id', 'held_on', 'title', 'participants', 'note'],
    [
      [
        district.id,
        '2026-10-22',
        '十月“每月一观摩”：产业兴旺',
        '{区委组织部,各乡镇（街道）党（工）委书记,产业兴旺星创建专班}',
        '现场观摩、集中点评',
      ],
      [district.id, '2026-11-24', '十一月“每月一观摩”：支部过硬', '{区委组织部,各乡镇（街道）党（工）委书记}', null],
    ],
  );
  const visitRows: Row[] = [];
  picks.slice(0, 5).forEach((b, i) => visitRows.push([tourIds[0], b.id, 80 + i * 3, '亮点突出']));
  [cherry, ...picks.slice(5, 9)].forEach((b, i) =>
    visitRows.push([tourIds[1], b.id, 78 + i * 4, i === 0 ? '阵地规范，活动丰富' : '有进步']),
  );
  await insert(tx, 'observation_visit', ['observation_id', 'unit_id', 'score', 'comment'], visitRows);
}
