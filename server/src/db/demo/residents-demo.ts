/**
 * Demo data of the residents module, in bulk SQL: the 2026 official holidays and make-up working
 * days; in 建新南街社区 130 requests over the year across every stage (some overdue, some reopened
 * after 不满意), their timelines, two 社区半月谈 meetings, 43 party volunteers, 24 integrity
 * supervisors, 60 activities and the 微权说廉 pledges; a community staff account `jianxin`.
 * Deterministic: fixed dates and a fixed pattern. Sample content is marked （示例）.
 */
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays } from '../../common/dates';
import { isWorkingDay } from '../../modules/residents/calendar';

/** 国务院办公厅关于 2026 年部分节假日安排的通知. */
export const HOLIDAYS_2026: [string, boolean, string][] = [
  ...range('2026-01-01', 3).map((d): [string, boolean, string] => [d, false, '元旦']),
  ['2026-01-04', true, '元旦调休上班'],
  ['2026-02-14', true, '春节调休上班'],
  ...range('2026-02-15', 9).map((d): [string, boolean, string] => [d, false, '春节']),
  ['2026-02-28', true, '春节调休上班'],
  ...range('2026-04-04', 3).map((d): [string, boolean, string] => [d, false, '清明节']),
  ...range('2026-05-01', 5).map((d): [string, boolean, string] => [d, false, '劳动节']),
  ['2026-05-09', true, '劳动节调休上班'],
  ...range('2026-06-19', 3).map((d): [string, boolean, string] => [d, false, '端午节']),
  ['2026-09-20', true, '国庆节调休上班'],
  ...range('2026-09-25', 3).map((d): [string, boolean, string] => [d, false, '中秋节']),
  ...range('2026-10-01', 7).map((d): [string, boolean, string] => [d, false, '国庆节']),
  ['2026-10-10', true, '国庆节调休上班'],
];

function range(from: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => addDays(from, i));
}

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕';
const GIVEN = ['秀英', '建国', '桂兰', '志强', '丽娜', '海涛', '玉珍', '卫东', '春梅', '国庆', '晓燕', '振华'];
const TOPICS: [string, string][] = [
  ['楼道照明损坏', '3号楼2单元楼道灯不亮，老人夜间上下楼不便，请尽快维修。'],
  ['小区停车难', '晚间车辆乱停占用消防通道，希望规划停车位。'],
  ['垃圾清运不及时', '垃圾分类点周末清运不及时，气味较大。'],
  ['加装电梯咨询', '老旧小区加装电梯需要哪些手续和费用分摊办法？'],
  ['噪音扰民', '临街商铺夜间音响声音过大，影响休息。'],
  ['屋顶漏水', '顶楼雨季漏水，物业推诿，希望协调维修基金。'],
  ['老年食堂建议', '建议在社区开设老年助餐点，方便独居老人用餐。'],
  ['健身器材损坏', '小游园健身器材螺丝松动，存在安全隐患。'],
  ['医保办理咨询', '灵活就业人员城乡居民医保如何续缴？'],
  ['违规群租', '楼内一户违规群租，人员出入复杂，存在消防隐患。'],
];
const CATEGORIES = [
  'HELP',
  'COMPLAINT',
  'HELP',
  'CONSULTATION',
  'COMPLAINT',
  'HELP',
  'SUGGESTION',
  'HELP',
  'CONSULTATION',
  'COMPLAINT',
];
const DAYS: Record<string, number> = { CONSULTATION: 2, HELP: 10, SUGGESTION: 10, COMPLAINT: 15 };
const CHANNELS = ['LETTER', 'ONLINE', 'VISIT', 'PHONE', 'LETTER'];
const CODE = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

function workingDaysAfter(from: string, n: number, ex: Map<string, boolean>): string {
  let day = from;
  for (let left = n; left > 0;) {
    day = addDays(day, 1);
    if (isWorkingDay(day, ex)) left--;
  }
  return day;
}

async function insert(tx: EntityManager, table: string, cols: string[], rows: unknown[][]): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < rows.length; i += 200) {
    const part = rows.slice(i, i + 200);
    const ph = `(${cols.map(() => '?').join(', ')})`;
    const got = await tx.execute<{ id: number }[]>(
      `insert into ${table} (${cols.join(', ')}) values ${part.map(() => ph).join(', ')} returning id`,
      part.flat(),
    );
    out.push(...got.map((r) => Number(r.id)));
  }
  return out;
}

const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`);

export async function seedResidentsDemo(tx: EntityManager, passwordHash: string): Promise<void> {
  await tx.execute(
    `insert into resident_calendar_day (day, workday, name) values ${HOLIDAYS_2026.map(() => '(?, ?, ?)').join(', ')} on conflict do nothing`,
    HOLIDAYS_2026.flat(),
  );
  const ex = new Map(HOLIDAYS_2026.map(([d, w]) => [d, w]));
  const [unit] = await tx.execute<{ id: number; parent_id: number }[]>(
    `select id, parent_id from unit where name = '建新南街社区' and level = 'BRANCH' order by id limit 1`,
  );
  if (!unit) return;
  const [user] = await tx.execute<{ id: number }[]>(
    `insert into app_user (username, display_name, password_hash, unit_id, active) values ('jianxin', '建新南街社区民情气象站', ?, ?, true) returning id`,
    [passwordHash, unit.id],
  );
  await tx.execute(`insert into role_assignment (user_id, role, unit_id) values (?, 'BRANCH_STAFF', ?)`, [
    user.id,
    unit.id,
  ]);

  // Two meetings of the 社区半月谈 (requests 100–103 and 110–111 went through them).
  const meetings = await insert(
    tx,
    'resident_meeting',
    ['unit_id', 'held_on', 'topic', 'attendees', 'solution', 'recorded_by'],
    [
      [
        unit.id,
        '2026-09-15',
        '老旧小区停车秩序（示例）',
        '社区书记、物业、业主代表 6 人、党员志愿者 3 人',
        '划定夜间临时停车区，党员志愿者轮值劝导（示例）',
        '建新南街社区民情气象站',
      ],
      [
        unit.id,
        '2026-10-20',
        '加装电梯费用分摊（示例）',
        '社区书记、街道城建办、一单元全体住户代表',
        '按楼层系数分摊，低保户由公益基金补助（示例）',
        '建新南街社区民情气象站',
      ],
    ],
  );

  const requests: unknown[][] = [];
  const events: { i: number; action: string; from: string | null; to: string; at: Date; note: string | null }[] = [];
  const today = '2026-12-03';
  for (let i = 0; i < 130; i++) {
    const received = addDays('2026-01-05', Math.floor((i * 330) / 130));
    const cat = CATEGORIES[i % CATEGORIES.length];
    const [title, content] = TOPICS[i % TOPICS.length];
    const anonymous = i % 9 === 4;
    const name = anonymous ? null : SURNAMES[i % SURNAMES.length] + GIVEN[(i * 7) % GIVEN.length];
    const phone = anonymous ? null : `13${(i % 7) + 3}${String(37_000_000 + i * 7919).slice(-8)}`;
    const address = anonymous ? null : `建新南街${(i % 12) + 1}号院${(i % 6) + 1}号楼${(i % 3) + 1}单元`;
    const code = [...createHash('sha256').update(`jianxin-demo-${i}`).digest()]
      .slice(0, 10)
      .map((b) => CODE[b % CODE.length])
      .join('');
    const deadline = workingDaysAfter(received, DAYS[cat], ex);
    // The most recent requests are still on their way; a few older ones ran late or were reopened.
    let stage: string;
    if (i >= 127) stage = 'REGISTERED';
    else if (i >= 124) stage = 'ACCEPTED';
    else if (i === 100 || i === 101 || i === 110 || i === 111) stage = i < 110 ? 'HANDLING' : 'CONSULTATION';
    else if (i >= 118) stage = 'HANDLING';
    else if (i >= 112) stage = 'FEEDBACK';
    else stage = 'CLOSED';
    if (i === 57) stage = 'MERGED';
    const late = i % 23 === 5;
    const feedbackDay = ['FEEDBACK', 'CLOSED'].includes(stage)
      ? addDays(late ? addDays(deadline, 3) : received, late ? 0 : 4)
      : null;
    const evaluation = stage === 'CLOSED' ? (i % 17 === 3 ? 'BASICALLY_SATISFIED' : 'SATISFIED') : null;
    const reopened = i % 31 === 7 && stage === 'CLOSED';
    const overdueOpen = stage === 'HANDLING' && deadline < today;
    void overdueOpen;
    requests.push([
      unit.id,
      unit.id,
      code,
      CHANNELS[i % CHANNELS.length],
      cat,
      stage,
      `${title}（示例）`,
      `${content}（示例）`,
      name,
      phone,
      address,
      anonymous,
      at(received, 9),
      stage === 'REGISTERED' || stage === 'MERGED' ? null : at(received, 15),
      stage === 'REGISTERED' || stage === 'MERGED' ? null : deadline,
      i === 100 || i === 101 ? meetings[0] : i === 110 || i === 111 ? meetings[1] : null,
      ['HANDLING', 'FEEDBACK', 'CLOSED'].includes(stage) ? '社区物业服务中心' : null,
      ['HANDLING', 'FEEDBACK', 'CLOSED'].includes(stage) ? `${SURNAMES[(i + 5) % SURNAMES.length]}主任` : null,
      feedbackDay ? '已现场处理并电话告知居民（示例）' : null,
      feedbackDay ? at(feedbackDay, 16) : null,
      feedbackDay ? feedbackDay <= deadline : null,
      evaluation,
      evaluation ? 'TRACKING_CODE' : null,
      evaluation && feedbackDay ? at(addDays(feedbackDay, 1), 10) : null,
      reopened ? 1 : 0,
      true,
    ]);
    const ev = (
      action: string,
      from: string | null,
      to: string,
      day: string,
      hour: number,
      note: string | null = null,
    ) => events.push({ i, action, from, to, at: at(day, hour), note });
    ev(CHANNELS[i % CHANNELS.length] === 'ONLINE' ? 'SUBMIT' : 'REGISTER', null, 'REGISTERED', received, 9);
    if (stage === 'MERGED') {
      ev('MERGE', 'REGISTERED', 'MERGED', received, 15, '与同类诉求合并办理（示例）');
      continue;
    }
    if (stage === 'REGISTERED') continue;
    ev('ACCEPT', 'REGISTERED', 'ACCEPTED', received, 15, `时限 ${deadline}`);
    if (stage === 'ACCEPTED') continue;
    const meeting = i === 100 || i === 101 ? '2026-09-15' : i === 110 || i === 111 ? '2026-10-20' : null;
    if (meeting) ev('CONSULT', 'ACCEPTED', 'CONSULTATION', meeting, 19, '社区半月谈协商（示例）');
    if (stage === 'CONSULTATION') continue;
    ev('HANDLE', meeting ? 'CONSULTATION' : 'ACCEPTED', 'HANDLING', addDays(received, 1), 10, '社区物业服务中心');
    if (stage === 'HANDLING') continue;
    ev('FEEDBACK', 'HANDLING', 'FEEDBACK', feedbackDay!, 16, '已现场处理并电话告知居民（示例）');
    if (reopened) {
      ev('REOPEN', 'FEEDBACK', 'HANDLING', addDays(feedbackDay!, 1), 9, '不满意（示例）');
      ev('FEEDBACK', 'HANDLING', 'FEEDBACK', addDays(feedbackDay!, 1), 17, '再次上门处理（示例）');
    }
    if (stage === 'CLOSED') ev('EVALUATE', 'FEEDBACK', 'CLOSED', addDays(feedbackDay!, 1), 10, evaluation);
  }
  const ids = await insert(
    tx,
    'resident_request',
    [
      'unit_id',
      'origin_unit_id',
      'tracking_code',
      'channel',
      'category',
      'stage',
      'title',
      'content',
      'resident_name',
      'phone',
      'address',
      'anonymous',
      'received_at',
      'accepted_at',
      'deadline',
      'meeting_id',
      'responsible_unit',
      'responsible_person',
      'feedback',
      'feedback_at',
      'responded_on_time',
      'evaluation',
      'evaluation_via',
      'evaluated_at',
      'reopen_count',
      'is_sample',
    ],
    requests,
  );
  await tx.execute(`update resident_request set merged_into_id = ? where id = ?`, [ids[56], ids[57]]);
  await insert(
    tx,
    'resident_request_event',
    ['request_id', 'action', 'from_stage', 'to_stage', 'user_id', 'by_name', 'at', 'note'],
    events.map((e) => [
      ids[e.i],
      e.action,
      e.from,
      e.to,
      e.action === 'SUBMIT' || e.action === 'EVALUATE' ? null : user.id,
      e.action === 'SUBMIT' || e.action === 'EVALUATE' ? '居民' : '建新南街社区民情气象站',
      e.at,
      e.note,
    ]),
  );

  const members: unknown[][] = [];
  for (let i = 0; i < 43; i++)
    members.push([
      unit.id,
      'VOLUNTEER',
      `${SURNAMES[(i * 3) % SURNAMES.length]}${GIVEN[(i * 5) % GIVEN.length]}`,
      ['环境整治', '助老服务', '政策宣讲', '平安巡逻'][i % 4] + '（示例）',
      addDays('2025-03-01', i * 7),
    ]);
  for (let i = 0; i < 24; i++)
    members.push([
      unit.id,
      'SUPERVISOR',
      `${SURNAMES[(i * 5 + 2) % SURNAMES.length]}${GIVEN[(i * 7 + 3) % GIVEN.length]}`,
      ['居务公开监督', '惠民资金监督', '工程项目监督'][i % 3] + '（示例）',
      addDays('2025-04-01', i * 9),
    ]);
  await insert(tx, 'community_member', ['unit_id', 'kind', 'name', 'note', 'joined_on'], members);

  const kinds = ['SERVICE', 'PATROL', 'POLICY_TALK', 'SUPERVISION', 'VISIT'];
  const titles = ['楼院环境清理', '夜间平安巡逻', '惠民政策进楼院', '居务公开日监督', '独居老人入户走访'];
  await insert(
    tx,
    'community_activity',
    ['unit_id', 'held_on', 'kind', 'title', 'participants', 'residents_reached'],
    Array.from({ length: 60 }, (_, i) => [
      unit.id,
      addDays('2026-01-08', Math.floor((i * 325) / 60)),
      kinds[i % 5],
      `${titles[i % 5]}（示例）`,
      6 + (i % 9),
      12 + ((i * 13) % 60),
    ]),
  );
  await insert(
    tx,
    'community_pledge',
    ['unit_id', 'official_name', 'post', 'pledge', 'signed_on'],
    [
      [
        unit.id,
        '李建华',
        '社区党委书记',
        '不收受居民任何财物，惠民资金件件公开，接受全体居民监督。（示例）',
        '2026-01-10',
      ],
      [unit.id, '王秀兰', '社区居委会主任', '低保、救助审核一律公示，不优亲厚友。（示例）', '2026-01-10'],
      [unit.id, '赵志强', '社区网格长', '民情诉求当日登记、限时办结，不推诿、不拖延。（示例）', '2026-01-10'],
    ],
  );
}
