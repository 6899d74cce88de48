/**
 * 待办, reminders and escalation (docs/domain/inbox.md): myTasks agrees with the modules' own
 * 待我处理 lists in one statement; reminders fire once per rule, record and step, through the job
 * queue and with two app instances sweeping one database; escalations follow the chain as it stood
 * on the day they fell due; the 17:00 Beijing-time boundary of the daily report; rules as data.
 */
import { Client } from 'pg';
import { createApp, type App } from '../../server/src/app';
import { loadConfig } from '../../server/src/config';
import { openOrm } from '../../server/src/db/orm';
import { SWEEP_TASK, sweepReminders } from '../../server/src/modules/inbox/public';
import { dataOf, errorOf, startTestApp, type TestApp } from '../helpers/app';
import { urlFor } from '../helpers/db';

const MY_TASKS = `query ($d: Int) { myTasks(dueWithinDays: $d, first: 100) {
  today horizon total kinds { kind label labelEn count } items { kind recordType recordId unitId title due link } } }`;
interface MyTasks {
  myTasks: {
    today: string;
    horizon: string;
    total: number;
    kinds: { kind: string; label: string; labelEn: string; count: number }[];
    items: { kind: string; recordType: string; recordId: string; title: string; due: string | null; link: string }[];
  };
}
const NOTIFICATIONS = `query ($u: Boolean) { notifications(unreadOnly: $u, perPage: 100) { total unread
  items { id createdAt kind step recordType recordId unitId title reasonZh reasonEn link readAt } } }`;
interface Notes {
  notifications: {
    total: number;
    unread: number;
    items: {
      id: string;
      kind: string;
      step: string;
      recordType: string;
      recordId: string;
      title: string;
      reasonZh: string;
      reasonEn: string;
      link: string;
      readAt: string | null;
    }[];
  };
}

const count = (m: MyTasks, kind: string) => m.myTasks.kinds.find((k) => k.kind === kind)?.count ?? -1;

describe('inbox: myTasks, reminders, escalation', () => {
  let t: TestApp;
  let db: Client;
  const tokens: Record<string, string> = {};
  const users = ['admin', 'leader', 'taskforce', 'supervisor', 'township', 'township2', 'branch', 'branch2'];

  const sweep = () => sweepReminders(t.orm.em.fork(), t.clock.now());
  const notes = async (who: string, unreadOnly = false) =>
    dataOf(await t.gql<Notes>(NOTIFICATIONS, { u: unreadOnly }, tokens[who])).notifications;
  const sql = async <R = Record<string, unknown>>(q: string, params: unknown[] = []) =>
    (await db.query(q, params)).rows as R[];
  /** An account for a person of the chain (the demo's chain people mostly have none). */
  const accountFor = async (username: string, personId: number) => {
    await sql(
      `insert into app_user (created_at, updated_at, version, username, display_name, password_hash, person_id, active, must_change_password)
       select now(), now(), 1, $1, $1, password_hash, $2, true, false from app_user where username = 'leader'`,
      [username, personId],
    );
    await sql(
      `insert into role_assignment (created_at, updated_at, version, user_id, role, unit_id)
       select now(), now(), 1, id, 'LEADER', 3 from app_user where username = $1`,
      [username],
    );
    tokens[username] = await t.login(username);
  };

  beforeAll(async () => {
    t = await startTestApp();
    db = new Client({ connectionString: urlFor(t.database) });
    await db.connect();
    t.clock.set('2026-12-10T02:00:00Z'); // 10:00 in Beijing
    for (const u of users) tokens[u] = await t.login(u);
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  describe('myTasks', () => {
    it('counts what the modules’ own 待我处理 lists hold, for every role', async () => {
      for (const u of users) {
        const m = dataOf(await t.gql<MyTasks>(MY_TASKS, { d: 7 }, tokens[u]));
        const apps = dataOf(
          await t.gql<{ starApplications: { total: number } }>(
            `{ starApplications(filter: { actionable: true }) { total } }`,
            {},
            tokens[u],
          ),
        );
        const objections = dataOf(
          await t.gql<{ starObjections: { total: number } }>(
            `{ starObjections(filter: { actionable: true }) { total } }`,
            {},
            tokens[u],
          ),
        );
        const rects = dataOf(
          await t.gql<{ rectifications: { total: number } }>(
            `{ rectifications(filter: { actionable: true }) { total } }`,
            {},
            tokens[u],
          ),
        );
        expect([u, count(m, 'STAR_APPLICATION')]).toEqual([u, apps.starApplications.total]);
        expect([u, count(m, 'STAR_OBJECTION')]).toEqual([u, objections.starObjections.total]);
        expect([u, count(m, 'RECTIFICATION_SUBMIT') + count(m, 'RECTIFICATION_VERIFY')]).toEqual([
          u,
          rects.rectifications.total,
        ]);
        expect(m.myTasks.total).toBe(m.myTasks.kinds.reduce((s, k) => s + k.count, 0));
        expect(m.myTasks.today).toBe('2026-12-10');
        expect(m.myTasks.horizon).toBe('2026-12-17');
      }
      const township = dataOf(await t.gql<MyTasks>(MY_TASKS, {}, tokens.township));
      expect(count(township, 'STAR_APPLICATION')).toBeGreaterThan(0);
      const item = township.myTasks.items.find((i) => i.kind === 'STAR_APPLICATION')!;
      expect(item.link).toBe(`/starApplications/${item.recordId}/show`);
    });

    it("lists today's daily report until it is sent", async () => {
      let m = dataOf(await t.gql<MyTasks>(MY_TASKS, {}, tokens.branch));
      expect(count(m, 'DAILY_REPORT')).toBe(1);
      expect(m.myTasks.items.find((i) => i.kind === 'DAILY_REPORT')!.link).toBe('/dailyReports/create');
      dataOf(
        await t.gql(
          `mutation { submitDailyReport(input: { unitId: 204, doneToday: "整理台账", figures: [] }) { id } }`,
          {},
          tokens.branch,
        ),
      );
      m = dataOf(await t.gql<MyTasks>(MY_TASKS, {}, tokens.branch));
      expect(count(m, 'DAILY_REPORT')).toBe(0);
      // Other roles never report daily.
      expect(count(dataOf(await t.gql<MyTasks>(MY_TASKS, {}, tokens.admin)), 'DAILY_REPORT')).toBe(0);
    });

    it('lists plan items and milestones due within the horizon for the person responsible', async () => {
      const [item] = await sql<{ id: number }>(
        `select pi.id from plan_item pi join unit u on u.id = pi.unit_id where u.id = 205 and pi.status <> 'DONE' order by pi.id limit 1`,
      );
      await sql(`update plan_item set deadline = '2026-12-15', responsible_person_id = null where id = $1`, [item.id]);
      await sql(
        `insert into plan_milestone (created_at, updated_at, version, item_id, title, due_date, sort_order) values (now(), now(), 1, $1, '示例节点', '2026-12-12', 99)`,
        [item.id],
      );
      const near = dataOf(await t.gql<MyTasks>(MY_TASKS, { d: 7 }, tokens.branch2));
      expect(near.myTasks.items.some((i) => i.kind === 'PLAN_ITEM_DUE' && i.recordId === String(item.id))).toBe(true);
      expect(near.myTasks.items.some((i) => i.kind === 'PLAN_MILESTONE_DUE' && i.recordId === String(item.id))).toBe(
        true,
      );
      const soon = dataOf(await t.gql<MyTasks>(MY_TASKS, { d: 1 }, tokens.branch2));
      expect(soon.myTasks.items.some((i) => i.kind === 'PLAN_ITEM_DUE' && i.recordId === String(item.id))).toBe(false);
      // Another branch's staff do not see it.
      const other = dataOf(await t.gql<MyTasks>(MY_TASKS, { d: 7 }, tokens.branch));
      expect(other.myTasks.items.some((i) => i.recordType === 'PlanItem' && i.recordId === String(item.id))).toBe(
        false,
      );
    });

    it('costs the same statements for a user with many tasks and one with few', async () => {
      const statements = async (who: string) => {
        t.sql.reset();
        dataOf(await t.gql<MyTasks>(MY_TASKS, {}, tokens[who]));
        return t.sql.statements.filter((s) => !s.startsWith('update auth_token') && !s.includes('rate_limit')).length;
      };
      const many = await statements('admin');
      const few = await statements('branch');
      expect(many).toBe(few);
      expect(many).toBeLessThanOrEqual(2); // the session and myTasks' one statement
    });

    describe('学讲评 list items, resident requests, tests to take', () => {
      const kindItems = async (who: string, kind: string, d = 7) =>
        dataOf(await t.gql<MyTasks>(MY_TASKS, { d }, tokens[who])).myTasks.items.filter((i) => i.kind === kind);
      const kindCount = async (who: string, kind: string) =>
        count(dataOf(await t.gql<MyTasks>(MY_TASKS, { d: 7 }, tokens[who])), kind);

      it('lists open problems and difficulties due to their owner and to the staff of the owning unit, until closed', async () => {
        const [me] = await sql<{ person_id: number | null }>(
          `select person_id from app_user where username = 'branch'`,
        );
        expect(me.person_id).not.toBeNull();
        const [other] = await sql<{ id: number }>(
          `insert into person (created_at, updated_at, version, name, unit_id, is_sample) values (now(), now(), 1, '清单责任人（示例）', 204, true) returning id`,
        );
        const [m] = await sql<{ id: number }>(
          `insert into meeting (unit_id, date, theme, attendee_ids, study_content, speeches, evaluations, recorded_by)
           values (204, '2026-12-01', '学讲评（示例）', '[]', '学习（示例）', '[]', '[]', 1) returning id`,
        );
        const item = async (kind: string, owner: number, deadline: string, content: string) =>
          (
            await sql<{ id: number }>(
              `insert into meeting_item (meeting_id, unit_id, kind, content, owner_unit_id, owner_person_id, deadline, answers_ids)
               values ($1, 204, $2, $3, 204, $4, $5, '[]') returning id`,
              [m.id, kind, content, owner, deadline],
            )
          )[0].id;
        const mine = await item('PROBLEM', me.person_id!, '2026-12-12', '台账缺页（示例）');
        const unitOwned = await item('DIFFICULTY', other.id, '2026-12-01', '活动场地不足（示例）');
        const method = await item('METHOD', me.person_id!, '2026-12-12', '每周整理（示例）');
        const later = await item('PROBLEM', me.person_id!, '2027-01-30', '远期问题（示例）');

        const ids = async (who: string) =>
          (await kindItems(who, 'MEETING_ITEM_DUE'))
            .filter((i) => i.recordType === 'MeetingItem')
            .map((i) => i.recordId);
        const branch = await ids('branch');
        expect(branch).toEqual(expect.arrayContaining([String(mine), String(unitOwned)]));
        expect(branch).not.toContain(String(method)); // methods and measures are not followed
        expect(branch).not.toContain(String(later)); // beyond the horizon
        const first = (await kindItems('branch', 'MEETING_ITEM_DUE')).find((i) => i.recordId === String(mine))!;
        expect(first).toMatchObject({ link: `/meetings/${m.id}/show`, due: '2026-12-12' });
        expect(first.title).toContain('台账缺页');
        expect((await ids('branch')).length).toBe(await kindCount('branch', 'MEETING_ITEM_DUE'));
        // Out of scope: another branch's staff, the township above (its grant is not on that very
        // unit), leaders and admins.
        for (const who of ['branch2', 'township', 'leader', 'admin', 'supervisor', 'taskforce']) {
          const theirs = await ids(who);
          expect([who, theirs.includes(String(mine)) || theirs.includes(String(unitOwned))]).toEqual([who, false]);
        }

        // Closed: gone.
        dataOf(
          await t.gql(
            `mutation ($id: ID!) { closeMeetingItem(id: $id, input: { note: "已补齐" }) { id status } }`,
            { id: String(mine) },
            tokens.branch,
          ),
        );
        const after = await ids('branch');
        expect(after).not.toContain(String(mine));
        expect(after).toContain(String(unitOwned));
        await sql(`update meeting_item set status = 'CLOSED' where meeting_id = $1`, [m.id]);
        expect(await ids('branch')).not.toContain(String(unitOwned));
      });

      it('lists the resident requests waiting for their handlers, without the resident’s personal data', async () => {
        const [unit] = await sql<{ unit_id: number }>(
          `select ra.unit_id from role_assignment ra join app_user u on u.id = ra.user_id where u.username = 'jianxin'`,
        );
        tokens.jianxin = await t.login('jianxin');
        const waiting = ['REGISTERED', 'ACCEPTED', 'CONSULTATION', 'HANDLING'];
        const own = dataOf(
          await t.gql<{ residentRequests: { total: number } }>(
            `query ($f: ResidentRequestFilterInput) { residentRequests(filter: $f) { total } }`,
            { f: { stages: waiting, unitId: String(unit.unit_id) } },
            tokens.jianxin,
          ),
        ).residentRequests.total;
        expect(own).toBeGreaterThan(0);
        expect(await kindCount('jianxin', 'RESIDENT_REQUEST')).toBe(own);

        const reg = dataOf(
          await t.gql<{ registerResidentRequest: { id: string } }>(
            `mutation ($i: RegisterResidentRequestInput!) { registerResidentRequest(input: $i) { id } }`,
            {
              i: {
                unitId: String(unit.unit_id),
                channel: 'VISIT',
                category: 'HELP',
                title: '王小明求助：13912345678',
                content: '住在建新路 88 号 3 单元的王小明来访求助（示例）',
                anonymous: false,
                residentName: '王小明',
                phone: '13912345678',
                address: '建新路 88 号 3 单元',
              },
            },
            tokens.jianxin,
          ),
        ).registerResidentRequest;
        const id = reg.id;
        const find = async () => (await kindItems('jianxin', 'RESIDENT_REQUEST')).find((i) => i.recordId === id);
        // The first 100 items are the earliest due: make sure this one is among them.
        await sql(`update resident_request set deadline = '2026-11-01' where id = $1`, [Number(id)]);
        const item = (await find())!;
        expect(item).toMatchObject({ recordType: 'ResidentRequest', link: `/residentRequests/${id}/show` });
        expect(item.title).toContain('求助');
        expect(item.title).toContain('待受理');

        // No title carries a resident's name, phone or address, nor their words.
        const personal = (
          await sql<{ v: string }>(
            `select unnest(array[resident_name, phone, address]) as v from resident_request where unit_id = $1
             union select title from resident_request where id = $2`,
            [unit.unit_id, Number(id)],
          )
        )
          .map((r) => r.v)
          .filter((v) => v && v.length >= 2);
        const titles = dataOf(
          await t.gql<MyTasks>(`{ myTasks(first: 100) { items { kind title } } }`, {}, tokens.jianxin),
        ).myTasks.items.filter((i) => i.kind === 'RESIDENT_REQUEST');
        expect(titles.length).toBeGreaterThan(0);
        for (const x of titles)
          for (const v of personal) expect([x.title, x.title.includes(v)]).toEqual([x.title, false]);

        // Its steps: still waiting while accepted and handled, gone once fed back (the resident's turn).
        const step = async (q: string) => dataOf(await t.gql(q, { id }, tokens.jianxin));
        await step(`mutation ($id: ID!) { acceptResidentRequest(id: $id) { id } }`);
        await sql(`update resident_request set deadline = '2026-11-01' where id = $1`, [Number(id)]);
        expect((await find())!.title).toContain('待交办');
        await step(
          `mutation ($id: ID!) { handleResidentRequest(id: $id, responsibleUnit: "社区居委会", responsiblePerson: "网格员") { id } }`,
        );
        expect((await find())!.title).toContain('待反馈');
        await step(`mutation ($id: ID!) { feedbackResidentRequest(id: $id, feedback: "已上门协助") { id } }`);
        expect(await find()).toBeUndefined();

        // Out of scope: those who read the request but do not handle it, and everyone elsewhere.
        for (const who of users) {
          const [e] = await sql<{ n: number }>(
            `select count(*)::int as n from resident_request r
              where r.stage = any($1::text[]) and r.unit_id in (
                select ra.unit_id from role_assignment ra join app_user u on u.id = ra.user_id
                 where u.username = $2 and ra.role in ('BRANCH_STAFF', 'TOWNSHIP_STAFF'))`,
            [waiting, who],
          );
          expect([who, await kindCount(who, 'RESIDENT_REQUEST')]).toEqual([who, e.n]);
          expect([who, (await kindItems(who, 'RESIDENT_REQUEST')).some((i) => i.recordId === id)]).toEqual([
            who,
            false,
          ]);
        }
      });

      it('lists the tests open now to their expected takers until the allowed attempts are used', async () => {
        const now = t.clock.now();
        const [s] = await sql<{ id: number }>(
          `select s.id from test_session s
            where s.opens_at <= $1 and s.closes_at > $1
              and exists (select 1 from training_expected(s.audience_roles, s.audience_unit_ids, s.test_date) e
                           join app_user u on u.person_id = e.person_id where u.username = 'branch')
            order by s.id limit 1`,
          [now],
        );
        expect(s).toBeDefined();
        await sql(`update test_session set attempts_allowed = 1 where id = $1`, [s.id]);
        await sql(
          `delete from test_attempt where session_id = $1 and user_id = (select id from app_user where username = 'branch')`,
          [s.id],
        );
        const has = async (who: string) =>
          (await kindItems(who, 'TEST_TO_TAKE', 90)).some((i) => i.recordId === String(s.id));
        const item = (await kindItems('branch', 'TEST_TO_TAKE', 90)).find((i) => i.recordId === String(s.id))!;
        expect(item).toMatchObject({ recordType: 'TestSession', link: '/my-tests' });
        // Not to those who are not expected at it.
        for (const who of ['admin', 'leader', 'supervisor', 'township']) {
          const [e] = await sql<{ n: number }>(
            `select count(*)::int as n from training_expected((select audience_roles from test_session where id = $1),
               (select audience_unit_ids from test_session where id = $1), (select test_date from test_session where id = $1)) e
               join app_user u on u.person_id = e.person_id where u.username = $2`,
            [s.id, who],
          );
          expect([who, await has(who)]).toEqual([who, e.n > 0]);
        }
        // Not before its window opens.
        const [w] = await sql<{ opens_at: Date }>(`select opens_at from test_session where id = $1`, [s.id]);
        await sql(`update test_session set opens_at = $2 where id = $1`, [s.id, new Date(now.getTime() + 3_600_000)]);
        expect(await has('branch')).toBe(false);
        await sql(`update test_session set opens_at = $2 where id = $1`, [s.id, w.opens_at]);

        // Started: still to finish; submitted with no attempt left: gone.
        const a = dataOf(
          await t.gql<{ startAttempt: { id: string } }>(
            `mutation ($s: ID!) { startAttempt(sessionId: $s) { id } }`,
            { s: String(s.id) },
            tokens.branch,
          ),
        ).startAttempt;
        expect(await has('branch')).toBe(true);
        dataOf(await t.gql(`mutation ($a: ID!) { submitAttempt(attemptId: $a) { id } }`, { a: a.id }, tokens.branch));
        expect(await has('branch')).toBe(false);
        // A second attempt allowed, and the first one failed: to take again.
        await sql(`update test_session set attempts_allowed = 2, pass_mark = 101 where id = $1`, [s.id]);
        expect(await has('branch')).toBe(true);
        await sql(`update test_session set pass_mark = 0 where id = $1`, [s.id]);
        expect(await has('branch')).toBe(false); // passed: nothing left to do
      });
    });

    it('refuses a horizon out of range with its field', async () => {
      const e = errorOf(await t.gql(MY_TASKS, { d: 91 }, tokens.admin));
      expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dueWithinDays' });
      expect(errorOf(await t.gql(MY_TASKS, {})).extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('reminders and escalation', () => {
    beforeAll(async () => {
      await sql(`delete from notification`);
    });

    it('escalates along the chain as it stood on the day the step fell due: a secretary change re-routes', async () => {
      // Township 59 (五里堡街道): 孙爱国 (person 281) is secretary until 2026-12-03, a new one from 12-04.
      await accountFor('sec_old', 281);
      await accountFor('minister', 2);
      const [np] = await sql<{ id: number }>(
        `insert into person (created_at, updated_at, version, name, unit_id, is_sample) values (now(), now(), 1, '新书记（示例）', 59, true) returning id`,
      );
      await sql(`update position set end_date = '2026-12-03' where id = 281`);
      await sql(
        `insert into position (created_at, updated_at, version, person_id, role, unit_id, scope_unit_id, start_date) values (now(), now(), 1, $1, 'TOWNSHIP_SECRETARY', 59, 59, '2026-12-04')`,
        [np.id],
      );
      await accountFor('sec_new', np.id);
      // Two rectifications of branch 61 (in township 59): the township step (3 days late) of the first
      // fell due on 12-02, of the second on 12-05.
      await sql(`update rectification set status = 'ASSIGNED', deadline = '2026-11-29' where id = 7`);
      await sql(`update rectification set status = 'ASSIGNED', deadline = '2026-12-02' where id = 8`);
      await sweep();

      const rows = await sql<{ record_id: number; step: string; username: string }>(
        `select n.record_id, n.step, u.username from notification n join app_user u on u.id = n.recipient_user_id
          where n.record_type = 'Rectification' and n.record_id in (7, 8) and n.step in ('TOWNSHIP', 'DISTRICT')
          order by 1, 2, 3`,
      );
      expect(rows).toEqual([
        { record_id: 7, step: 'DISTRICT', username: 'minister' },
        { record_id: 7, step: 'DISTRICT', username: 'taskforce' },
        { record_id: 7, step: 'TOWNSHIP', username: 'sec_old' },
        { record_id: 8, step: 'DISTRICT', username: 'minister' },
        { record_id: 8, step: 'DISTRICT', username: 'taskforce' },
        { record_id: 8, step: 'TOWNSHIP', username: 'sec_new' },
      ]);
      // Each says why and links to its record, in both languages.
      const mine = await notes('sec_new');
      const n = mine.items.find((x) => x.recordId === '8' && x.step === 'TOWNSHIP')!;
      expect(n.link).toBe('/rectifications/8/show');
      expect(n.reasonZh).toContain('乡镇党委书记');
      expect(n.reasonEn).toContain('township secretary');
      expect(mine.unread).toBe(mine.total);
      // Sweeping again sends nothing new.
      expect(await sweep()).toBe(0);
    });

    it('reminds the responsible unit before the deadline, then tells it when overdue', async () => {
      await sql(`update rectification set status = 'ASSIGNED', deadline = '2026-12-12' where id = 1`);
      await sql(`update rectification set status = 'ASSIGNED', deadline = '2026-12-09' where id = 2`);
      await sweep();
      const mine = (await notes('branch')).items.filter((x) => x.recordType === 'Rectification');
      expect(mine.find((x) => x.recordId === '1')).toMatchObject({ step: 'REMIND', kind: 'RECTIFICATION_DEADLINE' });
      expect(mine.find((x) => x.recordId === '1')!.reasonZh).toContain('还有 2 天到期');
      expect(mine.find((x) => x.recordId === '2')).toMatchObject({ step: 'OVERDUE' });
      // One day late: not yet the township's step (3 days by default).
      expect(
        await sql(
          `select 1 from notification where record_type = 'Rectification' and record_id = 2 and step = 'TOWNSHIP'`,
        ),
      ).toHaveLength(0);
      // A new deadline is a new occurrence: it is reminded again.
      await sql(`update rectification set deadline = '2026-12-13' where id = 1`);
      await sweep();
      expect(
        (await notes('branch')).items.filter((x) => x.recordType === 'Rectification' && x.recordId === '1'),
      ).toHaveLength(2);
    });

    it('sends once through the job queue, and once when two app instances sweep the same database together', async () => {
      const second = await startSecond(t);
      try {
        await sql(`update rectification set status = 'ASSIGNED', deadline = '2026-12-11' where id = 1`);
        await sql(`update rectification set status = 'ASSIGNED', deadline = '2026-11-20' where id = 2`);
        const before = Number((await sql<{ n: string }>(`select count(*) as n from notification`))[0].n);
        const sent = await Promise.all([
          sweepReminders(t.orm.em.fork(), t.clock.now()),
          sweepReminders(second.orm.em.fork(), t.clock.now()),
          sweepReminders(t.orm.em.fork(), t.clock.now()),
          sweepReminders(second.orm.em.fork(), t.clock.now()),
        ]);
        const after = Number((await sql<{ n: string }>(`select count(*) as n from notification`))[0].n);
        expect(after - before).toBe(sent.reduce((a, b) => a + b, 0));
        expect(sent.filter((n) => n > 0)).toHaveLength(1);
        const dupes = await sql(
          `select kind, record_type, record_id, occurrence, step, recipient_user_id from notification
            group by 1, 2, 3, 4, 5, 6 having count(*) > 1`,
        );
        expect(dupes).toHaveLength(0);
        // Every notification is a change of the audit trail (what events and webhooks emit from).
        const [audited] = await sql<{ n: string; m: string }>(
          `select (select count(*) from audit_entry where target_type = 'Notification') as n, (select count(*) from notification) as m`,
        );
        expect(audited.n).toBe(audited.m);

        // Through the queue: both instances add the job under one key; one sweep runs, nothing twice.
        await sql(`update rectification set deadline = '2026-12-12' where id = 2`);
        await sql(`select graphile_worker.add_job($1, '{}'::json, job_key => $1)`, [SWEEP_TASK]);
        await second.orm.em
          .fork()
          .execute(`select graphile_worker.add_job(?, '{}'::json, job_key => ?)`, [SWEEP_TASK, SWEEP_TASK]);
        await waitFor(async () => {
          const rows = await sql(
            `select 1 from notification where record_type = 'Rectification' and record_id = 2 and occurrence = '2026-12-12'`,
          );
          const queued = await sql(`select 1 from graphile_worker.jobs where task_identifier = $1`, [SWEEP_TASK]);
          return rows.length > 0 && queued.length === 0;
        });
        const twelve = await sql(
          `select recipient_user_id from notification where record_type = 'Rectification' and record_id = 2 and occurrence = '2026-12-12'`,
        );
        expect(twelve.length).toBeGreaterThan(0);
        expect(new Set(twelve.map((r) => r.recipient_user_id)).size).toBe(twelve.length);
      } finally {
        await second.app.stop();
        await second.orm.close(true);
      }
    });

    it('reminds of a missing daily report from 17:00 Beijing time, once, and never when it was sent', async () => {
      await sql(`delete from notification where kind = 'DAILY_REPORT'`);
      t.clock.set('2026-12-10T08:59:59Z'); // 16:59:59 in Beijing
      await sweep();
      expect(await sql(`select 1 from notification where kind = 'DAILY_REPORT'`)).toHaveLength(0);
      t.clock.set('2026-12-10T09:00:00Z'); // 17:00
      await sweep();
      const daily = await sql<{ username: string; occurrence: string }>(
        `select u.username, to_char(n.occurrence, 'YYYY-MM-DD') as occurrence from notification n
           join app_user u on u.id = n.recipient_user_id where n.kind = 'DAILY_REPORT'`,
      );
      const names = daily.map((d) => d.username);
      expect(names).toContain('branch2');
      expect(names).not.toContain('branch'); // sent its report this morning
      expect(new Set(daily.map((d) => d.occurrence))).toEqual(new Set(['2026-12-10']));
      t.clock.set('2026-12-10T09:30:00Z');
      expect(await sweep()).toBe(0);
      // Midnight in Beijing: a new day, not yet 17:00.
      t.clock.set('2026-12-10T16:00:00Z');
      await sweep();
      expect(
        await sql(`select 1 from notification where kind = 'DAILY_REPORT' and occurrence = '2026-12-11'`),
      ).toHaveLength(0);
      t.clock.set('2026-12-11T09:00:00Z');
      await sweep();
      const next = await sql(
        `select 1 from notification n join app_user u on u.id = n.recipient_user_id
          where n.kind = 'DAILY_REPORT' and n.occurrence = '2026-12-11' and u.username = 'branch'`,
      );
      expect(next).toHaveLength(1);
      t.clock.set('2026-12-10T02:00:00Z');
      for (const u of Object.keys(tokens)) tokens[u] = await t.login(u);
    });

    it('lets each user read and mark only their own notifications', async () => {
      const own = await notes('branch');
      const others = await notes('minister');
      expect(own.total).toBeGreaterThan(1);
      const other = others.items[0].id;
      const r0 = dataOf(
        await t.gql<{ markNotificationsRead: number }>(
          `mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }`,
          { ids: [other] },
          tokens.branch,
        ),
      );
      expect(r0.markNotificationsRead).toBe(0);
      expect((await notes('minister')).unread).toBe(others.unread);
      const r1 = dataOf(
        await t.gql<{ markNotificationsRead: number }>(
          `mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }`,
          { ids: [own.items[0].id] },
          tokens.branch,
        ),
      );
      expect(r1.markNotificationsRead).toBe(1);
      const unread = dataOf(
        await t.gql<{ unreadNotificationCount: number }>(`{ unreadNotificationCount }`, {}, tokens.branch),
      );
      expect(unread.unreadNotificationCount).toBe(own.unread - 1);
      expect((await notes('branch', true)).items.every((x) => x.readAt === null)).toBe(true);
      dataOf(await t.gql(`mutation { markNotificationsRead }`, {}, tokens.branch));
      expect((await notes('branch')).unread).toBe(0);
      const page = async (n: number) => {
        t.sql.reset();
        const r = dataOf(
          await t.gql<Notes>(
            `query ($n: Int!) { notifications(perPage: $n) { total items { id title } } }`,
            { n },
            tokens.admin,
          ),
        );
        expect(r.notifications.items.length).toBe(Math.min(n, r.notifications.total));
        return t.sql.count;
      };
      await sql(
        `insert into notification (created_at, recipient_user_id, kind, step, record_type, record_id, occurrence, unit_id, title, reason_zh, reason_en, link)
         select now(), 1, 'DAILY_REPORT', 'REMIND', 'Unit', g, '2020-01-01', 3, '示例', '示例', 'sample', '/'
           from generate_series(1, 120) g`,
      );
      await page(10); // the session is read (and cached) by the first request
      expect(await page(100)).toBe(await page(10));
      const bad = errorOf(await t.gql(`mutation { markNotificationsRead(ids: ["x"]) }`, {}, tokens.branch));
      expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    });
  });

  describe('reminder rules as data per district', () => {
    const RULES = `query { reminderRules(districtId: 3) { id kind enabled daysBefore atHour townshipAfterDays districtAfterDays districtId } }`;
    const SET = `mutation ($k: ReminderKind!, $i: ReminderRuleInput!) { setReminderRule(districtId: 3, kind: $k, input: $i) { id kind enabled daysBefore townshipAfterDays districtAfterDays } }`;
    const rule = { enabled: true, daysBefore: 5, atHour: 17, townshipAfterDays: 1, districtAfterDays: 2 };

    it('reads the defaults until set, and only a district admin sets them', async () => {
      const r = dataOf(await t.gql<{ reminderRules: { id: string; kind: string }[] }>(RULES, {}, tokens.township));
      expect(r.reminderRules.map((x) => x.kind).sort()).toEqual([
        'DAILY_REPORT',
        'PLAN_ITEM_DEADLINE',
        'RECTIFICATION_DEADLINE',
      ]);
      for (const who of ['leader', 'township', 'branch']) {
        const e = errorOf(await t.gql(SET, { k: 'RECTIFICATION_DEADLINE', i: rule }, tokens[who]));
        expect([who, e.extensions?.code]).toEqual([who, 'FORBIDDEN']);
      }
      const missing = errorOf(
        await t.gql(SET.replace('districtId: 3', 'districtId: 999999'), { k: 'DAILY_REPORT', i: rule }, tokens.admin),
      );
      expect(missing.extensions?.code).toBe('NOT_FOUND');
      const bad = errorOf(
        await t.gql(SET, { k: 'RECTIFICATION_DEADLINE', i: { ...rule, districtAfterDays: 0 } }, tokens.admin),
      );
      expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'districtAfterDays' });
      const ok = dataOf(
        await t.gql<{ setReminderRule: { id: string; daysBefore: number } }>(
          SET,
          { k: 'RECTIFICATION_DEADLINE', i: rule },
          tokens.admin,
        ),
      );
      expect(ok.setReminderRule.daysBefore).toBe(5);
    });

    it('is what the sweep applies: earlier escalation, or none when switched off', async () => {
      await sql(`update rectification set status = 'ASSIGNED', deadline = '2026-12-08' where id = 19`);
      await sweep();
      // Two days late with townshipAfterDays 1 and districtAfterDays 2: both steps (the minister has an account).
      const steps = await sql<{ step: string }>(
        `select distinct step from notification where record_type = 'Rectification' and record_id = 19 order by 1`,
      );
      expect(steps.map((s) => s.step)).toEqual(expect.arrayContaining(['DISTRICT']));
      dataOf(await t.gql(SET, { k: 'PLAN_ITEM_DEADLINE', i: { ...rule, enabled: false } }, tokens.admin));
      await sql(`delete from notification where kind = 'PLAN_ITEM_DEADLINE'`);
      await sweep();
      expect(await sql(`select 1 from notification where kind = 'PLAN_ITEM_DEADLINE'`)).toHaveLength(0);
    });
  });
});

/** A second app instance on the same database, with its own pool, job-queue worker and the same time. */
async function startSecond(t: TestApp): Promise<{ app: App; orm: Awaited<ReturnType<typeof openOrm>> }> {
  const orm = await openOrm({ databaseUrl: urlFor(t.database), poolMax: 5 });
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: urlFor(t.database),
    LOG_LEVEL: 'error',
    STATS_REFRESH_SECONDS: '0',
    INBOX_SWEEP_MINUTES: '0',
  });
  const app = await createApp(config, { orm, now: () => t.clock.now() });
  return { app, orm };
}

async function waitFor(cond: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}
