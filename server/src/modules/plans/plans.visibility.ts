import type { RecordVisibility } from '../../common/visibility';
import { PlanItem } from './plan.entity';

/** A plan item's evidence: whoever may read the item (its responsible unit or its plan's unit). */
export const planItemFileVisibility: RecordVisibility = async (em, p, ids) => {
  const rows = await em.find(PlanItem, { id: { $in: ids } }, { populate: ['unit', 'plan.unit'] });
  return new Set(rows.filter((r) => p.canRead(r.unit.path) || p.canRead(r.plan.unit.path)).map((r) => r.id));
};
