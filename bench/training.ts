/**
 * `npm run bench:training [-- --takers 5000 --concurrency 16 --province 50000 --rounds 20]` — not a test.
 *
 * 1. Takers answering and submitting: a district of N branch secretaries (N = --takers), each with an
 *    account, takes a 10-question test through the real app over HTTP (startAttempt, 10 × saveAnswer,
 *    submitAttempt), `--concurrency` at a time. Prints req/s and p50/p95 of each operation.
 * 2. Results of one province-wide session: a tree of --province branches whose secretaries all took
 *    the test (10 items each); the results statement (training.sql.ts resultsSql) and the item
 *    statistics statement, --rounds times each: p50/p95.
 * Uses DATABASE_URL's server (or an embedded one) and its own database, fivestar_bench_training.
 */
import 'reflect-metadata';
import crypto from 'node:crypto';
import { Client } from 'pg';
import { createApp } from '../server/src/app';
import { loadConfig } from '../server/src/config';
import { openOrm } from '../server/src/db/orm';
import { seedDemo } from '../server/src/db/demo/seed';
import { itemStatsSql, resultsSql } from '../server/src/modules/training/training.sql';
import { benchServer } from './generate';

const DATABASE = 'fivestar_bench_training';

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
};

/** A district under the demo city: townships × branches, each branch's secretary; returns the district. */
async function tree(
  db: Client,
  name: string,
  townships: number,
  perTownship: number,
): Promise<{ id: number; path: string }> {
  const city = (await db.query(`select id, path from unit where level = 'CITY' order by id limit 1`)).rows[0];
  const d = (
    await db.query(
      `with i as (select nextval('unit_id_seq')::int as id)
       insert into unit (id, name, level, parent_id, path, depth) select id, $1, 'DISTRICT', $2, $3 || id || '.', 2 from i
       returning id, path`,
      [name, city.id, city.path],
    )
  ).rows[0];
  await db.query(
    `with i as (select nextval('unit_id_seq')::int as id, g from generate_series(1, $3::int) g)
     insert into unit (id, name, level, township_kind, parent_id, path, depth, sort_order)
     select id, $4 || '乡镇' || g, 'TOWNSHIP', 'TOWN', $1, $2 || id || '.', 3, g from i`,
    [d.id, d.path, townships, name],
  );
  await db.query(
    `with t as (select id, path from unit where parent_id = $1),
     i as (select t.id as tid, t.path as tpath, nextval('unit_id_seq')::int as id, g from t, generate_series(1, $2::int) g)
     insert into unit (id, name, level, branch_kind, category, parent_id, path, depth, sort_order)
     select id, '支部' || id, 'BRANCH', 'PARTY_BRANCH', 'RURAL', tid, tpath || id || '.', 4, g from i`,
    [d.id, perTownship],
  );
  await db.query(
    `with b as (select id from unit where path like $1 || '%' and level = 'BRANCH'),
     p as (insert into person (name, unit_id) select '书记' || id, id from b returning id, unit_id)
     insert into position (person_id, role, unit_id, scope_unit_id, start_date)
     select id, 'BRANCH_SECRETARY', unit_id, unit_id, '2020-01-01' from p`,
    [d.path],
  );
  return d;
}

async function session(db: Client, district: { id: number }, questions: number[]): Promise<number> {
  return (
    await db.query(
      `insert into test_session (organizer_unit_id, title, audience_unit_ids, audience_roles, opens_at, closes_at, test_date,
         time_limit_minutes, pass_mark, paper_mode, fixed_question_ids)
       values ($1, '压测', $2::int[], '{BRANCH_SECRETARY}', now() - interval '1 hour', now() + interval '1 day',
               (now() at time zone 'Asia/Shanghai')::date, 120, 60, 'FIXED', $3::int[]) returning id`,
      [district.id, `{${district.id}}`, `{${questions.join(',')}}`],
    )
  ).rows[0].id;
}

async function main() {
  const takers = arg('takers', 5000);
  const concurrency = arg('concurrency', 16);
  const province = arg('province', 50000);
  const rounds = arg('rounds', 20);
  const { adminUrl, pg } = await benchServer();
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${DATABASE}`);
  await admin.query(`create database ${DATABASE}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${DATABASE}`;
  const orm = await openOrm({ databaseUrl: url.toString(), poolMax: 20 });
  await orm.getMigrator().up();
  await seedDemo(orm.em.fork());
  const db = new Client({ connectionString: url.toString() });
  await db.connect();
  const rows: string[][] = [];
  try {
    // ---- 1. takers over HTTP ---------------------------------------------------------------
    console.log(`generating ${takers.toLocaleString('en')} takers …`);
    const perTownship = 100;
    const district = await tree(db, '压测区', Math.ceil(takers / perTownship), perTownship);
    const qs = (
      await db.query(
        `with q as (insert into question (owner_unit_id, kind, stem, options, answer, difficulty)
                    select $1, 'SINGLE', '压测题 ' || g, '["甲","乙","丙","丁"]', '[1]', 1 + g % 3 from generate_series(1, 10) g returning *)
         , v as (insert into question_version (question_id, version_no, kind, stem, options, answer) select id, 1, kind, stem, options, answer from q)
         select id from q order by id`,
        [district.id],
      )
    ).rows.map((r) => Number(r.id));
    const sessionId = await session(db, district, qs);
    // Accounts with a known session token each (hash as the app stores it), so that no sign-in is measured.
    const tokens = Array.from(
      { length: takers },
      (_, i) => `bench-training-${i}-${crypto.randomBytes(8).toString('hex')}`,
    );
    const people = (
      await db.query(
        `select p.id, p.unit_id from person p join unit u on u.id = p.unit_id where u.path like $1 || '%' order by p.id limit $2`,
        [district.path, takers],
      )
    ).rows;
    for (let i = 0; i < people.length; i += 1000) {
      const chunk = people.slice(i, i + 1000);
      await db.query(
        `with x as (select * from unnest($1::int[], $2::int[], $3::text[]) as t(person_id, unit_id, hash)),
         u as (insert into app_user (username, display_name, password_hash, person_id, unit_id)
               select 'bench' || person_id, '书记' || person_id, 'x', person_id, unit_id from x returning id, person_id, unit_id),
         r as (insert into role_assignment (user_id, role, unit_id) select id, 'BRANCH_STAFF', unit_id from u)
         insert into auth_token (user_id, kind, token_hash, expires_at)
         select u.id, 'SESSION', x.hash, now() + interval '1 day' from u join x on x.person_id = u.person_id`,
        [
          chunk.map((p) => p.id),
          chunk.map((p) => p.unit_id),
          chunk.map((_, k) =>
            crypto
              .createHash('sha256')
              .update(tokens[i + k])
              .digest('hex'),
          ),
        ],
      );
    }
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: url.toString(),
      LOG_LEVEL: 'error',
      STATS_REFRESH_SECONDS: '0',
      RATE_LIMIT_USER_PER_MINUTE: '1000000',
      DB_POOL_MAX: '20',
    });
    const app = await createApp(config, {});
    const port = await app.listen(0, '127.0.0.1');
    const times: Record<string, number[]> = { startAttempt: [], saveAnswer: [], submitAttempt: [] };
    const call = async (op: string, token: string, query: string, variables: Record<string, unknown>) => {
      const t0 = performance.now();
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as {
        data?: Record<string, { id?: string; questions?: { position: number }[] }>;
        errors?: unknown;
      };
      times[op].push(performance.now() - t0);
      if (body.errors) throw new Error(`${op}: ${JSON.stringify(body.errors)}`);
      return body.data!;
    };
    console.log(`${takers.toLocaleString('en')} takers, ${concurrency} at a time …`);
    let next = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < tokens.length) {
          const token = tokens[next++];
          const a = (
            await call(
              'startAttempt',
              token,
              'mutation ($s: ID!) { startAttempt(sessionId: $s) { id questions { position } } }',
              { s: String(sessionId) },
            )
          ).startAttempt!;
          for (const q of a.questions!)
            await call(
              'saveAnswer',
              token,
              'mutation ($a: ID!, $p: Int!, $x: [String!]!) { saveAnswer(attemptId: $a, position: $p, answer: $x) { position } }',
              {
                a: a.id,
                p: q.position,
                x: [String(q.position % 4)],
              },
            );
          await call('submitAttempt', token, 'mutation ($a: ID!) { submitAttempt(attemptId: $a) { id score } }', {
            a: a.id,
          });
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    await app.stop();
    const requests = Object.values(times).reduce((n, x) => n + x.length, 0);
    rows.push([
      'takers answering and submitting',
      `${takers.toLocaleString('en')} takers, ${requests.toLocaleString('en')} requests in ${seconds.toFixed(0)} s`,
      `${(requests / seconds).toFixed(0)} req/s`,
    ]);
    for (const [op, xs] of Object.entries(times))
      rows.push([
        op,
        `${xs.length.toLocaleString('en')} calls`,
        `p50 ${pct(xs, 50).toFixed(1)} ms · p95 ${pct(xs, 95).toFixed(1)} ms`,
      ]);

    printRows(rows.splice(0));

    // ---- 2. one province-wide session's results ---------------------------------------------
    console.log(`generating a session of ${province.toLocaleString('en')} takers …`);
    // A bulk load around the per-row triggers: they would report every one of the 50,000 units to the
    // statistics' rollups row by row, and the rollups are not what this part measures (the results
    // statement reads the attempts themselves).
    await db.query('set session_replication_role = replica');
    const big = await tree(db, '压测省域', Math.ceil(province / 100), 100);
    const bigSession = await session(db, big, qs);
    await db.query(
      `with a as (
         insert into test_attempt (session_id, person_id, unit_id, attempt_no, status, started_at, deadline, ended_at, question_count)
         select $1, e.person_id, e.unit_id, 1, 'SUBMITTED', now(), now(), now(), 10
         from test_session s, training_expected(s.audience_roles, s.audience_unit_ids, s.test_date) e where s.id = $1
           and abs(hashtext(e.person_id::text)) % 100 < 97
         returning id)
       insert into attempt_item (attempt_id, position, question_version_id, option_order, answer, correct)
       select a.id, k, v.id, '{0,1,2,3}', '["1"]', abs(hashtext(a.id || ':' || k)) % 100 < 70
       from a cross join generate_series(1, 10) k join question_version v on v.question_id = ($2::int[])[k]`,
      [bigSession, qs],
    );
    await db.query(
      `update test_attempt a set correct_count = c.n, score = 10 * c.n
       from (select attempt_id, count(*) filter (where correct)::int as n from attempt_item i join test_attempt t on t.id = i.attempt_id
             where t.session_id = $1 group by attempt_id) c where c.attempt_id = a.id`,
      [bigSession],
    );
    await db.query('set session_replication_role = origin');
    await db.query('analyze');
    const [root] = (await db.query('select id, path, depth from unit where id = $1', [big.id])).rows;
    const run = async (sql: string, params: unknown[]) => {
      const xs: number[] = [];
      let last: unknown;
      for (let r = 0; r < rounds; r++) {
        const t = performance.now();
        // pg numbers its parameters; the app's statements use ?.
        let n = 0;
        last = (
          await db.query(
            sql.replace(/\?/g, () => `$${++n}`),
            params,
          )
        ).rows[0];
        xs.push(performance.now() - t);
      }
      return { xs, last };
    };
    const res = await run(resultsSql, [bigSession, new Date(), `${root.path}%`, root.depth + 2]);
    const r = (res.last as { result: { expected: number; took: number } }).result;
    rows.push([
      `results of one session (${r.expected.toLocaleString('en')} expected, ${r.took.toLocaleString('en')} took)`,
      `${rounds} runs of one statement`,
      `p50 ${pct(res.xs, 50).toFixed(0)} ms · p95 ${pct(res.xs, 95).toFixed(0)} ms`,
    ]);
    const items = await run(itemStatsSql, [bigSession, new Date(), `${root.path}%`]);
    rows.push([
      'item statistics of that session (10 questions)',
      `${rounds} runs of one statement`,
      `p50 ${pct(items.xs, 50).toFixed(0)} ms · p95 ${pct(items.xs, 95).toFixed(0)} ms`,
    ]);
  } finally {
    await db.end();
    await orm.close();
    await pg?.stop();
  }
  printRows(rows);
}

/** Each part prints its rows as it ends (a long second part must not lose the first one's). */
function printRows(rows: string[][]): void {
  if (!rows.length) return;
  console.log('\n| measured | volume | figure |\n|---|---|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
