/**
 * Limits on what one GraphQL request may ask for (OWASP GraphQL cheat sheet): depth, aliases,
 * tokens, directives (graphql-armor) and cost, where a list costs its page size times what each
 * row asks for. Introspection needs a signed-in user in production. The numbers are never sent to
 * clients: a refused request learns only which limit it hit.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  type GraphQLNonNull,
  isListType,
  isNonNullType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type DocumentNode,
  visit,
} from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { InputReasons, LimitReasons } from '../common/common.errors';
import { fail, messageOf } from '../common/reasons';
import { AuthReasons } from '../modules/auth/auth.errors';
import type { Context } from './context';

export const LIMITS = {
  depth: 12,
  aliases: 15,
  tokens: 3000,
  directives: 10,
  /**
   * 100 rows × 10 nested rows × 50 fields. Pages of 100 with every scalar and a nested list pass;
   * nested lists of lists of 100 do not.
   */
  cost: 50_000,
  /** What an unpaginated list (children, ancestors, links …) is assumed to hold. */
  assumedListSize: 10,
};

/** The limits graphql-armor and graphql-js enforce, each answered with its reason's message. */
export const LIMIT_MESSAGES = {
  depth: messageOf(LimitReasons.DEPTH),
  aliases: messageOf(LimitReasons.ALIASES),
  tokens: messageOf(LimitReasons.TOKENS),
  directives: messageOf(LimitReasons.DIRECTIVES),
};

export type LimitName = keyof typeof LIMIT_MESSAGES;

export function armorProtection() {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.depth, exposeLimits: false, errorMessage: LIMIT_MESSAGES.depth, flattenFragments: true },
    maxAliases: { n: LIMITS.aliases, exposeLimits: false, errorMessage: LIMIT_MESSAGES.aliases },
    // Tokens are limited by graphql-js's own parser option (app.ts): armor's version throws from a
    // plugin hook, which Apollo answers with 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: LIMITS.directives, exposeLimits: false, errorMessage: LIMIT_MESSAGES.directives },
    // Our own cost rule below knows page sizes; armor's does not.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  });
  return armor.protect();
}

function unwrap(t: GraphQLOutputType): GraphQLOutputType {
  return isNonNullType(t) ? unwrap((t as GraphQLNonNull<GraphQLOutputType>).ofType) : t;
}

/** A list costs its page size (`perPage`, default 25) or an assumed size, times each row's cost. */
const listEstimator: ComplexityEstimator = ({ args, childComplexity, field, type }) => {
  if (field.args.some((a) => a.name === 'perPage')) {
    const perPage = typeof args.perPage === 'number' ? args.perPage : 25;
    return 1 + Math.max(1, perPage) * childComplexity;
  }
  // The `items` of a page are already counted by the page's perPage.
  if (isListType(unwrap(field.type)) && !type.name.endsWith('Page'))
    return 1 + LIMITS.assumedListSize * childComplexity;
  return undefined; // next estimator: 1 + children
};

/** Text PostgreSQL cannot store, or that is not Unicode at all: NUL bytes and lone surrogates. */
function unstorable(s: string): boolean {
  return s.includes('\u0000') || !s.isWellFormed();
}

/** The first variable holding unstorable text, named as the client wrote it. */
function findUnstorableVariable(variables: Record<string, unknown> | undefined): string | null {
  // Iterative, with a depth bound: variables are client JSON and may nest thousands deep.
  const stack: [unknown, string, number][] = [[variables ?? {}, '', 0]];
  while (stack.length) {
    const [v, path, depth] = stack.pop()!;
    if (typeof v === 'string') {
      if (unstorable(v)) return path;
    } else if (v && typeof v === 'object') {
      if (depth > LIMITS.depth * 2) {
        throw fail(LimitReasons.DEPTH, {
          field: path.split(/[.[]/)[0] || 'variables',
          extra: { http: { status: 400 } },
        });
      }
      if (Array.isArray(v)) v.forEach((x, i) => stack.push([x, `${path}[${i}]`, depth + 1]));
      else for (const [k, x] of Object.entries(v)) stack.push([x, path ? `${path}.${k}` : k, depth + 1]);
    }
  }
  return null;
}

/** What a document says of itself, computed once per parsed document (Apollo reuses them). */
interface DocumentFacts {
  unstorable: string | null;
  introspection: boolean;
  /** Cost by operation name and variables (a bounded number of each). */
  costs: Map<string, number>;
}
const facts = new WeakMap<DocumentNode, DocumentFacts>();

function factsOf(doc: DocumentNode): DocumentFacts {
  let f = facts.get(doc);
  if (!f) {
    f = { unstorable: unstorableLiteral(doc), introspection: asksForIntrospection(doc), costs: new Map() };
    facts.set(doc, f);
  }
  return f;
}

/** The first literal argument holding unstorable text, named as the client wrote it. */
function unstorableLiteral(doc: DocumentNode): string | null {
  let found: string | null = null;
  visit(doc, {
    StringValue(node, _key, _parent, _path, ancestors) {
      if (found || !unstorable(node.value)) return;
      const named = [...ancestors]
        .reverse()
        .find(
          (a) =>
            !Array.isArray(a) &&
            ((a as { kind?: string }).kind === 'Argument' || (a as { kind?: string }).kind === 'ObjectField'),
        ) as { name?: { value: string } } | undefined;
      found = named?.name?.value ?? 'query';
    },
  });
  return found;
}

function asksForIntrospection(doc: DocumentNode): boolean {
  let found = false;
  visit(doc, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

export function limitsPlugin(schema: GraphQLSchema, production: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, contextValue }) {
          const known = factsOf(document);
          const bad = findUnstorableVariable(request.variables) ?? known.unstorable;
          if (bad) {
            throw fail(InputReasons.INVALID_TEXT, {
              field: bad,
              params: { field: bad },
              extra: { http: { status: 400 } },
            });
          }
          if (production && !contextValue.principal && known.introspection) {
            throw fail(AuthReasons.INTROSPECTION_REQUIRES_SIGN_IN);
          }
          const key = `${request.operationName ?? ''}\u0000${JSON.stringify(request.variables ?? {})}`;
          let cost = key.length < 2000 ? known.costs.get(key) : undefined;
          if (cost === undefined) {
            try {
              cost = getComplexity({
                schema,
                query: document,
                operationName: request.operationName ?? undefined,
                variables: request.variables ?? {},
                estimators: [listEstimator, simpleEstimator({ defaultComplexity: 1 })],
              });
            } catch {
              // Variables that do not coerce: execution answers that with a coded input error.
              return;
            }
            if (key.length < 2000 && known.costs.size < 100) known.costs.set(key, cost);
          }
          if (cost > LIMITS.cost) {
            throw fail(LimitReasons.COST, { extra: { http: { status: 400 } } });
          }
        },
      };
    },
  };
}
