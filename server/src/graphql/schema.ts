import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { ApiTokenResolver } from '../modules/auth/api-token.resolver';
import { AuthResolver, RoleAssignmentResolver } from '../modules/auth/auth.resolver';
import { ChainResolver } from '../modules/org/chain.resolver';
import { ContactPointResolver, DepartmentResolver, TaskForceResolver } from '../modules/org/district.resolver';
import { PersonResolver, PositionResolver, StarOwnerResolver } from '../modules/org/people.resolver';
import { UnitResolver } from '../modules/org/unit.resolver';
import { KeyTaskResolver, StarTypeResolver } from '../modules/stars/catalog.resolver';
// cadence
import {
  AppraisalResolver,
  DailyReportResolver,
  MonthlyObservationResolver,
  ObservationVisitResolver,
} from '../modules/cadence/cadence.resolver';
// supervision
import {
  FindingResolver,
  RectificationResolver,
  SpotCheckResolver,
  SpotCheckScoreResolver,
  SupervisionTeamResolver,
} from '../modules/supervision/supervision.resolver';
// statistics
import { StatsResolver } from '../modules/stats/stats.resolver';
import { authChecker } from './auth-checker';
// stars issue
import { PlanItemResolver, PlanResolver, PlanStarResolver } from '../modules/plans/plans.resolver';
import { BranchProfileResolver } from '../modules/plans/profile.resolver';
import {
  BranchPairingResolver,
  BranchStarResolver,
  BranchStarsResolver,
  StarApplicationItemResolver,
  StarApplicationResolver,
  StarObjectionResolver,
} from '../modules/stars/rating.resolver';

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
  AuditResolver,
  ApiTokenResolver,
  // stars issue
  PlanResolver,
  PlanStarResolver,
  PlanItemResolver,
  StarApplicationResolver,
  StarApplicationItemResolver,
  StarObjectionResolver,
  BranchPairingResolver,
  BranchStarResolver,
  BranchStarsResolver,
  BranchProfileResolver,
  // supervision
  SupervisionTeamResolver,
  SpotCheckResolver,
  SpotCheckScoreResolver,
  FindingResolver,
  RectificationResolver,
  // cadence
  DailyReportResolver,
  MonthlyObservationResolver,
  ObservationVisitResolver,
  AppraisalResolver,
  // statistics
  StatsResolver,
] as const;

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
    resolvers: [...resolvers] as unknown as [Function, ...Function[]],
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
