import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { KeyTask } from '../stars/key-task.entity';
import { Plan, PlanMilestone, PlanStar } from './plan.entity';
import { PlanService, type PlanRollup } from './plans.service';

function grouped<T>(load: (keys: readonly number[]) => Promise<T[]>, keyOf: (row: T) => number) {
  return new DataLoader<number, T[]>(async (keys) => {
    const rows = await load(keys);
    const groups = new Map<number, T[]>();
    for (const r of rows) {
      const k = keyOf(r);
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k)!.push(r);
    }
    return keys.map((k) => groups.get(k) ?? []);
  });
}

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
    planStars: grouped<PlanStar>((ids) => em.find(PlanStar, { plan: { $in: [...ids] } }, { orderBy: { id: 'asc' } }), (s) => s.plan.id),
    milestones: grouped<PlanMilestone>((ids) => em.find(PlanMilestone, { item: { $in: [...ids] } }, { orderBy: { dueDate: 'asc', sortOrder: 'asc', id: 'asc' } }), (m) => m.item.id),
    planRollup: new DataLoader<number, PlanRollup>((ids) => new PlanService(em, now).rollups(ids)),
  };
}
