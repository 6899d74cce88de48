/**
 * What other modules may use of stats: the figures type, to add their own figures to campaignStats
 * with a field resolver reading `extra` — the sums of the columns of the SQL function they register
 * in stats_figure_source (migration stats_module_figures; docs/domain/stats.md, "Figures from other
 * modules"). Example:
 *
 *   @Resolver(() => StatsFigures)
 *   export class TrainingFiguresResolver {
 *     @FieldResolver(() => TrainingFigures)
 *     training(@Root() f: StatsFigures): TrainingFigures {
 *       return figuresOf(f.extra.training_expected ?? 0, f.extra.training_took ?? 0);
 *     }
 *   }
 */
export { StatsFigures } from './stats.types';
