import type { AuthChecker } from 'type-graphql';
import { fail } from '../common/reasons';
import type { UserRole } from '../common/roles';
import { AuthReasons } from '../modules/auth/auth.errors';
import type { Context } from './context';
import { signedIn } from './decorators';

/**
 * `@Authorized()` = signed in; `@Authorized(roles)` = holds one of the roles somewhere. Place in the
 * tree is checked by the services, which know the record.
 */
export const authChecker: AuthChecker<Context, UserRole> = ({ context, info }, roles) => {
  const principal = signedIn(context, info);
  if (roles.length && !principal.hasRole(...roles)) {
    throw fail(AuthReasons.ROLE_REQUIRED, { params: { roles: roles.join(', ') } });
  }
  return true;
};
