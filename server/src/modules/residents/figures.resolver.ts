/** The residents' figures in campaignStats: the subtree sums of fs_residents_figures (migration residents_figures). */
import { FieldResolver, Resolver, Root } from 'type-graphql';
import { StatsFigures } from '../stats/public';
import { ResidentRateFigures } from './residents.types';

@Resolver(() => StatsFigures)
export class ResidentsFiguresResolver {
  @FieldResolver(() => ResidentRateFigures, {
    description: '民情诉求三率（本年度，截至统计日）Resident requests of the year and their three rates',
  })
  residents(@Root() f: StatsFigures): ResidentRateFigures {
    const x = f.extra;
    return ResidentRateFigures.of({
      total: x.residents_total ?? 0,
      respondedOnTime: x.residents_responded ?? 0,
      resolved: x.residents_resolved ?? 0,
      evaluated: x.residents_evaluated ?? 0,
      satisfied: x.residents_satisfied ?? 0,
      overdue: x.residents_overdue ?? 0,
    });
  }
}
