/**
 * 待办, the bell and 星级预警 in the browser, the way a user goes: the home's first panel lists what
 * awaits them and opens its record; the bell shows the unread count, lists the reminders and opens
 * one (read from then on); a leader opens 星级预警 from the menu, reads the list by risk and opens a
 * branch. At 1366 px, and the bell and 待办 at 375 px.
 */
import { sweepReminders } from '../../server/src/modules/inbox/public';
import { browserSuite, describeE2E, screenshot } from './browser';

jest.setTimeout(300_000);

describeE2E('inbox in the browser', () => {
  const s = browserSuite();

  beforeAll(async () => {
    // A rectification of the branch user's own branch, due in two days: a reminder to send.
    const today = new Date(s.t.clock.now().getTime() + 8 * 3600_000).toISOString().slice(0, 10);
    const due = new Date(Date.parse(`${today}T00:00:00Z`) + 2 * 86_400_000).toISOString().slice(0, 10);
    await s.t.orm.em.fork().execute(`update rectification set status = 'ASSIGNED', deadline = ? where id = 1`, [due]);
    await sweepReminders(s.t.orm.em.fork(), s.t.clock.now());
  });

  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 375, height: 740 },
  ]) {
    it(`a branch user works from 待办 and the bell (${viewport.width} px)`, async () => {
      // Each width starts with every reminder unread.
      await s.t.orm.em.fork().execute(`update notification set read_at = null`);
      const page = await s.signIn('branch', { viewport });
      const panel = page.getByTestId('home-tasks');
      await panel.getByText(/待办（\d+）/).waitFor();
      // 待办 is the first panel of the home.
      const first = page.locator('[data-testid^="home-"]').first();
      expect(await first.getAttribute('data-testid')).toBe('home-tasks');
      await panel.getByTestId('task-kind-RECTIFICATION_SUBMIT').waitFor();
      // The demo test open through December for the branch secretary is a task too, labelled in Chinese.
      const test = panel.getByTestId('task-kind-TEST_TO_TAKE');
      await test.waitFor();
      expect((await test.innerText()).trim()).toMatch(/^待参加的测试 \d+$/);
      await screenshot(page, `inbox-01-home-${viewport.width}`);

      const bell = page.getByTestId('notification-bell');
      const label = await bell.getAttribute('aria-label');
      const unread = Number(/未读 (\d+)/.exec(label ?? '')?.[1]);
      expect(unread).toBeGreaterThan(0);
      await bell.click();
      const list = page.getByTestId('notification-list');
      const item = list.getByText(/整改事项.*还有 2 天到期/).first();
      await item.waitFor();
      await screenshot(page, `inbox-02-bell-${viewport.width}`);
      await item.click();
      await page.waitForURL(/#\/rectifications\/1\/show/);
      await page
        .getByTestId('notification-bell')
        .and(page.locator(`[aria-label="通知（未读 ${unread - 1}）"]`))
        .waitFor();

      // Back home, a task opens its record.
      await page.goto(`${s.t.url}/admin/#/`);
      await panel.getByRole('link').filter({ hasText: '：' }).first().click();
      await page.waitForURL(
        /#\/(rectifications|starApplications|planItems|dailyReports|meetings|residentRequests|my-tests)\b/,
      );
      await screenshot(page, `inbox-03-task-opened-${viewport.width}`);
      await page.close();
    });
  }

  it('a leader opens 星级预警 from the menu, reads it by risk and opens a branch', async () => {
    const page = await s.signIn('leader');
    await page.getByRole('menuitem', { name: '星级预警' }).click();
    await page.getByTestId('warnings-summary').waitFor();
    const rows = page.locator('[data-testid="warnings-page"] table tbody tr');
    await rows.first().waitFor();
    const scores = (await rows.locator('td:nth-child(3)').allInnerTexts()).map((x) => Number(x.trim()));
    expect(scores.length).toBeGreaterThan(0);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    await screenshot(page, 'inbox-04-warnings');
    const name = (await rows.first().locator('td').first().innerText()).trim();
    await rows.first().click();
    await page.waitForURL(/#\/branches\/\d+\/show/);
    await page.getByText(name).first().waitFor();
    await page.close();
  });
});
