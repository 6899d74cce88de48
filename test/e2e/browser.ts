/**
 * Browser tests drive Debian's chromium through playwright-core (never a downloaded browser).
 * Without a browser they are skipped with a notice — unless E2E_REQUIRED=1 (CI), where a missing
 * browser fails the run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean) as string[];
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}

/** `describe` when a browser is available; otherwise a skip with the reason, or a failure in CI. */
export function describeE2E(name: string, fn: () => void): void {
  if (chromiumPath()) return describe(name, fn);
  if (process.env.E2E_REQUIRED === '1') {
    describe(name, () => {
      it('needs chromium', () => {
        throw new Error('E2E_REQUIRED=1 but no chromium was found: apt-get install chromium fonts-wqy-zenhei (or set CHROMIUM_PATH)');
      });
    });
    return;
  }
  // eslint-disable-next-line no-console
  console.warn(`browser tests "${name}" skipped: no chromium (apt-get install chromium fonts-wqy-zenhei)`);
  describe.skip(name, fn); // reason: no browser on this machine, and E2E_REQUIRED is not set
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath()!,
    headless: true,
    // Flags that keep Chromium from reaching out to the network at start (this machine has none).
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

const SHOTS = path.join(__dirname, 'screenshots');

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** Records every request that leaves the machine: the console must make none. */
export function watchExternalRequests(page: Page): string[] {
  const external: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) external.push(req.url());
  });
  return external;
}
