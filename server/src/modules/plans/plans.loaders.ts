import DataLoader from 'dataloader';
import { groupedLoader } from '../../graphql/grouped-loader';
import type { LoaderScope } from '../../graphql/loaders';
import { Plan, PlanMilestone, PlanStar } from './plan.entity';
import { PlanService, type PlanRollup } from './plans.service';

/** Batch loaders of the plans module. */
export function planLoaders({ em, now }: LoaderScope) {
  return {
    plan: new DataLoader<number, Plan | null>(async (ids) => {
      const rows = await em.find(Plan, { id: { $in: [...ids] } });
      const m = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => m.get(id) ?? null);
    }),
    planStars: groupedLoader<PlanStar>(
      (ids) => em.find(PlanStar, { plan: { $in: [...ids] } }, { orderBy: { id: 'asc' } }),
      (s) => s.plan.id,
    ),
    milestones: groupedLoader<PlanMilestone>(
      (ids) =>
        em.find(
          PlanMilestone,
          { item: { $in: [...ids] } },
          { orderBy: { dueDate: 'asc', sortOrder: 'asc', id: 'asc' } },
        ),
      (m) => m.item.id,
    ),
    planRollup: new DataLoader<number, PlanRollup>((ids) => new PlanService(em, now).rollups(ids)),
  };
}
