import fs from 'node:fs';
import { graphql } from '../gql';
/**
 * The admin console as its users see it, in headless Chromium: Chinese first, each demo role with
 * its menus and buttons, the branch list of a township, a branch's accountability chain matching
 * the API, an edit that saves, the English switch — and not one request leaving the machine.
 */
import type { Browser, Page } from 'playwright-core';
import { dataOf, type TestApp } from '../helpers/app';
import { browserSuite, describeE2E, E2E_WAIT as WAIT, screenshot, watchExternalRequests } from './browser';

// Headless Chromium renders without a GPU on two shared cores, next to the rest of the suite:
// the first paint of the console can take 15–20 s here, so waits are generous.
jest.setTimeout(240_000);

describeE2E('admin console in a browser', () => {
  const suite = browserSuite();
  const { external } = suite;
  let t: TestApp;
  let browser: Browser;

  beforeAll(() => ({ t, browser } = suite));

  const signIn = (username: string, viewport?: { width: number; height: number }): Promise<Page> =>
    suite.signIn(username, { viewport });

  it('shows a Chinese sign-in page and refuses a wrong password in Chinese', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.setDefaultTimeout(WAIT);
    const seen = watchExternalRequests(page);
    await page.goto(`${t.url}/admin/`);
    await page.getByText('五星支部创建监督平台').first().waitFor();
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('用户名或密码错误').waitFor();
    expect(await page.getByText('wrong username or password').count()).toBe(0);
    await screenshot(page, '01-login-refused');
    await page.close();
    external.push(...seen);
  });

  it('says a server error by its reason, in English after the language switch', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.setDefaultTimeout(WAIT);
    await page.goto(`${t.url}/admin/`);
    await page.getByText('五星支部创建监督平台').first().waitFor();
    await page.getByRole('button', { name: /中文/ }).first().click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.locator('input[name="username"]').fill('admin');
    await page.locator('input[name="password"]').fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('wrong username or password').waitFor();
    expect(await page.getByText('用户名或密码错误').count()).toBe(0);
    await page.close();
  });

  // The menu of each role is what it works on (menuFor in admin/src/permissions.ts); written out
  // here so that a change to it is a change to this test too.
  const ORG_ALL = ['组织单元', '支部', '责任链', '人员', '任职', '包星责任人', '联系点'];
  const STARS_ALL = ['创建规划', '规划任务', '挂图作战', '创星申请'];
  // 星级预警 for those who answer for the stars (not for branches).
  const STARS_WARNED = ['创建规划', '规划任务', '挂图作战', '星级预警', '创星申请'];
  const PUBLICITY = ['创建动态', '学讲评会议', '清单事项'];
  const MENUS: Record<string, string[]> = {
    admin: [
      ...ORG_ALL,
      ...STARS_WARNED,
      ...PUBLICITY,
      ...['职能部门', '创星专班', '星类型', '重点任务'],
      ...['暗访', '问题', '整改', '每日报告', '月度观摩', '季度评比', '督导组'],
      ...['居民诉求', '社区半月谈', '民情三率', '志愿者与监督员', '志愿服务活动'],
      ...['我的测试', '测试场次', '专题培训', '题库'],
      ...['用户与权限', '数据导入', '接口令牌', '数据推送', '审计记录'],
    ],
    leader: [
      ...['组织单元', '支部', '责任链'],
      ...['创建规划', '挂图作战', '星级预警', '创星申请'],
      ...['暗访', '问题', '整改', '每日报告', '月度观摩', '季度评比'],
      ...PUBLICITY,
      ...['居民诉求', '民情三率'],
      ...['测试场次', '专题培训'],
    ],
    taskforce: [...STARS_WARNED, ...['支部', '责任链', '包星责任人'], '重点任务', ...['整改', '季度评比'], '我的测试'],
    supervisor: [
      ...['现场暗访（离线）', '暗访', '问题', '整改', '每日报告', '季度评比', '督导组'],
      ...['组织单元', '支部', '责任链'],
      '我的测试',
    ],
    township: [
      ...STARS_WARNED,
      ...PUBLICITY,
      ...['组织单元', '支部', '责任链', '人员', '任职', '包星责任人'],
      ...['暗访', '问题', '整改', '每日报告', '月度观摩', '季度评比'],
      ...['居民诉求', '民情三率', '志愿者与监督员', '志愿服务活动'],
      ...['我的测试', '测试场次', '专题培训', '题库'],
      ...['用户与权限', '数据导入'],
    ],
    branch: [
      ...STARS_ALL,
      ...PUBLICITY,
      ...['整改', '每日报告'],
      ...['居民诉求', '社区半月谈', '志愿者与监督员', '志愿服务活动'],
      '我的测试',
      ...['支部', '责任链'],
    ],
  };

  it.each([
    ['admin', true],
    ['leader', false],
    ['taskforce', false],
    ['supervisor', false],
    ['township', false],
    ['branch', false],
  ])(
    '%s sees the menu of its work (system management only as district admin); catalog editing only for district admins',
    async (username, canEditCatalog) => {
      const page = await signIn(username as string);
      const expected = ['首页', ...MENUS[username as string]];
      for (const item of expected) await page.getByRole('menuitem', { name: item, exact: true }).waitFor();
      const menu = (await page.getByRole('menuitem').allInnerTexts()).map((x) => x.trim());
      expect(menu).toEqual(expected);
      if (menu.includes('重点任务')) {
        await page.getByRole('menuitem', { name: '重点任务' }).click();
        await page.getByText('R-IP-01').first().waitFor();
        expect(await page.getByRole('link', { name: '新建' }).count()).toBe(canEditCatalog ? 1 : 0);
      }
      await screenshot(page, `02-menus-${username}`);
      await page.close();
    },
  );

  it('a township secretary sees exactly the branches of their township and edits one', async () => {
    const page = await signIn('township');
    await page.getByRole('menuitem', { name: '支部' }).click();
    // (The dashboard names the same branches in its charts: wait for the list's own rows.)
    await page.locator('table tbody tr').filter({ hasText: '樱桃沟社区' }).first().waitFor();
    const rows = page.locator('table tbody tr');
    await expect(rows.count()).resolves.toBe(9);
    expect(await page.getByText('建新南街社区').count()).toBe(0);
    await screenshot(page, '03-township-branches');
    // Open a branch and rename it.
    await rows.filter({ hasText: '樱桃沟社区' }).first().getByText('樱桃沟社区').first().click();
    await page.getByRole('link', { name: '编辑' }).click();
    const name = page.getByLabel('名称');
    await name.fill('樱桃沟社区（浏览器测试）');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('樱桃沟社区（浏览器测试）').first().waitFor();
    await screenshot(page, '04-branch-renamed');
    const admin = await t.login('admin');
    const found = dataOf(
      await t.gql(
        graphql(`
          query Branches {
            branches(filter: { search: "浏览器测试" }) {
              total
            }
          }
        `),
        {},
        admin,
      ),
    );
    expect(found.branches.total).toBe(1);
    await page.close();
  });

  it('draws the accountability chain of a branch as the API answers it', async () => {
    const admin = await t.login('admin');
    const branch = dataOf(
      await t.gql(
        graphql(`
          query BranchesItems {
            branches(filter: { search: "建新南街社区" }) {
              items {
                id
              }
            }
          }
        `),
        {},
        admin,
      ),
    ).branches.items[0];
    const chain = dataOf(
      await t.gql(
        graphql(`
          query AccountabilityChain($b: ID!) {
            accountabilityChain(branchId: $b, starCode: "STRONG_BRANCH") {
              links {
                role
                person {
                  name
                }
              }
            }
          }
        `),
        { b: branch.id },
        admin,
      ),
    ).accountabilityChain;
    const page = await signIn('admin');
    await page.goto(`${t.url}/admin/#/chain?branch=${branch.id}&star=STRONG_BRANCH`);
    for (const link of chain.links) await page.getByText(link.person!.name).first().waitFor();
    await screenshot(page, '05-chain');
    await page.close();
  });

  it('exports lists as CSV with Chinese headings and labels (Excel opens the BOM-marked UTF-8)', async () => {
    const page = await signIn('admin');
    for (const [resource, heading, value] of [
      ['rectifications', '整改措施', '整改'],
      ['positions', '角色', '支部书记'],
    ] as const) {
      await page.goto(`${t.url}/admin/#/${resource}`);
      await page.locator('table tbody tr').first().waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '导出' }).click(),
      ]);
      const csv = fs.readFileSync((await download.path())!, 'utf8');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const [header, ...rows] = csv.slice(1).split('\r\n');
      expect(header).toContain(heading);
      expect(rows.length).toBeGreaterThan(0);
      expect(csv).toContain(value);
    }
    await page.close();
  });

  it('when the session ends on the server, the next request brings the user back to sign in, then to the page they were on', async () => {
    const page = await signIn('leader');
    await page.getByRole('menuitem', { name: '组织单元' }).click();
    await page.locator('table tbody tr').first().waitFor();
    // Signed out elsewhere (another tab, an admin, the session's end): the token is dead on the server.
    const token = await page.evaluate(() => localStorage.getItem('fivestar.token'));
    expect(token).toBeTruthy();
    expect(
      (
        await t.gql(
          graphql(`
            mutation Logout {
              logout
            }
          `),
          {},
          token!,
        )
      ).status,
    ).toBe(200);
    await page.getByRole('menuitem', { name: '支部' }).click();
    await page.getByRole('button', { name: '登录' }).waitFor();
    await page.getByText('您的会话已结束，请重新登录').waitFor();
    expect(page.url()).toMatch(/#\/login/);
    expect(await page.evaluate(() => localStorage.getItem('fivestar.token'))).toBeNull();
    await screenshot(page, '05b-session-ended');
    await page.getByLabel('用户名').fill('leader');
    await page.getByLabel('密码').fill('fivestar');
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(/#\/branches/);
    await page.locator('table tbody tr').first().waitFor();
    await page.close();
  });

  it('switches to English and back', async () => {
    const page = await signIn('leader');
    await page.getByRole('button', { name: /中文/ }).first().click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Branches' }).waitFor();
    await screenshot(page, '06-english');
    await page.close();
  });

  it('is usable on a 375 px wide phone screen', async () => {
    const page = await signIn('branch', { width: 375, height: 812 });
    await page.goto(`${t.url}/admin/#/branches`);
    await page.getByText('樱桃沟社区').first().waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, '07-phone-branches');
    await page.close();
  });
});
