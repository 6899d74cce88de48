/**
 * Parameter decorators for resolvers. `@CurrentPrincipal()` is the signed-in principal; without one
 * the request fails UNAUTHENTICATED, saying why a token that was sent is unusable (expired, revoked
 * …), exactly as `@Authorized()` and every REST route do (`signedIn`).
 */
import { createParameterDecorator, ID } from 'type-graphql';
import { parseId } from '../common/ids';
import { fail } from '../common/reasons';
import { AuthReasons } from '../modules/auth/auth.errors';
import { tokenProblemError } from '../modules/auth/auth.service';
import type { Principal } from '../common/principal';
import type { Context } from './context';

/** The request's principal, or the one UNAUTHENTICATED error (with the token problem, if any). */
export function signedIn(ctx: Pick<Context, 'principal' | 'tokenProblem'>): Principal {
  if (ctx.principal) return ctx.principal;
  throw ctx.tokenProblem ? tokenProblemError(ctx.tokenProblem) : fail(AuthReasons.UNAUTHENTICATED);
}

export function CurrentPrincipal() {
  return createParameterDecorator<Context>(({ context }) => signedIn(context));
}

/**
 * A required `ID!` argument as a database id: `@IdArg('unitId', '单元 Unit') unitId: number`. A
 * malformed id fails BAD_USER_INPUT naming the argument (`parseId`), before the resolver runs.
 */
export function IdArg(name = 'id', description = '标识 Id') {
  return createParameterDecorator<Context>(({ args }) => parseId(args[name] as string, name), {
    arg: { name, typeFunc: () => ID, options: { description } },
  });
}
