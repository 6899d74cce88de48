/**
 * 数据导入 in the browser, the way a district admin goes: the menu, the template (downloaded with
 * the session's token), a small file made here with exceljs (one new branch under an existing
 * township, by code) checked first — the preview counts 1 created and 确认导入 is offered — then
 * committed, the branch in the 支部 list and the batch in the history; a file naming an unknown
 * parent shows its problem at its row and column, 确认导入 stays disabled and nothing is written.
 */
import type { Page } from 'playwright-core';
import { browserSuite, describeE2E, screenshot } from './browser';
import { UNIT_HEADINGS, xlsx } from '../helpers/imports';

jest.setTimeout(300_000);

describeE2E('数据导入 in a browser', () => {
  const suite = browserSuite();
  const sql = <T>(q: string, params: unknown[] = []) => suite.t.orm.em.fork().getConnection().execute<T[]>(q, params);
  let townshipCode: string;

  beforeAll(async () => {
    townshipCode = (await sql<{ code: string }>(`select code from unit where name = '侯寨乡'`))[0].code;
  });

  const openImports = async (page: Page) => {
    await page.getByRole('menuitem', { name: '数据导入' }).click();
    await page.waitForURL(/#\/imports$/);
    await page.getByRole('button', { name: '下载模板' }).waitFor();
  };

  const upload = (page: Page, name: string, buffer: Buffer) =>
    Promise.all([
      page.waitForResponse((r) => r.url().includes('/imports/units?dryRun=1')),
      page.getByTestId('import-file').setInputFiles({
        name,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer,
      }),
    ]);

  it('downloads the template, previews a good file, commits it, and the branch is in the 支部 list', async () => {
    const page = await suite.signIn('admin');
    await openImports(page);

    const [template, download] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/imports/templates/units.xlsx')),
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载模板' }).click(),
    ]);
    expect(template.status()).toBe(200);
    expect(download.suggestedFilename()).toBe('units-template.xlsx');

    const good = await xlsx('单位', UNIT_HEADINGS, [
      ['E2E-IMP-B1', '浏览器导入村党支部', '村/社区党组织', townshipCode, null, '党支部', '农村', 5],
    ]);
    const [dry] = await upload(page, 'branch.xlsx', good);
    expect(dry.status()).toBe(200);
    await page.getByTestId('import-counts').filter({ hasText: '新建 1 条' }).waitFor();
    expect(await page.getByTestId('import-counts').innerText()).toBe('新建 1 条，更新 0 条，未变 0 条，问题 0 个');
    // The dry run wrote nothing.
    expect(await sql(`select id from unit where code = 'E2E-IMP-B1'`)).toHaveLength(0);
    await screenshot(page, 'imports-01-preview');

    const confirm = page.getByRole('button', { name: '确认导入' });
    expect(await confirm.isEnabled()).toBe(true);
    const [commit] = await Promise.all([
      page.waitForResponse(
        (r) => /\/imports\/units$/.test(new URL(r.url()).pathname) && r.request().method() === 'POST',
      ),
      confirm.click(),
    ]);
    expect(commit.status()).toBe(200);
    await page.getByText('导入完成：新建 1 条，更新 0 条').waitFor();
    // The history lists the batch; its report opens.
    const batch = page.getByTestId('import-batches').locator('tbody tr').filter({ hasText: 'branch.xlsx' });
    await batch.waitFor();
    expect(await batch.innerText()).toContain('admin');
    await batch.getByRole('button', { name: '查看报告' }).click();
    await page.getByRole('dialog').getByText('新建 1 条，更新 0 条，未变 0 条，问题 0 个').waitFor();
    await page.getByRole('button', { name: '关闭' }).click();
    await screenshot(page, 'imports-02-committed');

    await page.getByRole('menuitem', { name: '支部' }).click();
    await page.waitForURL(/#\/branches/);
    await page.getByLabel('搜索').fill('浏览器导入村');
    await page.locator('table tbody tr').filter({ hasText: '浏览器导入村党支部' }).first().waitFor();
    const [row] = await sql<{ parent_code: string }>(
      `select p.code as parent_code from unit u join unit p on p.id = u.parent_id where u.code = 'E2E-IMP-B1'`,
    );
    expect(row.parent_code).toBe(townshipCode);
    await page.close();
  });

  it('shows the problems of a bad file at their row and column, and writes nothing', async () => {
    const page = await suite.signIn('admin');
    await openImports(page);
    const bad = await xlsx('单位', UNIT_HEADINGS, [
      ['E2E-IMP-OK', '浏览器正常村党支部', '村/社区党组织', townshipCode, null, '党支部', '农村', 1],
      ['E2E-IMP-BAD', '浏览器错误村党支部', '村/社区党组织', 'NO-SUCH-PARENT', null, '党支部', '农村', 1],
    ]);
    const [dry] = await upload(page, 'bad.xlsx', bad);
    expect(dry.status()).toBe(200);
    const problems = page.getByTestId('import-problems').locator('tbody tr');
    await problems.first().waitFor();
    expect(await problems.count()).toBe(1);
    // Row 3 (headings are row 1), column D (上级单位编码), the message naming the code.
    const cells = (await problems.first().locator('td').allInnerTexts()).map((s) => s.trim());
    expect(cells.slice(0, 3)).toEqual(['单位', '3', 'D']);
    expect(cells[3]).toContain('NO-SUCH-PARENT');
    expect(await page.getByRole('button', { name: '确认导入' }).isDisabled()).toBe(true);
    await screenshot(page, 'imports-03-problems');
    expect(await sql(`select id from unit where code like 'E2E-IMP-%' and code <> 'E2E-IMP-B1'`)).toHaveLength(0);
    await page.close();
  });

  it.each([
    ['人员', 'people'],
    ['任职', 'positions'],
    ['组织单元', 'units'],
  ])('the %s list downloads its Excel export within the user’s unit', async (menu, kind) => {
    const page = await suite.signIn('township');
    const [unit] = await sql<{ id: string }>(`select id from unit where name = '樱桃沟景区管委会'`);
    await page.getByRole('menuitem', { name: menu, exact: true }).click();
    await page.getByRole('button', { name: '下载 Excel' }).waitFor();
    const [res, download] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === `/exports/${kind}.xlsx`),
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 Excel' }).click(),
    ]);
    expect(res.status()).toBe(200);
    expect(new URL(res.url()).searchParams.get('withinId')).toBe(String(unit.id));
    expect(download.suggestedFilename()).toBe(`${kind}.xlsx`);
    await page.close();
  });
});
