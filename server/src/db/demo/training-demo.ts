/**
 * Demo data of the training module: a bank of 120 sample questions （示例）, the district's 20
 * knowledge tests of 2026 (most with every expected taker, three below), answered item by item so
 * that results and item statistics have something to show, one test open through December for the
 * demo branch secretary, and three training sessions with attendance. Pseudo-random but fixed:
 * every choice is a hash of the ids involved, so two seeds give the same data.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

const STARS = [
  ['STRONG_BRANCH', '支部过硬星'],
  ['INDUSTRY_PROSPERITY', '产业兴旺星'],
  ['ECOLOGICAL_LIVABILITY', '生态宜居星'],
  ['CIVILIZED_HARMONY', '文明和谐星'],
  ['SAFETY_AND_RULE_OF_LAW', '平安法治星'],
] as const;

const TOPICS = [
  '“三会一课”制度',
  '主题党日',
  '党员发展程序',
  '组织生活会',
  '民主评议党员',
  '党费收缴',
  '“四议两公开”',
  '村务监督委员会',
  '网格化管理',
  '矛盾纠纷排查',
  '人居环境整治',
  '产业项目申报',
];

/** Which of the 20 tests fall short of every expected taker, and how far (per cent who took it). */
const SHORT: Record<number, number> = { 4: 92, 9: 85, 15: 96 };

export async function seedTrainingDemo(tx: EntityManager, districtId: number): Promise<void> {
  // The bank: 24 per star, kinds in turn, difficulties 1–3.
  const questions: unknown[][] = [];
  STARS.forEach(([code, name], s) => {
    for (let i = 0; i < 24; i++) {
      const topic = TOPICS[(i + s) % TOPICS.length];
      const difficulty = (i % 3) + 1;
      const kind = ['SINGLE', 'MULTIPLE', 'TRUE_FALSE', 'FILL'][i % 4];
      const stem = `（示例）${name}·${topic}：第 ${i + 1} 题`;
      let options: string[] = [];
      let answer: (number | string)[];
      if (kind === 'SINGLE') {
        options = [`${topic}的正确做法`, `${topic}可以简化`, `${topic}由个人决定`, `${topic}无需记录`];
        answer = [0];
      } else if (kind === 'MULTIPLE') {
        options = ['按规定程序', '留存会议记录', '党员群众参与', '临时口头通知即可'];
        answer = [0, 1, 2];
      } else if (kind === 'TRUE_FALSE') {
        options = ['正确', '错误'];
        answer = [i % 8 === 2 ? 1 : 0];
      } else answer = [topic.replace(/[“”]/g, '')];
      questions.push([districtId, kind, stem, JSON.stringify(options), JSON.stringify(answer), code, difficulty]);
    }
  });
  for (const q of questions) {
    await tx.execute(
      `with q as (insert into question (owner_unit_id, kind, stem, options, answer, star_code, difficulty, is_sample)
                  values (?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, true) returning id, kind, stem, options, answer)
       insert into question_version (question_id, version_no, kind, stem, options, answer)
       select id, 1, kind, stem, options, answer from q`,
      q,
    );
  }
  const ids = (
    await tx.execute<{ id: number }[]>(`select id from question where is_sample and owner_unit_id = ? order by id`, [
      districtId,
    ])
  ).map((r) => Number(r.id));

  // 20 tests, about every 17 days from mid-January; the last opens 1 December and closes at the year's end.
  for (let n = 0; n < 20; n++) {
    const last = n === 19;
    const day = new Date(Date.UTC(2026, 0, 12 + n * 17, 1, 0));
    const opens = last ? new Date(Date.UTC(2026, 11, 1, 0, 0)) : day;
    const closes = last ? new Date(Date.UTC(2026, 11, 31, 15, 0)) : new Date(day.getTime() + 7 * 86_400_000);
    const roles = n % 5 === 3 ? '{TOWNSHIP_SECRETARY,BRANCH_SECRETARY}' : '{BRANCH_SECRETARY}';
    const paper = Array.from({ length: 10 }, (_, k) => ids[(n * 7 + k * 11) % ids.length]);
    const [s] = await tx.execute<{ id: number }[]>(
      `insert into test_session (organizer_unit_id, title, audience_unit_ids, audience_roles, opens_at, closes_at, test_date,
         time_limit_minutes, pass_mark, attempts_allowed, grading, paper_mode, fixed_question_ids, is_sample)
       values (?, ?, ?::int[], ?::text[], ?, ?, (?::timestamptz at time zone 'Asia/Shanghai')::date, 30, 60, 1, 'BEST', 'FIXED', ?::int[], true)
       returning id`,
      [
        districtId,
        `（示例）2026 年第 ${n + 1} 期应知应会测试`,
        `{${districtId}}`,
        roles,
        opens,
        closes,
        opens,
        `{${[...new Set(paper)].join(',')}}`,
      ],
    );
    if (last) continue;
    const share = SHORT[n] ?? 100;
    // Every expected taker (or the share) sat it online, 20 minutes after the window opened.
    const attempts = await tx.execute<{ id: number }[]>(
      `insert into test_attempt (session_id, person_id, unit_id, attempt_no, status, started_at, deadline, ended_at, question_count)
       select s.id, e.person_id, e.unit_id, 1, 'SUBMITTED', s.opens_at + interval '2 hours', s.opens_at + interval '150 minutes',
              s.opens_at + interval '140 minutes', cardinality(s.fixed_question_ids)
       from test_session s, training_expected(s.audience_roles, s.audience_unit_ids, s.test_date) e
       where s.id = ? and abs(hashtext(s.id || ':' || e.person_id)) % 100 < ?
       returning id`,
      [s.id, share],
    );
    if (!attempts.length) continue;
    // Items in the paper's order, right more often on easy questions; then the scores from them.
    await tx.execute(
      `insert into attempt_item (attempt_id, position, question_version_id, option_order, answer, correct, answered_at)
       select a.id, k.ord, v.id, case when v.kind in ('SINGLE', 'MULTIPLE') then '{0,1,2,3}'::smallint[] when v.kind = 'TRUE_FALSE' then '{0,1}'::smallint[] else '{}'::smallint[] end,
              '[]'::jsonb, abs(hashtext(a.id || ':' || k.qid)) % 100 < 95 - 12 * q.difficulty, a.started_at + k.ord * interval '1 minute'
       from test_attempt a join test_session s on s.id = a.session_id
       cross join lateral unnest(s.fixed_question_ids) with ordinality k(qid, ord)
       join question q on q.id = k.qid join question_version v on v.question_id = q.id and v.version_no = 1
       where a.id = any (?::int[])`,
      [`{${attempts.map((a) => a.id).join(',')}}`],
    );
    await tx.execute(
      `update test_attempt a set correct_count = c.n, score = (100.0 * c.n / a.question_count)::real
       from (select attempt_id, count(*) filter (where correct)::int as n from attempt_item where attempt_id = any (?::int[]) group by attempt_id) c
       where c.attempt_id = a.id`,
      [`{${attempts.map((a) => a.id).join(',')}}`],
    );
  }

  // Training sessions of the year: branch secretaries (twice) and township secretaries, with sign-ins.
  const trainings = [
    ['（示例）2026 年支部书记专题培训（一）', '2026-03-18', '{BRANCH_SECRETARY}', 100],
    ['（示例）乡镇（街道）党（工）委书记专题培训', '2026-05-20', '{TOWNSHIP_SECRETARY}', 100],
    ['（示例）2026 年支部书记专题培训（二）', '2026-09-16', '{BRANCH_SECRETARY}', 94],
  ] as const;
  for (const [title, heldOn, roles, share] of trainings) {
    await tx.execute(
      `with s as (insert into training_session (organizer_unit_id, title, held_on, place, materials, audience_unit_ids, audience_roles, sign_in_code, is_sample)
                  values (?, ?, ?::date, '区委党校', '{（示例）培训课件.pdf}', ?::int[], ?::text[], ?, true) returning *)
       insert into training_attendance (session_id, person_id, unit_id, method, at)
       select s.id, e.person_id, e.unit_id, case when abs(hashtext(e.person_id::text)) % 4 = 0 then 'STAFF' else 'CODE' end,
              s.held_on + time '09:00' - interval '8 hours'
       from s, training_expected(s.audience_roles, s.audience_unit_ids, s.held_on) e
       where abs(hashtext(s.title || e.person_id)) % 100 < ?`,
      [
        districtId,
        title,
        heldOn,
        `{${districtId}}`,
        roles,
        String(100000 + ((heldOn.charCodeAt(6) * 7919) % 900000)),
        share,
      ],
    );
  }
}
