/**
 * Every menu entry of every demo role, the way a user goes: open the menu, open the list, click
 * the first row, look at the record, go back — on a 1366 px desktop and a 375 px phone in Chinese,
 * and on the desktop in English. Fails on a page error (pageerror, console error), an error page,
 * "no results for this filter" when no filter is set, text of the other language outside the API's
 * data, and an action button (`data-action`) the record's `allowedActions` does not list.
 * One browser for the file, one page (context) per user; the console is the built one.
 */
import type { Page } from 'playwright-core';
import { dataOf } from '../helpers/app';
import { browserSuite, describeE2E, screenshot } from './browser';
import { allowedActionsQuery, pageProblems, settle, shownActions, watch, type Lang, type Watched } from './walk';

jest.setTimeout(600_000);

const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 375, height: 812 };
const USERS = ['admin', 'leader', 'taskforce', 'supervisor', 'township', 'branch'];

describeE2E('every menu of every role, from the list to a record and back', () => {
  const suite = browserSuite();

  /** On a phone the menu is a drawer: open it unless it is open (the toggle may think it is). */
  async function openMenu(page: Page, phone: boolean): Promise<void> {
    if (!phone) return;
    const item = page.getByRole('menuitem').first();
    const toggle = page.locator('header button:has([class*="RaSidebarToggleButton-menuButtonIcon"])');
    if (await item.isVisible()) return;
    // The app bar hides while scrolling down on a phone: back to the top brings it back.
    await page.evaluate(() => window.scrollTo(0, 0));
    await toggle.click();
    await item.waitFor();
  }

  /** The first row of the list shown (a table row, or a phone's simple list item). */
  function firstRow(page: Page) {
    return page.locator('#main-content table tbody tr td, #main-content .RaSimpleList-root a').first();
  }

  async function walk(w: Watched, token: string, username: string, lang: Lang, phone: boolean): Promise<string[]> {
    const { page } = w;
    const problems: string[] = [];
    const tag = `${username} ${phone ? 'phone' : 'desktop'} ${lang}`;
    await page.goto(`${suite.t.url}/admin/#/`);
    await settle(w);
    problems.push(...(await pageProblems(w, lang, `${tag} home`)));
    await openMenu(page, phone);
    const labels = (await page.getByRole('menuitem').allInnerTexts()).map((x) => x.trim()).slice(1);
    expect(labels.length).toBeGreaterThan(3);
    for (const label of labels) {
      await openMenu(page, phone);
      await page.getByRole('menuitem', { name: label, exact: true }).click();
      await settle(w);
      const where = `${tag} ${label}`;
      problems.push(...(await pageProblems(w, lang, `${where} list`)));
      const row = firstRow(page);
      if (!(await row.count())) continue;
      const listUrl = page.url();
      await row.click();
      await settle(w);
      if (page.url() === listUrl) {
        problems.push(...(await pageProblems(w, lang, `${where} row`)));
        continue;
      }
      problems.push(...(await pageProblems(w, lang, `${where} record ${page.url().split('#')[1]}`)));
      problems.push(...(await refusedButtons(w, token, where)));
      await page.goBack();
      await settle(w);
      problems.push(...(await pageProblems(w, lang, `${where} back`)));
    }
    await screenshot(page, `walk-${username}-${phone ? 'phone' : 'desktop'}-${lang}`);
    return problems;
  }

  /** Buttons of actions the server would refuse: shown `data-action`s not in the record's allowedActions. */
  async function refusedButtons(w: Watched, token: string, where: string): Promise<string[]> {
    const m = /#\/(\w+)\/([^/]+)\/show/.exec(w.page.url());
    if (!m) return [];
    const query = allowedActionsQuery(m[1]);
    if (!query) return [];
    const { record } = dataOf(
      await suite.t.gql<{ record: { allowedActions: string[] } }>(query, { id: decodeURIComponent(m[2]) }, token),
    );
    const shown = await shownActions(w.page);
    return shown
      .filter((a) => !record.allowedActions.includes(a))
      .map((a) => `${where}: button ${a} shown, allowedActions ${JSON.stringify(record.allowedActions)}`);
  }

  it.each(USERS)('%s: every menu entry on desktop and phone in Chinese, and in English', async (username) => {
    let w!: Watched;
    const page = await suite.signIn(username, { viewport: DESKTOP, onPage: (p) => (w = watch(p)) });
    const token = await suite.t.login(username);
    const started = Date.now();
    const problems = [...(await walk(w, token, username, 'zh', false))];
    console.log(`${username} desktop zh ${Date.now() - started} ms`);
    // A phone of its own (resizing a signed-in page leaves react-admin's drawer half open).
    let wp!: Watched;
    const phone = await suite.signIn(username, { viewport: PHONE, onPage: (p) => (wp = watch(p)) });
    problems.push(...(await walk(wp, token, username, 'zh', true)));
    await phone.close();
    console.log(`${username} phone zh ${Date.now() - started} ms`);
    await page.goto(`${suite.t.url}/admin/#/`);
    await page.getByRole('button', { name: /中文/ }).first().click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page
      .getByRole('menuitem', { name: 'Dashboard' })
      .or(page.getByRole('menuitem', { name: 'Home' }))
      .waitFor();
    problems.push(...(await walk(w, token, username, 'en', false)));
    await page.close();
    expect([...new Set(problems)]).toEqual([]);
  });
});
