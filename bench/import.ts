/**
 * `npm run bench:import` — spreadsheet imports at scale (not a test): a province-shaped import
 * (1,700 township-level units, 50,000 branches, 200,000 people, 200,000 positions) and a district
 * file (200 branches, 1,100 people), each as a dry run and as a commit, through POST /imports/{kind}
 * of a real server process; prints a table with each step's time and the server's peak RSS during it.
 * Uses DATABASE_URL's server (or an embedded one) and its own database, fivestar_bench_imports.
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { Client } from 'pg';
import { projectRoot } from '../server/src/config';
import { openOrm } from '../server/src/db/orm';
import { seedDemo } from '../server/src/db/demo/seed';
import { benchServer } from './generate';

const DATABASE = 'fivestar_bench_imports';
const UNIT_HEADINGS = ['单位编码', '单位名称', '层级', '上级单位编码', '乡镇级类别', '党组织类别', '支部类别'];
const PEOPLE_HEADINGS = ['所属单位编码', '姓名', '手机号'];
const POSITION_HEADINGS = ['人员所属单位编码', '人员手机号', '职务', '任职单位编码', '开始日期'];

async function writeXlsx(
  file: string,
  sheet: string,
  headings: string[],
  rows: Iterable<(string | Date | null)[]>,
): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet(sheet);
  ws.addRow(headings).commit();
  for (const r of rows) ws.addRow(r).commit();
  ws.commit();
  await wb.commit();
  return fs.statSync(file).size;
}

const phone = (n: number) => `1${String(3_000_000_000 + n).padStart(10, '0')}`;

/** The shape of a file set: townships per district, branches per township, people (and positions) per branch. */
interface Shape {
  name: string;
  districts: string[];
  townshipsPerDistrict: number;
  branchesPerTownship: number;
  peoplePerBranch: number;
  /** Township-level units already there (a district file fills existing townships). */
  existingTownships?: string[];
}

function* unitRows(s: Shape): Generator<(string | null)[]> {
  const townships =
    s.existingTownships ??
    s.districts.flatMap((d, di) => Array.from({ length: s.townshipsPerDistrict }, (_, i) => `${s.name}-T${di}-${i}`));
  if (!s.existingTownships) {
    let k = 0;
    for (const [di, d] of s.districts.entries())
      for (let i = 0; i < s.townshipsPerDistrict; i++)
        yield [`${s.name}-T${di}-${i}`, `导入镇${k++}`, '乡镇级单元', d, '镇', null, null];
  }
  for (const t of townships)
    for (let b = 0; b < s.branchesPerTownship; b++)
      yield [
        `${t}-${s.name}${b}`,
        `导入村${t}-${s.name}${b}`,
        '村/社区党组织',
        t,
        null,
        '党支部',
        b % 3 ? '农村' : '社区',
      ];
}

function* branches(s: Shape): Generator<string> {
  for (const r of unitRows(s)) if (r[2] === '村/社区党组织') yield r[0]!;
}

function* peopleRows(s: Shape): Generator<string[]> {
  let n = 0;
  for (const b of branches(s)) for (let i = 0; i < s.peoplePerBranch; i++) yield [b, `人员${n}`, phone(n++)];
}

function* positionRows(s: Shape): Generator<(string | Date)[]> {
  let n = 0;
  const start = new Date(Date.UTC(2024, 0, 1));
  for (const b of branches(s))
    for (let i = 0; i < s.peoplePerBranch; i++) yield [b, phone(n++), i === 0 ? '支部书记' : '支委委员', b, start];
}

function start(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [path.join(projectRoot, 'scripts/run-ts.cjs'), 'server/src/main.ts'], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const seen = (b: Buffer) => {
      out += b.toString();
      const m = /GraphQL:\s+http:\/\/localhost:(\d+)\/graphql/.exec(out);
      if (m) resolve({ child, url: `http://127.0.0.1:${m[1]}` });
    };
    child.stdout!.on('data', seen);
    child.stderr!.on('data', seen);
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${out.slice(-2000)}`)));
  });
}

/** POST a form with no client-side timeout (fetch gives up on headers after 300 s). */
async function postForm(url: string, form: FormData, token: string): Promise<{ status: number; text: string }> {
  const req = new Response(form);
  const body = Buffer.from(await req.arrayBuffer());
  return new Promise((resolve, reject) => {
    const r = http.request(
      url,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': req.headers.get('content-type')!,
          'content-length': body.length,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
      },
    );
    r.on('error', reject);
    r.end(body);
  });
}

/** Peak resident memory of a process since the last reset (Linux: VmHWM, reset through clear_refs). */
function resetPeak(pid: number): void {
  fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
}
function peakMb(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

async function main() {
  const { adminUrl, pg } = await benchServer();
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${DATABASE}`);
  await admin.query(`create database ${DATABASE}`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${DATABASE}`;
  const url = u.toString();

  // The demo district, and a province of 170 more districts under its city, with a province-level administrator.
  const orm = await openOrm({ databaseUrl: url, poolMax: 2 });
  await orm.getMigrator().up();
  await seedDemo(orm.em.fork());
  const em = orm.em.fork();
  const [province] = await em.execute<{ id: number; path: string }[]>(
    `select id, path from unit where level = 'PROVINCE'`,
  );
  const [city] = await em.execute<{ id: number; path: string }[]>(`select id, path from unit where level = 'CITY'`);
  const [demoDistrict] = await em.execute<{ code: string }[]>(`select code from unit where level = 'DISTRICT'`);
  await em.execute(
    `with ids as (select nextval('unit_id_seq')::int as id, g from generate_series(1, 170) g)
     insert into unit (id, name, code, level, parent_id, path, depth, sort_order)
     select id, '导入区' || g, 'PD-' || g, 'DISTRICT', ?, ? || id || '.', 2, g from ids`,
    [city.id, city.path],
  );
  const districts = (
    await em.execute<{ code: string }[]>(`select code from unit where code like 'PD-%' order by id`)
  ).map((r) => r.code);
  await em.execute(
    `insert into app_user (username, display_name, password_hash) select 'provinceadmin', '省级管理员', password_hash from app_user where username = 'admin'`,
  );
  await em.execute(
    `insert into role_assignment (user_id, role, unit_id) select id, 'DISTRICT_ADMIN', ? from app_user where username = 'provinceadmin'`,
    [province.id],
  );
  const demoTownships = (
    await em.execute<{ code: string }[]>(`select code from unit where level = 'TOWNSHIP' order by id`)
  ).map((r) => r.code);
  await orm.close(true);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fivestar-bench-import-'));
  const province_: Shape = {
    name: 'P',
    districts,
    townshipsPerDistrict: 10,
    branchesPerTownship: 29,
    peoplePerBranch: 4,
  };
  // 1,700 township-level units × 29 branches = 49,300; the last 700 branches go to the first townships.
  const extra: Shape = {
    name: 'PX',
    districts: [],
    townshipsPerDistrict: 0,
    branchesPerTownship: 1,
    peoplePerBranch: 4,
    existingTownships: [],
  };
  const provTownships = districts.flatMap((_, di) => Array.from({ length: 10 }, (_, i) => `P-T${di}-${i}`));
  extra.existingTownships = provTownships.slice(0, 700);
  // A district file: 200 branches (in the demo district's townships), 1,100 people (5 or 6 per branch).
  const district: Shape = {
    name: 'D',
    districts: [demoDistrict.code],
    townshipsPerDistrict: 0,
    branchesPerTownship: 12,
    peoplePerBranch: 5,
    existingTownships: demoTownships.slice(0, 17),
  };

  const concat = <T>(...gens: Iterable<T>[]) =>
    (function* () {
      for (const g of gens) yield* g;
    })();
  console.log('writing the files …');
  const files: Record<string, string> = {
    provinceUnits: path.join(tmp, 'province-units.xlsx'),
    provincePeople: path.join(tmp, 'province-people.xlsx'),
    provincePositions: path.join(tmp, 'province-positions.xlsx'),
    districtUnits: path.join(tmp, 'district-units.xlsx'),
    districtPeople: path.join(tmp, 'district-people.xlsx'),
  };
  // The province's units also as 18 files (10 districts each, then the 700 extra branches), committed one
  // after another: one 51,700-unit transaction is slow in the statistics triggers (see docs/domain/imports.md).
  const parts: string[] = [];
  for (let i = 0; i < 17; i++) {
    parts.push(`provinceUnits${i}`);
    files[`provinceUnits${i}`] = path.join(tmp, `province-units-${i}.xlsx`);
  }
  parts.push('provinceUnitsExtra');
  files.provinceUnitsExtra = path.join(tmp, 'province-units-extra.xlsx');
  const counts: Record<string, number> = {};
  const count = <T>(key: string, g: Iterable<T>) =>
    (function* () {
      let n = 0;
      for (const x of g) {
        n++;
        yield x;
      }
      counts[key] = n;
    })();
  const sizes: Record<string, number> = {};
  sizes.provinceUnits = await writeXlsx(
    files.provinceUnits,
    '单位',
    UNIT_HEADINGS,
    count('provinceUnits', concat(unitRows(province_), unitRows(extra))),
  );
  sizes.provincePeople = await writeXlsx(
    files.provincePeople,
    '人员',
    PEOPLE_HEADINGS,
    count('provincePeople', concat(peopleRows(province_), peopleRows({ ...extra, name: 'PX' }))),
  );
  sizes.provincePositions = await writeXlsx(
    files.provincePositions,
    '任职',
    POSITION_HEADINGS,
    count('provincePositions', concat(positionRows(province_), positionRows(extra))),
  );
  for (let i = 0; i < 17; i++) {
    const slice = { ...province_, districts: districts.slice(i * 10, i * 10 + 10) };
    const names = new Set(slice.districts);
    sizes[`provinceUnits${i}`] = await writeXlsx(
      files[`provinceUnits${i}`],
      '单位',
      UNIT_HEADINGS,
      count(
        `provinceUnits${i}`,
        (function* () {
          for (const r of unitRows(province_))
            if (names.has(r[3]!) || [...names].some((d) => r[3]!.startsWith(`P-T${districts.indexOf(d)}-`))) yield r;
        })(),
      ),
    );
  }
  sizes.provinceUnitsExtra = await writeXlsx(
    files.provinceUnitsExtra,
    '单位',
    UNIT_HEADINGS,
    count('provinceUnitsExtra', unitRows(extra)),
  );
  // The district's people: 200 branches × 5 = 1,000, plus 100 more on the first 100 branches.
  const districtBranches = [...branches(district)].slice(0, 200);
  sizes.districtUnits = await writeXlsx(
    files.districtUnits,
    '单位',
    UNIT_HEADINGS,
    count('districtUnits', [...unitRows(district)].slice(0, 200)),
  );
  sizes.districtPeople = await writeXlsx(
    files.districtPeople,
    '人员',
    PEOPLE_HEADINGS,
    count(
      'districtPeople',
      (function* () {
        let n = 900_000;
        for (const [i, b] of districtBranches.entries())
          for (let k = 0; k < (i < 100 ? 6 : 5); k++) yield [b, `区人员${n}`, phone(n++)];
      })(),
    ),
  );

  const server = await start({
    DATABASE_URL: url,
    PORT: '0',
    HOST: '127.0.0.1',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    IMPORT_MAX_MB: '64',
    IMPORT_MAX_ROWS: '250000',
    RATE_LIMIT_USER_PER_MINUTE: '100000',
  });
  const pid = server.child.pid!;
  const login = async (username: string) => {
    const r = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($u: String!) { login(username: $u, password: "fivestar") { token } }',
        variables: { u: username },
      }),
    });
    return ((await r.json()) as { data: { login: { token: string } } }).data.login.token;
  };
  const results: string[][] = [];
  const runMany = async (label: string, token: string, kind: string, keys: string[]) => {
    let seconds = 0;
    let peak = 0;
    let rows = 0;
    let created = 0;
    let size = 0;
    for (const key of keys) {
      const form = new FormData();
      form.append('file', new Blob([fs.readFileSync(files[key])]), path.basename(files[key]));
      resetPeak(pid);
      const t0 = process.hrtime.bigint();
      const res = await postForm(`${server.url}/imports/${kind}`, form, token);
      seconds += Number(process.hrtime.bigint() - t0) / 1e9;
      peak = Math.max(peak, peakMb(pid));
      const body = JSON.parse(res.text) as { created: number; problems: unknown[] };
      if (res.status !== 200 || body.problems.length)
        throw new Error(`${label} ${key}: ${res.status} ${res.text.slice(0, 2000)}`);
      rows += counts[key];
      created += body.created;
      size += sizes[key];
    }
    const line = [
      label,
      kind,
      `commit, ${keys.length} files`,
      rows.toLocaleString('en'),
      `${(size / 1048576).toFixed(1)} MB`,
      `${seconds.toFixed(1)} s`,
      `${peak} MB`,
      `${created.toLocaleString('en')} / 0 / 0`,
    ];
    console.log(line.join(' | '));
    results.push(line);
  };
  const run = async (label: string, token: string, kind: string, file: string, dryRun: boolean) => {
    const form = new FormData();
    form.append('file', new Blob([fs.readFileSync(files[file])]), path.basename(files[file]));
    resetPeak(pid);
    const t0 = process.hrtime.bigint();
    const res = await postForm(`${server.url}/imports/${kind}${dryRun ? '?dryRun=1' : ''}`, form, token);
    const body = JSON.parse(res.text) as { created: number; updated: number; unchanged: number; problems: unknown[] };
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    if (res.status !== 200 || body.problems?.length)
      throw new Error(`${label}: ${res.status} ${JSON.stringify(body).slice(0, 2000)}`);
    const line = [
      label,
      kind,
      dryRun ? 'dry run' : 'commit',
      counts[file].toLocaleString('en'),
      `${(sizes[file] / 1048576).toFixed(1)} MB`,
      `${seconds.toFixed(1)} s`,
      `${peakMb(pid)} MB`,
      `${body.created.toLocaleString('en')} / ${body.updated} / ${body.unchanged}`,
    ];
    console.log(line.join(' | '));
    results.push(line);
  };
  try {
    const prov = await login('provinceadmin');
    const dist = await login('admin');
    await run('district', dist, 'units', 'districtUnits', true);
    await run('district', dist, 'units', 'districtUnits', false);
    await run('district', dist, 'people', 'districtPeople', true);
    await run('district', dist, 'people', 'districtPeople', false);
    await run('province', prov, 'units', 'provinceUnits', true);
    await runMany('province', prov, 'units', parts);
    await run('province', prov, 'people', 'provincePeople', true);
    await run('province', prov, 'people', 'provincePeople', false);
    await run('province', prov, 'positions', 'provincePositions', true);
    await run('province', prov, 'positions', 'provincePositions', false);
    await run('province (again)', prov, 'positions', 'provincePositions', true);
  } finally {
    server.child.kill('SIGTERM');
    fs.rmSync(tmp, { recursive: true, force: true });
    await pg?.stop();
  }
  const head = ['file', 'kind', 'step', 'rows', 'size', 'time', 'server peak RSS', 'created / updated / unchanged'];
  const table = [head, head.map(() => '---'), ...results].map((r) => `| ${r.join(' | ')} |`).join('\n');
  console.log(`\n${os.cpus().length} CPUs, ${os.cpus()[0]?.model ?? ''}, Node ${process.version}\n\n${table}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
