/**
 * Parameter decorators for resolvers. `@CurrentPrincipal()` is the signed-in principal; without one
 * the request fails UNAUTHENTICATED, saying why a token that was sent is unusable (expired, revoked
 * …), exactly as `@Authorized()` and every REST route do (`signedIn`).
 */
import { createParameterDecorator } from 'type-graphql';
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
