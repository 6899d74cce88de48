/**
 * Leadership statistics (campaignStats, trend): the only GraphQL text of the dashboard's charts.
 */
import { parse } from 'graphql';
import { call } from './call';

export interface StatsFigures {
  branches: number;
  levelDistribution: { level: number; branches: number }[];
  starHolders: { starCode: string; starName: string; branches: number }[];
  threeStarShare: number | null;
  fourStar: number;
  fourStarLastYear: number;
  fourStarRatio: number | null;
  fiveStar: number;
  newFiveStar: number;
  keyTasks: { total: number; done: number; completionRate: number | null; overdue: number };
  spotChecksThisQuarter: number;
  findings: { minor: number; major: number; critical: number; total: number };
  rectifications: { total: number; closed: number; closureRate: number | null; overdue: number };
  dailyReports: { submitted: number; expected: number; rate: number | null };
}

export interface CampaignStats {
  unitId: string;
  unitName: string;
  year: number;
  asOf: string;
  figures: StatsFigures;
  byChild: { unitId: string; unitName: string; unitLevel: string; figures: StatsFigures }[];
}

export type StatsMetric =
  | 'AVERAGE_LEVEL'
  | 'THREE_STAR_SHARE'
  | 'FOUR_STAR_COUNT'
  | 'FIVE_STAR_COUNT'
  | 'KEY_TASK_COMPLETION'
  | 'SPOT_CHECKS_COMPLETED'
  | 'RECTIFICATION_CLOSURE'
  | 'DAILY_REPORT_RATE';
export interface TrendPoint {
  periodStart: string;
  periodEnd: string;
  value: number | null;
}

const FIGURES = `branches levelDistribution { level branches } starHolders { starCode starName branches }
  threeStarShare fourStar fourStarLastYear fourStarRatio fiveStar newFiveStar
  keyTasks { total done completionRate overdue } spotChecksThisQuarter
  findings { minor major critical total } rectifications { total closed closureRate overdue }
  dailyReports { submitted expected rate }`;

const STATS = parse(`query CampaignStats($unitId: ID!, $year: Int!) {
  data: campaignStats(unitId: $unitId, year: $year) { unitId unitName year asOf figures { ${FIGURES} } byChild { unitId unitName unitLevel figures { ${FIGURES} } } }
}`);
const TREND =
  parse(`query Trend($unitId: ID!, $metric: StatsMetric!, $from: String!, $to: String!, $interval: TrendInterval) {
  data: trend(unitId: $unitId, metric: $metric, from: $from, to: $to, interval: $interval) { periodStart periodEnd value }
}`);

export const statsProvider = {
  campaignStats: (unitId: string, year: number) => call<CampaignStats>(STATS, { unitId, year }),
  trend: (unitId: string, metric: StatsMetric, from: string, to: string, interval: 'MONTH' | 'QUARTER' = 'MONTH') =>
    call<TrendPoint[]>(TREND, { unitId, metric, from, to, interval }),
};
