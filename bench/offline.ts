/**
 * `npm run bench:offline` — the offline on-site form, measured (not a test): the size of the app
 * shell the service worker caches on the first visit, the time to open the console with no network
 * (median of --rounds), and the time to sync a check of 20 findings with a camera photo each on an
 * emulated slow network (1.6 Mbit/s both ways, 150 ms latency; DevTools network emulation).
 * Runs its own server on its own database (fivestar_bench_offline: migrated, demo data) from the
 * built console (npm run build:admin first). Prints a table; --out FILE also writes it as Markdown.
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import { projectRoot } from '../server/src/config';
import { openOrm } from '../server/src/db/orm';
import { seedDemo } from '../server/src/db/demo/seed';
import { benchServer } from './generate';

const DATABASE = 'fivestar_bench_offline';
const SLOW = { latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (1.6e6 / 8) | 0 };
const FINDINGS = 20;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

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

/** A photo-like camera picture (4000×3000, smooth with detail), different per seed. */
async function cameraPhoto(seed: number): Promise<Buffer> {
  return sharp({
    create: {
      width: 4000,
      height: 3000,
      channels: 3,
      background: { r: (seed * 41) % 256, g: 110, b: 90 },
      noise: { type: 'gaussian', mean: 120 + (seed % 20), sigma: 40 },
    },
  })
    .blur(2.5)
    .jpeg({ quality: 92 })
    .toBuffer();
}

async function gql(url: string, token: string | null, query: string, variables: Record<string, unknown> = {}) {
  const r = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await r.json()) as { data: Record<string, any>; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function main() {
  const rounds = Number(arg('rounds', '5'));
  if (!fs.existsSync(path.join(projectRoot, 'admin/dist/sw.js'))) throw new Error('run npm run build:admin first');
  const { adminUrl, pg } = await benchServer();
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${DATABASE}`);
  await admin.query(`create database ${DATABASE}`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${DATABASE}`;
  const orm = await openOrm({ databaseUrl: u.toString(), poolMax: 2 });
  await orm.getMigrator().up();
  await seedDemo(orm.em.fork());
  await orm.close(true);
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fivestar-bench-offline-'));
  const server = await start({
    DATABASE_URL: u.toString(),
    PORT: '0',
    HOST: '127.0.0.1',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    FILES_DIR: filesDir,
    RATE_LIMIT_USER_PER_MINUTE: '100000',
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  const rows: string[][] = [];
  try {
    const token = (
      await gql(server.url, null, 'mutation { login(username: "supervisor", password: "fivestar") { token } }')
    ).login.token as string;
    const setup = await gql(
      server.url,
      token,
      `{ supervisionTeams { items { id name } } branches(filter: { search: "樱桃沟" }) { items { id } } }`,
    );
    const teamId = setup.supervisionTeams.items.find((t: { name: string }) => t.name === '区委第一督导组').id;
    const note = `基准测试（示例）${Date.now()}`;
    const checkId = (
      await gql(server.url, token, 'mutation($i: PlanSpotCheckInput!) { planSpotCheck(input: $i) { id } }', {
        i: { teamId, targetUnitId: setup.branches.items[0].id, plannedFor: '2026-12-20', note },
      })
    ).planSpotCheck.id as string;

    const context = await browser.newContext({
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 375, height: 812 },
    });
    const page = await context.newPage();
    page.setDefaultTimeout(600_000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let firstVisitBytes = 0;
    cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
      firstVisitBytes += e.encodedDataLength;
    });

    // The one online visit: sign in, the service worker installs and precaches the shell.
    await page.goto(`${server.url}/admin/`);
    await page.getByLabel('用户名').fill('supervisor');
    await page.getByLabel('密码').fill('fivestar');
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(/\/admin\/#\/?$/);
    await page.waitForFunction(() => !!navigator.serviceWorker?.controller);
    await page.getByRole('button', { name: '打开菜单' }).click();
    await page.getByRole('menuitem', { name: '现场暗访（离线）' }).click();
    try {
      await page.getByTestId('offline-check').filter({ hasText: note }).waitFor({ timeout: 60_000 });
    } catch (e) {
      await page.screenshot({ path: path.join(os.tmpdir(), 'bench-offline-failed.png') });
      throw e;
    }
    const shell = await page.evaluate(async () => {
      let bytes = 0;
      let entries = 0;
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const req of await cache.keys()) {
          const res = await cache.match(req);
          bytes += (await res!.blob()).size;
          entries++;
        }
      }
      return { bytes, entries };
    });
    const brotli = fs
      .readdirSync(path.join(projectRoot, 'admin/dist/assets'))
      .filter((f) => f.endsWith('.br'))
      .reduce((n, f) => n + fs.statSync(path.join(projectRoot, 'admin/dist/assets', f)).size, 0);
    rows.push(['缓存的应用外壳 cached shell', `${shell.entries} entries, ${kb(shell.bytes)} stored`]);
    rows.push(['首次访问传输 first visit over the wire', `${kb(firstVisitBytes)} (brotli assets ${kb(brotli)})`]);

    // Open the console with no network at all.
    await context.setOffline(true);
    const opens: number[] = [];
    for (let i = 0; i < rounds; i++) {
      await page.goto('about:blank');
      const t0 = Date.now();
      await page.goto(`${server.url}/admin/#/field`);
      await page.getByTestId('offline-check').filter({ hasText: note }).waitFor();
      opens.push(Date.now() - t0);
    }
    rows.push([
      '离线打开（到暗访列表）open offline, to the check list',
      `median ${median(opens)} ms (${opens.join(', ')})`,
    ]);

    // Record the check offline: start, 20 findings with a camera photo each.
    await page.getByTestId('offline-check').filter({ hasText: note }).click();
    await page.getByRole('button', { name: '开始暗访' }).click();
    let photoBytes = 0;
    for (let i = 1; i <= FINDINGS; i++) {
      const photo = await cameraPhoto(i);
      photoBytes += photo.length;
      await page.getByLabel('问题描述').fill(`基准问题${i}（示例）`);
      await page
        .getByTestId('offline-photo-input')
        .setInputFiles({ name: `p${i}.jpg`, mimeType: 'image/jpeg', buffer: photo });
      await page.getByTestId('photo-count').waitFor();
      await page.getByRole('button', { name: '记录问题' }).click();
      await page
        .getByTestId('local-finding')
        .nth(i - 1)
        .waitFor();
    }
    await page
      .getByTestId('pending-count')
      .getByText(`待同步 ${FINDINGS + 1}`)
      .waitFor();
    const stored = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('fivestar-offline');
          open.onsuccess = () => {
            const r = open.result.transaction('photos').objectStore('photos').getAll();
            r.onsuccess = () => resolve(r.result.reduce((n: number, p: { blob: Blob }) => n + p.blob.size, 0));
          };
        }),
    );
    rows.push([
      `${FINDINGS} 张照片（设备上压缩）photos, scaled on the device`,
      `${kb(photoBytes)} from the camera → ${kb(stored)} stored`,
    ]);

    // Back online on the slow network: everything syncs.
    await context.setOffline(false);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW });
    const t0 = Date.now();
    await page.getByTestId('pending-count').getByText('待同步 0').waitFor();
    const sync = Date.now() - t0;
    const held = await gql(server.url, token, 'query($id: ID!) { spotCheck(id: $id) { findingCount } }', {
      id: checkId,
    });
    rows.push([
      `同步 ${FINDINGS} 条问题+照片（1.6 Mbit/s, 150 ms）sync`,
      `${(sync / 1000).toFixed(1)} s (server holds ${held.spotCheck.findingCount} findings)`,
    ]);
    await context.close();
  } finally {
    await browser.close();
    server.child.kill('SIGTERM');
    await pg?.stop();
    fs.rmSync(filesDir, { recursive: true, force: true });
  }
  const table = ['| 项目 Measure | 结果 Result |', '|---|---|', ...rows.map((r) => `| ${r[0]} | ${r[1]} |`)].join('\n');
  console.log(table);
  const out = process.argv.includes('--out') ? arg('out', '') : '';
  if (out) fs.writeFileSync(out, `${table}\n`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
