/**
 * Action buttons in the browser follow the record's allowedActions, the way a user goes: menu →
 * list → click a row. A branch sees its submitted rectification as 待督导组验收 with no supervisor
 * buttons; the supervisor sees and uses them; the township's 待我处理 filter lists its review queue;
 * and every resource with a record page opens from its list without a crash (the list's copy of a
 * record lacks what only the record page reads).
 */
import type { Page } from 'playwright-core';
import { dataOf, type TestApp } from '../helpers/app';
import { browserSuite, describeE2E, screenshot } from './browser';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

jest.setTimeout(600_000);

/** Resources with a record page, by their menu names (resources.<name>.name), in menu order. */
const RECORD_PAGES: [string, string][] = [
  ['units', '组织单元'],
  ['branches', '支部'],
  ['people', '人员'],
  ['positions', '任职'],
  ['contactPoints', '联系点'],
  ['plans', '创建规划'],
  ['planItems', '规划任务'],
  ['starApplications', '创星申请'],
  ['departments', '职能部门'],
  ['taskForces', '创星专班'],
  ['starTypes', '星类型'],
  ['keyTasks', '重点任务'],
  ['spotChecks', '暗访'],
  ['rectifications', '整改'],
  ['dailyReports', '每日报告'],
  ['monthlyObservations', '月度观摩'],
  ['supervisionTeams', '督导组'],
];

describeE2E('action buttons follow allowedActions', () => {
  const suite = browserSuite();
  let t: TestApp;
  const description = `浏览器测试：宣传栏内容过期 ${Date.now()}`;
  let rectificationId: string;

  beforeAll(() => ({ t } = suite));

  const api = async <R, V>(who: string, q: TypedDocumentNode<R, V>, v?: V) =>
    dataOf(await t.gql(q, v ?? ({} as V), await t.login(who)));

  /** Page errors and error pages are failures wherever the user goes. */
  function watchErrors(page: Page): string[] {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    return errors;
  }

  beforeAll(async () => {
    t.clock.set(new Date());
    const target = (
      await api(
        'branch',
        graphql(`
          query ActionsOwnBranch {
            branches(perPage: 1) {
              items {
                id
              }
            }
          }
        `),
      )
    ).branches.items[0].id;
    const team = (
      await api(
        'supervisor',
        graphql(`
          query ActionsTeams {
            supervisionTeams(perPage: 1) {
              items {
                id
              }
            }
          }
        `),
      )
    ).supervisionTeams.items[0].id;
    const check = (
      await api(
        'supervisor',
        graphql(`
          mutation ActionsPlan($i: PlanSpotCheckInput!) {
            planSpotCheck(input: $i) {
              id
            }
          }
        `),
        { i: { teamId: team, targetUnitId: target, plannedFor: '2026-12-01' } },
      )
    ).planSpotCheck.id;
    await api(
      'supervisor',
      graphql(`
        mutation ActionsStart($id: ID!) {
          startSpotCheck(id: $id, input: {}) {
            id
          }
        }
      `),
      { id: check },
    );
    const finding = (
      await api(
        'supervisor',
        graphql(`
          mutation ActionsRecord($id: ID!, $d: String!) {
            recordFinding(spotCheckId: $id, input: { severity: MAJOR, description: $d }) {
              id
            }
          }
        `),
        { id: check, d: description },
      )
    ).recordFinding.id;
    await api(
      'supervisor',
      graphql(`
        mutation ActionsComplete($id: ID!) {
          completeSpotCheck(id: $id, input: { summary: "浏览器测试", methodAttested: true }) {
            id
          }
        }
      `),
      { id: check },
    );
    rectificationId = (
      await api(
        'supervisor',
        graphql(`
          mutation ActionsAssign($f: ID!, $u: ID!) {
            assignRectification(
              findingId: $f
              input: { responsibleUnitId: $u, measures: "更新宣传栏", deadline: "2027-12-31" }
            ) {
              id
            }
          }
        `),
        { f: finding, u: target },
      )
    ).assignRectification.id;
    // An application for the township's queue: the first star the branch may still apply for.
    const own = (
      await api(
        'branch',
        graphql(`
          query ActionsBranchCategory {
            branches(perPage: 1) {
              items {
                id
                category
              }
            }
          }
        `),
      )
    ).branches.items[0];
    const stars = (
      await api(
        'branch',
        graphql(`
          query ActionsStarTypes {
            starTypes {
              code
            }
          }
        `),
      )
    ).starTypes;
    const branchToken = await t.login('branch');
    let applied = false;
    for (const { code } of stars) {
      const tasks = (
        await api(
          'branch',
          graphql(`
            query ActionsKeyTasks($s: String, $c: BranchCategory) {
              keyTasks(filter: { starCode: $s, category: $c }, perPage: 1) {
                items {
                  id
                }
              }
            }
          `),
          { s: code, c: own.category },
        )
      ).keyTasks.items;
      if (!tasks.length) continue;
      const r = await t.gql(
        graphql(`
          mutation ActionsApply($i: ApplyForStarInput!) {
            applyForStar(input: $i) {
              id
            }
          }
        `),
        {
          i: {
            branchId: own.id,
            starCode: code,
            year: new Date().getFullYear(),
            items: [{ keyTaskId: tasks[0].id, met: true, score: 3 }],
          },
        },
        branchToken,
      );
      if (!r.errors?.length) {
        applied = true;
        break;
      }
    }
    expect(applied).toBe(true);
    await api(
      'branch',
      graphql(`
        mutation ActionsSubmit($id: ID!) {
          submitRectification(id: $id, input: { note: "已更新宣传栏" }) {
            id
          }
        }
      `),
      { id: rectificationId },
    );
  });

  /** Menu → 整改 → the row of the test's finding → its record page. */
  async function openRectification(page: Page): Promise<void> {
    await page.getByRole('menuitem', { name: '整改' }).click();
    await page.waitForURL(/#\/rectifications/);
    await page.getByRole('row').filter({ hasText: description }).first().click();
    await page.waitForURL(new RegExp(`rectifications/${rectificationId}/show`));
  }

  it('the branch opens its submitted rectification from the list: 待督导组验收, no supervisor buttons', async () => {
    const page = await suite.signIn('branch');
    const errors = watchErrors(page);
    await openRectification(page);
    await page.getByTestId('rectification-waiting').getByText('待督导组验收').waitFor();
    await page.getByText('已更新宣传栏').first().waitFor();
    for (const name of ['验收通过（销号）', '退回重改', '提交整改'])
      expect({ name, count: await page.getByRole('button', { name }).count() }).toEqual({ name, count: 0 });
    expect(await page.getByLabel('意见').count()).toBe(0);
    await screenshot(page, 'actions-01-branch-waiting');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the supervisor opens the same record from the list, sees the buttons and verifies it', async () => {
    const page = await suite.signIn('supervisor');
    const errors = watchErrors(page);
    await openRectification(page);
    await page.getByRole('button', { name: '验收通过（销号）' }).waitFor();
    await page.getByRole('button', { name: '退回重改' }).waitFor();
    expect(await page.getByTestId('rectification-waiting').count()).toBe(0);
    await screenshot(page, 'actions-02-supervisor-buttons');
    await page.getByLabel('意见').fill('现场复核通过');
    await page.getByRole('button', { name: '验收通过（销号）' }).click();
    await page.getByText('已销号').first().waitFor();
    await page.getByText('现场复核通过').first().waitFor();
    expect(await page.getByRole('button', { name: '验收通过（销号）' }).count()).toBe(0);
    const after = await api(
      'supervisor',
      graphql(`
        query ActionsRectification($id: ID!) {
          rectification(id: $id) {
            status
            allowedActions
          }
        }
      `),
      { id: rectificationId },
    );
    expect(after.rectification).toEqual({ status: 'CLOSED', allowedActions: [] });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('待我处理 as the township: its review queue, the same as the API says, status chips that are not buttons', async () => {
    const QUEUE = graphql(`
      query ActionsQueue {
        starApplications(filter: { actionable: true }, perPage: 100) {
          total
          items {
            id
            status
            allowedActions
          }
        }
      }
    `);
    const queue = (await api('township', QUEUE)).starApplications;
    expect(queue.total).toBeGreaterThan(0);
    expect(queue.items.every((a) => a.allowedActions.includes('APPROVE'))).toBe(true);
    const page = await suite.signIn('township');
    const errors = watchErrors(page);
    await page.getByRole('menuitem', { name: '创星申请' }).click();
    await page.waitForURL(/#\/starApplications/);
    await page.getByLabel('待我处理').check();
    await page.waitForURL(/actionable/);
    await page.getByText(`第 1-${Math.min(queue.total, 25)} 条，共 ${queue.total} 条`).waitFor();
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBe(Math.min(queue.total, 25));
    for (let i = 0; i < (await rows.count()); i++) await rows.nth(i).getByText('待乡镇初审').first().waitFor();
    // A status chip is an outlined tag that lets clicks through to its row: no pointer of its own.
    const chip = rows.first().locator('.MuiChip-root').first();
    expect(await chip.evaluate((el) => getComputedStyle(el).pointerEvents)).toBe('none');
    expect(await chip.evaluate((el) => el.classList.contains('MuiChip-outlined'))).toBe(true);
    // Sorted by days waiting on the server, and opened from the list.
    await page.getByRole('columnheader', { name: '本环节已等待（天）' }).click();
    await page.waitForURL(/daysWaiting/);
    await rows.first().click();
    await page.waitForURL(/starApplications\/\d+\/show/);
    await page.getByRole('button', { name: '通过', exact: true }).waitFor();
    await screenshot(page, 'actions-03-township-queue');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('every resource with a record page opens from its list by a click, without a crash', async () => {
    const page = await suite.signIn('admin');
    const errors = watchErrors(page);
    for (const [resource, menu] of RECORD_PAGES) {
      await page.getByRole('menuitem', { name: menu, exact: true }).click();
      await page.waitForURL(new RegExp(`#/${resource}(\\?.*)?$`));
      // A unit with children opens its children on a click; a search lists units to open.
      if (resource === 'units') {
        await page.getByLabel('搜索').fill('樱桃沟社区');
        await page.waitForURL(/search/);
        await page.locator('tbody tr').filter({ hasText: '樱桃沟社区' }).first().waitFor();
      }
      await page.locator('tbody tr').first().click();
      await page.waitForURL(new RegExp(`#/${resource}/[^/]+/show`));
      // The record page, not an error page: its own title bar and no 出现错误.
      await page.locator('.RaShow-main, .RaShow-card').first().waitFor();
      expect({ resource, errorPage: await page.getByText('出现错误').count() }).toEqual({ resource, errorPage: 0 });
      expect({ resource, errors }).toEqual({ resource, errors: [] });
    }
    await page.close();
  });
});
