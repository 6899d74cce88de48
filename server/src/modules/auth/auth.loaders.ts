import type { LoaderScope } from '../../graphql/loaders';
import { byKey } from '../../graphql/loaders';
import { groupedLoader } from '../../graphql/grouped-loader';
import { RoleAssignment, User } from './user.entity';

/** Batch loaders of the auth module: users and their role assignments. */
export function authLoaders({ em }: LoaderScope) {
  return {
    user: byKey<User, number>(em, User, 'id'),
    roleAssignmentsOfUser: groupedLoader<RoleAssignment>(
      (ids) => em.find(RoleAssignment, { user: { $in: [...ids] } }, { orderBy: { id: 'asc' } }),
      (r) => r.user.id,
    ),
  };
}
