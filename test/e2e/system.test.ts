/**
 * The district admin's system screens in the console: 接口令牌 (a token created, its secret shown
 * once and copied, used as a bearer by an integrator, then revoked from its row) and 审计记录 (the
 * token's creation found by operation, its before → after table, times in Beijing time whatever
 * the browser's zone, the hash chain verified — and reported broken after tampering). Other roles
 * see neither entry.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { dataOf, errorOf, postGraphql, type TestApp } from '../helpers/app';
import { browserSuite, describeE2E, E2E_WAIT as WAIT, screenshot } from './browser';
import { graphql } from '../gql';

jest.setTimeout(300_000);

const CREATE = graphql(`
  mutation CreateApiToken($n: String!, $u: ID!) {
    createApiToken(input: { name: $n, unitId: $u }) {
      token
      apiToken {
        id
      }
    }
  }
`);

/** Beijing wall-clock parts of a moment, computed here independently of the console's code. */
function shanghai(at: string | Date) {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(at));
  const p = Object.fromEntries(parts.map((x) => [x.type, x.value]));
  return { minute: `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`, time: `${p.hour}:${p.minute}:${p.second}` };
}

describeE2E('system screens (API tokens, audit trail) in a browser', () => {
  const suite = browserSuite();
  let t: TestApp;

  beforeAll(() => ({ t } = suite));

  const signIn = (username: string, timezoneId?: string): Promise<Page> => suite.signIn(username, { timezoneId });

  /** What an integrator does with a token: a plain GraphQL request with it as the bearer. */
  const asIntegrator = (token: string) =>
    postGraphql(
      t.url,
      graphql(`
        query BranchesTotal {
          branches(perPage: 1) {
            total
          }
        }
      `),
      undefined,
      token,
    );

  const dataRowNames = async (page: Page) =>
    (await page.locator('.RaDataTable-table tbody tr').allInnerTexts()).map((r) => r.split('\t')[0].trim());

  /** The rows once they satisfy `ready` (the previous page stays on screen while the next one loads). */
  async function rowNamesWhen(page: Page, ready: (names: string[]) => boolean): Promise<string[]> {
    const deadline = Date.now() + WAIT;
    for (;;) {
      const names = await dataRowNames(page);
      if (ready(names) || Date.now() > deadline) return names;
      await page.waitForTimeout(200);
    }
  }

  it('a district admin creates a token shown once, an integrator reads with it, and revoking it in the console shuts it out', async () => {
    const admin = await t.login('admin');
    const township = dataOf(
      await t.gql(
        graphql(`
          query UnitsItems {
            units(filter: { level: TOWNSHIP, search: "樱桃沟景区" }) {
              items {
                id
                name
              }
            }
          }
        `),
        {},
        admin,
      ),
    ).units.items[0];
    const inScope = dataOf(
      await t.gql(
        graphql(`
          query SystemBranches($u: ID!) {
            branches(filter: { withinId: $u }) {
              total
            }
          }
        `),
        { u: township.id },
        admin,
      ),
    ).branches.total;
    expect(inScope).toBeGreaterThan(0);
    // Two more tokens to sort by name.
    for (const n of ['aaa 排序测试', 'zzz 排序测试']) dataOf(await t.gql(CREATE, { n, u: township.id }, admin));

    const page = await signIn('admin');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: t.url });
    await page.getByText('系统管理').waitFor();
    await page.getByRole('menuitem', { name: '审计记录' }).waitFor();
    await page.getByRole('menuitem', { name: '接口令牌' }).click();
    await page.getByRole('link', { name: '新建' }).click();
    await page.waitForURL(/#\/apiTokens\/create/);
    await page.getByRole('textbox', { name: '名称（用途）' }).fill('二七先锋公众号');
    await page.getByLabel('可读取范围（含下级）').fill('樱桃沟景区');
    await page.getByRole('option', { name: township.name, exact: true }).click();
    await page.getByLabel('有效天数').fill('30');
    await screenshot(page, 'system-01-token-form');
    await page.getByRole('button', { name: '保存' }).click();

    // The secret, this once, with the warning and a working copy button.
    const dialog = page.getByTestId('created-token');
    await dialog.getByText('令牌只显示这一次！关闭本窗口后无法再次查看').waitFor();
    const secret = await page.getByTestId('api-token-secret').inputValue();
    expect(secret).toMatch(/^fs_[\w-]{40,}$/);
    await dialog.getByRole('button', { name: '复制令牌' }).click();
    await page.getByText('令牌已复制到剪贴板').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await screenshot(page, 'system-02-token-shown-once');

    // An integrator reads the unit's subtree with it.
    const read = await asIntegrator(secret);
    expect(read.errors).toBeUndefined();
    expect(read.data?.branches.total).toBe(inScope);

    // Closed: back on the list, and the secret is nowhere on the page any more.
    await dialog.getByRole('button', { name: '我已保存，关闭' }).click();
    await page.waitForURL(/#\/apiTokens(\?.*)?$/);
    const row = page.locator('.RaDataTable-table tbody tr').filter({ hasText: '二七先锋公众号' });
    await row.getByTestId('token-status').getByText('有效').waitFor();
    await row.getByText(township.name).waitFor();
    expect(await page.content()).not.toContain(secret);
    await screenshot(page, 'system-03-token-list');

    // Sorting by name, both ways, and paging.
    const unsorted = await dataRowNames(page);
    await page.getByRole('columnheader', { name: '名称（用途）' }).getByRole('button').click();
    await page.waitForURL(/sort=name/);
    await page.waitForURL(/order=ASC/);
    const aBeforeZ = (names: string[]) => names.indexOf('aaa 排序测试') < names.indexOf('zzz 排序测试');
    const ascending = await rowNamesWhen(page, aBeforeZ);
    expect(aBeforeZ(ascending)).toBe(true);
    expect([...ascending].sort()).toEqual([...unsorted].sort());
    await page.getByRole('columnheader', { name: '名称（用途）' }).getByRole('button').click();
    await page.waitForURL(/order=DESC/);
    const descending = await rowNamesWhen(page, (names) => !aBeforeZ(names));
    expect(descending).toEqual([...ascending].reverse());
    await page.goto(`${t.url}/admin/#/apiTokens?sort=name&order=ASC&page=2&perPage=1`);
    await page.locator('.RaDataTable-table tbody tr').first().getByText(ascending[1], { exact: true }).waitFor();
    expect(await dataRowNames(page)).toEqual([ascending[1]]);
    await page.goto(`${t.url}/admin/#/apiTokens?sort=createdAt&order=DESC&page=1&perPage=25`);

    // Revoked from its row after a confirmation: the same call is now refused.
    await row.getByRole('button', { name: '吊销' }).click();
    const confirm = page.getByRole('dialog');
    await confirm.getByText('吊销接口令牌“二七先锋公众号”？').waitFor();
    await confirm.getByText('立即无法访问接口').waitFor();
    await screenshot(page, 'system-04-token-revoke-confirm');
    await confirm.getByRole('button', { name: '吊销' }).click();
    await page.getByText('接口令牌已吊销').waitFor();
    await row.getByTestId('token-status').getByText('已吊销').waitFor();
    expect(await row.getByRole('button', { name: '吊销' }).count()).toBe(0);
    const refused = await asIntegrator(secret);
    expect(refused.data?.branches).toBeUndefined();
    expect(refused.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    await screenshot(page, 'system-05-token-revoked');
    await page.close();
  });

  it('the audit trail finds a token creation by operation, opens it as a before/after table in Beijing time, and verifies the chain', async () => {
    const admin = await t.login('admin');
    const unit = dataOf(
      await t.gql(
        graphql(`
          query SystemUnits {
            units(filter: { level: TOWNSHIP }, perPage: 1) {
              items {
                id
              }
            }
          }
        `),
        {},
        admin,
      ),
    ).units.items[0];
    const created = dataOf(await t.gql(CREATE, { n: '审计演示令牌', u: unit.id }, admin)).createApiToken.apiToken;
    const entry = dataOf(
      await t.gql(
        graphql(`
          query AuditEntries($f: AuditFilterInput) {
            auditEntries(filter: $f) {
              items {
                id
                at
              }
            }
          }
        `),
        { f: { operation: 'createApiToken', targetId: created.id } },
        admin,
      ),
    ).auditEntries.items[0];
    expect(entry).toBeTruthy();
    const at = shanghai(entry.at);

    // A browser in UTC: the console must still show and take Beijing time.
    const page = await signIn('admin', 'UTC');
    await page.getByRole('menuitem', { name: '审计记录' }).click();
    const rows = page.locator('.RaDataTable-table tbody tr');
    await rows.filter({ hasText: '登录成功' }).first().waitFor();
    await page.getByLabel('操作', { exact: true }).fill('createApiToken');
    await page.getByRole('option', { name: /createApiToken/ }).click();
    await page.waitForURL(/createApiToken/);
    // Sign-ins (shown above) leave the page once the filtered page has come.
    await rows.filter({ hasText: '登录成功' }).first().waitFor({ state: 'detached' });
    expect(await rows.filter({ hasText: '登录成功' }).count()).toBe(0);
    const row = rows.filter({ hasText: new RegExp(`#${created.id}(?!\\d)`) });
    await row.waitFor();
    const rowText = await row.innerText();
    expect(rowText).toContain('新建接口令牌');
    expect(rowText).toContain('admin');
    expect(rowText).toContain(at.time);
    await screenshot(page, 'system-06-audit-filtered');

    // Opened: each field before → after, readable, the secret hidden.
    await row.getByText(`#${created.id}`).click();
    const changes = page.getByTestId('audit-changes');
    await changes.waitFor();
    expect(await changes.getByRole('columnheader').allInnerTexts()).toEqual(['字段', '修改前', '修改后']);
    const cells = async (label: string) =>
      changes.getByRole('row').filter({ hasText: label }).getByRole('cell').allInnerTexts();
    const name = await cells('名称（用途）');
    expect(name[0]).toContain('名称（用途）');
    expect(name.slice(1)).toEqual(['—', '审计演示令牌']);
    expect((await cells('令牌哈希')).slice(1)).toEqual(['—', '（已隐藏）']);
    // Moments in the trail are shown in Beijing time, not as raw ISO strings.
    const expires = dataOf(
      await t.gql(
        graphql(`
          query ApiTokens {
            apiTokens(perPage: 100) {
              items {
                id
                expiresAt
              }
            }
          }
        `),
        {},
        admin,
      ),
    ).apiTokens.items.find((x) => x.id === created.id)!.expiresAt;
    expect((await cells('过期时间'))[2]).toContain(shanghai(expires).time);
    expect(await page.getByTestId('audit-entry-panel').innerText()).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    await page.locator('.MuiCollapse-entered [data-testid="audit-entry-panel"]').waitFor();
    await screenshot(page, 'system-07-audit-entry-open');

    // 导出 writes the filtered trail as read on screen: labels, Beijing time, each change on a line.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出' }).click(),
    ]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]).toBe(
      '序号,时间,操作用户,操作,动作,对象类型,对象标识,字段变化,客户端地址,前一条哈希,本条哈希',
    );
    const exported = csv.slice(1).split('\r\n').slice(1).join('\r\n');
    expect(exported).toContain(`${entry.id},${at.minute.replace('T', ' ').replace(/-/g, '/')}`);
    expect(exported).toContain('名称（用途）: — → 审计演示令牌');
    expect(exported).toContain('令牌哈希: — → （已隐藏）');
    expect(exported).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    // Only what the filter shows: every entry is a token creation.
    const listed = dataOf(
      await t.gql(
        graphql(`
          query AuditEntriesTotal($f: AuditFilterInput) {
            auditEntries(filter: $f) {
              total
            }
          }
        `),
        { f: { operation: 'createApiToken' } },
        admin,
      ),
    ).auditEntries.total;
    expect(exported.match(/\(createApiToken\)/g)?.length).toBe(listed);
    expect(exported).not.toContain('登录成功');

    // 截止时间 is Beijing time and exclusive: up to the entry's minute leaves it out, a minute later takes it in.
    const until = page.getByLabel('截止时间（北京时间，不含）');
    await until.fill(at.minute);
    await row.waitFor({ state: 'detached' });
    await until.fill(shanghai(new Date(new Date(entry.at).getTime() + 60_000)).minute);
    await row.waitFor();

    // The chain, verified by the server: intact, with as many entries as the API counts.
    await page.getByRole('button', { name: '校验审计链' }).click();
    const result = page.getByTestId('audit-chain-result');
    await result.getByText('审计链完整').waitFor();
    const verified = dataOf(
      await t.gql(
        graphql(`
          query VerifyAuditChain {
            verifyAuditChain {
              valid
              checked
              firstInvalidId
            }
          }
        `),
        {},
        admin,
      ),
    ).verifyAuditChain;
    expect(verified.valid).toBe(true);
    expect(await result.innerText()).toContain(`已校验 ${verified.checked} 条记录`);
    await screenshot(page, 'system-08-audit-chain-intact');

    // Tampered behind the append-only trigger (only a superuser can): the console says where.
    const em = t.orm.em.fork();
    await em.execute('alter table audit_entry disable trigger audit_entry_no_update');
    await em.execute(`update audit_entry set changes = '{"name": {"after": "forged"}}' where id = ?`, [entry.id]);
    await em.execute('alter table audit_entry enable trigger audit_entry_no_update');
    await page.getByRole('button', { name: '校验审计链' }).click();
    await result.getByText('审计链校验未通过').waitFor();
    expect(await result.innerText()).toContain(`第一条不一致的记录序号为 ${entry.id}`);
    await screenshot(page, 'system-09-audit-chain-broken');
    await page.close();
  });

  it('fits a 375 px phone: tokens with their revoke button, the trail opening to its changes', async () => {
    const page = await suite.signIn('admin', { viewport: { width: 375, height: 800 } });
    const admin = await t.login('admin');
    const unit = dataOf(
      await t.gql(
        graphql(`
          query SystemUnits {
            units(filter: { level: TOWNSHIP }, perPage: 1) {
              items {
                id
              }
            }
          }
        `),
        {},
        admin,
      ),
    ).units.items[0];
    dataOf(await t.gql(CREATE, { n: '手机查看令牌', u: unit.id }, admin));
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    await page.goto(`${t.url}/admin/#/apiTokens`);
    const item = page.getByRole('listitem').filter({ hasText: '手机查看令牌' });
    await item.getByText('有效').waitFor();
    await item.getByRole('button', { name: '吊销' }).waitFor();
    expect(await fits()).toBe(true);
    await screenshot(page, 'system-11-phone-tokens');
    await page.goto(`${t.url}/admin/#/auditEntries`);
    const row = page.locator('.RaDataTable-table tbody tr').filter({ hasText: '新建接口令牌' }).first();
    await row.click();
    await page.locator('.MuiCollapse-entered [data-testid="audit-changes"]').getByText('手机查看令牌').waitFor();
    expect(await fits()).toBe(true);
    await screenshot(page, 'system-12-phone-audit');
    await page.close();
  });

  it.each(['township', 'branch'])(
    '%s sees neither entry, is turned away from both pages, and the server refuses both lists',
    async (username) => {
      const page = await signIn(username);
      await page.goto(`${t.url}/admin/#/apiTokens`);
      await page.waitForURL(/access-denied/);
      await page.getByText('您没有访问此页面的权限').waitFor();
      await page.goto(`${t.url}/admin/#/auditEntries`);
      await page.waitForURL(/access-denied/);
      await page.getByText('您没有访问此页面的权限').waitFor();
      // By now the menu has settled: a resource every role lists is there, the system ones are not.
      await page.getByRole('menuitem', { name: '支部' }).waitFor();
      expect(await page.getByRole('menuitem', { name: '接口令牌' }).count()).toBe(0);
      expect(await page.getByRole('menuitem', { name: '审计记录' }).count()).toBe(0);
      // Township staff manage their branches' accounts: 系统管理 holds 用户与权限 only; branch staff see no such group.
      if (username === 'township') await page.getByRole('menuitem', { name: '用户与权限' }).waitFor();
      expect(await page.getByText('系统管理').count()).toBe(username === 'township' ? 1 : 0);
      await page.getByRole('menuitem', { name: '支部' }).scrollIntoViewIfNeeded();
      await screenshot(page, `system-10-${username}-no-system-menu`);
      await page.close();
      const token = await t.login(username);
      expect(
        errorOf(
          await t.gql(
            graphql(`
              query ApiTokensTotal {
                apiTokens {
                  total
                }
              }
            `),
            {},
            token,
          ),
        ).extensions.code,
      ).toBe('FORBIDDEN');
      expect(
        errorOf(
          await t.gql(
            graphql(`
              query SystemAuditEntries {
                auditEntries {
                  total
                }
              }
            `),
            {},
            token,
          ),
        ).extensions.code,
      ).toBe('FORBIDDEN');
    },
  );
});
