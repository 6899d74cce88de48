import type { FilterQuery } from '@mikro-orm/core';
import type { AuditVisibility, RecordVisibility } from '../../common/visibility';
import { Finding, Rectification } from './supervision.entity';
import { rectificationWhere, spotCheckWhere, visibleSpotCheckIds } from './confidentiality';

/** A spot check's audit entries are as secret as the check itself. */
export const spotCheckAuditVisibility: AuditVisibility = async (em, p) =>
  (await visibleSpotCheckIds(em, p)).map((id) => `SpotCheck:${id}`);

/** A spot check's events reach exactly those who may list it (its team, leadership, and all once completed). */
export const spotCheckEventVisibility: RecordVisibility = async (em, p, ids) =>
  new Set(await visibleSpotCheckIds(em, p, ids));

/** Evidence photos of findings are exactly as secret as their spot check. */
export const findingFileVisibility: RecordVisibility = async (em, p, ids) => {
  const rows = await em.find(
    Finding,
    { $and: [{ id: { $in: ids } }, { spotCheck: await spotCheckWhere(em, p) }] } as FilterQuery<Finding>,
    { fields: ['id'] },
  );
  return new Set(rows.map((r) => r.id));
};

/** Rectification evidence follows the rectification (its check, or the responsible unit). */
export const rectificationFileVisibility: RecordVisibility = async (em, p, ids) => {
  const rows = await em.find(
    Rectification,
    { $and: [{ id: { $in: ids } }, await rectificationWhere(em, p)] } as FilterQuery<Rectification>,
    { fields: ['id'] },
  );
  return new Set(rows.map((r) => r.id));
};
