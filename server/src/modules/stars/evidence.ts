import { parseIds } from '../../common/ids';
import type { Principal } from '../../common/principal';
import type { Services } from '../../graphql/services';
import { registerFileVisibility } from '../files/file.service';
import { PlanItem } from '../plans/plan.entity';
import { StarApplicationItem } from './rating.entity';

/** Attach evidence files to a record through the files module (ownership checked there). */
export async function attachEvidence(
  s: Services,
  p: Principal,
  raw: readonly (string | number)[] | null | undefined,
  recordType: string,
  record: { id: number },
): Promise<void> {
  if (!raw?.length) return;
  const ids = parseIds(raw, 'evidenceFileIds');
  await s.em.flush();
  await s.files.attach(p, ids, { recordType, recordId: record.id });
}

// A self-assessment item's evidence is exactly as visible as its application (task forces: their star only).
registerFileVisibility('StarApplicationItem', async (em, p, ids) => {
  const rows = await em.find(StarApplicationItem, { id: { $in: ids } }, { populate: ['application.branch'] });
  return new Set(
    rows.filter((r) => p.canReadStar(r.application.branch.path, r.application.starType.code)).map((r) => r.id),
  );
});

// A plan item's evidence: whoever may read the item (its responsible unit or its plan's unit).
registerFileVisibility('PlanItem', async (em, p, ids) => {
  const rows = await em.find(PlanItem, { id: { $in: ids } }, { populate: ['unit', 'plan.unit'] });
  return new Set(rows.filter((r) => p.canRead(r.unit.path) || p.canRead(r.plan.unit.path)).map((r) => r.id));
});
