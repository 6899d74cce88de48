import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema, BuildSchemaOptions } from 'type-graphql';
import { modules } from '../modules';
import type { ModuleManifest } from './module';
import { authChecker } from './auth-checker';

export const resolvers = modules.flatMap((m) => m.resolvers ?? []);

let cached: Promise<GraphQLSchema> | undefined;

/** type-graphql has no option for root type descriptions: set them on the built schema. */
function describeRoots(schema: GraphQLSchema): GraphQLSchema {
  const q = schema.getQueryType();
  const m = schema.getMutationType();
  const sub = schema.getSubscriptionType();
  if (sub)
    (sub as { description?: string }).description =
      '订阅：通过 WebSocket（graphql-ws）在 /graphql 推送 Subscriptions over WebSocket (graphql-ws) at /graphql; authenticate in connection_init';
  if (q)
    (q as { description?: string }).description =
      '查询：名词，只读 Queries (nouns, read-only), scoped to your part of the unit tree';
  if (m)
    (m as { description?: string }).description =
      '变更：动词，每个变更是一个事务 Mutations (verbs); each one is a single transaction';
  return schema;
}

function build(list: readonly unknown[]): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: list as unknown as BuildSchemaOptions['resolvers'],
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    // Subscriptions bring their own source (`subscribe`, fed by PostgreSQL LISTEN in every process);
    // type-graphql insists on a pub/sub, and an in-memory one would miss the other processes' writes.
    pubSub: {
      publish: () => {
        throw new Error('subscriptions take their events from PostgreSQL, not from a pub/sub');
      },
      subscribe: () => {
        throw new Error('subscriptions take their events from PostgreSQL, not from a pub/sub');
      },
    },
  }).then(describeRoots);
}

/**
 * The executable schema from the resolver classes: the application's is built once per process; an
 * app composed of other modules (tests add one) gets its own.
 */
export function buildAppSchema(list: readonly ModuleManifest[] = modules): Promise<GraphQLSchema> {
  const own = list.flatMap((m) => m.resolvers ?? []);
  if (own.length === resolvers.length && own.every((r, i) => r === resolvers[i])) return (cached ??= build(resolvers));
  return build(own);
}

/** The committed SDL: sorted, so that a diff shows only real changes. */
export async function printAppSchema(): Promise<string> {
  const schema = await buildAppSchema();
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
