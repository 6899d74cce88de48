import { startTestApp, type GqlResult, type TestApp } from '../helpers/app';

/** 专题培训 and 应知应会 tests, through HTTP on real PostgreSQL. */
describe('training', () => {
  let t: TestApp;
  const tok: Record<string, string> = {};
  let district: { id: string };
  let cherry: { id: string; townshipId: string };
  const KEY = '钥匙甲乙丙七七'; // a fill-in key that appears in no stem or option
  const questionIds: string[] = [];
  let sessionId: string;
  const RANKING = `query ($u: ID!) { quarterlyRanking(unitId: $u, year: 2026, quarter: 4) { weights { training } rows { unitId rank score training coverage } } }`;
  type Ranking = {
    weights: { training: number };
    rows: { unitId: string; rank: number; score: number; training: number | null; coverage: string[] }[];
  };
  const ranking = async () =>
    (await ok<{ quarterlyRanking: Ranking }>('admin', RANKING, { u: district.id })).quarterlyRanking;
  let rankingBefore: Ranking;
  /** Every answer the takers' clients received during their attempts. */
  const seenByTaker: string[] = [];

  const q = async <T = Record<string, unknown>>(who: string, query: string, vars: Record<string, unknown> = {}) => {
    const r = (await t.gql(query, vars, tok[who])) as GqlResult<T>;
    if (who.startsWith('branch')) seenByTaker.push(JSON.stringify(r));
    return r;
  };
  const ok = async <T = Record<string, unknown>>(who: string, query: string, vars: Record<string, unknown> = {}) => {
    const r = await q<T>(who, query, vars);
    if (r.errors?.length) throw new Error(`${who}: ${JSON.stringify(r.errors)}`);
    return r.data as T;
  };
  const err = async (who: string, query: string, vars: Record<string, unknown> = {}) => {
    const r = await q(who, query, vars);
    expect(r.errors?.length).toBeGreaterThan(0);
    return r.errors![0].extensions as { code: string; reason: string; field?: string };
  };

  const ATTEMPT = `id status ended secondsLeft score correctCount questionCount questions { position kind stem options answer correct correctAnswer }`;
  type Attempt = {
    id: string;
    status: string;
    ended: boolean;
    score: number | null;
    correctCount: number | null;
    questions: {
      position: number;
      kind: string;
      stem: string;
      options: string[];
      answer: string[] | null;
      correct: boolean | null;
      correctAnswer: string[] | null;
    }[];
  };

  // Sessions end after a while without use: moving the clock signs everyone in again.
  const at = async (when: string | number) => {
    if (typeof when === 'number') t.clock.advance(when);
    else t.clock.set(when);
    for (const u of ['admin', 'leader', 'township', 'branch', 'branch2', 'supervisor']) tok[u] = await t.login(u);
  };

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_USER_PER_MINUTE: '100000' } });
    await at('2026-12-10T02:00:00Z');
    district = (
      await ok<{ units: { items: { id: string }[] } }>(
        'admin',
        '{ units(filter: { level: DISTRICT }) { items { id } } }',
      )
    ).units.items[0];
    const b = (
      await ok<{ branches: { items: { id: string; township: { id: string } }[] } }>(
        'admin',
        '{ branches(filter: { search: "樱桃沟社区" }) { items { id township { id } } } }',
      )
    ).branches.items[0];
    cherry = { id: b.id, townshipId: b.township.id };
  });
  afterAll(() => t.close());

  describe('question bank', () => {
    const create = `mutation ($i: CreateQuestionInput!) { createQuestion(input: $i) { id kind options answer currentVersion } }`;
    it('organizers add every kind; the key is checked against the kind', async () => {
      const base = { unitId: district.id, starCode: 'STRONG_BRANCH', difficulty: 2 };
      const made = [
        {
          ...base,
          kind: 'SINGLE',
          stem: '测试单选：支部委员会每届任期几年？',
          options: ['三年', '五年', '一年'],
          answer: ['1'],
        },
        {
          ...base,
          kind: 'MULTIPLE',
          stem: '测试多选：“三会一课”包括哪些？',
          options: ['支部党员大会', '支委会', '党小组会', '茶话会'],
          answer: ['0', '1', '2'],
        },
        { ...base, kind: 'TRUE_FALSE', stem: '测试判断：主题党日每月开展一次。', answer: ['0'] },
        { ...base, kind: 'FILL', stem: '测试填空：请填写本次测试的口令。', answer: [KEY] },
      ];
      for (const i of made) {
        const r = await ok<{ createQuestion: { id: string; options: string[] } }>('admin', create, { i });
        questionIds.push(r.createQuestion.id);
      }
      expect(
        (await ok<{ question: { options: string[] } }>('admin', `{ question(id: "${questionIds[2]}") { options } }`))
          .question.options,
      ).toEqual(['正确', '错误']);
      expect(
        await err('admin', create, {
          i: { ...base, kind: 'SINGLE', stem: '坏', options: ['甲', '乙'], answer: ['0', '1'] },
        }),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'QUESTION.BAD_ANSWER',
        field: 'answer',
      });
      expect(
        await err('admin', create, {
          i: { ...base, kind: 'SINGLE', stem: '坏', options: ['甲', '甲'], answer: ['0'] },
        }),
      ).toMatchObject({
        field: 'options',
      });
      expect(
        await err('admin', create, { i: { ...base, kind: 'FILL', stem: '坏', answer: ['x'], difficulty: 5 } }),
      ).toMatchObject({
        field: 'difficulty',
      });
    });

    it('takers and readers cannot read the bank or write it', async () => {
      for (const who of ['branch', 'leader', 'supervisor']) {
        const r = await ok<{ questions: { total: number } }>(who, '{ questions { total items { id answer } } }');
        expect(r.questions.total).toBe(0);
        expect(await err(who, `{ question(id: "${questionIds[3]}") { id answer } }`)).toMatchObject({
          code: 'NOT_FOUND',
        });
      }
      const e = await err('branch', create, {
        i: { unitId: cherry.id, kind: 'FILL', stem: '支部自建', answer: ['x'], difficulty: 1 },
      });
      expect(e).toMatchObject({ code: 'FORBIDDEN', reason: 'QUESTION.FORBIDDEN' });
      // A township organizer uses the district's bank (above it) but cannot edit it.
      expect(
        (await ok<{ questions: { total: number } }>('township', '{ questions { total } }')).questions.total,
      ).toBeGreaterThan(3);
      expect(
        await err('township', `mutation { updateQuestion(id: "${questionIds[0]}", input: { difficulty: 1 }) { id } }`),
      ).toMatchObject({
        code: 'FORBIDDEN',
      });
    });
  });

  describe('a test session on a phone', () => {
    const start = `mutation ($s: ID!) { startAttempt(sessionId: $s) { ${ATTEMPT} } }`;
    const save = `mutation ($a: ID!, $p: Int!, $x: [String!]!) { saveAnswer(attemptId: $a, position: $p, answer: $x) { position answer savedAt } }`;
    let first: Attempt;

    it('is created with a window, a limit and a pass mark; bad settings name their field', async () => {
      const i = {
        unitId: district.id,
        title: '测试：应知应会（支部书记）',
        audienceUnitIds: [district.id],
        audienceRoles: ['BRANCH_SECRETARY'],
        opensAt: '2026-12-11T01:00:00Z',
        closesAt: '2026-12-12T09:00:00Z',
        timeLimitMinutes: 30,
        passMark: 60,
        paperMode: 'FIXED',
        questionIds,
      };
      const m = `mutation ($i: CreateTestSessionInput!) { createTestSession(input: $i) { id testDate expected questionIds } }`;
      expect(await err('admin', m, { i: { ...i, closesAt: '2026-12-10T00:00:00Z' } })).toMatchObject({
        field: 'closesAt',
      });
      expect(await err('admin', m, { i: { ...i, passMark: 60, timeLimitMinutes: 0 } })).toMatchObject({
        field: 'timeLimitMinutes',
      });
      expect(await err('admin', m, { i: { ...i, questionIds: ['999999'] } })).toMatchObject({ field: 'questionIds' });
      expect(
        await err('admin', m, {
          i: {
            ...i,
            paperMode: 'RULES',
            questionIds: null,
            rules: [{ starCode: 'STRONG_BRANCH', difficulty: 2, count: 90 }],
          },
        }),
      ).toMatchObject({
        reason: 'TEST_SESSION.RULE_SHORT',
        field: 'rules[0]',
      });
      expect(await err('township', m, { i })).toMatchObject({ code: 'NOT_FOUND' });
      expect(await err('branch', m, { i: { ...i, unitId: cherry.id, audienceUnitIds: [cherry.id] } })).toMatchObject({
        code: 'FORBIDDEN',
      });
      const r = await ok<{
        createTestSession: { id: string; testDate: string; expected: number; questionIds: string[] };
      }>('admin', m, { i });
      sessionId = r.createTestSession.id;
      rankingBefore = await ranking();
      expect(r.createTestSession.testDate).toBe('2026-12-11');
      const [{ n }] = await t.orm.em.fork().execute<{ n: number }[]>(
        `select count(distinct p.person_id)::int as n from position p join unit u on u.id = p.scope_unit_id
         where p.role = 'BRANCH_SECRETARY' and u.path like (select path from unit where id = ?) || '%'
           and p.start_date <= '2026-12-11' and (p.end_date is null or p.end_date >= '2026-12-11')`,
        [Number(district.id)],
      );
      expect(r.createTestSession.expected).toBe(n);
      expect(n).toBeGreaterThan(10);
    });

    it('is visible to takers before it opens, without its questions; starting is refused', async () => {
      const r = await ok<{ testSession: { title: string; questionIds: string[] | null } }>(
        'branch',
        `{ testSession(id: "${sessionId}") { title questionIds } }`,
      );
      expect(r.testSession.questionIds).toBeNull();
      expect(
        (
          await ok<{ myTests: { session: { id: string } }[] }>('branch', '{ myTests { session { id } attemptsUsed } }')
        ).myTests.map((m) => m.session.id),
      ).toContain(sessionId);
      expect(await err('branch', start, { s: sessionId })).toMatchObject({
        code: 'CONFLICT',
        reason: 'TEST_SESSION.NOT_OPEN',
      });
      // Not an expected taker: the supervisor holds no branch secretary position.
      await at('2026-12-11T02:00:00Z');
      expect(await err('supervisor', start, { s: sessionId })).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'TEST_SESSION.NOT_TAKER',
      });
    });

    it('starts with a server deadline, resumes the same paper on a reload, saves answers as given', async () => {
      first = (await ok<{ startAttempt: Attempt }>('branch', start, { s: sessionId })).startAttempt;
      expect(first.questions).toHaveLength(4);
      expect(first.questions.every((x) => x.correct === null && x.correctAnswer === null)).toBe(true);
      expect(first.score).toBeNull();
      // Answer two, then "reload": the same attempt, the same order of questions and options, the answers kept.
      const byKind = (a: Attempt, k: string) => a.questions.find((x) => x.kind === k)!;
      const single = byKind(first, 'SINGLE');
      await ok('branch', save, { a: first.id, p: single.position, x: [String(single.options.indexOf('五年'))] });
      const fill = byKind(first, 'FILL');
      await ok('branch', save, { a: first.id, p: fill.position, x: ['  ' + KEY.normalize('NFKC') + ' '] });
      const again = (await ok<{ startAttempt: Attempt }>('branch', start, { s: sessionId })).startAttempt;
      expect(again.id).toBe(first.id);
      expect(again.questions.map((x) => [x.stem, x.options])).toEqual(first.questions.map((x) => [x.stem, x.options]));
      expect(byKind(again, 'FILL').answer).toEqual([KEY]);
      // Bad answers are refused with a field; someone else's attempt does not exist for them.
      expect(await err('branch', save, { a: first.id, p: single.position, x: ['9'] })).toMatchObject({
        reason: 'ATTEMPT.BAD_ANSWER',
        field: 'answer',
      });
      expect(await err('branch', save, { a: first.id, p: 99, x: ['0'] })).toMatchObject({ field: 'position' });
      expect(await err('branch2', save, { a: first.id, p: 1, x: ['0'] })).toMatchObject({ code: 'NOT_FOUND' });
      expect(await err('branch2', `{ testAttempt(id: "${first.id}") { id } }`)).toMatchObject({ code: 'NOT_FOUND' });
      // The multiple choice answered wrongly (one option only), true/false right.
      const multi = byKind(first, 'MULTIPLE');
      await ok('branch', save, { a: first.id, p: multi.position, x: [String(multi.options.indexOf('支委会'))] });
      const tf = byKind(first, 'TRUE_FALSE');
      await ok('branch', save, { a: first.id, p: tf.position, x: ['0'] });
      const mid = (await ok<{ testAttempt: Attempt }>('branch', `{ testAttempt(id: "${first.id}") { ${ATTEMPT} } }`))
        .testAttempt;
      expect(mid.ended).toBe(false);
      expect(mid.score).toBeNull();
    });

    it('never sends the key to the taker before the attempt ends', () => {
      // The fill-in key appears only in answers the taker typed themselves ("answer"), never as a key.
      for (const body of seenByTaker) {
        const parsed = JSON.parse(body) as unknown;
        const walk = (v: unknown): void => {
          if (Array.isArray(v)) v.forEach(walk);
          else if (v && typeof v === 'object') {
            for (const [k, x] of Object.entries(v)) {
              if (['correct', 'correctAnswer', 'score', 'correctCount'].includes(k)) expect(x).toBeNull();
              if (k !== 'answer') walk(x);
            }
          } else if (typeof v === 'string') expect(v).not.toContain(KEY);
        };
        walk(parsed);
      }
      expect(seenByTaker.length).toBeGreaterThan(10);
    });

    it('submits; then the score, the verdicts and the wrong answers (错题本) are the taker’s', async () => {
      const done = (
        await ok<{ submitAttempt: Attempt }>(
          'branch',
          `mutation { submitAttempt(attemptId: "${first.id}") { ${ATTEMPT} } }`,
        )
      ).submitAttempt;
      expect(done).toMatchObject({ status: 'SUBMITTED', ended: true, correctCount: 3, score: 75 });
      expect(done.questions.find((x) => x.kind === 'FILL')!.correctAnswer).toEqual([KEY]);
      const wrong = (
        await ok<{ myWrongAnswers: { stem: string; sessionTitle: string }[] }>(
          'branch',
          '{ myWrongAnswers { stem sessionTitle correctAnswer answer } }',
        )
      ).myWrongAnswers;
      expect(wrong.map((w) => w.stem)).toEqual(['测试多选：“三会一课”包括哪些？']);
      // After the end, answers are refused and not stored.
      expect(await err('branch', save, { a: first.id, p: 1, x: ['0'] })).toMatchObject({
        code: 'CONFLICT',
        reason: 'ATTEMPT.ENDED',
      });
      // One attempt allowed.
      expect(await err('branch', start, { s: sessionId })).toMatchObject({ reason: 'TEST_SESSION.NO_ATTEMPTS_LEFT' });
    });

    it('ends an attempt at its deadline: a late answer is refused with a code and not stored', async () => {
      const a = (await ok<{ startAttempt: Attempt }>('branch2', start, { s: sessionId })).startAttempt;
      const tf = a.questions.find((x) => x.kind === 'TRUE_FALSE')!;
      await ok('branch2', save, { a: a.id, p: tf.position, x: ['0'] });
      await at(31 * 60_000);
      const single = a.questions.find((x) => x.kind === 'SINGLE')!;
      expect(await err('branch2', save, { a: a.id, p: single.position, x: ['0'] })).toMatchObject({
        code: 'CONFLICT',
        reason: 'ATTEMPT.ENDED',
      });
      const [row] = await t.orm.em
        .fork()
        .execute<{ answer: unknown; status: string; score: number }[]>(
          `select i.answer, a.status, a.score from attempt_item i join test_attempt a on a.id = i.attempt_id where a.id = ? and i.position = ?`,
          [Number(a.id), single.position],
        );
      expect(row).toMatchObject({ answer: null, status: 'EXPIRED', score: 25 });
      await at('2026-12-11T04:00:00Z');
    });

    it('results: expected, took, 参考率, passed, distribution, children, takers, item statistics — for organizers and leaders only', async () => {
      const R = `query ($s: ID!, $u: ID) { testResults(sessionId: $s, unitId: $u) { expected took participationRate passed passRate average distribution
        byChild { unitId expected took participationRate } takers { name score passed } items { questionId facility discrimination answered } } }`;
      type Res = {
        testResults: {
          expected: number;
          took: number;
          participationRate: number;
          passed: number;
          average: number;
          distribution: number[];
          byChild: { unitId: string; expected: number; took: number }[];
          takers: { name: string; score: number | null; passed: boolean | null }[];
          items: { questionId: string; facility: number; answered: number }[];
        };
      };
      const r = (await ok<Res>('admin', R, { s: sessionId })).testResults;
      expect(r.took).toBe(2);
      expect(r.passed).toBe(1);
      expect(r.average).toBe(50);
      expect(r.participationRate).toBeCloseTo(2 / r.expected, 4);
      expect(r.distribution[7]).toBe(1);
      expect(r.distribution[2]).toBe(1);
      expect(r.byChild.reduce((n, c) => n + c.expected, 0)).toBe(r.expected);
      expect(r.byChild.find((c) => c.unitId === cherry.townshipId)!.took).toBeGreaterThanOrEqual(1);
      expect(r.takers.filter((x) => x.score !== null)).toHaveLength(2);
      const fill = r.items.find((i) => i.questionId === questionIds[3])!;
      expect(fill).toMatchObject({ answered: 2, facility: 0.5 });
      expect((await ok<Res>('leader', R, { s: sessionId })).testResults.took).toBe(2);
      // The township's staff read their township, not the district; branches read none (peers' scores).
      const tw = (await ok<Res>('township', R, { s: sessionId, u: cherry.townshipId })).testResults;
      expect(tw.expected).toBe(r.byChild.find((c) => c.unitId === cherry.townshipId)!.expected);
      expect(await err('township', R, { s: sessionId })).toMatchObject({ code: 'NOT_FOUND' });
      expect(await err('branch', R, { s: sessionId, u: cherry.id })).toMatchObject({ code: 'FORBIDDEN' });
      expect(await err('supervisor', R, { s: sessionId })).toMatchObject({ code: 'FORBIDDEN' });
    });

    it('versions a used question on edit: the past attempt keeps its wording', async () => {
      const u = await ok<{ updateQuestion: { currentVersion: number; stem: string } }>(
        'admin',
        `mutation { updateQuestion(id: "${questionIds[0]}", input: { stem: "测试单选（修订）：支部委员会每届任期几年？" }) { currentVersion stem } }`,
      );
      expect(u.updateQuestion.currentVersion).toBe(2);
      const a = (await ok<{ testAttempt: Attempt }>('admin', `{ testAttempt(id: "${first.id}") { ${ATTEMPT} } }`))
        .testAttempt;
      expect(a.questions.map((x) => x.stem)).toContain('测试单选：支部委员会每届任期几年？');
      // The session's paper can no longer change once attempts exist.
      expect(
        await err(
          'admin',
          `mutation { updateTestSession(id: "${sessionId}", input: { questionIds: ["${questionIds[0]}"] }) { id } }`,
        ),
      ).toMatchObject({
        reason: 'TEST_SESSION.STARTED',
      });
    });

    it('paper scores entered by staff count as taken; a person outside the audience is refused by field', async () => {
      const [p] = await t.orm.em.fork().execute<{ person_id: number }[]>(
        `select e.person_id from test_session s, training_expected(s.audience_roles, s.audience_unit_ids, s.test_date) e
         where s.id = ? and e.person_id not in (select person_id from test_attempt where session_id = ?) limit 1`,
        [Number(sessionId), Number(sessionId)],
      );
      const m = `mutation ($s: ID!, $x: [PaperScoreInput!]!) { recordPaperScores(sessionId: $s, scores: $x) { id } }`;
      expect(await err('admin', m, { s: sessionId, x: [{ personId: String(p.person_id), score: 120 }] })).toMatchObject(
        { field: 'scores[0].score' },
      );
      const [outsider] = await t.orm.em
        .fork()
        .execute<{ id: number }[]>(`select id from person where name = '示例督导员'`);
      expect(await err('admin', m, { s: sessionId, x: [{ personId: String(outsider.id), score: 80 }] })).toMatchObject({
        field: 'scores[0].personId',
      });
      // campaignStats follows, at branch, township and district level (rollup rows gone stale are computed live).
      const [place] = await t.orm.em.fork().execute<{ unit_id: number; township_id: number }[]>(
        `select e.unit_id, u.parent_id as township_id from test_session s, training_expected(s.audience_roles, s.audience_unit_ids, s.test_date) e
         join unit u on u.id = e.unit_id where s.id = ? and e.person_id = ?`,
        [Number(sessionId), p.person_id],
      );
      const S = `query ($u: ID!) { campaignStats(unitId: $u, year: 2026) { figures { training { expected took passed participationRate passRate } }
        byChild { unitId figures { training { expected took } } } } }`;
      type Fig = {
        expected: number;
        took: number;
        passed: number;
        participationRate: number | null;
        passRate: number | null;
      };
      type St = {
        campaignStats: { figures: { training: Fig }; byChild: { unitId: string; figures: { training: Fig } }[] };
      };
      const levels = [district.id, String(place.township_id), String(place.unit_id)];
      const before = await Promise.all(levels.map((u) => ok<St>('admin', S, { u })));
      expect(before[0].campaignStats.figures.training.took).toBeGreaterThanOrEqual(2);
      await ok('admin', m, { s: sessionId, x: [{ personId: String(p.person_id), score: 88 }] });
      const r = await ok<{ testResults: { took: number; passed: number } }>(
        'admin',
        `{ testResults(sessionId: "${sessionId}") { took passed } }`,
      );
      expect(r.testResults).toEqual({ took: 3, passed: 2 });
      const after = await Promise.all(levels.map((u) => ok<St>('admin', S, { u })));
      for (const [i, b] of before.entries()) {
        const was = b.campaignStats.figures.training;
        const now = after[i].campaignStats.figures.training;
        expect(now).toMatchObject({ expected: was.expected, took: was.took + 1, passed: was.passed + 1 });
        expect(now.participationRate).toBeCloseTo(now.took / now.expected, 4);
        expect(now.passRate).toBeCloseTo(now.passed / now.expected, 4);
      }
      // The district's children add up to the district.
      const d = after[0].campaignStats;
      expect(d.byChild.reduce((n, c) => n + c.figures.training.took, 0)).toBe(d.figures.training.took);
      const tw = await ok<St>('township', S, { u: cherry.townshipId });
      expect(tw.campaignStats.figures.training.expected).toBeGreaterThan(0);
    });
  });

  describe('random papers', () => {
    it('draw N per star × difficulty, shuffled per taker and reproducibly', async () => {
      const m = `mutation ($i: CreateTestSessionInput!) { createTestSession(input: $i) { id } }`;
      const s = (
        await ok<{ createTestSession: { id: string } }>('admin', m, {
          i: {
            unitId: district.id,
            title: '测试：随机组卷',
            audienceUnitIds: [district.id],
            audienceRoles: ['BRANCH_SECRETARY'],
            opensAt: '2026-12-11T03:00:00Z',
            closesAt: '2026-12-11T10:00:00Z',
            timeLimitMinutes: 20,
            passMark: 60,
            attemptsAllowed: 2,
            paperMode: 'RULES',
            rules: [{ starCode: 'STRONG_BRANCH', difficulty: 2, count: 3 }],
          },
        })
      ).createTestSession.id;
      const start = `mutation { startAttempt(sessionId: "${s}") { id questions { stem options } } }`;
      const one = (
        await ok<{ startAttempt: { id: string; questions: { stem: string; options: string[] }[] } }>('branch', start)
      ).startAttempt;
      expect(one.questions).toHaveLength(3);
      await ok('branch', `mutation { submitAttempt(attemptId: "${one.id}") { id } }`);
      // The second attempt draws with the same seed (session, taker): the same paper.
      const two = (
        await ok<{ startAttempt: { id: string; questions: { stem: string; options: string[] }[] } }>('branch', start)
      ).startAttempt;
      expect(two.id).not.toBe(one.id);
      expect(two.questions).toEqual(one.questions);
    });
  });

  describe('training sessions', () => {
    let id: string;
    it('organizers create them for an audience; attendees sign in with the code; staff mark others', async () => {
      const r = await ok<{
        createTrainingSession: { id: string; signInCode: string; expected: number; attended: number };
      }>(
        'admin',
        `mutation ($i: CreateTrainingSessionInput!) { createTrainingSession(input: $i) { id signInCode expected attended } }`,
        {
          i: {
            unitId: district.id,
            title: '测试：支部书记专题培训',
            heldOn: '2026-12-11',
            place: '区委党校',
            materials: ['课件.pdf'],
            audienceUnitIds: [cherry.townshipId],
            audienceRoles: ['BRANCH_SECRETARY', 'TOWNSHIP_SECRETARY'],
          },
        },
      );
      id = r.createTrainingSession.id;
      expect(r.createTrainingSession.signInCode).toMatch(/^\d{6}$/);
      expect(r.createTrainingSession.attended).toBe(0);
      const seen = await ok<{ trainingSession: { signInCode: string | null } }>(
        'branch',
        `{ trainingSession(id: "${id}") { signInCode } }`,
      );
      expect(seen.trainingSession.signInCode).toBeNull();
      const sign = `mutation ($s: ID!, $c: String!) { signInTraining(sessionId: $s, code: $c) { method } }`;
      expect(
        await err('branch', sign, { s: id, c: '000000' === r.createTrainingSession.signInCode ? '111111' : '000000' }),
      ).toMatchObject({
        reason: 'TRAINING_SESSION.BAD_CODE',
        field: 'code',
      });
      expect(
        (
          await ok<{ signInTraining: { method: string } }>('branch', sign, {
            s: id,
            c: r.createTrainingSession.signInCode,
          })
        ).signInTraining.method,
      ).toBe('CODE');
      // branch5's branch is in another township: the session does not exist for them.
      tok.branch5 = await t.login('branch5');
      expect(await err('branch5', sign, { s: id, c: r.createTrainingSession.signInCode })).toMatchObject({
        code: 'NOT_FOUND',
      });
      const [township] = await t.orm.em
        .fork()
        .execute<{ person_id: number }[]>(`select person_id from app_user where username = 'township'`);
      await ok(
        'admin',
        `mutation { markTrainingAttendance(sessionId: "${id}", personIds: ["${township.person_id}"]) { id } }`,
      );
      const after = await ok<{
        trainingSession: { expected: number; attended: number; attendance: { unitId: string; attended: number }[] };
      }>('admin', `{ trainingSession(id: "${id}") { expected attended attendance { unitId expected attended } } }`);
      expect(after.trainingSession.attended).toBe(2);
      expect(after.trainingSession.attendance.find((x) => x.unitId === cherry.id)!.attended).toBe(1);
      expect(
        await err('branch', `mutation { markTrainingAttendance(sessionId: "${id}", personIds: ["1"]) { id } }`),
      ).toMatchObject({ code: 'FORBIDDEN' });
    });
  });

  describe('the quarterly ranking', () => {
    it('computes test participation as a component, which changes nothing at its default weight 0', async () => {
      const now = await ranking();
      expect(now.weights.training).toBe(0);
      // This file's attempts moved the component (the demo's tests of the quarter are in it too) ...
      const moved = now.rows.filter(
        (r) => r.training !== rankingBefore.rows.find((x) => x.unitId === r.unitId)!.training,
      );
      expect(moved.length).toBeGreaterThan(0);
      // ... and at weight 0 neither ranks nor scores changed.
      const strip = (x: Ranking) => x.rows.map((r) => ({ unitId: r.unitId, rank: r.rank, score: r.score }));
      expect(strip(now)).toEqual(strip(rankingBefore));
      // Given weight, it moves the scores; a client that leaves it out keeps it.
      const set = `mutation ($d: ID!, $i: AppraisalWeightsInput!) { setAppraisalWeights(districtId: $d, input: $i) { training } }`;
      const w = { planCompletion: 30, spotCheck: 25, rectificationClosure: 15, rectificationTimeliness: 10, tour: 20 };
      await ok('admin', set, { d: district.id, i: { ...w, training: 50 } });
      expect(strip(await ranking())).not.toEqual(strip(rankingBefore));
      expect(
        (await ok<{ setAppraisalWeights: { training: number } }>('admin', set, { d: district.id, i: w }))
          .setAppraisalWeights.training,
      ).toBe(50);
      await ok('admin', set, { d: district.id, i: { ...w, training: 0 } });
      expect(strip(await ranking())).toEqual(strip(rankingBefore));
    });
  });
});
