/**
 * 我的测试 on a phone, the way a branch secretary goes: on a 375×812 page the menu opens 我的测试,
 * the test starts, some answers are given (each saved as it is given), the page is reloaded in the
 * middle — the answers are still there and the server's deadline has not moved — then the rest is
 * answered and the paper submitted. The district admin who organized it sees the session's 参考率 in
 * the console before (nobody took it) and after (the secretary did). And the bank as a spreadsheet:
 * 题库 → 下载 Excel, then 导入 opens 数据导入 with 题库试题 chosen, and the downloaded file checks
 * as all unchanged.
 */
import type { Page } from 'playwright-core';
import { dataOf, type TestApp } from '../helpers/app';
import { browserSuite, describeE2E, screenshot } from './browser';

jest.setTimeout(600_000);
const PHONE = { width: 375, height: 812 };
const TITLE = '浏览器测试：应知应会（支部书记）';

describeE2E('我的测试 on a phone', () => {
  const suite = browserSuite();
  let t: TestApp;
  let sessionId: string;
  const sql = <T>(q: string, params: unknown[] = []) => t.orm.em.fork().getConnection().execute<T[]>(q, params);

  beforeAll(async () => {
    t = suite.t;
    const admin = await t.login('admin');
    const d = dataOf<{
      units: { items: { id: string }[] };
      single: { items: { id: string }[] };
      tf: { items: { id: string }[] };
      fill: { items: { id: string }[] };
    }>(
      await t.gql(
        `{
          units(filter: { level: DISTRICT }) { items { id } }
          single: questions(filter: { kind: SINGLE, active: true }, perPage: 2) { items { id } }
          tf: questions(filter: { kind: TRUE_FALSE, active: true }, perPage: 1) { items { id } }
          fill: questions(filter: { kind: FILL, active: true }, perPage: 1) { items { id } }
        }`,
        {},
        admin,
      ),
    );
    const questionIds = [...d.single.items, ...d.tf.items, ...d.fill.items].map((x) => x.id);
    expect(questionIds).toHaveLength(4);
    const now = Date.now();
    sessionId = dataOf<{ createTestSession: { id: string } }>(
      await t.gql(
        `mutation ($i: CreateTestSessionInput!) { createTestSession(input: $i) { id } }`,
        {
          i: {
            unitId: d.units.items[0].id,
            title: TITLE,
            audienceUnitIds: [d.units.items[0].id],
            audienceRoles: ['BRANCH_SECRETARY'],
            opensAt: new Date(now - 3600_000).toISOString(),
            closesAt: new Date(now + 86_400_000).toISOString(),
            timeLimitMinutes: 30,
            passMark: 60,
            paperMode: 'FIXED',
            questionIds,
          },
        },
        admin,
      ),
    ).createTestSession.id;
  });

  /** The organizer's view of the session: 培训测试 → 测试场次 → the session → its figures. */
  async function participation(page: Page): Promise<string> {
    await page.getByRole('menuitem', { name: '测试场次' }).click();
    await page.getByText(TITLE).first().click();
    await page.waitForURL(new RegExp(`#/testSessions/${sessionId}/show`));
    const figures = page.getByTestId('participation');
    await figures.waitFor();
    return figures.innerText();
  }

  /** One answer given on the page, and the save it sends answered. */
  const saved = async (page: Page, give: () => Promise<void>) => {
    const [res] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/graphql') && !!r.request().postData()?.includes('SaveAnswer')),
      give(),
    ]);
    expect(res.status()).toBe(200);
    expect(JSON.stringify(await res.json())).not.toContain('"errors"');
  };

  const answerChoice = (page: Page, position: number) =>
    saved(page, () => page.getByTestId(`question-${position}`).getByRole('radio').first().check());

  it('a branch secretary takes it on a phone, reloads in the middle, finishes; the organizer sees 参考率 change', async () => {
    const organizer = await suite.signIn('admin');
    const before = await participation(organizer);
    expect(before).toContain('参考 0 人');
    expect(before).toContain('参考率 0.0%');
    const expected = Number(/应考 (\d+) 人/.exec(before)![1]);
    expect(expected).toBeGreaterThan(0);

    const page = await suite.signIn('branch', { viewport: PHONE });
    await page.getByRole('button', { name: '打开菜单' }).click();
    await page.getByRole('menuitem', { name: '我的测试' }).click();
    await page.waitForURL(/#\/my-tests$/);
    const card = page.getByTestId('my-test').filter({ hasText: TITLE });
    await card.waitFor();
    await screenshot(page, 'training-01-my-tests');
    await card.getByRole('button', { name: '开始答题' }).click();
    await page.getByTestId('progress').getByText('已答 0 / 4 题').waitFor();
    const deadline = await page.getByTestId('deadline').innerText();
    const [stored] = await sql<{ deadline: Date }>(
      `select a.deadline from test_attempt a join person p on p.id = a.person_id
         join app_user u on u.person_id = p.id where a.session_id = ? and u.username = 'branch'`,
      [Number(sessionId)],
    );
    expect(stored).toBeDefined();

    // Questions are shuffled per taker: find the kinds by what each card offers.
    const kinds: string[] = [];
    for (let i = 1; i <= 4; i++) {
      const q = page.getByTestId(`question-${i}`);
      kinds.push((await q.getByRole('textbox').count()) ? 'FILL' : 'CHOICE');
    }
    const choices = kinds.flatMap((k, i) => (k === 'CHOICE' ? [i + 1] : []));
    const fill = kinds.indexOf('FILL') + 1;
    expect(choices).toHaveLength(3);

    // Two answers, then the page is reloaded.
    await answerChoice(page, choices[0]);
    await saved(page, async () => {
      await page.getByTestId(`question-${fill}`).getByRole('textbox').fill('浏览器作答');
      await page.getByTestId(`question-${fill}`).getByRole('textbox').blur();
    });
    await page.getByTestId('progress').getByText('已答 2 / 4 题').waitFor();
    await screenshot(page, 'training-02-answering');
    // Nothing of the page wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    await page.reload();
    await page.getByTestId('progress').getByText('已答 2 / 4 题').waitFor();
    expect(await page.getByTestId(`question-${choices[0]}`).getByRole('radio').first().isChecked()).toBe(true);
    expect(await page.getByTestId(`question-${fill}`).getByRole('textbox').inputValue()).toBe('浏览器作答');
    expect(await page.getByTestId('deadline').innerText()).toBe(deadline);
    const [after] = await sql<{ deadline: Date; n: number }>(
      `select a.deadline, (select count(*)::int from test_attempt b where b.session_id = a.session_id) as n
         from test_attempt a where a.session_id = ?`,
      [Number(sessionId)],
    );
    expect(after).toEqual({ deadline: stored.deadline, n: 1 });
    await screenshot(page, 'training-03-reloaded');

    await answerChoice(page, choices[1]);
    await answerChoice(page, choices[2]);
    await page.getByTestId('progress').getByText('已答 4 / 4 题').waitFor();
    await page.getByRole('button', { name: '交卷' }).click();
    await page.getByTestId('score').waitFor();
    expect(await page.getByTestId('score').innerText()).toMatch(/^得分 [\d.]+（答对 \d \/ 4 题）$/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'training-04-submitted');
    const [ended] = await sql<{ status: string }>('select status from test_attempt where session_id = ?', [
      Number(sessionId),
    ]);
    expect(ended.status).toBe('SUBMITTED');

    // The organizer opens the session again: one more took it.
    await organizer.reload();
    const now = await participation(organizer);
    expect(now).toContain('参考 1 人');
    const rate = `${((100 * 1) / expected).toFixed(1)}%`;
    expect(now).toContain(`参考率 ${rate}`);
    expect(now).not.toBe(before);
    // The children are named: the secretary's township took it once.
    const township = organizer.getByRole('row').filter({ hasText: '樱桃沟景区管委会' });
    expect(await township.getByRole('cell').nth(2).innerText()).toBe('1');
    await screenshot(organizer, 'training-05-participation');
  });

  it('the question list downloads the bank as Excel and its 导入 checks the file back as unchanged', async () => {
    const [{ n }] = await sql<{ n: number }>('select count(*)::int as n from question');
    const page = await suite.signIn('admin');
    await page.getByRole('menuitem', { name: '题库' }).click();
    await page.waitForURL(/#\/questions/);
    const [res, download] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/exports/questions.xlsx')),
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 Excel' }).click(),
    ]);
    expect(res.status()).toBe(200);
    const file = await download.path();
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await page.waitForURL(/#\/imports\?kind=questions$/);
    expect(await page.getByTestId('import-kind').innerText()).toContain('题库试题');
    await Promise.all([
      page.waitForResponse((r) => r.url().includes('/imports/questions?dryRun=1')),
      page.getByTestId('import-file').setInputFiles(file),
    ]);
    await page
      .getByTestId('import-counts')
      .filter({ hasText: `未变 ${n} 条` })
      .waitFor();
    expect(await page.getByTestId('import-counts').innerText()).toBe(`新建 0 条，更新 0 条，未变 ${n} 条，问题 0 个`);
    await screenshot(page, 'training-06-bank-import');
  });
});
