import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema, BuildSchemaOptions } from 'type-graphql';
import { modules } from '../modules';
import { authChecker } from './auth-checker';

export const resolvers = modules.flatMap((m) => m.resolvers ?? []);

let cached: Promise<GraphQLSchema> | undefined;

/** type-graphql has no option for root type descriptions: set them on the built schema. */
function describeRoots(schema: GraphQLSchema): GraphQLSchema {
  const q = schema.getQueryType();
  const m = schema.getMutationType();
  if (q)
    (q as { description?: string }).description =
      '查询：名词，只读 Queries (nouns, read-only), scoped to your part of the unit tree';
  if (m)
    (m as { description?: string }).description =
      '变更：动词，每个变更是一个事务 Mutations (verbs); each one is a single transaction';
  return schema;
}

/** Build (once per process) the executable schema from the resolver classes. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: resolvers as unknown as BuildSchemaOptions['resolvers'],
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
  }).then(describeRoots);
  return cached;
}

/** The committed SDL: sorted, so that a diff shows only real changes. */
export async function printAppSchema(): Promise<string> {
  const schema = await buildAppSchema();
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
