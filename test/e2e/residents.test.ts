/**
 * 民情 in the browser, the way people go: a resident submits the public form on a 375 px phone
 * (no sign-in, nothing loaded from elsewhere) and keeps the tracking code; the community's staff
 * find it in the inbox (menu → list → click) and take it through every stage; the resident
 * evaluates with the tracking code; the district reads the three rates and drills down.
 */
import type { Page } from 'playwright-core';
import { browserSuite, describeE2E, screenshot, watchExternalRequests } from './browser';

jest.setTimeout(300_000);
const PHONE = { width: 375, height: 812 };
const TITLE = '浏览器测试：单元门禁损坏';

describeE2E('residents in a browser', () => {
  const suite = browserSuite();
  let code = '';
  let community = '';

  const noOverflow = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  const residentPage = async () => {
    const page = await suite.browser.newPage({ viewport: PHONE, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    page.setDefaultTimeout(90_000);
    watchExternalRequests(page, suite.external);
    return page;
  };

  beforeAll(async () => {
    const [row] = await suite.t.orm.em
      .fork()
      .execute<{ id: number }[]>(`select id from unit where name = '建新南街社区' and level = 'BRANCH' limit 1`);
    community = String(row.id);
  });

  it('a resident submits the public form on a phone and gets a tracking code', async () => {
    const page = await residentPage();
    await page.goto(`${suite.t.url}/r/${community}`);
    await page.getByText('清风邮局').first().waitFor();
    await page.getByLabel('诉求类别').selectOption('HELP');
    await page.getByLabel('标题').fill(TITLE);
    await page.getByLabel('诉求内容').fill('2号楼1单元门禁坏了一周，老人进出不便。');
    await page.getByLabel('姓名', { exact: true }).fill('孙丽华');
    await page.getByLabel('联系电话', { exact: true }).fill('13912345678');
    await page.getByLabel('住址（可选）').fill('建新南街5号院2号楼1单元');
    expect(await noOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'res-01-form-phone');
    await page.getByRole('button', { name: '提交' }).click();
    await page.locator('#code').waitFor();
    code = (await page.locator('#code').textContent())!.trim();
    expect(code).toMatch(/^[2-9A-Z]{10}$/);
    // The tracking page masks the resident's own data.
    await page.getByText('孙** 139****5678').waitFor();
    expect(await page.content()).not.toContain('13912345678');
    expect(await noOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'res-02-tracking-phone');
    await page.close();
  });

  it('the community staff take it through every stage from the inbox', async () => {
    const page = await suite.signIn('jianxin');
    await page.getByRole('menuitem', { name: '居民诉求' }).click();
    await page.waitForURL(/#\/residentRequests/);
    // Overdue rows stand out (the demo has requests past their deadline).
    await page.locator('tr').filter({ hasText: '办理中' }).first().waitFor();
    const highlighted = await page.evaluate(
      () =>
        Array.from(document.querySelectorAll('tbody tr')).filter(
          (tr) => getComputedStyle(tr).backgroundColor === 'rgba(211, 47, 47, 0.12)',
        ).length,
    );
    expect(highlighted).toBeGreaterThan(0);
    await page.getByText(TITLE).click();
    await page.waitForURL(/#\/residentRequests\/\d+\/show/);
    // The handling staff see the resident in full.
    await page.getByText('13912345678').waitFor();
    await page.getByTestId('step-accept').click();
    await page.getByTestId('step-consult').waitFor();
    await page.getByLabel('议题').fill('门禁维修');
    await page.getByLabel('参会人员').fill('社区书记、物业经理、楼长');
    await page.getByLabel('商定的解决方案').fill('物业三日内更换门禁主板，费用由维修基金列支');
    await page.getByTestId('step-consult').click();
    await page.getByTestId('step-handle').waitFor();
    await page.getByLabel('责任单位').fill('小区物业');
    await page.getByLabel('责任人').fill('周经理');
    await page.getByTestId('step-handle').click();
    await page.getByTestId('step-feedback').waitFor();
    await page.getByLabel('办理情况（双白小灵通反馈）').fill('门禁主板已更换，电话告知孙女士');
    await page.getByTestId('step-feedback').click();
    await page.getByText('等待居民凭查询码评价').waitFor();
    const timeline = page.getByTestId('resident-timeline');
    for (const step of ['居民提交', '受理', '半月谈协商', '交办', '反馈'])
      await timeline.getByText(step).first().waitFor();
    await screenshot(page, 'res-03-staff-steps');
    await page.close();
  });

  it('the resident evaluates with the tracking code on the phone', async () => {
    const page = await residentPage();
    await page.goto(`${suite.t.url}/r/${community}`);
    await page.getByLabel('已提交？凭查询码查看进度').fill(code);
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByText('门禁主板已更换').waitFor();
    await page.getByLabel('请您评价办理结果').selectOption('SATISFIED');
    await page.getByRole('button', { name: '提交评价' }).click();
    await page.getByText('您的评价：满意').waitFor();
    await page.getByText('已办结').waitFor();
    expect(await noOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'res-04-evaluated-phone');
    await page.close();
  });

  it('a leader reads masked lists and the three rates with drill-down', async () => {
    const page = await suite.signIn('leader');
    await page.getByRole('menuitem', { name: '民情三率' }).click();
    await page.getByTestId('rates-summary').waitFor();
    await page.getByTestId('rates-children').getByRole('row').nth(1).click();
    await page.getByTestId('rates-trend').waitFor();
    await screenshot(page, 'res-05-rates');
    await page.getByRole('menuitem', { name: '居民诉求' }).click();
    await page.getByText(TITLE).click();
    await page.getByText('139****5678').waitFor();
    expect(await page.content()).not.toContain('13912345678');
    await page.getByTestId('resident-readonly').waitFor();
    await page.close();
  });
});
