/**
 * Leadership statistics (campaignStats, trend): the only GraphQL text of the dashboard's charts.
 */
import { graphql } from '../gql';
import type { StatsMetric, TrendInterval } from '../gql/graphql';
import { call } from './call';

graphql(`
  fragment StatsFigures on StatsFigures {
    branches
    levelDistribution {
      level
      branches
    }
    starHolders {
      starCode
      starName
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
      minor
      major
      critical
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
`);

const STATS = graphql(`
  query CampaignStats($unitId: ID!, $year: Int!) {
    data: campaignStats(unitId: $unitId, year: $year) {
      unitId
      unitName
      year
      asOf
      figures {
        ...StatsFigures
      }
      byChild {
        unitId
        unitName
        unitLevel
        figures {
          ...StatsFigures
        }
      }
    }
  }
`);

const TREND = graphql(`
  query Trend($unitId: ID!, $metric: StatsMetric!, $from: String!, $to: String!, $interval: TrendInterval) {
    data: trend(unitId: $unitId, metric: $metric, from: $from, to: $to, interval: $interval) {
      periodStart
      periodEnd
      value
    }
  }
`);

export const statsProvider = {
  campaignStats: (unitId: string, year: number) => call(STATS, { unitId, year }),
  trend: (unitId: string, metric: StatsMetric, from: string, to: string, interval: TrendInterval = 'MONTH') =>
    call(TREND, { unitId, metric, from, to, interval }),
};
