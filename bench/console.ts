/**
 * How fast the console opens, as a browser on a given network sees it: bytes over the wire, time to
 * the sign-in form, and time from pressing 登录 to the dashboard's first chart. Each network profile
 * runs with compression (what browsers get) and with `Accept-Encoding: identity` (what the server
 * sent before assets were precompressed), median of --rounds fresh browser contexts (empty cache).
 *
 *   npm start                                   # in another terminal (demo data)
 *   npm run bench:console -- --url http://127.0.0.1:4000 --rounds 3
 *
 * Needs chromium (apt-get install chromium). Prints a table; --out FILE also writes it as Markdown.
 */
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

interface Profile {
  name: string;
  /** bytes per second; 0 = no limit */
  down: number;
  up: number;
  latencyMs: number;
}

const PROFILES: Profile[] = [
  { name: '局域网 LAN (unthrottled)', down: 0, up: 0, latencyMs: 0 },
  { name: '4G (20 Mbit/s, 40 ms)', down: (20e6 / 8) | 0, up: (5e6 / 8) | 0, latencyMs: 40 },
  { name: '弱网 slow (1.6 Mbit/s, 150 ms)', down: (1.6e6 / 8) | 0, up: (0.75e6 / 8) | 0, latencyMs: 150 },
];

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function once(
  browser: Browser,
  base: string,
  profile: Profile,
  identity: boolean,
): Promise<{ bytes: number; form: number; chart: number }> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 900 },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(180_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  if (identity) await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': 'identity' } });
  if (profile.down)
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latencyMs,
      downloadThroughput: profile.down,
      uploadThroughput: profile.up,
    });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
    bytes += e.encodedDataLength;
  });
  const t0 = Date.now();
  await page.goto(`${base}/admin/`);
  await page.getByLabel('用户名').waitFor();
  const form = Date.now() - t0;
  await page.getByLabel('用户名').fill(arg('user', 'leader'));
  await page.getByLabel('密码').fill('fivestar');
  const t1 = Date.now();
  await page.getByRole('button', { name: '登录' }).click();
  await page.locator('.recharts-surface').first().waitFor();
  const chart = Date.now() - t1;
  await context.close();
  return { bytes, form, chart };
}

async function main() {
  const base = arg('url', 'http://127.0.0.1:4000').replace(/\/$/, '');
  const rounds = Number(arg('rounds', '3'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  const lines = [
    `Console load, ${base}, median of ${rounds} cold loads (${new Date().toISOString()})`,
    '',
    '| network | encoding | bytes over the wire | sign-in form (ms) | 登录 → first chart (ms) |',
    '|---|---|---:|---:|---:|',
  ];
  try {
    for (const profile of PROFILES) {
      for (const identity of [false, true]) {
        const runs = [];
        for (let r = 0; r < rounds; r++) runs.push(await once(browser, base, profile, identity));
        const row = `| ${profile.name} | ${identity ? 'identity (none)' : 'br/gzip'} | ${median(runs.map((x) => x.bytes)).toLocaleString('en')} | ${median(runs.map((x) => x.form))} | ${median(runs.map((x) => x.chart))} |`;
        lines.push(row);
        console.log(row);
      }
    }
  } finally {
    await browser.close();
  }
  const out = arg('out', '');
  if (out) fs.writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(`\n${lines.join('\n')}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
