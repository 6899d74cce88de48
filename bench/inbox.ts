/**
 * myTasks (待办) on the province data set: p50/p95/max over sequential requests through HTTP, per
 * kind of user (a province leader sees every review stage of 1,700 townships' branches; a branch
 * user only their own; a community's staff their resident requests), and how long one reminder
 * sweep takes over the whole province. Adds 学讲评 list items, resident requests and tests at
 * province scale first (addKindsAtScale), as the generator makes them for the demo district only.
 *
 *   npm run bench:inbox [-- --database fivestar_bench_province --requests 200 --sweep 0|1]
 *
 * Generates the province data set first when the database is missing (bench/generate.ts). Uses
 * DATABASE_URL's server, or the embedded PostgreSQL under .data/bench. Prints a table (Markdown).
 */
import 'reflect-metadata';
import { Client } from 'pg';
import { createApp } from '../server/src/app';
import { loadConfig } from '../server/src/config';
import { openOrm } from '../server/src/db/orm';
import { sweepReminders } from '../server/src/modules/inbox/public';
import { benchServer, generate } from './generate';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

const QUERY = '{ myTasks(dueWithinDays: 7, first: 20) { total kinds { kind count } items { kind recordId link } } }';

async function main() {
  const database = arg('database', 'fivestar_bench_province');
  const requests = Number(arg('requests', '200'));
  const { adminUrl, pg } = await benchServer();
  try {
    const u = new URL(adminUrl);
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    const exists = (await admin.query('select 1 from pg_database where datname = $1', [database])).rowCount;
    await admin.end();
    if (!exists) {
      console.log(`generating the province data set into ${database} …`);
      await generate({ scale: 'province', adminUrl, database, log: console.log });
    }
    u.pathname = `/${database}`;
    const url = u.toString();
    const db = new Client({ connectionString: url });
    await db.connect();
    // The migrations of this branch, if the data set predates them.
    const orm0 = await openOrm({ databaseUrl: url, poolMax: 1 });
    await orm0.getMigrator().up();
    await orm0.close(true);
    await addKindsAtScale(db);
    const size = (
      await db.query(
        `select (select count(*) from unit where level = 'BRANCH') as branches, (select count(*) from star_application) as applications,
                (select count(*) from plan_item) as plan_items, (select count(*) from rectification) as rectifications,
                (select count(*) from meeting_item) as meeting_items, (select count(*) from resident_request) as requests,
                (select count(*) from test_session) as tests,
                (select count(*) from test_session where opens_at <= now() and closes_at > now()) as open_tests`,
      )
    ).rows[0];

    const orm = await openOrm({ databaseUrl: url, poolMax: 10 });
    const config = loadConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: url,
      RATE_LIMIT_USER_PER_MINUTE: '1000000',
      STATS_REFRESH_SECONDS: '0',
      INBOX_SWEEP_MINUTES: '0',
      JOB_QUEUE: '0',
    });
    const app = await createApp(config, { orm });
    const port = await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${port}/graphql`;
    const post = async (query: string, token?: string) => {
      const r = await fetch(base, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query }),
      });
      return (await r.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    };
    const rows: string[][] = [];
    try {
      for (const [username, who] of [
        ['province', '省级领导 province leader'],
        ['admin', '区级管理员 district admin'],
        ['taskforce', '专班 task force'],
        ['township', '乡镇 township staff'],
        ['branch', '支部 branch staff'],
        ['jianxin', '社区 community staff (民情)'],
      ]) {
        const login = await post(`mutation { login(username: "${username}", password: "fivestar") { token } }`);
        const token = (login.data?.login as { token: string } | undefined)?.token;
        // The province leader exists only in the province data set (bench/generate.ts).
        if (!token) {
          console.log(`(no user ${username} here: skipped)`);
          continue;
        }
        let total = 0;
        for (let i = 0; i < 10; i++) await post(QUERY, token); // warm-up
        const times: number[] = [];
        for (let i = 0; i < requests; i++) {
          const t0 = performance.now();
          const r = await post(QUERY, token);
          times.push(performance.now() - t0);
          if (r.errors) throw new Error(JSON.stringify(r.errors));
          total = (r.data!.myTasks as { total: number }).total;
        }
        rows.push([
          who,
          String(total),
          pct(times, 50).toFixed(1),
          pct(times, 95).toFixed(1),
          Math.max(...times).toFixed(1),
        ]);
      }
      // The table first: a sweep of the whole province may take long, and must not swallow it.
      console.log(
        `\nData set ${database}: ${size.branches} branches, ${size.applications} applications, ${size.plan_items} plan items, ${size.rectifications} rectifications, ${size.meeting_items} 学讲评 list items, ${size.requests} resident requests, ${size.tests} test sessions (${size.open_tests} open now); ${requests} sequential requests per user.\n`,
      );
      console.log('| user | tasks | p50 ms | p95 ms | max ms |');
      console.log('|---|---:|---:|---:|---:|');
      for (const r of rows) console.log(`| ${r.join(' | ')} |`);
      if (arg('sweep', '1') === '0') return;
      const t0 = performance.now();
      const sent = await sweepReminders(orm.em.fork(), new Date());
      const first = performance.now() - t0;
      const t1 = performance.now();
      await sweepReminders(orm.em.fork(), new Date());
      const again = performance.now() - t1;
      console.log(
        `\nReminder sweep over the whole data set: ${first.toFixed(0)} ms (${sent} notifications sent), again right after: ${again.toFixed(0)} ms (nothing new).`,
      );
    } finally {
      await app.stop();
      await orm.close(true);
      await db.end();
    }
  } finally {
    await pg?.stop();
  }
}

/**
 * The province data set (bench/generate.ts) holds 学讲评 meetings, resident requests and tests only in
 * the demo district: give every branch a meeting with a problem, a difficulty and a method owned by its
 * secretary, every community four requests at four stages, every district a closed and an open test
 * for its secretaries, and the province one open test for every branch secretary — so that the three
 * kinds of myTasks that read them run against province-sized tables. Once per database.
 */
async function addKindsAtScale(db: Client): Promise<void> {
  const done = await db.query(`select 1 from meeting where theme = '学讲评（基准）' limit 1`);
  if (done.rowCount) return;
  const t0 = performance.now();
  await db.query(`
    begin;
    set local session_replication_role = replica;
    insert into meeting (unit_id, date, theme, attendee_ids, study_content, speeches, evaluations, recorded_by)
    select u.id, date '2026-11-01', '学讲评（基准）', '[]', '学习（基准）', '[]', '[]', 1 from unit u where u.code like 'B-B%';
    insert into meeting_item (meeting_id, unit_id, kind, content, owner_unit_id, owner_person_id, deadline, status, answers_ids)
    select m.id, m.unit_id, k.kind, '清单事项（基准）', m.unit_id, p.id, date '2026-11-15' + ((m.id * 7 + k.n * 13) % 90),
           case when (m.id + k.n) % 5 < 2 then 'CLOSED' else 'OPEN' end, '[]'
      from meeting m join person p on p.unit_id = m.unit_id and p.name = '书记' || m.unit_id
     cross join (values (1, 'PROBLEM'), (2, 'DIFFICULTY'), (3, 'METHOD')) k(n, kind)
     where m.theme = '学讲评（基准）';
    insert into resident_request (unit_id, origin_unit_id, tracking_code, channel, category, stage, title, content, anonymous, received_at, deadline)
    select u.id, u.id, 'B' || u.id || '-' || s.n, 'LETTER', 'HELP', s.stage, '诉求（基准）', '内容（基准）', true,
           timestamptz '2026-11-20 10:00+08', case when s.stage <> 'REGISTERED' then date '2026-12-04' + s.n end
      from unit u cross join (values (1, 'REGISTERED'), (2, 'ACCEPTED'), (3, 'HANDLING'), (4, 'CLOSED')) s(n, stage)
     where u.code like 'B-B%' and u.category = 'COMMUNITY';
    insert into test_session (organizer_unit_id, title, audience_unit_ids, audience_roles, opens_at, closes_at, test_date, time_limit_minutes, pass_mark, paper_mode)
    select d.id, d.name || '应知应会测试（基准）', array[d.id], array['BRANCH_SECRETARY', 'TOWNSHIP_SECRETARY'], w.opens, w.closes,
           (w.opens at time zone 'Asia/Shanghai')::date, 30, 60, 'FIXED'
      from unit d cross join (values (timestamptz '2026-10-01 09:00+08', timestamptz '2026-10-15 18:00+08'),
                                     (now() - interval '1 day', now() + interval '60 days')) w(opens, closes)
     where d.level in ('DISTRICT', 'PROVINCE');
    commit;
    analyze meeting; analyze meeting_item; analyze resident_request; analyze test_session;`);
  console.log(
    `added meetings, requests and tests at province scale: ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
