import type { RecordVisibility } from '../../common/visibility';
import { Post } from './post.entity';

/** A post's images to signed-in readers: whoever may read the post (the public route has its own rule). */
export const postFileVisibility: RecordVisibility = async (em, p, ids) => {
  const rows = await em.find(Post, { id: { $in: ids } }, { populate: ['unit'] });
  return new Set(rows.filter((r) => p.canRead(r.unit.path)).map((r) => r.id));
};
