import type { RecordVisibility } from '../../common/visibility';
import { StarApplicationItem } from './rating.entity';

/** A self-assessment item's evidence is exactly as visible as its application (task forces: their star only). */
export const applicationItemFileVisibility: RecordVisibility = async (em, p, ids) => {
  const rows = await em.find(StarApplicationItem, { id: { $in: ids } }, { populate: ['application.branch'] });
  return new Set(
    rows.filter((r) => p.canReadStar(r.application.branch.path, r.application.starType.code)).map((r) => r.id),
  );
};
