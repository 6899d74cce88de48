/**
 * Parameter decorators for resolvers. `@CurrentPrincipal()` is the signed-in principal; without one
 * the request fails UNAUTHENTICATED, saying why a token that was sent is unusable (expired, revoked
 * …), exactly as `@Authorized()` and every REST route do (`signedIn`).
 */
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { createParameterDecorator, ID } from 'type-graphql';
import { parseId } from '../common/ids';
import { fail } from '../common/reasons';
import { AuthReasons } from '../modules/auth/auth.errors';
import { tokenProblemError } from '../modules/auth/auth.service';
import type { Principal } from '../common/principal';
import type { Context } from './context';

/**
 * What a principal signed in with a temporary password may still do: read who they are, change the
 * password, sign out. Everything else (REST routes included) is AUTH.PASSWORD_CHANGE_REQUIRED.
 */
export const ALLOWED_BEFORE_PASSWORD_CHANGE: ReadonlySet<string> = new Set(['me', 'changePassword', 'logout']);

/** The top-level field of the operation a resolver runs under (`me` for `me { person { name } }`). */
function rootField(info: GraphQLResolveInfo): string | null {
  let path = info.path;
  while (path.prev) path = path.prev;
  return fieldOfKey(info, info.operation.selectionSet, String(path.key));
}

/** The field name behind a response key (an alias, through fragments), or null when not found. */
function fieldOfKey(info: GraphQLResolveInfo, set: SelectionSetNode, key: string): string | null {
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if ((sel.alias?.value ?? sel.name.value) === key) return sel.name.value;
    } else {
      const inner = sel.kind === Kind.INLINE_FRAGMENT ? sel.selectionSet : info.fragments[sel.name.value]?.selectionSet;
      const found = inner ? fieldOfKey(info, inner, key) : null;
      if (found) return found;
    }
  }
  return null;
}

/**
 * The request's principal, or the one UNAUTHENTICATED error (with the token problem, if any). A
 * principal who must change their password passes only under the operations allowed before that
 * (`info` says which operation runs; REST routes give none, so they are refused).
 */
export function signedIn(ctx: Pick<Context, 'principal' | 'tokenProblem'>, info?: GraphQLResolveInfo): Principal {
  const p = ctx.principal;
  if (!p) throw ctx.tokenProblem ? tokenProblemError(ctx.tokenProblem) : fail(AuthReasons.UNAUTHENTICATED);
  if (p.mustChangePassword && !(info && ALLOWED_BEFORE_PASSWORD_CHANGE.has(rootField(info) ?? ''))) {
    throw fail(AuthReasons.PASSWORD_CHANGE_REQUIRED);
  }
  return p;
}

export function CurrentPrincipal() {
  return createParameterDecorator<Context>(({ context, info }) => signedIn(context, info));
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
