/**
 * The rating lifecycle in the console: a branch secretary applies for a star, and each reviewer in
 * turn sees exactly the action that is theirs now, until the award shows on the branch's star tab.
 * Also the battle map board, the plan items' overdue filter and milestones, and a returned
 * application resubmitted with edited items.
 */
import type { Page } from 'playwright-core';
import { dataOf, type TestApp } from '../helpers/app';
import { browserSuite, describeE2E, E2E_WAIT as WAIT, screenshot } from './browser';
import { graphql } from '../gql';

jest.setTimeout(300_000);
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4c00000000049454e44ae426082',
  'hex',
);
const SHANGHAI_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
/** A calendar day in Beijing, `days` from today. */
const shanghaiDay = (days = 0) => SHANGHAI_DAY.format(new Date(Date.now() + days * 86_400_000));

describeE2E('stars screens in a browser', () => {
  // A one-day notice period and long sessions: the test moves the server clock past the notice.
  const suite = browserSuite({ STAR_NOTICE_DAYS: '1', SESSION_TTL_HOURS: '720' });
  let t: TestApp;

  beforeAll(() => ({ t } = suite));

  const signIn = (username: string, viewport?: { width: number; height: number }): Promise<Page> =>
    suite.signIn(username, { viewport });

  it('a branch applies for a star; township, task force, leader and admin each approve with the one button offered; the award raises the level', async () => {
    const branch = await signIn('branch');
    await branch.getByRole('menuitem', { name: '创星申请' }).click();
    await branch.getByRole('link', { name: '新建' }).click();
    await branch.getByLabel('支部').click();
    await branch.getByRole('option', { name: '樱桃沟社区' }).click();
    await branch.getByLabel('星类型').click();
    await branch.getByRole('option', { name: '产业兴旺星' }).click();
    // The star's key tasks for the branch's category come pre-filled, one item each, in catalogue order.
    await branch.getByLabel('重点任务').nth(1).waitFor();
    expect(await branch.getByLabel('重点任务').first().inputValue()).toMatch(/^C-\S+ /);
    await branch.getByLabel('自评分').first().fill('12');
    // Evidence is uploaded at once and sent with the item.
    await branch
      .getByTestId('evidence-file')
      .first()
      .setInputFiles({ name: '集体经济台账.png', mimeType: 'image/png', buffer: PNG });
    await branch.getByText('集体经济台账.png').waitFor();
    await screenshot(branch, 'stars-01-apply');
    await branch.getByRole('button', { name: '保存' }).click();
    await branch.getByTestId('application-status').getByText('待乡镇初审').waitFor();
    const id = /starApplications\/(\d+)\/show/.exec(branch.url())?.[1];
    expect(id).toBeTruthy();
    await branch.getByText('您当前无可执行的操作').waitFor();
    await branch.getByRole('button', { name: '集体经济台账.png' }).waitFor();
    await screenshot(branch, 'stars-02-submitted');
    await branch.close();

    const steps: [string, string][] = [
      ['township', '待专班审核'],
      ['taskforce', '待区级审定'],
      ['leader', '待公示'],
      ['admin', '公示中'],
    ];
    for (const [user, next] of steps) {
      const page = await signIn(user);
      await page.goto(`${t.url}/admin/#/starApplications/${id}/show`);
      await page.getByRole('button', { name: '通过', exact: true }).waitFor();
      // Only the reviewer's own actions: approve, reject, return — never award or resubmit.
      expect(await page.getByRole('button', { name: '命名', exact: true }).count()).toBe(0);
      expect(await page.getByRole('button', { name: '重新提交' }).count()).toBe(0);
      await page.getByRole('button', { name: '通过', exact: true }).click();
      await page.getByLabel('意见').fill(`${user} 审核通过`);
      await page.getByRole('button', { name: '确定' }).click();
      await page.getByTestId('application-status').getByText(next).waitFor();
      await screenshot(page, `stars-03-${user}`);
      await page.close();
    }

    // The notice period (one day here) passes.
    t.clock.set(new Date(Date.now() + 2 * 86_400_000));
    const admin = await signIn('admin');
    await admin.goto(`${t.url}/admin/#/starApplications/${id}/show`);
    await admin.getByRole('button', { name: '命名', exact: true }).click();
    await admin.getByRole('button', { name: '确定' }).click();
    await admin.getByTestId('application-status').getByText('已命名').waitFor();
    await admin.getByText('公示期满').or(admin.getByText('admin 审核通过')).first().waitFor();
    await screenshot(admin, 'stars-04-awarded');

    // The branch's star tab shows the new level and the history.
    const app = dataOf(
      await t.gql(
        graphql(`
          query StarApplication($id: ID!) {
            starApplication(id: $id) {
              branchId
            }
          }
        `),
        { id: id! },
        await t.login('admin'),
      ),
    ).starApplication;
    await admin.goto(`${t.url}/admin/#/branches/${app.branchId}/show/stars`);
    await admin.getByTestId('star-level').getByText('1 星').waitFor();
    // Stars by their Chinese names, never their codes: in the chips and in the history.
    await admin.getByText('产业兴旺星 · 已获得').waitFor();
    await admin.getByRole('cell', { name: '产业兴旺星' }).waitFor();
    expect(await admin.getByText(/INDUSTRY_PROSPERITY|STRONG_BRANCH/).count()).toBe(0);
    await screenshot(admin, 'stars-05-branch-stars');

    // The printable kit page opens from the star tab (fetched with the bearer token).
    const [kitPage] = await Promise.all([
      admin.context().waitForEvent('page'),
      admin.getByRole('button', { name: '打开打印页' }).click(),
    ]);
    await kitPage.waitForLoadState();
    await kitPage.getByText('创星进度表').first().waitFor();
    await kitPage.getByText('评定办法').first().waitFor();
    await screenshot(kitPage, 'stars-05b-kit-page');
    await kitPage.close();

    // Dynamic management: the district admin revokes the star with a reason; the level drops.
    await admin.getByLabel('星', { exact: true }).click();
    await admin.getByRole('option', { name: '产业兴旺星' }).click();
    await admin.getByLabel('原因').fill('发生安全事故');
    await admin.getByRole('button', { name: '取消星级' }).click();
    await admin.getByTestId('star-level').getByText('0 星').waitFor();
    await admin.getByText('发生安全事故').waitFor();
    await screenshot(admin, 'stars-05c-revoked');
    await admin.close();
  });

  it('shows the battle map of the district and of a township, and the overdue plan items', async () => {
    t.clock.set(new Date());
    const page = await signIn('admin');
    await page.getByRole('menuitem', { name: '挂图作战' }).click();
    await page.getByTestId('battle-map').getByText('樱桃沟景区管委会').waitFor();
    await screenshot(page, 'stars-06-battle-map');
    await page.getByRole('menuitem', { name: '规划任务' }).click();
    await page.getByLabel('只看逾期').check();
    await page.getByTestId('overdue').first().waitFor();
    await screenshot(page, 'stars-07-overdue-items');
    await page.getByRole('menuitem', { name: '创建规划' }).click();
    await page.getByText('二七区2026年五星支部创建规划').click();
    await page.getByText('三星成片、四星倍增、五星涌现').waitFor();
    await page.getByText('制定全区创建规划并分解任务').waitFor();
    await screenshot(page, 'stars-07b-district-plan');
    await page.close();
    // On a phone
    const phone = await signIn('township', { width: 375, height: 800 });
    await phone.goto(`${t.url}/admin/#/battle-map`);
    await phone.getByTestId('battle-map').getByText('樱桃沟社区').waitFor();
    await screenshot(phone, 'stars-08-battle-map-phone');
    await phone.close();
  });

  it('pairs a branch with another as township staff, lists it on both, and ends it', async () => {
    t.clock.set(new Date());
    const townshipToken = await t.login('township');
    const branches = dataOf(
      await t.gql(
        graphql(`
          query StarsBranches {
            branches(perPage: 3, sortField: "name") {
              items {
                id
                name
              }
            }
          }
        `),
        {},
        townshipToken,
      ),
    ).branches.items;
    const [strong, weak] = branches;
    const page = await signIn('township');
    await page.goto(`${t.url}/admin/#/branches/${strong.id}/show/stars`);
    const form = page.getByTestId('pair-form');
    await form.waitFor({ timeout: WAIT });
    await form.getByLabel('结对支部').fill(weak.name.slice(0, 3));
    await page.getByRole('option', { name: weak.name, exact: true }).click();
    await form.getByLabel('帮扶内容').fill('产业帮带');
    await form.getByRole('button', { name: '结对' }).click();
    await page.getByTestId('pairings').getByText(`帮扶 ${weak.name}`).waitFor();
    await screenshot(page, 'stars-09-pairing');
    // The weaker branch shows it from its side; the API agrees.
    await page.goto(`${t.url}/admin/#/branches/${weak.id}/show/stars`);
    await page.getByTestId('pairings').getByText(`受帮扶 ${strong.name}`).waitFor();
    const pairings = dataOf(
      await t.gql(
        graphql(`
          query WeakBranchPairings($id: ID!) {
            branch(id: $id) {
              pairings {
                id
                note
                endDate
                strongBranch {
                  id
                }
              }
            }
          }
        `),
        { id: weak.id },
        townshipToken,
      ),
    ).branch.pairings;
    expect(pairings).toEqual([
      expect.objectContaining({ note: '产业帮带', endDate: null, strongBranch: { id: strong.id } }),
    ]);
    await page.getByTestId('pairings').getByRole('button', { name: '结束结对' }).click();
    await page.getByTestId('pairings').getByText('已结束').waitFor();
    expect(
      dataOf(
        await t.gql(
          graphql(`
            query WeakBranchPairingEnds($id: ID!) {
              branch(id: $id) {
                pairings {
                  endDate
                }
              }
            }
          `),
          { id: weak.id },
          townshipToken,
        ),
      ).branch.pairings[0].endDate,
    ).not.toBeNull();
    // A branch secretary reads pairings but is offered no form.
    const own = dataOf(
      await t.gql(
        graphql(`
          query StarsBranchesItems {
            branches(perPage: 1) {
              items {
                id
              }
            }
          }
        `),
        {},
        await t.login('branch'),
      ),
    ).branches.items[0];
    const branch = await signIn('branch');
    await branch.goto(`${t.url}/admin/#/branches/${own.id}/show/stars`);
    await branch.getByTestId('star-level').waitFor();
    expect(await branch.getByTestId('pair-form').count()).toBe(0);
    await page.close();
    await branch.close();
  });

  it('keeps the milestones of a plan item: the branch adds one, marks it done (today), undoes and edits it; a leader gets no form', async () => {
    t.clock.set(new Date());
    const branchToken = await t.login('branch');
    const item = dataOf(
      await t.gql(
        graphql(`
          query PlanItems {
            planItems(perPage: 1, sortField: "deadline") {
              items {
                id
                deadline
                plan {
                  title
                }
                keyTask {
                  title
                }
              }
            }
          }
        `),
        {},
        branchToken,
      ),
    ).planItems.items[0];
    expect(item).toBeTruthy();
    // Due before today (and not after the item's deadline): an open milestone that is overdue.
    const today = shanghaiDay();
    const yesterday = shanghaiDay(-1);
    const due = item.deadline < yesterday ? item.deadline : yesterday;
    const page = await signIn('branch');
    await page.goto(`${t.url}/admin/#/planItems/${item.id}/show`);
    // Related records by their titles, not their ids.
    await page.getByRole('link', { name: item.plan.title }).waitFor();
    if (item.keyTask) await page.getByRole('link', { name: item.keyTask.title }).waitFor();
    const form = page.getByTestId('milestone-form');
    await form.getByLabel('节点名称').fill('补齐创建台账');
    await form.getByLabel('节点日期').fill(due);
    await form.getByRole('button', { name: '添加节点' }).click();
    const row = page.getByTestId('milestone').filter({ hasText: '补齐创建台账' });
    await row.getByTestId('overdue').waitFor();
    expect(await form.getByLabel('节点名称').inputValue()).toBe('');
    await screenshot(page, 'stars-10-milestone-added');

    await row.getByRole('button', { name: '完成', exact: true }).click();
    await row.getByText(today).waitFor();
    expect(await row.getByTestId('overdue').count()).toBe(0);
    await screenshot(page, 'stars-11-milestone-done');
    await row.getByRole('button', { name: '撤销完成' }).click();
    await row.getByRole('button', { name: '完成', exact: true }).waitFor();
    expect(await row.getByText(today).count()).toBe(0);
    expect(await row.getByTestId('overdue').count()).toBe(1);

    await row.getByRole('button', { name: '编辑' }).click();
    const edit = page.getByTestId('milestone-edit');
    await edit.getByLabel('节点名称').fill('补齐创建台账（含照片）');
    await edit.getByRole('button', { name: '保存' }).click();
    const renamed = page.getByTestId('milestone').filter({ hasText: '补齐创建台账（含照片）' });
    await renamed.getByRole('button', { name: '完成', exact: true }).click();
    await renamed.getByText(today).waitFor();
    const milestones = dataOf(
      await t.gql(
        graphql(`
          query PlanItem($id: ID!) {
            planItem(id: $id) {
              milestones {
                title
                dueDate
                doneOn
              }
            }
          }
        `),
        { id: item.id },
        branchToken,
      ),
    ).planItem.milestones;
    expect(milestones).toContainEqual({ title: '补齐创建台账（含照片）', dueDate: due, doneOn: today });
    expect(milestones.filter((m: { title: string }) => m.title.startsWith('补齐创建台账'))).toHaveLength(1);
    await page.close();

    // On the branch secretary's phone: the same list and form.
    const phone = await signIn('branch', { width: 375, height: 800 });
    await phone.goto(`${t.url}/admin/#/planItems/${item.id}/show`);
    await phone.getByTestId('milestone').filter({ hasText: '补齐创建台账（含照片）' }).getByText(today).waitFor();
    await phone.getByTestId('milestone-form').waitFor();
    await screenshot(phone, 'stars-12-milestones-phone');
    await phone.close();

    // A leader reads the milestones but may not edit the plan item: no form, no buttons.
    const leader = await signIn('leader');
    await leader.goto(`${t.url}/admin/#/planItems/${item.id}/show`);
    await leader.getByTestId('milestone').filter({ hasText: '补齐创建台账（含照片）' }).waitFor();
    expect(await leader.getByTestId('milestone-form').count()).toBe(0);
    expect(await leader.getByTestId('milestones').getByRole('button').count()).toBe(0);
    await screenshot(leader, 'stars-13-milestones-leader');
    await leader.close();
  });

  it('a returned application is resubmitted by the branch with edited items, and the API has the new values', async () => {
    t.clock.set(new Date());
    const branchToken = await t.login('branch');
    const own = dataOf(
      await t.gql(
        graphql(`
          query StarsBranchesItems2 {
            branches(perPage: 1) {
              items {
                id
                category
              }
            }
          }
        `),
        {},
        branchToken,
      ),
    ).branches.items[0];
    const tasks = dataOf(
      await t.gql(
        graphql(`
          query KeyTasks($f: KeyTaskFilterInput) {
            keyTasks(filter: $f, perPage: 2, sortField: "code") {
              items {
                id
              }
            }
          }
        `),
        { f: { starCode: 'ECOLOGICAL_LIVABILITY', category: own.category } },
        branchToken,
      ),
    ).keyTasks.items;
    expect(tasks).toHaveLength(2);
    const [k1, k2] = tasks.map((k: { id: string }) => k.id);
    // The first item already has evidence on file: it must stay attached through the resubmission.
    const upload = new FormData();
    upload.append('file', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), '原有照片.png');
    const uploaded = (await (
      await fetch(`${t.url}/files`, {
        method: 'POST',
        body: upload,
        headers: { authorization: `Bearer ${branchToken}` },
      })
    ).json()) as { id: string };
    const id = dataOf(
      await t.gql(
        graphql(`
          mutation ApplyForStar($i: ApplyForStarInput!) {
            applyForStar(input: $i) {
              id
            }
          }
        `),
        {
          i: {
            branchId: own.id,
            starCode: 'ECOLOGICAL_LIVABILITY',
            year: Number(shanghaiDay().slice(0, 4)),
            items: [
              { keyTaskId: k1, met: true, score: 8, note: '原说明一', evidenceFileIds: [uploaded.id] },
              { keyTaskId: k2, met: true, score: 9, note: '原说明二' },
            ],
          },
        },
        branchToken,
      ),
    ).applyForStar.id;

    // The township reviewer sends it back with a comment.
    const township = await signIn('township');
    await township.goto(`${t.url}/admin/#/starApplications/${id}/show`);
    await township.getByRole('button', { name: '退回修改', exact: true }).click();
    await township.getByLabel('意见').fill('请补充环境整治台账');
    await township.getByRole('button', { name: '确定' }).click();
    await township.getByTestId('application-status').getByText('退回修改').waitFor();
    await township.close();

    // On the branch secretary's phone the form opens full screen (a look only).
    const phone = await signIn('branch', { width: 375, height: 800 });
    await phone.goto(`${t.url}/admin/#/starApplications/${id}/show`);
    await phone.getByRole('button', { name: '重新提交' }).click();
    await phone.getByTestId('resubmit-form').getByText('退回意见：请补充环境整治台账').waitFor();
    await screenshot(phone, 'stars-14-resubmit-phone');
    await phone.close();

    const branch = await signIn('branch');
    await branch.goto(`${t.url}/admin/#/starApplications/${id}/show`);
    await branch.getByRole('button', { name: '重新提交' }).click();
    const form = branch.getByTestId('resubmit-form');
    await form.getByText('退回意见：请补充环境整治台账').waitFor();
    // Prefilled from the application as it is.
    const scores = form.getByLabel('自评分');
    const notes = form.getByLabel('说明', { exact: true });
    await expect(scores.first().inputValue()).resolves.toBe('8');
    await expect(notes.nth(1).inputValue()).resolves.toBe('原说明二');
    await form.getByRole('button', { name: '原有照片.png' }).waitFor();
    await scores.first().fill('15');
    await notes.first().fill('已补充环境整治台账');
    await form.getByLabel('达标').nth(1).uncheck();
    await form
      .getByTestId('evidence-file')
      .first()
      .setInputFiles({ name: '环境整治台账.png', mimeType: 'image/png', buffer: PNG });
    await form.getByText('环境整治台账.png').waitFor();
    await form.getByLabel('重新提交说明').fill('已按意见补充');
    await screenshot(branch, 'stars-15-resubmit-form');
    await branch.getByRole('dialog').getByRole('button', { name: '重新提交' }).click();
    await branch.getByTestId('application-status').getByText('待乡镇初审').waitFor();
    await branch.getByText('已补充环境整治台账').waitFor();
    await screenshot(branch, 'stars-16-resubmitted');
    await branch.close();

    const a = dataOf(
      await t.gql(
        graphql(`
          query StarApplicationStatusSelfScoreItems($id: ID!) {
            starApplication(id: $id) {
              status
              selfScore
              items {
                keyTaskId
                met
                score
                note
                evidence {
                  name
                }
              }
              transitions {
                toStatus
                comment
              }
            }
          }
        `),
        { id },
        branchToken,
      ),
    ).starApplication;
    expect(a.status).toBe('SUBMITTED');
    expect(a.selfScore).toBe(24);
    expect(a.items).toHaveLength(2);
    expect(a.items.find((i) => i.keyTaskId === k1)!.evidence).toHaveLength(2);
    expect(a.items).toEqual(
      expect.arrayContaining([
        {
          keyTaskId: k1,
          met: true,
          score: 15,
          note: '已补充环境整治台账',
          evidence: expect.arrayContaining([{ name: '原有照片.png' }, { name: '环境整治台账.png' }]),
        },
        { keyTaskId: k2, met: false, score: 9, note: '原说明二', evidence: [] },
      ]),
    );
    expect(a.transitions.at(-1)).toEqual({ toStatus: 'SUBMITTED', comment: '已按意见补充' });
  });

  it('a star application opened from its list shows its items and history (the listed copy of the record has neither)', async () => {
    t.clock.set(new Date());
    const branchToken = await t.login('branch');
    const own = dataOf(
      await t.gql(
        graphql(`
          query StarsBranchesItems2 {
            branches(perPage: 1) {
              items {
                id
                category
              }
            }
          }
        `),
        {},
        branchToken,
      ),
    ).branches.items[0];
    const [task] = dataOf(
      await t.gql(
        graphql(`
          query KeyTasksItems($f: KeyTaskFilterInput) {
            keyTasks(filter: $f, perPage: 1, sortField: "code") {
              items {
                id
                code
              }
            }
          }
        `),
        { f: { starCode: 'STRONG_BRANCH', category: own.category } },
        branchToken,
      ),
    ).keyTasks.items;
    await t.gql(
      graphql(`
        mutation ApplyForStar($i: ApplyForStarInput!) {
          applyForStar(input: $i) {
            id
          }
        }
      `),
      {
        i: {
          branchId: own.id,
          starCode: 'STRONG_BRANCH',
          year: Number(shanghaiDay().slice(0, 4)),
          items: [{ keyTaskId: task.id, met: true, score: 7 }],
        },
      },
      branchToken,
    );
    const page = await signIn('admin');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.getByRole('menuitem', { name: '创星申请' }).click();
    await page.locator('tbody tr').first().click();
    await page.waitForURL(/starApplications\/[^/]+\/show/, { timeout: WAIT });
    await page.getByRole('cell', { name: new RegExp(task.code) }).waitFor({ timeout: WAIT });
    await page.getByText('流转记录').waitFor({ timeout: WAIT });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a key task picked twice in an application is marked on its later row, and the form is not sent', async () => {
    t.clock.set(new Date());
    const branchToken = await t.login('branch');
    const count = async () =>
      dataOf(
        await t.gql(
          graphql(`
            query StarApplicationsTotal {
              starApplications {
                total
              }
            }
          `),
          {},
          branchToken,
        ),
      ).starApplications.total;
    const before = await count();
    const branch = await signIn('branch');
    await branch.getByRole('menuitem', { name: '创星申请' }).click();
    await branch.getByRole('link', { name: '新建' }).click();
    await branch.getByLabel('支部').click();
    await branch.getByRole('option', { name: '樱桃沟社区' }).click();
    await branch.getByLabel('星类型').click();
    await branch.getByRole('option', { name: '文明幸福星' }).click();
    const tasks = branch.getByLabel('重点任务');
    await tasks.nth(1).waitFor();
    const first = await tasks.first().inputValue();
    await tasks.nth(1).fill(first.split(' ')[0]);
    await branch.getByRole('option', { name: first, exact: true }).click();
    await branch.getByRole('button', { name: '保存' }).click();
    await branch.getByText('该重点任务已在上面列出').waitFor();
    // Only the later row is marked, and nothing was sent.
    await expect(branch.getByText('该重点任务已在上面列出').count()).resolves.toBe(1);
    expect(branch.url()).toMatch(/starApplications\/create/);
    await branch.keyboard.press('Escape');
    await screenshot(branch, 'stars-17-duplicate-task');
    expect(await count()).toBe(before);
    await branch.close();
  });
});
