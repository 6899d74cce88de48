import { byKey, type LoaderScope } from '../../graphql/loaders';
import { groupedLoader } from '../../graphql/grouped-loader';
import { StoredFile } from '../files/public';
import { PostEvent, PostImage } from './post.entity';

/** Batch loaders of the publicity module. */
export function postLoaders({ em }: LoaderScope) {
  return {
    postImages: groupedLoader<PostImage>(
      (ids) =>
        em.find(
          PostImage,
          { post: { $in: [...ids] } },
          { populate: ['file'], orderBy: { sortOrder: 'asc', id: 'asc' } },
        ),
      (i) => i.post.id,
    ),
    postEvents: groupedLoader<PostEvent>(
      (ids) => em.find(PostEvent, { post: { $in: [...ids] } }, { orderBy: { at: 'asc', id: 'asc' } }),
      (e) => e.post.id,
    ),
    storedFile: byKey<StoredFile, number>(em, StoredFile, 'id'),
  };
}
