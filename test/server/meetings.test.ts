import { dataOf, errorOf, startTestApp, type TestApp } from '../helpers/app';
import { graphql } from '../gql';
import { refreshStats } from '../../server/src/modules/stats/stats.service';

/**
 * 学讲评 meetings and their four lists: recording the three stages with files, items followed to closure
 * like rectifications (overdue computed from the clock, closing with a note and evidence, reopening
 * counted), methods answering problems, an item turned into a plan item, roles and scope, and the
 * figures in campaignStats at branch, township and district level, before and after a change.
 */
const PEOPLE = graphql(`
  query MtgPeople($unitId: ID!) {
    people(filter: { unitId: $unitId }, perPage: 10) {
      items {
        id
      }
    }
  }
`);
const CREATE = graphql(`
  mutation MtgCreate($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      id
      date
      theme
      attendees {
        id
      }
      speeches {
        personId
        topic
        person {
          name
        }
      }
      evaluations {
        personId
        selfEvaluation
        peerEvaluation
      }
      summary
      minutes {
        id
      }
      photos {
        id
      }
    }
  }
`);
const ADD = graphql(`
  mutation MtgAdd($meetingId: ID!, $input: AddMeetingItemInput!) {
    addMeetingItem(meetingId: $meetingId, input: $input) {
      id
      kind
      status
      overdue
      deadline
      answers {
        id
      }
    }
  }
`);
const CLOSE = graphql(`
  mutation MtgClose($id: ID!, $input: CloseMeetingItemInput!) {
    closeMeetingItem(id: $id, input: $input) {
      id
      status
      overdue
      closeNote
      evidence {
        id
      }
    }
  }
`);
const REOPEN = graphql(`
  mutation MtgReopen($id: ID!, $note: String!) {
    reopenMeetingItem(id: $id, note: $note) {
      id
      status
      reopenCount
      events {
        action
        byName
        note
      }
    }
  }
`);
const TO_PLAN = graphql(`
  mutation MtgToPlan($id: ID!) {
    meetingItemToPlanItem(id: $id) {
      id
      planItemId
    }
  }
`);
const ITEMS = graphql(`
  query MtgItems($filter: MeetingItemFilterInput) {
    meetingItems(filter: $filter, perPage: 100) {
      total
      items {
        id
        kind
        overdue
        status
      }
    }
  }
`);
const MEETINGS = graphql(`
  query MtgMeetings($filter: MeetingFilterInput) {
    meetings(filter: $filter, perPage: 100) {
      total
      items {
        id
        unitId
        items {
          kind
        }
      }
    }
  }
`);
const STATS = graphql(`
  query MtgStats($unitId: ID!, $year: Int!) {
    campaignStats(unitId: $unitId, year: $year) {
      figures {
        branches
        meetings {
          held
          perUnitPerMonth
          unitMonths
          monthlyCoverage
          itemsOpen
          itemsOverdue
          itemsClosed
          itemsReopened
          closureRate
        }
      }
      byChild {
        unitId
        figures {
          meetings {
            held
            itemsOpen
            itemsOverdue
            itemsClosed
          }
        }
      }
    }
  }
`);

describe('学讲评 meetings and the four lists', () => {
  let t: TestApp;
  const tok: Record<string, string> = {};
  let cherry: string;
  let township: string;
  let district: string;
  let people: string[];

  async function upload(token: string, name: string): Promise<string> {
    const form = new FormData();
    form.append(
      'file',
      new Blob([new Uint8Array(Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'))]),
      name,
    );
    const res = await fetch(`${t.url}/files`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  }
  const meeting = (token: string, extra: Record<string, unknown> = {}) =>
    t.gql(
      CREATE,
      {
        input: {
          unitId: cherry,
          date: '2026-11-10',
          theme: '学习支部工作条例',
          attendeeIds: people.slice(0, 3),
          studyContent: '逐条学习',
          speeches: [{ personId: people[0], topic: '支部过硬', points: '三点' }],
          evaluations: people
            .slice(0, 3)
            .map((personId) => ({ personId, selfEvaluation: '合格', peerEvaluation: '好' })),
          summary: '书记总结',
          ...extra,
        },
      },
      token,
    );
  const problem = (meetingId: string, token: string, extra: Record<string, unknown> = {}) =>
    t.gql(
      ADD,
      {
        meetingId,
        input: { kind: 'PROBLEM', content: '台账不全', ownerPersonId: people[0], deadline: '2026-12-20', ...extra },
      },
      token,
    );

  /** Moves the clock and signs in again (sessions expire across such jumps). */
  async function at(when: string) {
    t.clock.set(when);
    for (const u of ['admin', 'leader', 'township', 'township_x', 'branch', 'supervisor']) tok[u] = await t.login(u);
  }

  beforeAll(async () => {
    t = await startTestApp({
      env: { RATE_LIMIT_USER_PER_MINUTE: '100000', RATE_LIMIT_LOGIN_PER_ADDRESS_PER_MINUTE: '100000' },
    });
    const em = t.orm.em.fork();
    await em.execute(
      `insert into app_user (username, display_name, password_hash) select 'township_x', '另一街道', password_hash from app_user where username = 'township'`,
    );
    await em.execute(
      `insert into role_assignment (user_id, role, unit_id) select (select id from app_user where username = 'township_x'), 'TOWNSHIP_STAFF', x.id from unit x
        where x.level = 'TOWNSHIP' and x.id <> (select r.unit_id from role_assignment r join app_user u on u.id = r.user_id where u.username = 'township') order by x.id limit 1`,
    );
    await at('2026-11-15T10:00:00+08:00');
    const [c] = await em.execute<{ id: number; parent_id: number; path: string }[]>(
      `select id, parent_id, path from unit where name = '樱桃沟社区'`,
    );
    cherry = String(c.id);
    township = String(c.parent_id);
    district = c.path.split('.').filter(Boolean).slice(-3, -2)[0];
    people = dataOf(await t.gql(PEOPLE, { unitId: cherry }, tok.branch)).people.items.map((p) => p.id);
    expect(people.length).toBeGreaterThanOrEqual(3);
  });
  afterAll(() => t.close());

  it('demo data: twelve meetings with all four lists, some items overdue', async () => {
    const all = dataOf(await t.gql(MEETINGS, {}, tok.admin)).meetings;
    expect(all.total).toBe(12);
    for (const m of all.items)
      expect(new Set(m.items.map((i) => i.kind))).toEqual(new Set(['PROBLEM', 'DIFFICULTY', 'METHOD', 'MEASURE']));
    const overdue = dataOf(await t.gql(ITEMS, { filter: { overdue: true } }, tok.admin)).meetingItems;
    expect(overdue.total).toBeGreaterThan(0);
    expect(overdue.items.every((i) => i.overdue && i.status === 'OPEN')).toBe(true);
    // The branch sees its own meeting only.
    const mine = dataOf(await t.gql(MEETINGS, {}, tok.branch)).meetings;
    expect(mine.items.map((m) => m.unitId)).toEqual([cherry]);
  });

  it('records a meeting with its three stages, minutes and photos; who may record it', async () => {
    const minutes = await upload(tok.branch, 'minutes.pdf');
    const m = dataOf(await meeting(tok.branch, { minutesFileIds: [minutes] })).createMeeting;
    expect(m.attendees.map((a) => a.id)).toEqual(people.slice(0, 3));
    expect(m.speeches[0]).toMatchObject({ personId: people[0], topic: '支部过硬' });
    expect(m.speeches[0].person!.name).toBeTruthy();
    expect(m.evaluations).toHaveLength(3);
    expect(m.minutes.map((f) => f.id)).toEqual([minutes]);
    // Township staff follow the branch's lists but do not record its meetings; leaders read.
    expect(errorOf(await meeting(tok.township)).extensions.code).toBe('FORBIDDEN');
    expect(errorOf(await meeting(tok.leader)).extensions.code).toBe('FORBIDDEN');
    expect(errorOf(await meeting(tok.township_x)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'unitId',
    });
    // Bad input names its field.
    const cases: [Record<string, unknown>, string][] = [
      [{ date: '2026-11-31' }, 'date'],
      [{ date: '2026-12-01' }, 'date'],
      [{ theme: ' ' }, 'theme'],
      [{ speeches: [{ personId: people[5] ?? '999999', topic: 't', points: 'p' }] }, 'speeches[0].personId'],
      [{ attendeeIds: ['999999'] }, 'attendeeIds[0]'],
      [{ unitId: township }, 'unitId'],
    ];
    for (const [extra, field] of cases) expect(errorOf(await meeting(tok.branch, extra)).extensions.field).toBe(field);
    // The minutes are as visible as the meeting: another township cannot download them.
    const dl = async (token: string) =>
      (await fetch(`${t.url}/files/${minutes}`, { headers: { authorization: `Bearer ${token}` } })).status;
    expect(await dl(tok.township)).toBe(200);
    expect(await dl(tok.township_x)).toBe(404);
  });

  it('problems are followed to closure: owner and deadline, overdue computed, close with a note and evidence, reopen counted', async () => {
    const m = dataOf(await meeting(tok.branch)).createMeeting;
    expect(errorOf(await problem(m.id, tok.branch, { ownerPersonId: null })).extensions.field).toBe('ownerPersonId');
    expect(errorOf(await problem(m.id, tok.branch, { deadline: null })).extensions.field).toBe('deadline');
    const p = dataOf(await problem(m.id, tok.branch, { evidenceRequired: true })).addMeetingItem;
    expect(p).toMatchObject({ status: 'OPEN', overdue: false });
    const method = dataOf(
      await t.gql(
        ADD,
        { meetingId: m.id, input: { kind: 'METHOD', content: '每月检查', answersIds: [p.id] } },
        tok.branch,
      ),
    ).addMeetingItem;
    expect(method.answers.map((a) => a.id)).toEqual([p.id]);
    expect(
      errorOf(
        await t.gql(
          ADD,
          { meetingId: m.id, input: { kind: 'MEASURE', content: 'x', answersIds: [method.id] } },
          tok.branch,
        ),
      ).extensions.field,
    ).toBe('answersIds[0]');
    expect(errorOf(await t.gql(CLOSE, { id: method.id, input: { note: 'x' } }, tok.branch)).extensions.reason).toBe(
      'MEETINGITEM.NOT_FOLLOWED',
    );

    // Overdue the day after its deadline, never stored.
    await at('2026-12-21T00:00:01+08:00');
    expect(dataOf(await t.gql(ITEMS, { filter: { ids: [p.id] } }, tok.branch)).meetingItems.items[0].overdue).toBe(
      true,
    );
    expect(
      dataOf(await t.gql(ITEMS, { filter: { overdue: true, meetingId: m.id } }, tok.township)).meetingItems.total,
    ).toBe(1);

    expect(errorOf(await t.gql(CLOSE, { id: p.id, input: { note: ' ' } }, tok.branch)).extensions.field).toBe('note');
    expect(errorOf(await t.gql(CLOSE, { id: p.id, input: { note: '已补齐' } }, tok.branch)).extensions).toMatchObject({
      reason: 'MEETINGITEM.EVIDENCE_REQUIRED',
      field: 'evidenceFileIds',
    });
    expect(errorOf(await t.gql(CLOSE, { id: p.id, input: { note: '已补齐' } }, tok.leader)).extensions.code).toBe(
      'FORBIDDEN',
    );
    const hidden = errorOf(await t.gql(CLOSE, { id: p.id, input: { note: '已补齐' } }, tok.township_x));
    const missing = errorOf(await t.gql(CLOSE, { id: '999999', input: { note: '已补齐' } }, tok.township_x));
    expect(hidden.extensions).toEqual(missing.extensions);
    expect(hidden.message).toBe(missing.message);
    const ev = await upload(tok.branch, 'ledger.pdf');
    const closed = dataOf(
      await t.gql(CLOSE, { id: p.id, input: { note: '已补齐', evidenceFileIds: [ev] } }, tok.branch),
    ).closeMeetingItem;
    expect(closed).toMatchObject({ status: 'CLOSED', overdue: false, closeNote: '已补齐' });
    expect(closed.evidence.map((f) => f.id)).toEqual([ev]);
    expect(errorOf(await t.gql(CLOSE, { id: p.id, input: { note: 'again' } }, tok.branch)).extensions.reason).toBe(
      'MEETINGITEM.ALREADY_CLOSED',
    );
    // The township follows its branches' lists: it reopens, counted, and the branch closes again.
    const re = dataOf(await t.gql(REOPEN, { id: p.id, note: '核查未通过' }, tok.township)).reopenMeetingItem;
    expect(re).toMatchObject({ status: 'OPEN', reopenCount: 1 });
    expect(re.events.map((e) => e.action)).toEqual(['CLOSE', 'REOPEN']);
    expect(errorOf(await t.gql(REOPEN, { id: p.id, note: 'x' }, tok.township)).extensions.reason).toBe(
      'MEETINGITEM.NOT_CLOSED',
    );
    expect(
      dataOf(await t.gql(CLOSE, { id: p.id, input: { note: '已整改到位' } }, tok.branch)).closeMeetingItem.status,
    ).toBe('CLOSED');
    await at('2026-11-15T10:00:00+08:00');
  });

  it('an item becomes a task of the unit’s plan for the year', async () => {
    const m = dataOf(await meeting(tok.branch)).createMeeting;
    const p = dataOf(await problem(m.id, tok.branch, { content: '集体经济项目推进慢' })).addMeetingItem;
    const done = dataOf(await t.gql(TO_PLAN, { id: p.id }, tok.branch)).meetingItemToPlanItem;
    expect(done.planItemId).toBeTruthy();
    const [row] = await t.orm.em
      .fork()
      .execute<{ title: string; deadline: string; unit_id: number; year: number }[]>(
        `select i.title, i.deadline::text as deadline, i.unit_id, p.year from plan_item i join plan p on p.id = i.plan_id where i.id = ?`,
        [done.planItemId],
      );
    expect(row).toMatchObject({
      title: '集体经济项目推进慢',
      deadline: '2026-12-20',
      unit_id: Number(cherry),
      year: 2026,
    });
    expect(errorOf(await t.gql(TO_PLAN, { id: p.id }, tok.branch)).extensions.reason).toBe(
      'MEETINGITEM.ALREADY_PLANNED',
    );
    // A year without a plan is refused with its reason.
    const q = dataOf(await problem(m.id, tok.branch, { deadline: '2029-01-31' })).addMeetingItem;
    expect(errorOf(await t.gql(TO_PLAN, { id: q.id }, tok.branch)).extensions.reason).toBe('MEETINGITEM.NO_PLAN');
  });

  /** The figures of a subtree as of a date (closed means closed by then), counted here from the tables. */
  async function expected(unitId: string, asof: string) {
    const [r] = await t.orm.em.fork().execute<Record<string, number>[]>(
      `with s as (select id, level from unit where path like (select path from unit where id = ?) || '%')
       select (select count(*)::int from meeting m where m.unit_id in (select id from s) and m.date between '2026-01-01' and ?::date) as held,
              (select count(*)::int from meeting_item i join meeting m on m.id = i.meeting_id where i.unit_id in (select id from s)
                 and i.kind in ('PROBLEM','DIFFICULTY') and m.date between '2026-01-01' and ?::date and not (i.status = 'CLOSED' and (i.closed_at at time zone 'Asia/Shanghai')::date <= ?::date)) as open,
              (select count(*)::int from meeting_item i join meeting m on m.id = i.meeting_id where i.unit_id in (select id from s)
                 and i.kind in ('PROBLEM','DIFFICULTY') and m.date between '2026-01-01' and ?::date and i.deadline < ?::date and not (i.status = 'CLOSED' and (i.closed_at at time zone 'Asia/Shanghai')::date <= ?::date)) as overdue,
              (select count(*)::int from meeting_item i join meeting m on m.id = i.meeting_id where i.unit_id in (select id from s)
                 and i.kind in ('PROBLEM','DIFFICULTY') and m.date between '2026-01-01' and ?::date and i.status = 'CLOSED' and (i.closed_at at time zone 'Asia/Shanghai')::date <= ?::date) as closed,
              (select count(*)::int from s where level = 'BRANCH') as branches`,
      [unitId, asof, asof, asof, asof, asof, asof, asof, asof],
    );
    return r;
  }

  it('figures in campaignStats at branch, township and district level, and after a change', async () => {
    const check = async (unitId: string) => {
      const f = dataOf(await t.gql(STATS, { unitId, year: 2026 }, tok.admin)).campaignStats.figures;
      const want = await expected(unitId, '2026-11-15');
      expect(f.meetings).toMatchObject({
        held: want.held,
        itemsOpen: want.open,
        itemsOverdue: want.overdue,
        itemsClosed: want.closed,
      });
      expect(f.meetings.perUnitPerMonth).toBeCloseTo(want.branches ? want.held / want.branches / 11 : 0, 3);
      expect(f.meetings.closureRate).toBeCloseTo(
        want.closed + want.open ? want.closed / (want.closed + want.open) : 0,
        3,
      );
      return f.meetings;
    };
    const d = await check(district);
    expect(d.held).toBeGreaterThanOrEqual(12);
    expect(d.itemsOverdue).toBeGreaterThan(0);
    await check(township);
    const before = await check(cherry);
    const byChild = dataOf(await t.gql(STATS, { unitId: district, year: 2026 }, tok.admin)).campaignStats.byChild;
    for (const c of byChild) {
      const want = await expected(c.unitId, '2026-11-15');
      expect(c.figures.meetings).toEqual({
        held: want.held,
        itemsOpen: want.open,
        itemsOverdue: want.overdue,
        itemsClosed: want.closed,
      });
    }
    // Fresh rollups, then a change: the stale rows are computed live.
    while ((await refreshStats(t.orm.em.fork(), t.clock.now())) > 0);
    const m = dataOf(await meeting(tok.branch)).createMeeting;
    const p = dataOf(await problem(m.id, tok.branch)).addMeetingItem;
    await t.gql(CLOSE, { id: p.id, input: { note: '当场整改' } }, tok.branch);
    const after = await check(cherry);
    expect(after.held).toBe(before.held + 1);
    expect(after.itemsClosed).toBe(before.itemsClosed + 1);
    await check(township);
    await check(district);
  });
});
