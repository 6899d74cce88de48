/**
 * Every figure of the dashboard agrees with the list it links to: the cards are built by the
 * console's own definitions (admin/src/dashboard/figures.ts) from campaignStats and
 * supervisionStats, and each card's number must equal the total of its list query with the very
 * filter of its link — for the district and for a drilled township. Also: the 本季度暗访 card's
 * findings are that quarter's checks' findings, and a rectification submitted after its deadline
 * waits for the team, it is not the responsible unit's lateness.
 */
import {
  campaignCards,
  CATALOGUES,
  overviewLinks,
  supervisionCards,
  type FigureCard,
  type ListLink,
} from '../../admin/src/dashboard/figures';
import { dataOf, startTestApp, type TestApp } from '../helpers/app';
import { graphql } from '../gql';

const STATS = graphql(`
  query DashboardFigures($u: ID!, $y: Int!) {
    campaignStats(unitId: $u, year: $y) {
      unitId
      unitName
      asOf
      figures {
        branches
        levelDistribution {
          level
          branches
        }
        threeStarShare
        fourStar
        fourStarLastYear
        fourStarRatio
        fiveStar
        newFiveStar
        keyTasks {
          total
          done
          completionRate
          overdue
        }
        spotChecksThisQuarter
        findings {
          total
        }
        findingsThisQuarter {
          minor
          major
          critical
          total
        }
        rectifications {
          total
          closed
          closureRate
          overdue
          late
          awaitingVerification
        }
        dailyReports {
          submitted
          expected
          rate
        }
      }
      byChild {
        unitId
        unitLevel
        figures {
          branches
          rectifications {
            total
          }
        }
      }
    }
  }
`);

const SUPERVISION = graphql(`
  query DashboardSupervision($w: ID) {
    supervisionStats(withinId: $w) {
      planned
      inProgress
      completed
      lateRectifications
      awaitingVerification
      closedRectifications
    }
  }
`);

/** The filter input type of each list query the dashboard links to. */
const FILTER_TYPE: Record<string, string> = {
  branches: 'UnitFilterInput',
  units: 'UnitFilterInput',
  people: 'PersonFilterInput',
  positions: 'PositionFilterInput',
  starOwners: 'StarOwnerFilterInput',
  contactPoints: 'ContactPointFilterInput',
  planItems: 'PlanItemFilterInput',
  rectifications: 'RectificationFilterInput',
  dailyReports: 'DailyReportFilterInput',
  spotChecks: 'SpotCheckFilterInput',
};

describe('dashboard figures against the lists they open', () => {
  let t: TestApp;
  let leader: string;
  let districtId: string;
  let townshipId: string;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const year = Number(today.slice(0, 4));

  /** The total of a list query with the link's filter, as the console's list asks it. */
  const total = async (l: ListLink, token = leader): Promise<number> => {
    const r = await t.gql<{ r: { total: number } }>(
      `query ($f: ${FILTER_TYPE[l.resource]}) { r: ${l.resource}(page: 1, perPage: 1, filter: $f) { total } }`,
      { f: l.filter },
      token,
    );
    return dataOf(r).r.total;
  };
  const stats = async (unitId: string, token = leader) =>
    dataOf(await t.gql(STATS, { u: unitId, y: year }, token)).campaignStats;
  const cardsOf = async (unitId: string, token = leader) => {
    const s = await stats(unitId, token);
    return campaignCards(s.figures, { unitId, year, asOf: s.asOf, current: true });
  };
  const expectCardsMatchLists = async (cards: FigureCard[], token = leader) => {
    const linked = cards.filter((c) => c.link);
    expect(linked.length).toBeGreaterThan(0);
    const got = await Promise.all(linked.map(async (c) => ({ key: c.key, count: await total(c.link!, token) })));
    expect(got).toEqual(linked.map((c) => ({ key: c.key, count: c.count })));
  };

  beforeAll(async () => {
    t = await startTestApp();
    leader = await t.login('leader');
    const district = await stats(
      dataOf(
        await t.gql<{ units: { items: { id: string }[] } }>(
          '{ units(filter: { level: DISTRICT }) { items { id } } }',
          {},
          leader,
        ),
      ).units.items[0].id,
    );
    districtId = district.unitId;
    // The township with the most rectifications (then branches): its figures differ from the district's.
    townshipId = [...district.byChild]
      .filter((c) => c.unitLevel === 'TOWNSHIP')
      .sort(
        (a, b) =>
          b.figures.rectifications.total - a.figures.rectifications.total || b.figures.branches - a.figures.branches,
      )[0].unitId;
  });

  afterAll(() => t.close());

  it('every campaign card equals its list, for the district and a drilled township', async () => {
    const district = await cardsOf(districtId);
    const township = await cardsOf(townshipId);
    await expectCardsMatchLists(district);
    await expectCardsMatchLists(township);
    // The township's cards are the township's, not the district's again.
    const branches = (cards: FigureCard[]) => cards.find((c) => c.key === 'branches')!.count;
    expect(branches(township)).toBeGreaterThan(0);
    expect(branches(township)).toBeLessThan(branches(district));
    expect(township.find((c) => c.key === 'closure')!.count).toBeGreaterThan(0);
  });

  it('every 督导概况 card equals its list, for the district and a drilled township', async () => {
    for (const unitId of [districtId, townshipId]) {
      const s = dataOf(await t.gql(SUPERVISION, { w: unitId }, leader)).supervisionStats;
      await expectCardsMatchLists(supervisionCards(s, unitId));
    }
    const admin = await t.login('admin');
    const s = dataOf(await t.gql(SUPERVISION, { w: townshipId }, admin)).supervisionStats;
    await expectCardsMatchLists(supervisionCards(s, townshipId), admin);
  });

  it('数据概览 counts the drilled unit’s records only', async () => {
    const em = t.orm.em.fork();
    const [{ path }] = await em.execute<{ path: string }[]>('select path from unit where id = ?', [Number(townshipId)]);
    const sql = async (q: string) => Number((await em.execute<{ n: string }[]>(q, [`${path}%`]))[0].n);
    const [units, branches, people] = await Promise.all(
      overviewLinks(townshipId)
        .slice(0, 3)
        .map((l) => total(l)),
    );
    expect(units).toBe(await sql(`select count(*) as n from unit where path like ? and id <> ${Number(townshipId)}`));
    expect(branches).toBe(await sql(`select count(*) as n from unit where path like ? and level = 'BRANCH'`));
    expect(people).toBe(
      await sql(`select count(*) as n from person p join unit u on u.id = p.unit_id where u.path like ?`),
    );
    const [districtPeople] = await Promise.all([total(overviewLinks(districtId)[2])]);
    expect(people).toBeLessThan(districtPeople);
    // The catalogues are the campaign's, not a unit's: they are not among the unit's links.
    expect(overviewLinks(townshipId).map((l) => l.resource)).not.toEqual(expect.arrayContaining(CATALOGUES));
  });

  it('本季度暗访 shows this quarter’s checks with this quarter’s findings', async () => {
    const s = await stats(districtId);
    const card = campaignCards(s.figures, { unitId: districtId, year, asOf: s.asOf, current: true }).find(
      (c) => c.key === 'checks',
    )!;
    const checks = dataOf(
      await t.gql<{ spotChecks: { items: { findings: { id: string }[] }[] } }>(
        'query ($f: SpotCheckFilterInput) { spotChecks(perPage: 100, filter: $f) { items { findings { id } } } }',
        { f: card.link!.filter },
        leader,
      ),
    ).spotChecks.items;
    expect(checks.length).toBe(s.figures.spotChecksThisQuarter);
    expect(s.figures.findingsThisQuarter.total).toBe(checks.reduce((a, c) => a + c.findings.length, 0));
    expect(card.hint!.params).toEqual({
      minor: s.figures.findingsThisQuarter.minor,
      major: s.figures.findingsThisQuarter.major,
      critical: s.figures.findingsThisQuarter.critical,
    });
    // The year's findings include earlier quarters' (the demo year has checks in each quarter).
    expect(s.figures.findings.total).toBeGreaterThan(s.figures.findingsThisQuarter.total);
  });

  it('a rectification submitted after its deadline waits for the team: it is not the unit’s lateness', async () => {
    const em = t.orm.em.fork();
    const [{ path }] = await em.execute<{ path: string }[]>('select path from unit where id = ?', [Number(districtId)]);
    const [late] = await em.execute<{ id: number; unit: number }[]>(
      `select r.id, r.responsible_unit_id as unit from rectification r join unit u on u.id = r.responsible_unit_id
        where u.path like ? and r.status = 'ASSIGNED' and r.deadline < ?::date
          and extract(year from r.created_at at time zone 'Asia/Shanghai') = ? order by r.id limit 1`,
      [`${path}%`, today, year],
    );
    expect(late).toBeDefined();
    const before = (await stats(districtId)).figures.rectifications;
    await em.execute(`update rectification set status = 'SUBMITTED', submitted_at = now() where id = ?`, [late.id]);
    const after = (await stats(districtId)).figures.rectifications;
    expect(after.late).toBe(before.late - 1);
    expect(after.awaitingVerification).toBe(before.awaitingVerification + 1);
    // The old figure (deadline passed and not closed) still counts it: that is what it documents.
    expect(after.overdue).toBe(before.overdue);
    await expectCardsMatchLists(await cardsOf(districtId));
  });

  it('the demo year moves: five-star awards and losses month by month, as the held-star history says', async () => {
    const points = dataOf(
      await t.gql(
        graphql(`
          query DemoFiveStarTrend($u: ID!) {
            trend(unitId: $u, metric: FIVE_STAR_COUNT, from: "2025-12-01", to: "2026-11-30", interval: MONTH) {
              periodEnd
              value
            }
          }
        `),
        { u: districtId },
        leader,
      ),
    ).trend.map((p) => p.value!);
    const steps = points.slice(1).map((v, i) => v - points[i]);
    expect(steps.filter((d) => d > 0).length).toBeGreaterThanOrEqual(3);
    expect(steps.filter((d) => d < 0).length).toBeGreaterThanOrEqual(3);
    // Awards and losses in the history table, in the demo year's months.
    const em = t.orm.em.fork();
    const [{ awards, losses }] = await em.execute<{ awards: string; losses: string }[]>(
      `select count(distinct to_char(since, 'MM')) filter (where since >= '2026-01-01') as awards,
              count(distinct to_char(until, 'MM')) filter (where until >= '2026-01-01' and end_kind = 'REVOKED') as losses
         from branch_star where star_type_code = 'INDUSTRY_PROSPERITY'`,
    );
    expect(Number(awards)).toBeGreaterThanOrEqual(6);
    expect(Number(losses)).toBeGreaterThanOrEqual(6);
  });

  it('a township secretary’s cards match their lists too', async () => {
    const township = await t.login('township');
    const me = dataOf(
      await t.gql<{ me: { grants: { unitId: string }[] } }>('{ me { grants { unitId } } }', {}, township),
    ).me.grants[0].unitId;
    await expectCardsMatchLists(await cardsOf(me, township), township);
  });
});
