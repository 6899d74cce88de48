import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { readSession } from './session';

export const GRAPHQL_URL = import.meta.env.VITE_GRAPHQL_URL || '/graphql';

/**
 * Apollo Server answers some coded errors with a non-2xx status and a normal GraphQL error body
 * (bad variables: 400; request limits refused in a plugin, e.g. LIMIT.COST: 500). Apollo Client
 * would report those as a bare network error and ra-data-graphql would drop the body, losing
 * `extensions.code/reason/field`; re-label them 200 so they arrive as GraphQL errors.
 */
async function fetchKeepingGraphQLErrors(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const res = await fetch(input, init);
  if (res.ok || !res.headers.get('content-type')?.includes('json')) return res;
  const text = await res.text();
  try {
    if (Array.isArray(JSON.parse(text).errors)) {
      return new Response(text, { status: 200, headers: res.headers });
    }
  } catch {
    // not JSON after all: fall through with the original status
  }
  return new Response(text, { status: res.status, statusText: res.statusText, headers: res.headers });
}

const authLink = new ApolloLink((operation, forward) => {
  const session = readSession();
  if (session) {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, authorization: `Bearer ${session.token}` },
    }));
  }
  return forward(operation);
});

/**
 * One client for the console. Nothing is cached: react-admin has its own query cache, and
 * records are edited with optimistic locking, so every read goes to the server.
 */
export const client = new ApolloClient({
  link: authLink.concat(new HttpLink({ uri: GRAPHQL_URL, fetch: fetchKeepingGraphQLErrors })),
  cache: new InMemoryCache(),
  defaultOptions: {
    query: { fetchPolicy: 'no-cache', errorPolicy: 'none' },
    mutate: { fetchPolicy: 'no-cache', errorPolicy: 'none' },
    watchQuery: { fetchPolicy: 'no-cache' },
  },
});
