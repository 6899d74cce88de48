/**
 * What other modules may use of this one: they import it from here, never from its files (a lint rule
 * holds them to it), so that what a module offers is one short list and modules stay acyclic.
 */
export { AuthReasons } from './auth.errors';
export { hashPassword } from './auth.service';
export { AuthToken, RoleAssignment, User } from './user.entity';
export { hitRateLimit } from './rate-limit';
