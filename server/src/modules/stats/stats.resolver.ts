import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { CurrentPrincipal, IdArg } from '../../graphql/decorators';
import type { Principal } from '../../common/principal';
import type { Context } from '../../graphql/context';
import { CampaignStats, StatsMetric, TrendInterval, TrendPoint } from './stats.types';

/**
 * Read-only statistics over the caller's subtree: any signed-in role (and API tokens) may ask
 * about a unit they can read; outside it the unit does not exist. Figures only aggregate, and
 * planned or running spot checks count nowhere.
 */
@Resolver()
export class StatsResolver {
  @Query(() => CampaignStats, {
    description:
      '创建工作统计：星级分布、创建目标、任务完成、督导、整改、日报，及逐个下级单元 Campaign statistics of a unit and each child unit',
  })
  campaignStats(
    @Ctx() ctx: Context,
    @CurrentPrincipal() principal: Principal,
    @IdArg('unitId', '单元（区、乡镇或支部）Unit: district, township-level unit or branch') unitId: number,
    @Arg('year', () => Int, { description: '年度 Year' }) year: number,
  ): Promise<CampaignStats> {
    return ctx.services.stats.campaignStats(principal, unitId, year);
  }

  @Query(() => [TrendPoint], {
    description: '趋势：按月或按季度由历史重建的指标序列 A metric per month or quarter, reconstructed from history',
  })
  trend(
    @Ctx() ctx: Context,
    @CurrentPrincipal() principal: Principal,
    @IdArg('unitId', '单元 Unit') unitId: number,
    @Arg('metric', () => StatsMetric, { description: '指标 Metric' }) metric: StatsMetric,
    @Arg('from', { description: '开始日期 YYYY-MM-DD First day' }) from: string,
    @Arg('to', { description: '结束日期 YYYY-MM-DD Last day' }) to: string,
    @Arg('interval', () => TrendInterval, { defaultValue: TrendInterval.MONTH, description: '时间粒度 Period length' })
    interval: TrendInterval,
  ): Promise<TrendPoint[]> {
    return ctx.services.stats.trend(principal, unitId, metric, from, to, interval);
  }
}
