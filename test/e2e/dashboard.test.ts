/**
 * The leaders' dashboard in the browser: its figures and chart labels are campaignStats' numbers,
 * a level bar opens the branches at that level, a child bar drills down to that township, and a
 * planned spot check moves none of it.
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
          completionRate
          overdue
        }
        rectifications {
          overdue
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
    expect(await text(page, 'stat-threeStarShare')).toBe(pct(f.threeStarShare));
    expect(await text(page, 'stat-fourStar')).toBe(String(f.fourStar));
    expect(await text(page, 'stat-fiveStar')).toBe(String(f.fiveStar));
    expect(await text(page, 'stat-completion')).toBe(pct(f.keyTasks.completionRate));
    expect(await text(page, 'stat-overdueTasks')).toBe(String(f.keyTasks.overdue));
    expect(await text(page, 'stat-overdueRectifications')).toBe(String(f.rectifications.overdue));
    expect(await text(page, 'stat-checks')).toBe(String(f.spotChecksThisQuarter));
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
    await screenshot(page, 'dash-03-drilled');
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
});
