/**
 * Supervision in the browser: a supervisor plans a secret spot check that the target branch cannot
 * see, carries it out on a 375 px phone (photo from the camera input, finding, scores,
 * attestation), after which the branch sees it; then a rectification is assigned, submitted by the
 * branch and verified by the supervisor.
 */
import type { Page } from 'playwright-core';
import { dataOf, type TestApp } from '../helpers/app';
import { browserSuite, describeE2E, screenshot } from './browser';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

jest.setTimeout(300_000);
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4c00000000049454e44ae426082',
  'hex',
);
const PHONE = { width: 375, height: 812 };

describeE2E('supervision in a browser', () => {
  const suite = browserSuite();
  let t: TestApp;
  let checkId: string;

  beforeAll(() => ({ t } = suite));

  const signIn = (username: string, viewport?: { width: number; height: number }): Promise<Page> =>
    suite.signIn(username, { viewport });

  const noOverflow = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  const api = async <R, V>(who: string, q: TypedDocumentNode<R, V>, v?: V) =>
    dataOf(await t.gql(q, v ?? ({} as V), await t.login(who)));

  it('a supervisor plans a secret spot check; the target branch cannot see it', async () => {
    const page = await signIn('supervisor');
    await page.goto(`${t.url}/admin/#/spotChecks/create`);
    await page.getByText('保密：完成前仅本督导组').waitFor();
    await page.getByRole('combobox', { name: '督导组' }).click();
    await page.getByRole('option', { name: '区委第一督导组' }).click();
    await page.getByRole('combobox', { name: '被检单位' }).fill('樱桃沟社区');
    await page.getByRole('option', { name: '樱桃沟社区' }).click();
    await page.getByLabel('计划日期').fill('2026-12-24');
    await page.getByLabel('备注').fill('浏览器测试：圣诞前暗访');
    await screenshot(page, 'sup-01-plan');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/spotChecks\/\d+\/show/);
    checkId = /spotChecks\/(\d+)\/show/.exec(page.url())![1];
    await page.getByText('浏览器测试：圣诞前暗访').waitFor();
    await page.close();

    const branch = await signIn('branch');
    await branch.goto(`${t.url}/admin/#/spotChecks`);
    await branch.getByText('樱桃沟社区').first().waitFor(); // the completed demo check it may see
    expect(await branch.getByText('浏览器测试：圣诞前暗访').count()).toBe(0);
    await branch.goto(`${t.url}/admin/#/spotChecks/${checkId}/show`);
    // Exactly as for an id that does not exist: "记录不存在", back to the list.
    await branch.getByText('记录不存在').first().waitFor();
    await branch.waitForURL(/#\/spotChecks(\?.*)?$/);
    expect(await branch.getByText('浏览器测试：圣诞前暗访').count()).toBe(0);
    await screenshot(branch, 'sup-02-branch-cannot-see');
    await branch.close();
    const r = await t.gql(
      graphql(`
        query SpotCheck($x: ID!) {
          spotCheck(id: $x) {
            id
          }
        }
      `),
      { x: checkId },
      await t.login('branch'),
    );
    expect(r.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('on a 375 px phone: start, record a finding with a camera photo, score and complete; then the branch sees it', async () => {
    const page = await signIn('supervisor', PHONE);
    await page.goto(`${t.url}/admin/#/spotChecks/${checkId}/show`);
    await page.getByLabel('地点').fill('樱桃沟社区党群服务中心');
    await page.getByRole('button', { name: '开始暗访' }).click();
    await page.getByRole('button', { name: '记录问题' }).waitFor();
    await page.getByLabel('问题描述').fill('公示栏未更新（手机记录）');
    await page.getByTestId('photo-input').setInputFiles({ name: '现场.png', mimeType: 'image/png', buffer: PNG });
    await page.getByText('已上传 1 张').waitFor();
    expect(await noOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'sup-03-phone-finding');
    await page.getByRole('button', { name: '记录问题' }).click();
    await page.getByText('公示栏未更新（手机记录）').waitFor();
    await page.getByLabel('小结').fill('阵地规范，公示需及时');
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: '完成暗访' }).click();
    await page.getByText('已完成').first().waitFor();
    expect(await noOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'sup-04-phone-completed');
    await page.close();

    const sc = await api(
      'admin',
      graphql(`
        query SpotCheckStatusFindings($x: ID!) {
          spotCheck(id: $x) {
            status
            findings {
              description
              evidence {
                mimeType
              }
            }
          }
        }
      `),
      { x: checkId },
    );
    expect(sc.spotCheck).toEqual({
      status: 'COMPLETED',
      findings: [{ description: '公示栏未更新（手机记录）', evidence: [{ mimeType: 'image/png' }] }],
    });

    const branch = await signIn('branch', PHONE);
    await branch.goto(`${t.url}/admin/#/spotChecks/${checkId}/show`);
    await branch.getByText('公示栏未更新（手机记录）').waitFor();
    await branch.locator('img[alt="现场.png"]').waitFor();
    await screenshot(branch, 'sup-05-branch-sees-completed');
    await branch.close();
  });

  it('assign → the branch submits → the supervisor verifies: closed', async () => {
    const sup = await signIn('supervisor');
    await sup.goto(`${t.url}/admin/#/spotChecks/${checkId}/show`);
    await sup.getByRole('button', { name: '交办整改' }).click();
    await sup.getByLabel('整改措施').fill('三日内更新公示栏');
    await sup.getByLabel('整改期限').fill('2099-12-31');
    await sup.getByRole('button', { name: '交办整改' }).click();
    await sup.getByText('整改中').waitFor();
    const f = await api(
      'admin',
      graphql(`
        query SpotCheckFindings($x: ID!) {
          spotCheck(id: $x) {
            findings {
              rectification {
                id
              }
            }
          }
        }
      `),
      {
        x: checkId,
      },
    );
    const rid = f.spotCheck.findings[0].rectification!.id;

    const branch = await signIn('branch', PHONE);
    await branch.goto(`${t.url}/admin/#/rectifications/${rid}/show`);
    await branch.getByLabel('整改说明').fill('已更新公示栏，附照片');
    await branch.getByTestId('photo-input').setInputFiles({ name: '整改后.png', mimeType: 'image/png', buffer: PNG });
    await branch.getByText('已上传 1 张').waitFor();
    await branch.getByRole('button', { name: '提交整改' }).click();
    await branch.getByText('待验收').first().waitFor();
    expect(await noOverflow(branch)).toBeLessThanOrEqual(0);
    await screenshot(branch, 'sup-06-branch-submitted');
    await branch.close();

    await sup.goto(`${t.url}/admin/#/rectifications/${rid}/show`);
    await sup.getByLabel('意见').fill('验收合格');
    await sup.getByRole('button', { name: '验收通过（销号）' }).click();
    await sup.getByText('已销号').first().waitFor();
    await screenshot(sup, 'sup-07-closed');
    const r = await api(
      'admin',
      graphql(`
        query Rectification($x: ID!) {
          rectification(id: $x) {
            status
            events {
              action
            }
            evidence {
              name
            }
          }
        }
      `),
      { x: rid },
    );
    expect(r.rectification).toEqual({
      status: 'CLOSED',
      events: [{ action: 'ASSIGN' }, { action: 'SUBMIT' }, { action: 'ACCEPT' }],
      evidence: [{ name: '整改后.png' }],
    });

    // The escalation list highlights overdue items; the ranking page renders.
    await sup.goto(`${t.url}/admin/#/rectifications`);
    await sup.getByText('逾期').first().waitFor();
    await screenshot(sup, 'sup-08-rectifications-overdue');
    await sup.goto(`${t.url}/admin/#/dailyReports`);
    await sup.getByTestId('missing-reports').waitFor();
    await screenshot(sup, 'sup-09-daily-reports');
    await sup.goto(`${t.url}/admin/#/ranking`);
    await sup.getByTestId('ranking').waitFor();
    await screenshot(sup, 'sup-10-ranking');
    await sup.close();
  });

  it("a district admin forms a team from the district's supervisors", async () => {
    const page = await signIn('admin');
    await page.goto(`${t.url}/admin/#/supervisionTeams/create`);
    await page.getByLabel('名称').fill('区委第二督导组');
    await page.getByRole('combobox', { name: '督导范围' }).fill('二七区');
    await page.getByRole('option', { name: '二七区' }).click();
    await page.getByRole('combobox', { name: '组长' }).click();
    await page.getByRole('option', { name: /示例督导员/ }).click();
    await screenshot(page, 'sup-12-team-create');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/supervisionTeams\/\d+\/show/);
    await page.getByText('区委第二督导组').first().waitFor();
    await page.close();
    const teams = await api(
      'admin',
      graphql(`
        query SupervisionTeamsItems {
          supervisionTeams(perPage: 100) {
            items {
              name
              members {
                username
              }
            }
          }
        }
      `),
    );
    expect(teams.supervisionTeams.items).toContainEqual({
      name: '区委第二督导组',
      members: [{ username: 'supervisor' }],
    });
  });

  it('a district admin sets the appraisal weights on the ranking page', async () => {
    const page = await signIn('admin');
    await page.goto(`${t.url}/admin/#/ranking`);
    await page.getByTestId('weights').waitFor();
    await page.getByTestId('weights').getByLabel('观摩得分').fill('40');
    await page.getByTestId('weights').getByRole('button', { name: '保存' }).click();
    await page.getByText('观摩得分 40').waitFor();
    await screenshot(page, 'sup-11-weights');
    await page.close();
    const w = await api(
      'admin',
      graphql(`
        query Units {
          units(filter: { level: DISTRICT }) {
            items {
              id
            }
          }
        }
      `),
    );
    const d = await api(
      'admin',
      graphql(`
        query AppraisalWeights($d: ID!) {
          appraisalWeights(districtId: $d) {
            tour
            planCompletion
          }
        }
      `),
      {
        d: w.units.items[0].id,
      },
    );
    expect(d.appraisalWeights).toEqual({ tour: 40, planCompletion: 30 });
  });
});
