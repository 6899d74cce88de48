import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { AuthResolver, RoleAssignmentResolver } from '../modules/auth/auth.resolver';
import { ChainResolver } from '../modules/org/chain.resolver';
import { ContactPointResolver, DepartmentResolver, TaskForceResolver } from '../modules/org/district.resolver';
import { PersonResolver, PositionResolver, StarOwnerResolver } from '../modules/org/people.resolver';
import { UnitResolver } from '../modules/org/unit.resolver';
import { KeyTaskResolver, StarTypeResolver } from '../modules/stars/catalog.resolver';
import { authChecker } from './auth-checker';

export const resolvers = [
  AuthResolver,
  RoleAssignmentResolver,
  UnitResolver,
  PersonResolver,
  PositionResolver,
  StarOwnerResolver,
  DepartmentResolver,
  TaskForceResolver,
  ContactPointResolver,
  ChainResolver,
  StarTypeResolver,
  KeyTaskResolver,
] as const;

let cached: Promise<GraphQLSchema> | undefined;

/** Build (once per process) the executable schema from the resolver classes. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: [...resolvers] as unknown as [Function, ...Function[]],
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
  });
  return cached;
}

/** The committed SDL: sorted, so that a diff shows only real changes. */
export async function printAppSchema(): Promise<string> {
  const schema = await buildAppSchema();
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
