import type { AuthChecker } from 'type-graphql';
import { forbidden, unauthenticated } from '../common/errors';
import { tokenProblemError } from '../modules/auth/auth.service';
import type { UserRole } from '../common/roles';
import type { Context } from './context';

/**
 * `@Authorized()` = signed in; `@Authorized(roles)` = holds one of the roles somewhere. Place in the
 * tree is checked by the services, which know the record.
 */
export const authChecker: AuthChecker<Context, UserRole> = ({ context }, roles) => {
  if (!context.principal) throw context.tokenProblem ? tokenProblemError(context.tokenProblem) : unauthenticated();
  if (roles.length && !context.principal.hasRole(...roles)) {
    throw forbidden('AUTH.ROLE_REQUIRED', `需要以下角色之一：${roles.join(', ')} (requires one of these roles)`);
  }
  return true;
};
