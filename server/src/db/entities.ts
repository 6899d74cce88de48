/** Every entity, listed explicitly: no folder globbing, so compiled JS, ts-node and swc/jest behave alike. */
import { AuthToken, LoginAttempt, RoleAssignment, User } from '../modules/auth/user.entity';
import { ContactPoint } from '../modules/org/contact-point.entity';
import { Department } from '../modules/org/department.entity';
import { Person } from '../modules/org/person.entity';
import { Position } from '../modules/org/position.entity';
import { StarOwner } from '../modules/org/star-owner.entity';
import { StarTaskForce } from '../modules/org/task-force.entity';
import { Unit } from '../modules/org/unit.entity';
import { AuditEntry } from '../modules/audit/audit.entity';
import { RateLimitCounter } from '../modules/auth/rate-limit.entity';
import { IdempotencyKey } from '../modules/audit/idempotency.entity';
import { KeyTask } from '../modules/stars/key-task.entity';
import { StarType } from '../modules/org/star-type.entity';
// plans (stars issue)
import { Plan, PlanItem, PlanMilestone, PlanStar } from '../modules/plans/plan.entity';
import {
  BranchPairing,
  BranchStar,
  StarApplication,
  StarApplicationItem,
  StarApplicationTransition,
  StarObjection,
} from '../modules/stars/rating.entity';
import { FileReference, StoredFile } from '../modules/files/file.entity';
// cadence
import {
  AppraisalWeights,
  DailyReport,
  MonthlyObservation,
  ObservationVisit,
  QuarterlyAppraisal,
  QuarterlyAppraisalRow,
} from '../modules/cadence/cadence.entity';
// supervision
import {
  Finding,
  Rectification,
  RectificationEvent,
  SpotCheck,
  SpotCheckScore,
  SupervisionTeam,
  SupervisionTeamMember,
} from '../modules/supervision/supervision.entity';

export const entities = [
  Unit,
  Department,
  Person,
  Position,
  StarTaskForce,
  StarOwner,
  ContactPoint,
  StarType,
  KeyTask,
  User,
  RoleAssignment,
  AuthToken,
  LoginAttempt,
  AuditEntry,
  RateLimitCounter,
  IdempotencyKey,
  StoredFile,
  FileReference,
  // supervision
  SupervisionTeam,
  SupervisionTeamMember,
  SpotCheck,
  SpotCheckScore,
  Finding,
  Rectification,
  RectificationEvent,
  // cadence
  DailyReport,
  MonthlyObservation,
  ObservationVisit,
  AppraisalWeights,
  QuarterlyAppraisal,
  QuarterlyAppraisalRow,
  // plans (stars issue)
  Plan,
  PlanItem,
  PlanMilestone,
  PlanStar,
  StarApplication,
  StarApplicationItem,
  StarApplicationTransition,
  StarObjection,
  BranchStar,
  BranchPairing,
];
