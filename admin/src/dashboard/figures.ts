/**
 * The dashboard's figures, defined once: for each card its number, the period and scope it
 * describes, and the list it opens — filtered so that the list's total is the card's number
 * (`count`). Pure (no React, no imports): test/server/dashboard-figures.test.ts compares every
 * card with the total of the list query it links to, for the district and a drilled township.
 */

/** What the cards read of campaignStats' figures (a subset of StatsFigures). */
export interface CampaignFigures {
  branches: number;
  levelDistribution: { level: number; branches: number }[];
  threeStarShare: number | null;
  fourStar: number;
  fourStarLastYear: number;
  fourStarRatio: number | null;
  fiveStar: number;
  newFiveStar: number;
  keyTasks: { total: number; done: number; completionRate: number | null; overdue: number };
  spotChecksThisQuarter: number;
  findingsThisQuarter: { minor: number; major: number; critical: number; total: number };
  rectifications: {
    total: number;
    closed: number;
    closureRate: number | null;
    late: number;
    awaitingVerification: number;
  };
  dailyReports: { submitted: number; expected: number; rate: number | null };
}

/** What the cards read of supervisionStats. */
export interface SupervisionFigures {
  planned: number;
  inProgress: number;
  completed: number;
  lateRectifications: number;
  awaitingVerification: number;
  closedRectifications: number;
}

/** The period a figure describes; its label comes from `dashboard_period.<kind>`. */
export type Period =
  | { kind: 'as_of'; date: string }
  | { kind: 'year'; year: number; date: string }
  | { kind: 'quarter'; year: number; quarter: number; date: string }
  | { kind: 'days'; from: string; to: string }
  | { kind: 'all_time' };

export interface ListLink {
  resource: string;
  filter: Record<string, unknown>;
}

export interface FigureCard {
  /** Stable key: test id `stat-<key>` and the label `campaign_stats.<key>`. */
  key: string;
  /** The number the linked list totals. */
  count: number;
  /** Shown instead of the count when set (a share). */
  rate?: number | null;
  /** Attention colour when the count is above 0. */
  alert?: boolean;
  hint?: { key: string; params: Record<string, unknown> };
  period: Period;
  /** Absent when no list reproduces the figure (star levels of a past year). */
  link?: ListLink;
}

export interface StatsScope {
  unitId: string;
  year: number;
  /** campaignStats' statistics date: today for this year, 31 December for a past one. */
  asOf: string;
  /** Whether `year` is the current one: lists of branches by stars describe today only. */
  current: boolean;
}

/** A calendar date `days` later (or earlier). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The first day of the date's quarter. */
export function quarterStart(date: string): string {
  const m = Math.floor((Number(date.slice(5, 7)) - 1) / 3) * 3 + 1;
  return `${date.slice(0, 4)}-${String(m).padStart(2, '0')}-01`;
}

export const quarterOf = (date: string): number => Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;

/** The campaign cards of one unit's subtree for one year (campaignStats). */
export function campaignCards(f: CampaignFigures, s: StatsScope): FigureCard[] {
  const within = { withinId: s.unitId };
  const asOf: Period = { kind: 'as_of', date: s.asOf };
  const year: Period = { kind: 'year', year: s.year, date: s.asOf };
  const atLeast = (n: number) => f.levelDistribution.filter((l) => l.level >= n).reduce((a, l) => a + l.branches, 0);
  const stars = (filter: Record<string, unknown>): ListLink | undefined =>
    s.current ? { resource: 'branches', filter: { ...filter, ...within } } : undefined;
  const rect = { year: s.year, ...within };
  return [
    { key: 'branches', count: f.branches, period: asOf, link: { resource: 'branches', filter: within } },
    {
      key: 'three_star',
      count: atLeast(3),
      rate: f.threeStarShare,
      hint: { key: 'three_star_hint', params: { n: atLeast(3), m: f.branches } },
      period: asOf,
      link: stars({ minStarLevel: 3 }),
    },
    {
      key: 'four_star',
      count: f.fourStar,
      hint: {
        key: 'four_star_hint',
        params: { last: f.fourStarLastYear, ratio: f.fourStarRatio === null ? '—' : `${f.fourStarRatio.toFixed(2)}×` },
      },
      period: asOf,
      link: stars({ minStarLevel: 4 }),
    },
    {
      key: 'five_star',
      count: f.fiveStar,
      hint: { key: 'five_star_hint', params: { n: f.newFiveStar } },
      period: asOf,
      link: stars({ starLevel: 5 }),
    },
    {
      key: 'completion',
      count: f.keyTasks.total,
      rate: f.keyTasks.completionRate,
      hint: { key: 'completion_hint', params: { done: f.keyTasks.done, total: f.keyTasks.total } },
      period: year,
      link: { resource: 'planItems', filter: { year: s.year, ...within } },
    },
    {
      key: 'overdue_tasks',
      count: f.keyTasks.overdue,
      alert: true,
      period: year,
      link: { resource: 'planItems', filter: { year: s.year, overdue: true, ...within } },
    },
    {
      key: 'late_rectifications',
      count: f.rectifications.late,
      alert: true,
      hint: { key: 'late_hint', params: {} },
      period: year,
      link: { resource: 'rectifications', filter: { ...rect, late: true } },
    },
    {
      key: 'awaiting_verification',
      count: f.rectifications.awaitingVerification,
      hint: { key: 'awaiting_hint', params: {} },
      period: year,
      link: { resource: 'rectifications', filter: { ...rect, status: 'SUBMITTED' } },
    },
    {
      key: 'closure',
      count: f.rectifications.total,
      rate: f.rectifications.closureRate,
      hint: { key: 'closure_hint', params: { closed: f.rectifications.closed, total: f.rectifications.total } },
      period: year,
      link: { resource: 'rectifications', filter: rect },
    },
    {
      key: 'reports',
      count: f.dailyReports.submitted,
      rate: f.dailyReports.rate,
      hint: { key: 'reports_hint', params: { n: f.dailyReports.submitted, m: f.dailyReports.expected } },
      period: { kind: 'days', from: addDays(s.asOf, -6), to: s.asOf },
      link: { resource: 'dailyReports', filter: { from: addDays(s.asOf, -6), to: s.asOf, ...within } },
    },
    {
      key: 'checks',
      count: f.spotChecksThisQuarter,
      hint: {
        key: 'findings_hint',
        params: {
          minor: f.findingsThisQuarter.minor,
          major: f.findingsThisQuarter.major,
          critical: f.findingsThisQuarter.critical,
        },
      },
      period: { kind: 'quarter', year: Number(s.asOf.slice(0, 4)), quarter: quarterOf(s.asOf), date: s.asOf },
      link: {
        resource: 'spotChecks',
        filter: { status: 'COMPLETED', completedFrom: quarterStart(s.asOf), completedTo: s.asOf, ...within },
      },
    },
  ];
}

/** 督导概况 of one unit's subtree: spot checks by state (target inside), their rectifications. */
export function supervisionCards(f: SupervisionFigures, unitId: string): FigureCard[] {
  const period: Period = { kind: 'all_time' };
  const checks = (status: string): ListLink => ({ resource: 'spotChecks', filter: { status, withinId: unitId } });
  const rects = (filter: Record<string, unknown>): ListLink => ({
    resource: 'rectifications',
    filter: { ...filter, targetWithinId: unitId },
  });
  return [
    ...(f.planned > 0 ? [{ key: 'sv_planned', count: f.planned, period, link: checks('PLANNED') }] : []),
    { key: 'sv_in_progress', count: f.inProgress, period, link: checks('IN_PROGRESS') },
    { key: 'sv_completed', count: f.completed, period, link: checks('COMPLETED') },
    { key: 'sv_late', count: f.lateRectifications, alert: true, period, link: rects({ late: true }) },
    { key: 'sv_awaiting', count: f.awaitingVerification, period, link: rects({ status: 'SUBMITTED' }) },
    { key: 'sv_closed', count: f.closedRectifications, period, link: rects({ status: 'CLOSED' }) },
  ];
}

/** 数据概览: records of the unit's subtree, each total read from its list with this filter. */
export const overviewLinks = (unitId: string): ListLink[] =>
  ['units', 'branches', 'people', 'positions', 'starOwners', 'contactPoints'].map((resource) => ({
    resource,
    filter: { withinId: unitId },
  }));

/** Catalogues of the whole campaign (not of a unit): shown with that scope. */
export const CATALOGUES = ['departments', 'taskForces', 'keyTasks', 'starTypes'];

/** A list's address in the console, with its filter. */
export const listUrl = (l: ListLink): string => `/${l.resource}?filter=${encodeURIComponent(JSON.stringify(l.filter))}`;
