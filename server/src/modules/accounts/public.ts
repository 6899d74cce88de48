/**
 * What other modules may use of this one: they import it from here, never from its files (a lint rule
 * holds them to it), so that what a module offers is one short list and modules stay acyclic.
 * An import of accounts (e.g. from a spreadsheet) calls `services.accounts.upsertUser(principal,
 * { username, displayName, personId, roles }, …)` inside its own `ctx.mutate(...)`.
 */
export { AccountReasons, PasswordReasons } from './accounts.errors';
export { AccountService } from './accounts.service';
export type { RoleSpec, UpsertOutcome, UpsertResult, UserCreate, WithTemporaryPassword } from './accounts.service';
export { checkPassword, MIN_LENGTH as PASSWORD_MIN_LENGTH } from './password-policy';
