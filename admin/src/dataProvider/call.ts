/**
 * The console's custom GraphQL calls (everything that is not react-admin CRUD: statistics, the
 * rating lifecycle, supervision steps, system screens). One typed document whose answer is the
 * field aliased `data:`, `__typename` stripped, coded errors turned into react-admin HttpErrors in
 * the interface language (errors.ts). With `retries`, a network failure is sent again with the
 * same variables (so the same clientMutationId) after growing pauses: a phone on a poor network.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { OperationDefinitionNode } from 'graphql';
import { stripTypename } from './buildQuery';
import { client } from './client';
import { toHttpError } from './errors';

const isNetworkError = (e: unknown) => {
  const err = e as { networkError?: unknown; message?: string };
  return !!err?.networkError || /Failed to fetch|NetworkError|503/.test(err?.message ?? '');
};

export async function call<R extends { data: unknown }, V extends Record<string, unknown>>(
  document: TypedDocumentNode<R, V>,
  variables: V,
  opts: { retries?: number } = {},
): Promise<R['data']> {
  const isMutation = document.definitions.some((d) => (d as OperationDefinitionNode).operation === 'mutation');
  for (let attempt = 0; ; attempt++) {
    try {
      const r = isMutation
        ? await client.mutate<R, V>({ mutation: document, variables })
        : await client.query<R, V>({ query: document, variables });
      return stripTypename(r.data!.data);
    } catch (e) {
      if (attempt < (opts.retries ?? 0) && isNetworkError(e)) {
        await new Promise((res) => setTimeout(res, 1000 * (attempt + 1)));
        continue;
      }
      throw toHttpError(e);
    }
  }
}
