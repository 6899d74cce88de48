import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { groupedLoader } from '../../graphql/grouped-loader';
import { KeyTask } from '../stars/key-task.entity';
import { Plan, PlanMilestone, PlanStar } from './plan.entity';
import { PlanService, type PlanRollup } from './plans.service';

/** Batch loaders of the plans module (merged into the request's loaders). */
export function planLoaders(em: EntityManager, now: () => Date) {
  return {
    plan: new DataLoader<number, Plan | null>(async (ids) => {
      const rows = await em.find(Plan, { id: { $in: [...ids] } });
      const m = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => m.get(id) ?? null);
    }),
    keyTask: new DataLoader<number, KeyTask | null>(async (ids) => {
      const rows = await em.find(KeyTask, { id: { $in: [...ids] } });
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
