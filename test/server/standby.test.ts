/**
 * Statistics on a PostgreSQL hot standby (STATS_DATABASE_URL): a real primary and a real streaming
 * standby (PostgreSQL's own initdb, pg_basebackup -R and pg_ctl, on free loopback ports under a
 * temporary folder, as the `postgres` OS user when run as root), the primary filled from the run's
 * demo template, the application in-process on the primary with the standby configured.
 *
 * A write on the primary shows in campaignStats read from the standby within the lag bound; the
 * statements ran there (the app's fivestar_stats_reads_total and the standby's own table counters).
 * With the standby stopped (immediate shutdown) the same queries answer, from the primary, with no
 * error; started again, the reads go back to it.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { freePort, isRoot, pgUserIds } from '../../server/src/db/embedded-postgres';
import { refreshStats } from '../../server/src/modules/stats/stats.service';
import { dataOf, startTestApp, type TestApp } from '../helpers/app';
import { TEST_DB_PREFIX, urlFor } from '../helpers/db';

const BIN = '/usr/lib/postgresql/15/bin';
const TOOLS = ['initdb', 'pg_ctl', 'postgres', 'pg_basebackup', 'pg_dump', 'pg_restore'];
const missing = TOOLS.filter((t) => !fs.existsSync(path.join(BIN, t)));
// In CI (.ci/run installs postgresql-15) a missing binary fails the suite; elsewhere it is skipped with the reason.
const suite = missing.length && !process.env.CI ? describe.skip : describe;
const title = missing.length
  ? `statistics on a hot standby (skipped: ${BIN} lacks ${missing.join(', ')}; apt-get install postgresql-15)`
  : 'statistics on a hot standby (STATS_DATABASE_URL)';

const DEADLINE_MS = 45_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Run a PostgreSQL program (as the postgres OS user when root: initdb and postgres refuse root). */
function run(tool: string, args: string[], opts: { asPostgres?: boolean; cwd: string }): Promise<string> {
  const ids = opts.asPostgres && isRoot() ? pgUserIds() : null;
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(BIN, tool), args, {
      cwd: opts.cwd,
      env: { ...process.env, LC_ALL: 'C', PGCONNECT_TIMEOUT: '5' },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(ids ? { uid: ids.uid, gid: ids.gid } : {}),
    });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (out += b.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${tool} ${args.join(' ')} failed (${code}):\n${out}`)),
    );
  });
}

/** Poll `probe` until it returns a value (not undefined), or fail with `what` past the deadline. */
async function until<T>(what: string, probe: () => Promise<T | undefined>, deadlineMs = DEADLINE_MS): Promise<T> {
  const end = Date.now() + deadlineMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await sleep(100);
  }
}

async function query<T>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  c.on('error', () => undefined);
  await c.connect();
  try {
    return (await c.query(sql, values)).rows as T[];
  } finally {
    await c.end();
  }
}

const CAMPAIGN_STATS = `query StandbyStats($u: ID!, $y: Int!) {
  campaignStats(unitId: $u, year: $y) { asOf figures { branches dailyReports { submitted expected } } byChild { unitId figures { dailyReports { submitted } } } }
}`;
interface CampaignStatsAnswer {
  campaignStats: {
    asOf: string;
    figures: { branches: number; dailyReports: { submitted: number; expected: number } };
    byChild: { unitId: string; figures: { dailyReports: { submitted: number } } }[];
  };
}
const OTHERS = `query StandbyOthers($u: ID!, $from: String!, $to: String!, $y: Int!, $q: Int!) {
  trend(unitId: $u, metric: DAILY_REPORT_RATE, from: $from, to: $to) { periodStart value }
  quarterlyRanking(unitId: $u, year: $y, quarter: $q) { rows { unitId rank score } }
  supervisionStats(withinId: $u) { planned inProgress completed findings openRectifications closedRectifications }
}`;

suite(title, () => {
  // /var/tmp: reachable by the postgres OS user when run as root (as for the embedded server).
  let dir = '';
  let primaryDir = '';
  let standbyDir = '';
  const database = `${TEST_DB_PREFIX}standby_${process.env.FIVESTAR_TEST_RUN ?? 'x'}_${process.pid}`;
  let primaryPort = 0;
  let standbyPort = 0;
  const primaryUrl = (db = 'postgres') => `postgres://postgres@127.0.0.1:${primaryPort}/${db}`;
  const standbyUrl = (db = 'postgres') => `postgres://postgres@127.0.0.1:${standbyPort}/${db}`;
  const logLines: { level: string; msg: string }[] = [];
  let t: TestApp | undefined;
  let leader = '';
  let districtId = '';
  const year = () => Number(t!.clock.now().toISOString().slice(0, 4));

  const pgCtl = (dataDir: string, port: number, action: string[]) =>
    run(
      'pg_ctl',
      [
        '-D',
        dataDir,
        '-l',
        `${dataDir}.log`,
        '-w',
        '-t',
        '90',
        '-o',
        `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
        ...action,
      ],
      { asPostgres: true, cwd: dir },
    );
  const stopServer = async (dataDir: string) => {
    if (!fs.existsSync(path.join(dataDir, 'postmaster.pid'))) return;
    await run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', '-t', '30', 'stop'], { asPostgres: true, cwd: dir });
  };

  /** fivestar_stats_reads_total by source, and the replica gauges, from the app's /metrics. */
  async function metrics(): Promise<{ replica: number; primary: number; inUse: number; lag: number | null }> {
    const body = await (await fetch(`http://127.0.0.1:${t!.app.metricsPort()}/metrics`)).text();
    const value = (re: RegExp) => {
      const m = re.exec(body);
      return m ? Number(m[1]) : null;
    };
    return {
      replica: value(/^fivestar_stats_reads_total\{source="replica"\} (\S+)$/m) ?? 0,
      primary: value(/^fivestar_stats_reads_total\{source="primary"\} (\S+)$/m) ?? 0,
      inUse: value(/^fivestar_stats_replica_in_use (\S+)$/m) ?? -1,
      lag: value(/^fivestar_stats_replica_lag_seconds (\S+)$/m),
    };
  }

  const stats = async () =>
    dataOf(await t!.gql<CampaignStatsAnswer>(CAMPAIGN_STATS, { u: districtId, y: year() }, leader)).campaignStats;
  const others = async () => {
    const today = t!.clock.now().toISOString().slice(0, 10);
    const r = await t!.gql(
      OTHERS,
      {
        u: districtId,
        from: `${today.slice(0, 4)}-01-01`,
        to: today,
        y: year(),
        q: Math.ceil(Number(today.slice(5, 7)) / 3),
      },
      leader,
    );
    return dataOf(r);
  };

  /** Scans of the demo tables counted by the standby itself (its statistics are its own, not the primary's). */
  const standbyScans = async () =>
    Number(
      (
        await query<{ n: string }>(
          standbyUrl(database),
          `select coalesce(sum(coalesce(seq_scan, 0) + coalesce(idx_scan, 0)), 0) as n from pg_stat_user_tables`,
        )
      )[0].n,
    );

  /** A daily report on the primary for a branch and day of this year that has none: reports submitted + 1. */
  async function writeReport(): Promise<void> {
    await query(
      primaryUrl(database),
      `insert into daily_report (unit_id, report_date, done_today, reporter_id, reporter_name)
       select b.id, d.day, '备库测试', (select id from app_user order by id limit 1), '书记'
       from unit b
       cross join lateral (
         select d::date as day from generate_series((now() at time zone 'Asia/Shanghai')::date, date_trunc('year', now() at time zone 'Asia/Shanghai')::date, interval '-1 day') d
         where not exists (select 1 from daily_report r where r.unit_id = b.id and r.report_date = d::date) limit 1
       ) d
       where b.level = 'BRANCH' and b.path like (select path from unit where id = $1) || '%'
       order by b.id limit 1`,
      [Number(districtId)],
    );
  }

  beforeAll(async () => {
    dir = fs.mkdtempSync('/var/tmp/fivestar-standby-');
    primaryDir = path.join(dir, 'primary');
    standbyDir = path.join(dir, 'standby');
    fs.chmodSync(dir, 0o755);
    if (isRoot()) {
      const { uid, gid } = pgUserIds();
      fs.chownSync(dir, uid, gid);
    }
    primaryPort = await freePort();
    standbyPort = await freePort();
    while (standbyPort === primaryPort) standbyPort = await freePort();

    // The primary: WAL for a streaming standby, replication connections trusted on loopback.
    await run('initdb', ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale', '-N'], {
      asPostgres: true,
      cwd: dir,
    });
    fs.appendFileSync(
      path.join(primaryDir, 'postgresql.conf'),
      [
        'wal_level = replica',
        'max_wal_senders = 5',
        'wal_keep_size = 256MB',
        'hot_standby = on',
        'hot_standby_feedback = on',
        'fsync = off',
        'shared_buffers = 32MB',
        'max_connections = 80',
        '',
      ].join('\n'),
    );
    fs.appendFileSync(path.join(primaryDir, 'pg_hba.conf'), 'host replication all 127.0.0.1/32 trust\n');
    await pgCtl(primaryDir, primaryPort, ['start']);

    // The demo data: the run's template database, copied onto the primary.
    const dump = path.join(dir, 'template.dump');
    await run('pg_dump', ['-Fc', '-f', dump, '-d', urlFor(process.env.FIVESTAR_TEST_TEMPLATE!)], { cwd: dir });
    await query(primaryUrl(), `create database "${database}"`);
    await run('pg_restore', ['--no-owner', '--no-acl', '-d', primaryUrl(database), dump], { cwd: dir });

    // The standby: a base backup with -R (standby.signal, primary_conninfo), then started.
    await run(
      'pg_basebackup',
      [
        '-h',
        '127.0.0.1',
        '-p',
        String(primaryPort),
        '-U',
        'postgres',
        '-D',
        standbyDir,
        '-R',
        '-X',
        'stream',
        '-c',
        'fast',
      ],
      {
        asPostgres: true,
        cwd: dir,
      },
    );
    expect(fs.existsSync(path.join(standbyDir, 'standby.signal'))).toBe(true);
    await pgCtl(standbyDir, standbyPort, ['start']);
    await until('the standby to be in recovery', async () =>
      (await query<{ r: boolean }>(standbyUrl(database), 'select pg_is_in_recovery() as r'))[0].r ? true : undefined,
    );

    t = await startTestApp({
      databaseUrl: primaryUrl(database),
      env: {
        STATS_DATABASE_URL: standbyUrl(database),
        STATS_MAX_LAG_SECONDS: '5',
        METRICS_PORT: '0',
        LOG_LEVEL: 'info',
      },
      logDestination: {
        write: (s: string) => {
          for (const line of s.split('\n').filter(Boolean)) {
            try {
              logLines.push(JSON.parse(line) as { level: string; msg: string });
            } catch {
              // not a JSON line
            }
          }
        },
      },
    });
    leader = await t.login('leader');
    districtId = String(
      (
        await query<{ id: number }>(
          primaryUrl(database),
          `select id from unit where level = 'DISTRICT' order by id limit 1`,
        )
      )[0].id,
    );
  }, 120_000);

  afterAll(async () => {
    await t?.close().catch(() => undefined);
    for (const d of [standbyDir, primaryDir]) if (d) await stopServer(d).catch(() => undefined);
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  let submitted = 0;
  let answers: unknown;

  it('answers from the standby, and shows a write on the primary within the lag bound', async () => {
    await until('the standby to be in use', async () => ((await metrics()).inUse === 1 ? true : undefined));
    const m0 = await metrics();
    const scans0 = await standbyScans();
    submitted = (await stats()).figures.dailyReports.submitted;

    await writeReport();
    const wrote = Date.now();
    await until('the report to show in campaignStats', async () =>
      (await stats()).figures.dailyReports.submitted === submitted + 1 ? true : undefined,
    );
    const seenAfterMs = Date.now() - wrote;
    submitted += 1;
    expect((await metrics()).replica).toBeGreaterThan(m0.replica);
    // The standby itself counted the statements' scans.
    await until('the standby to count the scans', async () => ((await standbyScans()) > scans0 ? true : undefined));

    // The rollup refreshed on the primary reaches the standby; the figure stays.
    expect(await refreshStats(t!.orm.em.fork(), t!.clock.now())).toBeGreaterThan(0);
    await until('the refreshed rollup on the standby', async () => {
      const [r] = await query<{ stale: string }>(
        standbyUrl(database),
        `select count(*) filter (where touched <> computed) as stale from stats_unit`,
      );
      return Number(r.stale) === 0 ? true : undefined;
    });
    expect((await stats()).figures.dailyReports.submitted).toBe(submitted);

    // The ranking, the trend and the dashboard's supervision counts run there too (all three reads
    // of one request; a request right after a moment of lag may fall back, which is no failure).
    await until('the trend, the ranking and the supervision counts from the standby', async () => {
      const before = await metrics();
      answers = await others();
      const after = await metrics();
      return after.replica === before.replica + 3 && after.primary === before.primary ? true : undefined;
    });
    const after = await metrics();
    process.stdout.write(
      `standby: a write on the primary showed in campaignStats after ${seenAfterMs} ms; lag at the last check ${after.lag} s\n`,
    );
  });

  it('answers the same from the primary, with no error, while the standby is down', async () => {
    await stopServer(standbyDir);
    const m0 = await metrics();
    // At once (the last check may still say "standby": then a statement fails there and runs again on the primary).
    expect((await stats()).figures.dailyReports.submitted).toBe(submitted);
    expect(await others()).toEqual(answers);
    // A write shows at once: the primary answers.
    await writeReport();
    submitted += 1;
    expect((await stats()).figures.dailyReports.submitted).toBe(submitted);
    answers = await others(); // the report moved this month's report rate
    const m1 = await metrics();
    expect(m1.replica).toBe(m0.replica);
    expect(m1.primary).toBeGreaterThanOrEqual(m0.primary + 4);
    expect(m1.inUse).toBe(0);
    const warning = logLines.find((l) => l.level === 'warn' && l.msg.startsWith('statistics reads: on the primary'));
    expect(warning).toBeDefined();
    process.stdout.write(`standby stopped: ${warning!.msg}\n`);
    expect(logLines.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('goes back to the standby once it is up again', async () => {
    const warned = logLines.length;
    await pgCtl(standbyDir, standbyPort, ['start']);
    const started = Date.now();
    const m0 = await metrics();
    await until('campaignStats from the standby again', async () => {
      const s = await stats();
      const m = await metrics();
      return m.replica > m0.replica && s.figures.dailyReports.submitted === submitted ? true : undefined;
    });
    process.stdout.write(`standby restarted: reads back on it after ${Date.now() - started} ms\n`);
    expect(await others()).toEqual(answers);
    expect(
      logLines.slice(warned).some((l) => l.level === 'info' && l.msg.startsWith('statistics reads: on the replica')),
    ).toBe(true);
    expect(logLines.filter((l) => l.level === 'error')).toEqual([]);
  });
  it('falls back to the primary while the standby lags more than STATS_MAX_LAG_SECONDS', async () => {
    await until('the standby to be in use', async () => ((await metrics()).inUse === 1 ? true : undefined));
    const warned = logLines.length;
    await query(standbyUrl(database), 'select pg_wal_replay_pause()');
    try {
      await writeReport();
      submitted += 1;
      // Answers may lag (within the bound) until the replay is 5 s old; then the primary answers.
      await until('the primary to answer while the standby lags', async () =>
        (await stats()).figures.dailyReports.submitted === submitted && (await metrics()).inUse === 0
          ? true
          : undefined,
      );
      const warning = logLines.slice(warned).find((l) => l.level === 'warn' && / lags /.test(l.msg));
      expect(warning).toBeDefined();
      process.stdout.write(`standby paused: ${warning!.msg}\n`);
    } finally {
      await query(standbyUrl(database), 'select pg_wal_replay_resume()');
    }
    const m0 = await metrics();
    await until('campaignStats from the standby after the replay resumed', async () => {
      const s = await stats();
      return (await metrics()).replica > m0.replica && s.figures.dailyReports.submitted === submitted
        ? true
        : undefined;
    });
  });

  it('runs a statement that fails on the standby midway once more on the primary', async () => {
    await until('the standby to be in use', async () => ((await metrics()).inUse === 1 ? true : undefined));
    const warned = logLines.length;
    // Before the lock: /metrics reads the rollup tables (its stale-rows gauges), on the primary.
    const m0 = await metrics();
    // A lock taken on the primary is replayed on the standby: the statistics statement waits there.
    const locker = new Client({ connectionString: primaryUrl(database) });
    locker.on('error', () => undefined);
    await locker.connect();
    try {
      await locker.query('begin');
      await locker.query('lock table stats_township in access exclusive mode');
      await until('the lock on the standby', async () => {
        const rows = await query(
          standbyUrl(database),
          `select 1 from pg_locks l join pg_class c on c.oid = l.relation
            where c.relname = 'stats_township' and l.mode = 'AccessExclusiveLock'`,
        );
        return rows.length ? true : undefined;
      });
      const answer = stats();
      // The statement waits on the standby: end its connection there, as a failing standby would.
      await until('the statement waiting on the standby, ended', async () => {
        const rows = await query<{ ended: boolean }>(
          standbyUrl(database),
          `select pg_terminate_backend(pid) as ended from pg_stat_activity
            where datname = $1 and backend_type = 'client backend' and wait_event_type = 'Lock'`,
          [database],
        );
        return rows.some((r) => r.ended) ? true : undefined;
      });
      await locker.query('rollback');
      expect((await answer).figures.dailyReports.submitted).toBe(submitted);
      const m1 = await metrics();
      expect(m1.replica).toBe(m0.replica);
      expect(m1.primary).toBe(m0.primary + 1);
      const warning = logLines.slice(warned).find((l) => l.level === 'warn' && /a statement failed there/.test(l.msg));
      expect(warning).toBeDefined();
      process.stdout.write(`statement ended on the standby: ${warning!.msg}\n`);
    } finally {
      await locker.query('rollback').catch(() => undefined);
      await locker.end();
    }
    // And back on the standby with the next check.
    const m2 = await metrics();
    await until('campaignStats from the standby again', async () => {
      await stats();
      return (await metrics()).replica > m2.replica ? true : undefined;
    });
    expect(logLines.filter((l) => l.level === 'error')).toEqual([]);
  });
});
