/**
 * 学讲评 in the console, the way a branch secretary goes: menu → 学讲评会议 → 新建, the meeting recorded
 * with its three stages (attendees, what was studied, a speaker, an evaluation), then on its page the
 * four lists filled — a difficulty and a problem (each with a responsible person and a deadline), a
 * method and a measure answering the problem — and the problem closed with its note.
 */
import type { Locator, Page } from 'playwright-core';
import { dataOf } from '../helpers/app';
import { graphql } from '../gql';
import { browserSuite, describeE2E, screenshot } from './browser';

jest.setTimeout(300_000);

const SHANGHAI_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const shanghaiDay = (days: number) => SHANGHAI_DAY.format(new Date(Date.now() + days * 86_400_000));

const THEME = '学习贯彻乡村振兴部署（浏览器记录）';
const ITEMS = {
  DIFFICULTY: '樱桃销售渠道单一',
  PROBLEM: '党员联系户台账不全',
  METHOD: '按网格重新梳理联系户',
  MEASURE: '每月核对一次台账',
};

const MEETING = graphql(`
  query E2eMeeting($id: ID!) {
    meeting(id: $id) {
      id
      theme
      attendeeIds
      speeches {
        personId
        topic
      }
      evaluations {
        personId
        selfEvaluation
      }
      items {
        id
        kind
        content
        status
        closeNote
        answers {
          id
        }
      }
    }
  }
`);
const PEOPLE = graphql(`
  query E2eMeetingPeople($filter: PersonFilterInput) {
    people(filter: $filter, perPage: 100) {
      items {
        id
        name
        title
      }
    }
  }
`);
const UNITS = graphql(`
  query E2eMeetingUnits($filter: UnitFilterInput) {
    units(filter: $filter, perPage: 5) {
      items {
        id
        name
      }
    }
  }
`);

describeE2E('学讲评: a meeting with its four lists, one problem closed', () => {
  const suite = browserSuite();

  /** Types into an autocomplete and picks the option that starts with `name`. */
  async function choose(page: Page, input: Locator, name: string) {
    await input.click();
    await input.fill(name);
    await page
      .getByRole('option', { name: new RegExp(`^${name}`) })
      .first()
      .click();
  }

  async function addItem(page: Page, kind: keyof typeof ITEMS, extra: (form: Locator) => Promise<void>) {
    const form = page.getByTestId('add-meeting-item');
    // The form's selects are named by their label and current value: the list first, then the person or problem.
    await form.getByRole('combobox').first().click();
    await page
      .getByRole('option', {
        name: { DIFFICULTY: '困难清单', PROBLEM: '问题清单', METHOD: '办法清单', MEASURE: '举措清单' }[kind],
      })
      .click();
    await form.getByLabel('内容').fill(ITEMS[kind]);
    await extra(form);
    await form.getByRole('button', { name: '添加事项' }).click();
    await page.getByTestId(`meeting-list-${kind}`).getByText(ITEMS[kind]).first().waitFor();
  }

  it('branch staff record a meeting, fill the four lists and close a problem with a note', async () => {
    const token = await suite.t.login('branch');
    const [cherry] = dataOf(await suite.t.gql(UNITS, { filter: { search: '樱桃沟社区' } }, token)).units.items;
    const people = dataOf(await suite.t.gql(PEOPLE, { filter: { withinId: cherry.id } }, token)).people.items;
    expect(people.length).toBeGreaterThanOrEqual(2);
    const [a, b] = people;

    const page = await suite.signIn('branch');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.getByRole('menuitem', { name: '学讲评会议', exact: true }).click();
    await page.waitForURL(/#\/meetings/);
    await page.getByRole('link', { name: '新建' }).click();
    await page.waitForURL(/#\/meetings\/create/);
    await choose(page, page.getByRole('combobox', { name: '单位' }), cherry.name);
    await page.getByLabel('会议日期').fill(shanghaiDay(-2));
    await page.getByLabel('主题').fill(THEME);
    const attendees = page.getByRole('combobox', { name: '参会人员' });
    for (const p of [a, b]) await choose(page, attendees, p.name);
    await page.getByLabel('学：学习内容').fill('学习区委关于乡村振兴的部署');
    await page.locator('.ra-input-speeches').getByRole('button', { name: '添加' }).click();
    await choose(page, page.getByRole('combobox', { name: '发言人' }), a.name);
    await page.getByLabel('题目').fill('党员联系户工作');
    await page.getByLabel('要点').fill('台账要清楚');
    await page.locator('.ra-input-evaluations').getByRole('button', { name: '添加' }).click();
    await choose(page, page.getByRole('combobox', { name: '被评议人' }), b.name);
    await page.getByLabel('自我评价').fill('联系群众不够经常');
    await screenshot(page, 'meetings-01-create');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/meetings\/\d+\/show/);
    const id = /meetings\/(\d+)\/show/.exec(page.url())![1];
    await page.locator('#main-content').getByText(THEME).first().waitFor();
    for (const k of Object.keys(ITEMS)) await page.getByTestId(`meeting-list-${k}`).getByText('暂无').waitFor();

    // The four lists: difficulty and problem followed (a person, a deadline), method and measure answering.
    const followed = (deadline: string) => async (form: Locator) => {
      await form.getByRole('combobox').nth(1).click();
      await page.getByRole('option', { name: a.name, exact: true }).click();
      await form.getByLabel('截止日期').fill(deadline);
    };
    const answering = async (form: Locator) => {
      await form.getByRole('combobox').nth(1).click();
      await page.getByRole('option', { name: ITEMS.PROBLEM, exact: true }).click();
    };
    await addItem(page, 'DIFFICULTY', followed(shanghaiDay(30)));
    await addItem(page, 'PROBLEM', followed(shanghaiDay(14)));
    await addItem(page, 'METHOD', answering);
    await addItem(page, 'MEASURE', answering);
    await screenshot(page, 'meetings-02-lists');

    // The problem closed with its note.
    const problem = page.getByTestId('meeting-list-PROBLEM').locator('[data-testid^="meeting-item-"]', {
      hasText: ITEMS.PROBLEM,
    });
    await expect(problem.getByRole('button', { name: '销号' }).isDisabled()).resolves.toBe(true);
    await problem.getByLabel('说明').fill('联系户台账已按网格补齐');
    await problem.getByRole('button', { name: '销号' }).click();
    await problem.getByText(/已销号/).waitFor();
    await problem.getByRole('button', { name: '重新打开' }).waitFor();
    await screenshot(page, 'meetings-03-closed');
    expect(errors).toEqual([]);
    await page.close();

    // As the API keeps it.
    const m = dataOf(await suite.t.gql(MEETING, { id }, token)).meeting;
    expect(m.theme).toBe(THEME);
    expect(m.attendeeIds.sort()).toEqual([a.id, b.id].sort());
    expect(m.speeches).toEqual([{ personId: a.id, topic: '党员联系户工作' }]);
    expect(m.evaluations).toEqual([{ personId: b.id, selfEvaluation: '联系群众不够经常' }]);
    const byKind = Object.fromEntries(m.items.map((i) => [i.kind, i]));
    expect(Object.keys(byKind).sort()).toEqual(['DIFFICULTY', 'MEASURE', 'METHOD', 'PROBLEM']);
    expect(byKind.PROBLEM).toMatchObject({ status: 'CLOSED', closeNote: '联系户台账已按网格补齐' });
    expect(byKind.DIFFICULTY.status).toBe('OPEN');
    expect(byKind.METHOD.answers.map((x) => x.id)).toEqual([byKind.PROBLEM.id]);
    expect(byKind.MEASURE.answers.map((x) => x.id)).toEqual([byKind.PROBLEM.id]);
  });
});
