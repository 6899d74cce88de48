/**
 * The leaders' dashboard in the browser: its figures and chart labels are campaignStats' numbers,
 * each stating its period and scope; a level bar opens the branches at that level; a child bar
 * drills down to that township and every part follows (figures, 数据概览, 督导概况); a card opens a
 * list with the card's count; a planned spot check moves none of it. And the quarterly ranking on
 * a phone: names on one line, columns that scroll, the rule and each row's coverage stated.
 */
import type { Page } from 'playwright-core';
import { dataOf, type TestApp } from '../helpers/app';
import { browserSuite, describeE2E, screenshot } from './browser';
import { graphql } from '../gql';
import type { CampaignStatsQuery } from '../gql/graphql';

jest.setTimeout(300_000);

const STATS = graphql(`
  query CampaignStats($u: ID!, $y: Int!) {
    campaignStats(unitId: $u, year: $y) {
      unitId
      unitName
      asOf
      figures {
        branches
        threeStarShare
        fourStar
        fiveStar
        levelDistribution {
          level
          branches
        }
        starHolders {
          starName
          branches
        }
        keyTasks {
          total
          completionRate
          overdue
        }
        rectifications {
          overdue
          late
        }
        spotChecksThisQuarter
      }
      byChild {
        unitId
        unitName
        unitLevel
        figures {
          branches
        }
      }
    }
  }
`);

const SUPERVISION = graphql(`
  query DashboardSupervisionE2e($w: ID) {
    supervisionStats(withinId: $w) {
      completed
    }
  }
`);

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);

describeE2E('the leaders’ dashboard in a browser', () => {
  const suite = browserSuite();
  let t: TestApp;
  let districtId: string;
  const year = Number(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()),
  );

  beforeAll(async () => {
    ({ t } = suite);
    districtId = dataOf(
      await t.gql(
        graphql(`
          query Units {
            units(filter: { level: DISTRICT }) {
              items {
                id
              }
            }
          }
        `),
        {},
        await t.login('leader'),
      ),
    ).units.items[0].id;
  }, 120_000);

  const signIn = (username: string): Promise<Page> => suite.signIn(username);

  const text = (page: Page, testId: string) => page.getByTestId(testId).innerText();
  const labels = (page: Page, chart: string) =>
    page.evaluate(
      (c) =>
        Array.from(document.querySelectorAll(`[data-testid="${c}"] .recharts-label-list text`)).map((e) =>
          Number(e.textContent),
        ),
      chart,
    );

  async function expectFiguresOf(page: Page, s: CampaignStatsQuery['campaignStats']) {
    await page.getByTestId('stats-as-of').filter({ hasText: s.asOf }).waitFor();
    const f = s.figures;
    expect(await text(page, 'stat-branches')).toBe(f.branches.toLocaleString());
    expect(await text(page, 'stat-three_star')).toBe(pct(f.threeStarShare));
    expect(await text(page, 'stat-four_star')).toBe(String(f.fourStar));
    expect(await text(page, 'stat-five_star')).toBe(String(f.fiveStar));
    expect(await text(page, 'stat-completion')).toBe(pct(f.keyTasks.completionRate));
    expect(await text(page, 'stat-overdue_tasks')).toBe(String(f.keyTasks.overdue));
    // A unit's lateness: not submitted by the deadline (those waiting for the team are apart).
    expect(await text(page, 'stat-late_rectifications')).toBe(String(f.rectifications.late));
    expect(await text(page, 'stat-checks')).toBe(String(f.spotChecksThisQuarter));
    // Each figure says which period and which unit it describes.
    const q = Math.floor((Number(s.asOf.slice(5, 7)) - 1) / 3) + 1;
    expect(await text(page, 'scope-checks')).toBe(`${s.asOf.slice(0, 4)}年第${q}季度 · 截至 ${s.asOf} · ${s.unitName}`);
    expect(await text(page, 'scope-branches')).toBe(`截至 ${s.asOf} · ${s.unitName}`);
    await page.getByTestId('chart-levels').locator('.recharts-label-list text').first().waitFor({ state: 'attached' });
    // Every bar carries its number (a bar of 0 is drawn as none, with no label).
    expect(await labels(page, 'chart-levels')).toEqual(f.levelDistribution.map((l) => l.branches).filter((n) => n > 0));
    expect(await labels(page, 'chart-holders')).toEqual(f.starHolders.map((h) => h.branches).filter((n) => n > 0));
  }

  it('shows charts whose numbers are campaignStats’ numbers; a level bar opens those branches', async () => {
    const leader = await t.login('leader');
    const s = dataOf(await t.gql(STATS, { u: districtId, y: year }, leader)).campaignStats;
    const page = await signIn('leader');
    await expectFiguresOf(page, s);
    await page.getByTestId('chart-trend').locator('.recharts-line-dots circle').first().waitFor({ state: 'attached' });
    await screenshot(page, 'dash-01-leader');

    // The 3-star bar opens the branches holding three stars, within the district.
    const three = s.figures.levelDistribution.find((l) => l.level === 3)!.branches;
    await page.getByTestId('chart-levels').locator('.recharts-bar-rectangle').nth(3).click();
    await page.waitForURL(/#\/branches\?/);
    const filter = JSON.parse(decodeURIComponent(new URL(page.url().replace('#/', '')).searchParams.get('filter')!));
    expect(filter).toEqual({ starLevel: 3, withinId: districtId });
    await page
      .getByText(new RegExp(`/ ${three}$|共 ${three} 条|of ${three}`))
      .first()
      .waitFor();
    await screenshot(page, 'dash-02-three-star-branches');
    await page.close();
  });

  it('drills down from the district to a township, with that township’s figures', async () => {
    const leader = await t.login('leader');
    const s = dataOf(await t.gql(STATS, { u: districtId, y: year }, leader)).campaignStats;
    const page = await signIn('leader');
    await page.getByTestId('chart-children').locator('.recharts-bar-rectangle').first().waitFor();
    // The first child's bar (the order of byChild) drills into it.
    const child = s.byChild[0];
    await page
      .getByTestId('chart-children')
      .locator('.recharts-bar')
      .first()
      .locator('.recharts-bar-rectangle')
      .first()
      .click();
    await page.getByTestId('drill-crumb').filter({ hasText: child.unitName }).waitFor();
    const sub = dataOf(await t.gql(STATS, { u: child.unitId, y: year }, leader)).campaignStats;
    await expectFiguresOf(page, sub);
    expect(await text(page, 'stat-branches')).toBe(String(child.figures.branches));
    expect(sub.figures.branches).toBeLessThan(s.figures.branches);
    // 数据概览 and 督导概况 follow the drill-down: the township's records, not the district's.
    await page
      .getByTestId('total-branches')
      .filter({ hasText: String(child.figures.branches) })
      .waitFor();
    const sv = dataOf(await t.gql(SUPERVISION, { w: child.unitId }, leader)).supervisionStats;
    await page
      .getByTestId('stat-sv_completed')
      .filter({ hasText: new RegExp(`^${sv.completed}$`) })
      .waitFor();
    expect(await text(page, 'scope-sv_completed')).toBe(`累计 · ${child.unitName}`);
    await screenshot(page, 'dash-03-drilled');

    // A card opens its list, which counts what the card says.
    await page.getByTestId('link-completion').click();
    await page.waitForURL(/#\/planItems\?/);
    const n = sub.figures.keyTasks.total;
    await page
      .getByText(new RegExp(`/ ${n}$|共 ${n} 条|of ${n}`))
      .first()
      .waitFor();
    await screenshot(page, 'dash-03b-card-list');
    await page.close();
  });

  it('a township secretary sees their township; a planned spot check changes no figure for them', async () => {
    const township = await t.login('township');
    const me = dataOf(
      await t.gql(
        graphql(`
          query Me {
            me {
              grants {
                unitId
              }
            }
          }
        `),
        {},
        township,
      ),
    ).me.grants[0].unitId;
    const before = dataOf(await t.gql(STATS, { u: me, y: year }, township)).campaignStats;
    const supervisor = await t.login('supervisor');
    const team = dataOf(
      await t.gql(
        graphql(`
          query SupervisionTeams {
            supervisionTeams {
              items {
                id
              }
            }
          }
        `),
        {},
        supervisor,
      ),
    ).supervisionTeams.items[0].id;
    const branch = dataOf(
      await t.gql(
        graphql(`
          query DashboardBranches($w: ID) {
            branches(filter: { withinId: $w }, perPage: 1) {
              items {
                id
              }
            }
          }
        `),
        { w: me },
        township,
      ),
    ).branches.items[0].id;
    dataOf(
      await t.gql(
        graphql(`
          mutation PlanSpotCheck($t: ID!, $u: ID!) {
            planSpotCheck(input: { teamId: $t, targetUnitId: $u, plannedFor: "2026-12-30" }) {
              id
            }
          }
        `),
        { t: team, u: branch },
        supervisor,
      ),
    );
    const page = await signIn('township');
    await expectFiguresOf(page, before);
    expect(dataOf(await t.gql(STATS, { u: me, y: year }, township)).campaignStats).toEqual(before);
    await screenshot(page, 'dash-04-township');
    await page.close();
  });

  it('the quarterly ranking on a phone: names on one line, columns scroll, the rule and coverage stated', async () => {
    const page = await suite.signIn('admin', { viewport: { width: 375, height: 812 } });
    // The way a user goes: the folded menu, then 季度评比.
    await page
      .getByRole('button', { name: /菜单|menu/i })
      .first()
      .click();
    await page.getByRole('menuitem', { name: '季度评比' }).click();
    const table = page.getByTestId('ranking');
    await table.locator('tbody tr').first().waitFor();
    await page.getByTestId('ranking-rule').filter({ hasText: '缺项不计' }).waitFor();
    const rows = await table.locator('tbody tr').count();
    expect(rows).toBeGreaterThan(1);
    // Every name (second column) is laid out on a single line.
    const lines = await table.evaluate((el) =>
      Array.from(el.querySelectorAll('tbody tr td:nth-child(2)')).map((td) => {
        const r = document.createRange();
        r.selectNodeContents(td);
        return new Set(Array.from(r.getClientRects()).map((x) => Math.round(x.top))).size;
      }),
    );
    expect(lines.every((n) => n === 1)).toBe(true);
    // The columns scroll inside their box; the page itself is not wider than the phone.
    const box = await page
      .getByTestId('ranking-scroll')
      .evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(box.scroll).toBeGreaterThan(box.client);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    expect(await table.getByTestId('coverage').first().innerText()).toMatch(/^5 项齐全$|^\d\/5 · 缺：/);
    await table.getByRole('button', { name: '下载述职评议表' }).first().waitFor();
    await screenshot(page, 'dash-05-ranking-phone');
    // A district admin switches the rule; the page states the new one.
    await page.getByTestId('rule').click();
    await page.getByRole('option', { name: '缺项按 0 分计' }).click();
    await page.getByTestId('ranking-rule').filter({ hasText: '缺项按 0 分计' }).waitFor();
    await page.close();
  });
});
