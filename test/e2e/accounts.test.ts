/**
 * 用户与权限 and 我的账户 in a browser, the way each user goes: a district admin opens the menu,
 * filters the list, creates an account with a role (its temporary password shown once, copied),
 * opens an account from the list, resets its password and deactivates it after a confirmation;
 * the new user signs in with the temporary password and sees only the change form until they
 * change it; a township user sees only their branches' accounts; a branch user has no such menu
 * and the API refuses them. 我的账户 lists the sessions and signs out the other devices.
 */
import type { Page } from 'playwright-core';
import { errorOf, type TestApp } from '../helpers/app';
import { graphql } from '../gql';
import { browserSuite, describeE2E, screenshot, watchExternalRequests } from './browser';

jest.setTimeout(300_000);

const USERS = graphql(`
  query AccountsE2EUsers {
    users(perPage: 100) {
      total
      items {
        username
      }
    }
  }
`);

describeE2E('accounts in a browser (用户与权限, 我的账户, the forced change)', () => {
  const suite = browserSuite();
  let t: TestApp;
  beforeAll(() => ({ t } = suite));

  /** Sign in with any password; the dashboard is not awaited (a forced change shows no menu). */
  async function signInWith(username: string, password: string): Promise<Page> {
    const page = await suite.browser.newPage({
      viewport: { width: 1366, height: 900 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    page.setDefaultTimeout(90_000);
    watchExternalRequests(page, suite.external);
    await page.goto(`${t.url}/admin/`);
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('button', { name: '登录' }).waitFor({ state: 'detached' });
    return page;
  }

  const rows = (page: Page) => page.locator('.RaDataTable-table tbody tr');

  it('a district admin creates an account (password shown once), resets and deactivates another; the new user must change the password first', async () => {
    const page = await suite.signIn('admin');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: t.url });
    await page.getByText('系统管理').waitFor();
    await page.getByRole('menuitem', { name: '用户与权限' }).click();
    await page.waitForURL(/#\/users/);
    await rows(page).filter({ hasText: 'township2' }).first().waitFor();
    expect(await rows(page).count()).toBeGreaterThanOrEqual(15);
    await screenshot(page, 'accounts-01-list');

    // Filtered by search.
    await page.getByLabel('搜索').fill('branch9');
    await page.waitForURL(/branch9/);
    await rows(page).filter({ hasText: '已停用' }).waitFor();
    await page.getByLabel('搜索').fill('');
    await page.waitForURL((u) => !decodeURIComponent(u.href).includes('branch9'));

    // New account with a branch role.
    await page.getByRole('link', { name: '新建' }).click();
    await page.waitForURL(/#\/users\/create/);
    await page.getByRole('textbox', { name: '用户名' }).fill('e2e.clerk');
    await page.getByRole('textbox', { name: '显示名称' }).fill('浏览器测试文书');
    // The role list: 支部工作人员, by its name.
    await page.getByRole('combobox', { name: '角色' }).click();
    await page.getByRole('listbox').getByRole('option', { name: '支部工作人员', exact: true }).click();
    await page.getByRole('combobox', { name: '角色' }).getByText('支部工作人员').waitFor();
    await page.getByLabel('范围（含下级）').fill('樱桃沟社区');
    await page.getByRole('option', { name: '樱桃沟社区', exact: true }).click();
    await screenshot(page, 'accounts-02-create');
    await page.getByRole('button', { name: '保存' }).click();
    const dialog = page.getByTestId('temporary-password');
    await dialog.getByText('临时密码只显示这一次').waitFor();
    const temporary = await page.getByTestId('temporary-password-value').inputValue();
    expect(temporary).toMatch(/^\w{5}-\w{5}-\w{5}$/);
    await dialog.getByRole('button', { name: '复制' }).click();
    await page.getByText('已复制到剪贴板').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(temporary);
    await screenshot(page, 'accounts-03-temporary-password');
    await dialog.getByRole('button', { name: '我已保存，关闭' }).click();
    await page.waitForURL(/#\/users\/\d+\/show/);
    await page.getByTestId('grants').getByText('樱桃沟社区').waitFor();
    expect(await page.content()).not.toContain(temporary);

    // Another account from the list: reset its password, then deactivate it.
    // Found by the search box, as a manager with a long list would: the click then does not
    // depend on which page of the list, or which earlier filter, the list comes back with.
    await page.getByRole('menuitem', { name: '用户与权限' }).click();
    await page.waitForURL(/#\/users(\?|$)/);
    await page.getByLabel('搜索').fill('branch4');
    await page.waitForURL(/branch4/);
    await rows(page).filter({ hasText: 'branch4' }).first().click();
    await page.waitForURL(/#\/users\/\d+\/show/);
    await page.getByRole('button', { name: '重置密码' }).click();
    await page.getByRole('dialog').getByText('将生成一个临时密码').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: '重置密码' }).click();
    await page.getByTestId('temporary-password-value').waitFor();
    const reset = await page.getByTestId('temporary-password-value').inputValue();
    expect(reset).toMatch(/^\w{5}-\w{5}-\w{5}$/);
    await page.getByRole('button', { name: '我已保存，关闭' }).click();
    await page.getByRole('button', { name: '停用' }).click();
    await page.getByRole('dialog').getByText('立即退出所有设备').waitFor();
    await screenshot(page, 'accounts-04-deactivate-confirm');
    await page.getByRole('dialog').getByRole('button', { name: '停用' }).click();
    await page.getByText('账号已停用').waitFor();
    await page.getByRole('button', { name: '启用' }).waitFor();
    await page.close();

    // The new user: only the change form until the password is changed, then the console.
    const first = await signInWith('e2e.clerk', temporary);
    await first.getByTestId('forced-password-change').waitFor();
    expect(await first.getByRole('menuitem', { name: '支部' }).count()).toBe(0);
    await screenshot(first, 'accounts-05-forced-change');
    await first.getByLabel('当前密码').fill(temporary);
    await first.getByLabel(/^新密码/).fill('fivestar');
    await first.getByLabel('再次输入新密码').fill('fivestar');
    await first.getByRole('button', { name: '修改密码' }).click();
    await first.getByRole('alert').getByText('密码至少需要 10 个字符').waitFor();
    await first.getByLabel(/^新密码/).fill('Kirschblueten-2026');
    await first.getByLabel('再次输入新密码').fill('Kirschblueten-2026');
    await first.getByRole('button', { name: '修改密码' }).click();
    await first.getByRole('menuitem', { name: '支部' }).waitFor();
    await first.close();
  });

  it('我的账户 lists my sessions and signs out the other devices', async () => {
    const other = await t.login('leader');
    const page = await suite.signIn('leader');
    await page.getByLabel('个人').click();
    await page.getByRole('menuitem', { name: '我的账户' }).click();
    await page.waitForURL(/#\/my-account/);
    const table = page.getByTestId('my-sessions');
    await table.getByText('当前设备').waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'accounts-06-my-sessions');
    await page.getByRole('button', { name: '退出其他设备' }).click();
    await page.getByText('已退出其他设备').waitFor();
    expect(errorOf(await t.gql(USERS, {}, other)).extensions.code).toBe('UNAUTHENTICATED');
    await page.close();
  });

  it('a township user sees only their branches’ accounts and may reset but not grant', async () => {
    const page = await suite.signIn('township');
    await page.getByRole('menuitem', { name: '用户与权限' }).click();
    await page.waitForURL(/#\/users/);
    await rows(page).filter({ hasText: 'branch' }).first().waitFor();
    const names = (await rows(page).allInnerTexts()).map((r) => r.split('\t')[0].trim());
    expect(names).toContain('branch');
    expect(names).not.toContain('admin');
    expect(names).not.toContain('township2');
    await screenshot(page, 'accounts-07-township-list');
    await rows(page).filter({ hasText: 'branch2' }).first().click();
    await page.waitForURL(/#\/users\/\d+\/show/);
    await page.getByRole('button', { name: '重置密码' }).waitFor();
    expect(await page.getByRole('button', { name: '授予角色' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '撤销' }).count()).toBe(0);
    await page.close();
  });

  it('a branch user has no such menu, and the API refuses them', async () => {
    const page = await suite.signIn('branch');
    await page.getByRole('menuitem', { name: '支部' }).waitFor();
    expect(await page.getByRole('menuitem', { name: '用户与权限' }).count()).toBe(0);
    expect(await page.getByText('系统管理').count()).toBe(0);
    await page.goto(`${t.url}/admin/#/users`);
    await page.waitForURL(/access-denied/);
    await page.close();
    const token = await t.login('branch');
    expect(errorOf(await t.gql(USERS, {}, token)).extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'AUTH.ROLE_REQUIRED',
    });
  });
});
