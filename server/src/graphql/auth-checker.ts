import type { AuthChecker } from 'type-graphql';
import { forbidden } from '../common/errors';
import type { UserRole } from '../common/roles';
import type { Context } from './context';
import { signedIn } from './decorators';

/**
 * `@Authorized()` = signed in; `@Authorized(roles)` = holds one of the roles somewhere. Place in the
 * tree is checked by the services, which know the record.
 */
export const authChecker: AuthChecker<Context, UserRole> = ({ context }, roles) => {
  const principal = signedIn(context);
  if (roles.length && !principal.hasRole(...roles)) {
    throw forbidden('AUTH.ROLE_REQUIRED', `需要以下角色之一：${roles.join(', ')} (requires one of these roles)`);
  }
  return true;
};
