/**
 * What other modules may use of this one: they import it from here, never from its files (a lint rule
 * holds them to it).
 */
export { Plan, PlanItem } from './plan.entity';
export type { PlanItemData, PlanService } from './plans.service';
