import DataLoader from 'dataloader';
import { queryViews } from '../../db/read-view';
import { byKey, type LoaderScope } from '../../graphql/loaders';
import { KeyTask } from './key-task.entity';
import { ObjectionStatus } from './rating.enums';
import { StarType } from '../org/public';
import {
  BranchPairing,
  BranchStar,
  StarApplication,
  StarApplicationItem,
  StarApplicationTransition,
  StarObjection,
} from './rating.entity';

function grouped<T>(load: (keys: readonly number[]) => Promise<T[]>, keyOf: (row: T) => number[]) {
  return new DataLoader<number, T[]>(async (keys) => {
    const rows = await load(keys);
    const groups = new Map<number, T[]>();
    for (const r of rows) {
      for (const k of keyOf(r)) {
        if (!groups.has(k)) groups.set(k, []);
        groups.get(k)!.push(r);
      }
    }
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/** Batch loaders of the rating lifecycle: one query per field per request, whatever the number of rows. */
export function ratingLoaders({ em }: LoaderScope) {
  return {
    keyTask: byKey<KeyTask, number>(em, KeyTask, 'id'),
    starApplication: byKey<StarApplication, number>(em, StarApplication, 'id'),
    /** Star types applying to a category (key: RURAL, COMMUNITY or ALL). */
    starTypesFor: new DataLoader<string, StarType[]>(async (keys) => {
      const all = await em.find(StarType, {}, { orderBy: { sortOrder: 'asc', code: 'asc' } });
      return keys.map((k) => (k === 'ALL' ? all : all.filter((t) => t.categories.includes(k as never))));
    }),
    /** Stars held now, by branch: `branch.starLevel` is the length (no per-row query). */
    heldStars: grouped<BranchStar>(
      (ids) =>
        queryViews(
          em,
          BranchStar,
          `select * from branch_star where branch_id in (${ids.map(() => '?').join(',')}) and until is null order by since, id`,
          [...ids],
        ),
      (r) => [r.branch.id],
    ),
    starRecords: grouped<BranchStar>(
      (ids) => em.find(BranchStar, { branch: { $in: [...ids] } }, { orderBy: { since: 'asc', id: 'asc' } }),
      (r) => [r.branch.id],
    ),
    applicationItems: grouped<StarApplicationItem>(
      (ids) => em.find(StarApplicationItem, { application: { $in: [...ids] } }, { orderBy: { id: 'asc' } }),
      (r) => [r.application.id],
    ),
    applicationTransitions: grouped<StarApplicationTransition>(
      (ids) =>
        em.find(StarApplicationTransition, { application: { $in: [...ids] } }, { orderBy: { at: 'asc', id: 'asc' } }),
      (r) => [r.application.id],
    ),
    applicationObjections: grouped<StarObjection>(
      (ids) => em.find(StarObjection, { application: { $in: [...ids] } }, { orderBy: { filedAt: 'asc', id: 'asc' } }),
      (r) => [r.application.id],
    ),
    openObjectionCount: new DataLoader<number, number>(async (ids) => {
      const rows = await em.find(StarObjection, { application: { $in: [...ids] }, status: ObjectionStatus.OPEN });
      return ids.map((id) => rows.filter((r) => r.application.id === id).length);
    }),
    branchApplications: grouped<StarApplication>(
      (ids) => em.find(StarApplication, { branch: { $in: [...ids] } }, { orderBy: { id: 'asc' } }),
      (r) => [r.branch.id],
    ),
    pairings: grouped<BranchPairing>(
      (ids) =>
        em.find(
          BranchPairing,
          { $or: [{ strongBranch: { $in: [...ids] } }, { weakBranch: { $in: [...ids] } }] },
          { orderBy: { startDate: 'asc', id: 'asc' } },
        ),
      (r) => [r.strongBranch.id, r.weakBranch.id],
    ),
  };
}
