/**
 * Browser tests drive Debian's chromium through playwright-core (never a downloaded browser).
 * Without a browser they are skipped with a notice — unless E2E_REQUIRED=1 (CI), where a missing
 * browser fails the run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app';

export function chromiumPath(): string | null {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ].filter(Boolean) as string[];
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}

/** `describe` when a browser is available; otherwise a skip with the reason, or a failure in CI. */
export function describeE2E(name: string, fn: () => void): void {
  if (chromiumPath()) return describe(name, fn);
  if (process.env.E2E_REQUIRED === '1') {
    describe(name, () => {
      it('needs chromium', () => {
        throw new Error(
          'E2E_REQUIRED=1 but no chromium was found: apt-get install chromium fonts-wqy-zenhei (or set CHROMIUM_PATH)',
        );
      });
    });
    return;
  }

  console.warn(`browser tests "${name}" skipped: no chromium (apt-get install chromium fonts-wqy-zenhei)`);
  describe.skip(name, fn); // reason: no browser on this machine, and E2E_REQUIRED is not set
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath()!,
    headless: true,
    // Flags that keep Chromium from reaching out to the network at start (this machine has none).
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

const SHOTS = path.join(__dirname, 'screenshots');

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** Records into `external` every request that leaves the machine: the console must make none. */
export function watchExternalRequests(page: Page, external: string[] = []): string[] {
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol))
      external.push(req.url());
  });
  return external;
}

export interface SignInOptions {
  /** Requests that left the machine are recorded here (the tests expect none). */
  external: string[];
  viewport?: { width: number; height: number };
  timeout?: number;
  /** The browser's time zone (default Asia/Shanghai): another one shows that times do not follow it. */
  timezoneId?: string;
  /** Called with the new page before it opens the console (to watch it from the first request); awaited. */
  onPage?: (page: Page) => void | Promise<unknown>;
}

/** A new page of the console at `baseUrl`, signed in as a demo user (Chinese, Asia/Shanghai unless told). */
export async function signInAs(
  browser: Browser,
  baseUrl: string,
  username: string,
  opts: SignInOptions,
): Promise<Page> {
  const viewport = opts.viewport ?? { width: 1366, height: 900 };
  const page = await browser.newPage({ viewport, locale: 'zh-CN', timezoneId: opts.timezoneId ?? 'Asia/Shanghai' });
  page.setDefaultTimeout(opts.timeout ?? 90_000);
  watchExternalRequests(page, opts.external);
  await opts.onPage?.(page);
  await page.goto(`${baseUrl}/admin/`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('fivestar');
  await page.getByRole('button', { name: '登录' }).click();
  // Signed in when the form is gone (on a phone the menu is folded away).
  await page.getByRole('button', { name: '登录' }).waitFor({ state: 'detached' });
  // react-admin redirects to the dashboard after sign-in: let that land before a test navigates,
  // or the redirect can arrive after the test's own navigation and undo it.
  await page.waitForURL(/\/admin\/#\/?$/);
  if (viewport.width > 600) await page.getByRole('menuitem', { name: '支部' }).waitFor();
  return page;
}

/** What a browser test file shares: its server, one Chromium, and the requests that left the machine. */
export interface BrowserSuite {
  /** The server under test (from the suite's first beforeAll on). */
  t: TestApp;
  browser: Browser;
  /** Requests that left the machine: checked to be none after every test. */
  external: string[];
  /** A new signed-in page (Chinese, Asia/Shanghai unless `timezoneId`). */
  signIn(
    username: string,
    opts?: {
      viewport?: { width: number; height: number };
      timezoneId?: string;
      onPage?: (page: Page) => void | Promise<unknown>;
    },
  ): Promise<Page>;
}

/** Per-page wait of the browser tests: generous, for a busy CI machine. */
export const E2E_WAIT = 90_000;

/**
 * Registers the hooks every browser test file needs: a test server (demo data, `env` on top of a
 * rate limit no test reaches), one Chromium for the file, both closed at the end, and after each
 * test the check that no request left the machine. Call it first inside `describeE2E`, so its
 * beforeAll runs before the file's own.
 */
export function browserSuite(env: Record<string, string> = {}): BrowserSuite {
  const suite = {
    external: [] as string[],
    signIn: (
      username: string,
      opts: {
        viewport?: { width: number; height: number };
        timezoneId?: string;
        onPage?: (page: Page) => void | Promise<unknown>;
      } = {},
    ) => signInAs(suite.browser, suite.t.url, username, { external: suite.external, timeout: E2E_WAIT, ...opts }),
  } as BrowserSuite;
  beforeAll(async () => {
    suite.t = await startTestApp({ env: { RATE_LIMIT_USER_PER_MINUTE: '100000', ...env } });
    suite.browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.t?.close();
  });
  afterEach(() => {
    expect(suite.external).toEqual([]);
  });
  return suite;
}
