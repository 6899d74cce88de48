/**
 * The console's custom GraphQL calls (everything that is not react-admin CRUD: statistics, the
 * rating lifecycle, supervision steps, system screens). One document, its answer read from the
 * field aliased `data:` (or `key`), `__typename` stripped, coded errors turned into react-admin
 * HttpErrors in the interface language (errors.ts). With `retries`, a network failure is sent
 * again with the same variables (so the same clientMutationId) after growing pauses: a phone on a
 * poor network.
 */
import { parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { stripTypename } from './buildQuery';
import { client } from './client';
import { toHttpError } from './errors';

const isNetworkError = (e: unknown) => {
  const err = e as { networkError?: unknown; message?: string };
  return !!err?.networkError || /Failed to fetch|NetworkError|503/.test(err?.message ?? '');
};

export async function call<T>(
  doc: string | DocumentNode,
  variables: Record<string, unknown> = {},
  opts: { key?: string; retries?: number } = {},
): Promise<T> {
  const document = typeof doc === 'string' ? parse(doc) : doc;
  const isMutation = document.definitions.some((d) => (d as OperationDefinitionNode).operation === 'mutation');
  const key = opts.key ?? 'data';
  for (let attempt = 0; ; attempt++) {
    try {
      const r = isMutation
        ? await client.mutate<Record<string, T>>({ mutation: document, variables })
        : await client.query<Record<string, T>>({ query: document, variables });
      return stripTypename(r.data![key]);
    } catch (e) {
      if (attempt < (opts.retries ?? 0) && isNetworkError(e)) {
        await new Promise((res) => setTimeout(res, 1000 * (attempt + 1)));
        continue;
      }
      throw toHttpError(e);
    }
  }
}
