/**
 * 问题 (findings) in the console, the way a user goes: the menu entry, the list of the findings of
 * the spot checks the user may see (as the API lists them for that user), a click through to one
 * finding and on to its spot check — on a desktop as a district admin, on a phone as township
 * staff (who see completed checks only); a branch has no such menu entry.
 */
import type { Page } from 'playwright-core';
import { dataOf } from '../helpers/app';
import { graphql } from '../gql';
import { browserSuite, describeE2E, screenshot } from './browser';

jest.setTimeout(180_000);

describeE2E('findings: menu → list → finding → its spot check', () => {
  const suite = browserSuite();

  const newest = async (username: string) =>
    dataOf(
      await suite.t.gql(
        graphql(`
          query NewestFindings {
            findings(sortField: "recordedAt", sortOrder: DESC, perPage: 1) {
              total
              items {
                id
                description
                spotCheckId
                spotCheck {
                  status
                  targetUnit {
                    name
                  }
                }
              }
            }
          }
        `),
        {},
        await suite.t.login(username),
      ),
    ).findings;

  async function throughTheList(page: Page, expected: Awaited<ReturnType<typeof newest>>, phone: boolean) {
    const [f] = expected.items;
    await page.locator('#main-content').getByText(f.description).first().click();
    await page.waitForURL(new RegExp(`#/findings/${f.id}/show`));
    await page.getByText(f.description).first().waitFor();
    const link = page.getByRole('link', { name: new RegExp(`^${f.spotCheck.targetUnit.name} · `) });
    await link.waitFor();
    await screenshot(page, `findings-${phone ? 'phone' : 'desktop'}-show`);
    await link.click();
    await page.waitForURL(new RegExp(`#/spotChecks/${f.spotCheckId}/show`));
  }

  it('a district admin opens 问题 from the menu, sees every finding newest first, and clicks through', async () => {
    const expected = await newest('admin');
    expect(expected.total).toBeGreaterThan(0);
    const page = await suite.signIn('admin');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.getByRole('menuitem', { name: '问题', exact: true }).click();
    await page.waitForURL(/#\/findings/);
    // The list's count is the API's for this user.
    await page
      .getByText(new RegExp(`/ ${expected.total}$`))
      .or(page.getByText(`共 ${expected.total}`))
      .first()
      .waitFor();
    await expect(page.locator('#main-content tbody tr').first().innerText()).resolves.toContain(
      expected.items[0].description,
    );
    await screenshot(page, 'findings-desktop-list');
    await throughTheList(page, expected, false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('township staff on a phone see the findings of completed checks only, and click through', async () => {
    const expected = await newest('township');
    expect(expected.total).toBeGreaterThan(0);
    expect(expected.items[0].spotCheck.status).toBe('COMPLETED');
    const page = await suite.signIn('township', { viewport: { width: 375, height: 812 } });
    await page.locator('header button:has([class*="RaSidebarToggleButton-menuButtonIcon"])').click();
    await page.getByRole('menuitem', { name: '问题', exact: true }).click();
    await page.waitForURL(/#\/findings/);
    await page.locator('.MuiDrawer-modal').waitFor({ state: 'detached' });
    await screenshot(page, 'findings-phone-list');
    await throughTheList(page, expected, true);
    await page.close();
  });

  it('a branch has no 问题 menu entry (its findings reach it as rectifications)', async () => {
    const page = await suite.signIn('branch');
    await page.getByRole('menuitem', { name: '整改', exact: true }).waitFor();
    await expect(page.getByRole('menuitem', { name: '问题', exact: true }).count()).resolves.toBe(0);
    await page.close();
  });
});
