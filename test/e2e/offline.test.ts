/**
 * The on-site form without a network, in headless Chromium with DevTools offline emulation: the
 * console opens offline after one online visit (service worker + IndexedDB); a check with three
 * findings and photos is recorded offline, survives a reload, and syncs once the network returns —
 * the server holds exactly one of each. Then a flaky network (requests failing at random, answers
 * lost after the server committed, from a seeded generator): still no duplicates, nothing lost.
 * And a check changed on the server meanwhile: the user sees the conflict and decides.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Page, Route } from 'playwright-core';
import sharp from 'sharp';
import { dataOf, type TestApp } from '../helpers/app';
import { blobPath } from '../../server/src/modules/files/file.service';
import { browserSuite, describeE2E, screenshot } from './browser';
import { graphql } from '../gql';

jest.setTimeout(600_000);
const PHONE = { width: 375, height: 812 };

/** A camera-sized picture (3000×2000), different for each seed. */
async function bigPhoto(seed: number): Promise<Buffer> {
  return sharp({
    create: {
      width: 3000,
      height: 2000,
      channels: 3,
      background: { r: (seed * 53) % 256, g: 120, b: (seed * 17) % 256 },
    },
  })
    .png()
    .toBuffer();
}

/** mulberry32: the flaky network's "random" failures, the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describeE2E('the on-site form offline', () => {
  const suite = browserSuite();
  let t: TestApp;
  let teamId: string;
  let targetId: string;
  let keyTaskIds: string[];

  const sql = async <T = Record<string, unknown>>(q: string, params: unknown[] = []) =>
    t.orm.em.fork().execute<T[]>(q, params);

  beforeAll(async () => {
    t = suite.t;
    const token = await t.login('supervisor');
    const d = dataOf(
      await t.gql(
        graphql(`
          query OfflineSetup {
            supervisionTeams(perPage: 10) {
              items {
                id
                name
              }
            }
            branches(filter: { search: "樱桃沟" }) {
              items {
                id
                name
              }
            }
            keyTasks(perPage: 2) {
              items {
                id
              }
            }
          }
        `),
        {},
        token,
      ),
    );
    teamId = d.supervisionTeams.items.find((x) => x.name === '区委第一督导组')!.id;
    targetId = d.branches.items[0].id;
    keyTaskIds = d.keyTasks.items.map((k) => k.id);
  });

  const plan = async (note: string) =>
    dataOf(
      await t.gql(
        graphql(`
          mutation OfflinePlan($input: PlanSpotCheckInput!) {
            planSpotCheck(input: $input) {
              id
            }
          }
        `),
        { input: { teamId, targetUnitId: targetId, plannedFor: '2026-12-20', keyTaskIds, note } },
        await t.login('supervisor'),
      ),
    ).planSpotCheck.id;

  /** What the server holds of a check: its state, and its findings with their evidence files. */
  const held = async (checkId: string) => {
    const [check] = await sql<{ status: string }>('select status from spot_check where id = ?', [Number(checkId)]);
    const findings = await sql<{ id: number; description: string }>(
      'select id, description from finding where spot_check_id = ? order by id',
      [Number(checkId)],
    );
    const files = findings.length
      ? await sql<{ record_id: number; file_id: number; sha256: string }>(
          `select r.record_id, r.file_id, f.sha256 from file_reference r join stored_file f on f.id = r.file_id
           where r.record_type = 'Finding' and r.record_id in (${findings.map((f) => Number(f.id)).join(',')})`,
        )
      : [];
    return { status: check.status, findings, files };
  };

  /** Until the page shows 待同步 n; when it does not, the error names each queued step's state and message. */
  const pending = async (page: Page, n: number) => {
    try {
      await page.getByTestId('pending-count').getByText(`待同步 ${n}`).waitFor();
    } catch (e) {
      const steps = await page
        .getByTestId('sync-item')
        .evaluateAll((els) => els.map((el) => `${el.getAttribute('data-state')}: ${(el as HTMLElement).innerText}`))
        .catch(() => []);
      throw new Error(`${(e as Error).message.split('\n')[0]}; the queue shows ${JSON.stringify(steps)}`, { cause: e });
    }
  };

  /** The online visit: sign in, let the service worker take control, open 现场暗访 from the menu. */
  async function visitOnline(note: string): Promise<Page> {
    const page = await suite.signIn('supervisor', { viewport: PHONE });
    await page.waitForFunction(() => !!navigator.serviceWorker?.controller);
    await page.getByRole('button', { name: '打开菜单' }).click();
    await page.getByRole('menuitem', { name: '现场暗访（离线）' }).click();
    await page.getByTestId('offline-check').filter({ hasText: note }).waitFor();
    return page;
  }

  /** Offline on the phone: start, three findings with a camera photo each, scores, attestation. */
  async function recordOffline(page: Page, note: string, tag: string): Promise<void> {
    await page.getByTestId('offline-check').filter({ hasText: note }).click();
    await page.getByLabel('地点').fill(`${tag}：村委会`);
    await page.getByRole('button', { name: '开始暗访' }).click();
    await page.getByRole('button', { name: '记录问题' }).waitFor();
    for (let i = 1; i <= 3; i++) {
      await page.getByLabel('问题描述').fill(`${tag}问题${i}`);
      await page.getByTestId('offline-photo-input').setInputFiles({
        name: `现场${i}.png`,
        mimeType: 'image/png',
        buffer: await bigPhoto(i + tag.length * 7),
      });
      await page.getByTestId('photo-count').getByText('1 张照片').waitFor();
      await page.getByRole('button', { name: '记录问题' }).click();
      await page
        .getByTestId('local-finding')
        .filter({ hasText: `${tag}问题${i}` })
        .waitFor();
    }
    const scores = page.getByRole('spinbutton');
    for (let i = 0; i < (await scores.count()); i++) await scores.nth(i).fill(String(80 + i));
    await page.getByLabel('小结').fill(`${tag}：离线小结`);
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: '完成暗访' }).click();
    await page.getByText('已完成（待同步）').first().waitFor();
  }

  /**
   * The newest stored file's id: uploads made after it are this test's (a time would also count the
   * previous test's last uploads when they fall within its margin).
   */
  const lastFileId = async () =>
    Number((await sql<{ id: number | null }>('select max(id) as id from stored_file'))[0].id ?? 0);

  /** Exactly one of each: the check completed, three findings, one photo each, each photo stored once. */
  async function expectExactlyOnce(checkId: string, tag: string, since: number) {
    const h = await held(checkId);
    expect(h.status).toBe('COMPLETED');
    expect(h.findings.map((f) => f.description)).toEqual([`${tag}问题1`, `${tag}问题2`, `${tag}问题3`]);
    expect(h.files).toHaveLength(3);
    expect(new Set(h.files.map((f) => f.record_id)).size).toBe(3);
    const uploads = await sql<{ n: string }>(
      `select count(*) n from stored_file f join app_user u on u.id = f.uploaded_by_id
       where u.username = 'supervisor' and f.id > ?`,
      [since],
    );
    expect(Number(uploads[0].n)).toBe(3);
    // Scaled down on the device to at most 1600 px on the long side (the camera gave 3000×2000).
    for (const f of h.files) {
      const meta = await sharp(fs.readFileSync(blobPath(t.filesDir, f.sha256))).metadata();
      expect(Math.max(meta.width!, meta.height!)).toBeLessThanOrEqual(1600);
      expect(meta.format).toBe('jpeg');
    }
    const [{ n: scores }] = await sql<{ n: string }>(
      'select count(*) n from spot_check_score where spot_check_id = ?',
      [Number(checkId)],
    );
    expect(Number(scores)).toBe(keyTaskIds.length);
  }

  it('opens offline after one visit, records a check with 3 findings and photos, survives a reload, syncs each once', async () => {
    const note = `离线暗访 ${crypto.randomUUID().slice(0, 8)}`;
    const checkId = await plan(note);
    const since = await lastFileId();
    const page = await visitOnline(note);
    const context = page.context();

    await context.setOffline(true);
    // The console opens with no network at all: shell from the service worker, checks from IndexedDB.
    await page.goto(`${t.url}/admin/#/field`);
    await page.getByTestId('network-state').getByText('离线').waitFor();
    await page.getByTestId('offline-check').filter({ hasText: note }).waitFor();
    await recordOffline(page, note, '离线');
    await pending(page, 5);
    await screenshot(page, 'offline-01-recorded');

    // A reload while offline: the queue, the records and the photos are still there.
    await page.reload();
    await pending(page, 5);
    await page.getByTestId('local-finding').nth(2).waitFor();
    await page.locator('[data-testid="local-finding"] img').nth(2).waitFor();
    expect(await page.getByTestId('sync-item').count()).toBe(5);
    expect(await page.locator('[data-testid="sync-item"][data-state="pending"]').count()).toBe(5);
    expect((await held(checkId)).findings).toEqual([]);
    expect((await held(checkId)).status).toBe('PLANNED');

    await context.setOffline(false);
    await pending(page, 0);
    // Nothing left unsent; the written steps show as 已同步 until the completed check leaves the
    // device with the next refresh of the open checks (which may already have run).
    expect(await page.locator('[data-testid="sync-item"]:not([data-state="synced"])').count()).toBe(0);
    await screenshot(page, 'offline-02-synced');
    await expectExactlyOnce(checkId, '离线', since);
    await page.close();
  });

  it('on a flaky network (requests failing at random, answers lost after the commit) nothing is doubled or lost', async () => {
    const note = `抖动网络 ${crypto.randomUUID().slice(0, 8)}`;
    const checkId = await plan(note);
    const since = await lastFileId();
    const page = await visitOnline(note);
    const context = page.context();
    await context.setOffline(true);
    await page.reload();
    await recordOffline(page, note, '抖动');
    await pending(page, 5);

    const random = prng(20261203);
    const seen = { failed: 0, lost: 0, passed: 0 };
    const flaky = async (route: Route) => {
      const r = random();
      if (r < 0.25) {
        seen.failed++;
        return route.abort('failed');
      }
      const response = await route.fetch();
      if (r < 0.5) {
        // The server has committed; the phone never hears of it.
        seen.lost++;
        return route.abort('connectionreset');
      }
      seen.passed++;
      return route.fulfill({ response });
    };
    await context.route(/\/(graphql|files)(\?.*)?$/, flaky);
    await context.setOffline(false);
    await pending(page, 0);
    await context.unroute(/\/(graphql|files)(\?.*)?$/, flaky);
    expect(seen.failed).toBeGreaterThan(0);
    expect(seen.lost).toBeGreaterThan(0);
    await expectExactlyOnce(checkId, '抖动', since);
    // Nothing left unsent; the written steps show as 已同步 until the completed check leaves the
    // device with the next refresh of the open checks (which may already have run).
    expect(await page.locator('[data-testid="sync-item"]:not([data-state="synced"])').count()).toBe(0);
    await page.close();
  });

  it('a check changed on the server meanwhile is a conflict the user decides; nothing is dropped without asking', async () => {
    const note = `冲突 ${crypto.randomUUID().slice(0, 8)}`;
    const checkId = await plan(note);
    const page = await visitOnline(note);
    await page.context().setOffline(true);
    await page.getByTestId('offline-check').filter({ hasText: note }).click();
    await page.getByRole('button', { name: '开始暗访' }).click();
    await page.getByLabel('问题描述').fill('冲突问题');
    await page.getByRole('button', { name: '记录问题' }).click();
    await pending(page, 2);

    // Meanwhile a teammate's device starts the same check on the server.
    dataOf(
      await t.gql(
        graphql(`
          mutation OfflineOtherDeviceStarts($id: ID!) {
            startSpotCheck(id: $id, input: { location: "另一台设备" }) {
              id
            }
          }
        `),
        { id: checkId },
        await t.login('supervisor'),
      ),
    );

    await page.context().setOffline(false);
    const conflict = page.getByTestId('conflict');
    await conflict.waitFor();
    await expect(conflict.textContent()).resolves.toContain('进行中');
    await pending(page, 2);
    expect((await held(checkId)).findings).toEqual([]);
    await screenshot(page, 'offline-03-conflict');

    // Send mine anyway: the start is refused (already started), and waits for a decision again.
    await page.getByRole('button', { name: '仍然提交' }).click();
    await page.locator('[data-testid="sync-item"][data-state="error"]').waitFor();
    await pending(page, 2);
    // Discard the refused start (asked first); the finding then goes through.
    await page.getByRole('button', { name: '放弃本条' }).click();
    await page.getByRole('button', { name: '确认' }).click();
    await pending(page, 0);
    const h = await held(checkId);
    expect(h.status).toBe('IN_PROGRESS');
    expect(h.findings.map((f) => f.description)).toEqual(['冲突问题']);
    await page.close();
  });

  it('signing out clears the device store: records and photos', async () => {
    const note = `退出 ${crypto.randomUUID().slice(0, 8)}`;
    await plan(note);
    const page = await visitOnline(note);
    const count = () =>
      page.evaluate(
        () =>
          new Promise<number[]>((resolve, reject) => {
            const open = indexedDB.open('fivestar-offline');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const d = open.result;
              const names = ['checks', 'photos', 'queue'].filter((n) => d.objectStoreNames.contains(n));
              if (!names.length) return resolve([0, 0, 0]);
              const tx = d.transaction(names);
              const out: number[] = [];
              names.forEach((n, i) => {
                const r = tx.objectStore(n).count();
                r.onsuccess = () => (out[i] = r.result);
              });
              tx.oncomplete = () => {
                d.close();
                resolve(out);
              };
            };
          }),
      );
    // Offline, a started check with a finding and its photo waits on the device.
    await page.context().setOffline(true);
    await page.getByTestId('offline-check').filter({ hasText: note }).click();
    await page.getByRole('button', { name: '开始暗访' }).click();
    await page.getByLabel('问题描述').fill('退出前的问题');
    await page
      .getByTestId('offline-photo-input')
      .setInputFiles({ name: '退出.png', mimeType: 'image/png', buffer: await bigPhoto(99) });
    await page.getByTestId('photo-count').waitFor();
    await page.getByRole('button', { name: '记录问题' }).click();
    await pending(page, 2);
    const before = await count();
    expect(before[0]).toBeGreaterThan(0);
    expect(before.slice(1)).toEqual([1, 2]);
    await page.getByText('退出登录或登录失效将清除本机保存的暗访与照片（含未同步的 2 项）').waitFor();
    // The device holds exactly the open checks of the supervisor's own teams: nobody else's plans.
    const onDevice = await page.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('fivestar-offline');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const r = open.result.transaction('checks').objectStore('checks').getAllKeys();
            r.onsuccess = () => {
              open.result.close();
              resolve((r.result as string[]).map(String));
            };
          };
        }),
    );
    const theirs = await sql<{ id: number }>(
      `select sc.id from spot_check sc
       join supervision_team_member m on m.team_id = sc.team_id
       join app_user u on u.id = m.user_id
       where u.username = 'supervisor' and sc.status in ('PLANNED', 'IN_PROGRESS')`,
    );
    expect(onDevice.sort()).toEqual(theirs.map((r) => String(r.id)).sort());
    // On a phone the app bar hides while scrolling down: back to the top, where it shows again.
    await page.mouse.wheel(0, -10_000);
    await page.getByRole('button', { name: '个人' }).click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.getByRole('button', { name: '登录' }).waitFor();
    await page.waitForFunction(
      () =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open('fivestar-offline');
          open.onsuccess = () => {
            const d = open.result;
            const tx = d.transaction(['checks', 'photos', 'queue', 'meta']);
            let total = 0;
            for (const n of ['checks', 'photos', 'queue', 'meta']) {
              const r = tx.objectStore(n).count();
              r.onsuccess = () => (total += r.result);
            }
            tx.oncomplete = () => {
              d.close();
              resolve(total === 0);
            };
          };
        }),
    );
    expect(await count()).toEqual([0, 0, 0]);
    await page.close();
  });
});
