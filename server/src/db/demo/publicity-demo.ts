/**
 * Demo data of publicity and 学讲评, in bulk SQL: posts of 樱桃沟社区 and others in every state (one
 * scheduled ahead, one withdrawn), and twelve meetings with their four lists — some problems closed, one
 * reopened, several open past their deadline. Sample content is marked （示例）. Deterministic: fixed dates
 * in 2026, branches picked by position.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { renderBody } from '../../modules/publicity/sanitize';
import { PostFormat } from '../../modules/publicity/publicity.enums';

async function insert(tx: EntityManager, table: string, cols: string[], rows: unknown[][]): Promise<number[]> {
  if (!rows.length) return [];
  const ph = `(${cols.map(() => '?').join(', ')})`;
  const out = await tx.execute<{ id: number }[]>(
    `insert into ${table} (${cols.join(', ')}) values ${rows.map(() => ph).join(', ')} returning id`,
    rows.flat(),
  );
  return out.map((r) => Number(r.id));
}

const BODY = (place: string, what: string) =>
  `## ${what}\n\n${place}党支部围绕“五星”创建，组织党员群众开展${what}。\n\n- 党员带头、群众参与\n- 台账清楚、成效可查\n\n**下一步**：持续巩固成果，争创更高星级。（示例）`;

export async function seedPublicityDemo(tx: EntityManager): Promise<void> {
  const users = new Map(
    (
      await tx.execute<{ id: number; username: string; display_name: string }[]>(
        `select id, username, display_name from app_user`,
      )
    ).map((u) => [u.username, u]),
  );
  const branches = await tx.execute<{ id: number; name: string; parent_id: number }[]>(
    `select id, name, parent_id from unit where level = 'BRANCH' order by id`,
  );
  const cherry = branches.find((b) => b.name === '樱桃沟社区')!;
  const others = branches.filter((b) => b.id !== cherry.id);
  const branchUser = users.get('branch')!;
  const stars = (await tx.execute<{ code: string }[]>(`select code from star_type order by sort_order, code`)).map(
    (s) => s.code,
  );

  // ---- posts: one per state, and more published ones for the feed ----
  type P = [
    unitId: number,
    status: string,
    title: string,
    what: string,
    published: string | null,
    comment: string | null,
  ];
  const posts: P[] = [
    [cherry.id, 'DRAFT', '樱桃沟社区开展人居环境整治（示例）', '人居环境整治', null, null],
    [cherry.id, 'SUBMITTED', '樱桃沟社区志愿服务队进网格（示例）', '志愿服务进网格', null, null],
    [cherry.id, 'TOWNSHIP_APPROVED', '樱桃沟社区“三零”创建见成效（示例）', '“三零”创建', null, null],
    [cherry.id, 'RETURNED', '樱桃沟社区党员积分管理（示例）', '党员积分管理', null, '请补充积分兑换的具体情况和照片'],
    [cherry.id, 'PUBLISHED', '樱桃沟社区樱桃节助农增收（示例）', '樱桃节助农增收', '2026-06-10T09:00:00+08:00', null],
    [
      others[0].id,
      'PUBLISHED',
      `${others[0].name}学讲评会议见实效（示例）`,
      '学讲评会议',
      '2026-07-01T10:00:00+08:00',
      null,
    ],
    [
      others[1].id,
      'PUBLISHED',
      `${others[1].name}产业兴旺星创建纪实（示例）`,
      '产业项目推进',
      '2026-08-15T09:30:00+08:00',
      null,
    ],
    [
      others[2].id,
      'PUBLISHED',
      `${others[2].name}生态宜居星创建纪实（示例）`,
      '生态宜居建设',
      '2026-09-20T09:00:00+08:00',
      null,
    ],
    [
      others[3].id,
      'PUBLISHED',
      `${others[3].name}喜迎国庆文艺汇演（示例）`,
      '文艺汇演',
      '2030-10-01T09:00:00+08:00',
      null,
    ],
    [
      others[4].id,
      'WITHDRAWN',
      `${others[4].name}平安法治宣传（示例）`,
      '平安法治宣传',
      '2026-05-01T09:00:00+08:00',
      '数据有误，撤回核实',
    ],
  ];
  const ids = await insert(
    tx,
    'post',
    [
      'unit_id',
      'author_id',
      'author_name',
      'title',
      'summary',
      'format',
      'body',
      'body_html',
      'status',
      'published_at',
      'withdrawn_at',
      'last_comment',
      'star_codes',
      'key_task_ids',
      'tag_unit_ids',
      'created_at',
      'updated_at',
    ],
    posts.map(([unitId, status, title, what, published, comment], i) => {
      const name = branches.find((b) => b.id === unitId)!.name;
      const body = BODY(name, what);
      const at = published ?? '2026-11-20T10:00:00+08:00';
      return [
        unitId,
        branchUser.id,
        branchUser.display_name.slice(0, 60),
        title,
        `${name}开展${what}的做法和成效。（示例）`,
        PostFormat.MARKDOWN,
        body,
        renderBody(PostFormat.MARKDOWN, body).html,
        status,
        published,
        status === 'WITHDRAWN' ? '2026-05-03T09:00:00+08:00' : null,
        comment,
        JSON.stringify([stars[i % stars.length]]),
        '[]',
        '[]',
        at,
        status === 'WITHDRAWN' ? '2026-05-03T09:00:00+08:00' : at,
      ];
    }),
  );
  const steps: Record<string, [string, string | null, string][]> = {
    DRAFT: [['CREATE', null, 'DRAFT']],
    SUBMITTED: [
      ['CREATE', null, 'DRAFT'],
      ['SUBMIT', 'DRAFT', 'SUBMITTED'],
    ],
    TOWNSHIP_APPROVED: [
      ['CREATE', null, 'DRAFT'],
      ['SUBMIT', 'DRAFT', 'SUBMITTED'],
      ['TOWNSHIP_APPROVE', 'SUBMITTED', 'TOWNSHIP_APPROVED'],
    ],
    RETURNED: [
      ['CREATE', null, 'DRAFT'],
      ['SUBMIT', 'DRAFT', 'SUBMITTED'],
      ['RETURN', 'SUBMITTED', 'RETURNED'],
    ],
    PUBLISHED: [
      ['CREATE', null, 'DRAFT'],
      ['SUBMIT', 'DRAFT', 'SUBMITTED'],
      ['TOWNSHIP_APPROVE', 'SUBMITTED', 'TOWNSHIP_APPROVED'],
      ['PUBLISH', 'TOWNSHIP_APPROVED', 'PUBLISHED'],
    ],
  };
  steps.WITHDRAWN = [...steps.PUBLISHED, ['WITHDRAW', 'PUBLISHED', 'WITHDRAWN']];
  const reviewer = (action: string) =>
    action === 'TOWNSHIP_APPROVE' || action === 'RETURN'
      ? users.get('township')!
      : action === 'PUBLISH' || action === 'WITHDRAW'
        ? users.get('admin')!
        : branchUser;
  await insert(
    tx,
    'post_event',
    ['post_id', 'action', 'from_status', 'to_status', 'user_id', 'by_name', 'at', 'comment'],
    posts.flatMap(([, status, , , , comment], i) =>
      steps[status].map(([action, from, to], n) => [
        ids[i],
        action,
        from,
        to,
        reviewer(action).id,
        reviewer(action).display_name.slice(0, 60),
        new Date(Date.parse('2026-04-01T02:00:00Z') + n * 86_400_000),
        action === 'RETURN' || action === 'WITHDRAW' ? comment : null,
      ]),
    ),
  );

  // ---- twelve 学讲评 meetings with their four lists ----
  const places = [cherry, ...others.slice(0, 11)];
  const people = await tx.execute<{ id: number; unit_id: number }[]>(
    `select id, unit_id from person where unit_id in (${places.map(() => '?').join(',')}) order by id`,
    places.map((p) => p.id),
  );
  const themes = [
    '学习党的二十届三中全会精神',
    '学习新修订的《党支部工作条例》',
    '学习“五星”支部创建标准',
    '学习乡村振兴先进典型',
  ];
  for (let i = 0; i < places.length; i++) {
    const unit = places[i];
    const mine = people.filter((p) => p.unit_id === unit.id).map((p) => p.id);
    const attendees = mine.slice(0, 5);
    const month = (i % 10) + 1;
    const date = `2026-${String(month).padStart(2, '0')}-${String(10 + (i % 15)).padStart(2, '0')}`;
    const [meetingId] = await insert(
      tx,
      'meeting',
      [
        'unit_id',
        'date',
        'theme',
        'attendee_ids',
        'study_content',
        'study_materials',
        'speeches',
        'evaluations',
        'summary',
        'recorded_by',
      ],
      [
        [
          unit.id,
          date,
          `${themes[i % themes.length]}（示例）`,
          JSON.stringify(attendees),
          `集中学习${themes[i % themes.length]}，结合本${unit.name}实际交流体会。（示例）`,
          '学习读本、会议文件汇编',
          JSON.stringify(
            attendees.slice(0, 2).map((pid, n) => ({
              personId: pid,
              topic: n ? '产业发展怎么干' : '支部过硬怎么抓',
              points: '讲清现状、差距和下一步打算。（示例）',
            })),
          ),
          JSON.stringify(
            attendees.map((pid) => ({
              personId: pid,
              selfEvaluation: '按时参加组织生活，带头完成网格任务。（示例）',
              peerEvaluation: '作用发挥好，建议在联系群众上再加力。',
            })),
          ),
          '本次会议查摆问题实、措施具体，会后逐项销号。（示例）',
          branchUser.id,
        ],
      ],
    );
    const owner = attendees[0] ?? null;
    if (!owner) continue;
    // Deadlines: months after the meeting; the early ones are past by now (overdue while open).
    const deadline = (plus: number) => `2026-${String(Math.min(12, month + plus)).padStart(2, '0')}-28`;
    const closed = i % 3 === 0;
    const [problem, difficulty] = await insert(
      tx,
      'meeting_item',
      [
        'meeting_id',
        'unit_id',
        'kind',
        'content',
        'owner_unit_id',
        'owner_person_id',
        'deadline',
        'status',
        'closed_at',
        'close_note',
        'reopen_count',
        'answers_ids',
        'sort_order',
        'evidence_required',
      ],
      [
        [
          meetingId,
          unit.id,
          'PROBLEM',
          '党员活动室台账不全，“三会一课”记录缺少近两个月内容（示例）',
          unit.id,
          owner,
          deadline(1),
          closed ? 'CLOSED' : 'OPEN',
          closed ? `${deadline(1)}T10:00:00+08:00` : null,
          closed ? '已补齐台账并经乡镇核查' : null,
          i === 3 ? 1 : 0,
          '[]',
          0,
          false,
        ],
        [
          meetingId,
          unit.id,
          'DIFFICULTY',
          '集体经济项目缺少启动资金（示例）',
          unit.id,
          owner,
          i % 2 ? deadline(2) : '2027-06-30',
          'OPEN',
          null,
          null,
          0,
          '[]',
          1,
          true,
        ],
      ],
    );
    await insert(
      tx,
      'meeting_item',
      [
        'meeting_id',
        'unit_id',
        'kind',
        'content',
        'owner_unit_id',
        'owner_person_id',
        'deadline',
        'status',
        'answers_ids',
        'sort_order',
      ],
      [
        [
          meetingId,
          unit.id,
          'METHOD',
          '每月由组织委员检查台账，纳入积分管理（示例）',
          null,
          null,
          null,
          'OPEN',
          JSON.stringify([problem]),
          2,
        ],
        [
          meetingId,
          unit.id,
          'MEASURE',
          '对接帮扶单位、申请衔接资金（示例）',
          null,
          null,
          null,
          'OPEN',
          JSON.stringify([difficulty]),
          3,
        ],
      ],
    );
    if (closed)
      await insert(
        tx,
        'meeting_item_event',
        ['item_id', 'action', 'user_id', 'by_name', 'at', 'note'],
        [
          [
            problem,
            'CLOSE',
            branchUser.id,
            branchUser.display_name.slice(0, 60),
            `${deadline(1)}T10:00:00+08:00`,
            '已补齐台账并经乡镇核查',
          ],
        ],
      );
  }
}
