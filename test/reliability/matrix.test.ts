/**
 * Role × operation matrix, generated from the schema: every query and mutation, run by every demo
 * role against records OUTSIDE that role's scope (a second district nobody in the demo may see),
 * is refused exactly as if the record did not exist, lists never include those records, and
 * nothing is written. An operation the schema gains without a rule here fails the test, so the
 * matrix keeps up as the API grows.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import { dataOf, startTestApp, type GqlResult, type TestApp, type VariablesArgs } from '../helpers/app';

const ROLES = ['admin', 'leader', 'taskforce', 'supervisor', 'township', 'branch'] as const;
const MISSING = '999999';

type Fx = Record<string, string>;
/** The answer of a rule's document, built at run time: lists keyed by their operation, read for their items. */
type ListAnswer = Record<string, { items: { id: string }[] } & Record<string, unknown>>;
interface Rule {
  /** The operation with variables pointing at the out-of-scope fixture (`fx`) or at a missing id. */
  build(fx: Fx, id: (key: string) => string): { query: string; vars: Record<string, unknown> };
  /** For lists: where the items are, to check none is a fixture record. */
  items?: (data: ListAnswer) => { id: string }[];
}

/** Operations with no record to be out of scope for (catalogs, the caller's own session). */
const UNSCOPED: Record<string, string> = {
  me: 'the caller itself',
  starTypes: 'catalog shared by all districts',
  starType: 'catalog shared by all districts',
  keyTasks: 'catalog shared by all districts',
  keyTask: 'catalog shared by all districts',
  verifyAuditChain:
    'verifies the whole chain; district admins only (FORBIDDEN for others, tested in server/audit.test.ts)',
  login: 'no scope before sign-in',
  logout: "acts on the caller's own token",
  uploadLimits: 'the server-wide upload limit, the same for everyone signed in (server/files.test.ts)',
  changePassword: "the caller's own password (server/accounts.test.ts)",
  mySessions: "the caller's own sessions (server/accounts.test.ts)",
  myTests: "the caller's own tests, found through their own person (server/training.test.ts)",
  myWrongAnswers: "the caller's own ended attempts (server/training.test.ts)",
  createStarType: 'catalog; district admins only (server/permissions.test.ts)',
  updateStarType: 'catalog; district admins only (server/permissions.test.ts)',
  createKeyTask: 'catalog; district admins only (server/permissions.test.ts)',
  submitResidentRequest: 'the public form, no sign-in: addressed to any community (server/residents.test.ts)',
  trackResidentRequest: "the resident's own tracking code, no sign-in; personal data masked (server/residents.test.ts)",
  evaluateResidentRequest: "the resident's own tracking code, no sign-in (server/residents.test.ts)",
  publishedPosts: 'the public feed: published posts of every district, no sign-in (server/publicity.test.ts)',
  postPreview: "renders the caller's own text and stores nothing (server/publicity.test.ts)",
  updateKeyTask: 'catalog; district admins only (server/permissions.test.ts)',
  myTasks: "computed from the caller's own grants (server/inbox.test.ts, server/warnings.test.ts)",
  notifications: "the caller's own notifications (server/inbox.test.ts)",
  unreadNotificationCount: "the caller's own notifications (server/inbox.test.ts)",
  markNotificationsRead: "the caller's own notifications; others' ids change nothing (server/inbox.test.ts)",
};

const list = (
  name: string,
  filter: string,
  vars: (fx: Fx, id: (k: string) => string) => Record<string, unknown>,
): Rule => ({
  build: (fx, id) => ({
    query: `query ($f: ${filter}) { ${name}(filter: $f, perPage: 100) { total items { id } } }`,
    vars: { f: vars(fx, id) },
  }),
  items: (d) => d[name].items,
});
const one = (name: string, arg = 'id', key: string, extra = ''): Rule => ({
  build: (_fx, id) => ({
    query: `query ($x: ID!) { ${name}(${arg}: $x${extra}) { __typename } }`,
    vars: { x: id(key) },
  }),
});
const mut = (
  name: string,
  inputType: string | null,
  key: string,
  input: (fx: Fx, id: (k: string) => string) => Record<string, unknown>,
): Rule => ({
  build: (fx, id) =>
    inputType
      ? {
          query: `mutation ($x: ID!, $i: ${inputType}!) { ${name}(id: $x, input: $i) { __typename } }`,
          vars: { x: id(key), i: input(fx, id) },
        }
      : {
          query: `mutation ($i: ${inputType ?? ''}) { ${name}(input: $i) { __typename } }`,
          vars: { i: input(fx, id) },
        },
});
const create = (
  name: string,
  inputType: string,
  input: (fx: Fx, id: (k: string) => string) => Record<string, unknown>,
): Rule => ({
  build: (fx, id) => ({
    query: `mutation ($i: ${inputType}!) { ${name}(input: $i) { __typename } }`,
    vars: { i: input(fx, id) },
  }),
});

const RULES: Record<string, Rule> = {
  units: list('units', 'UnitFilterInput', (fx) => ({ withinId: fx.district })),
  branches: list('branches', 'UnitFilterInput', (fx) => ({ parentId: fx.township })),
  unit: one('unit', 'id', 'branch'),
  branch: one('branch', 'id', 'branch'),
  people: list('people', 'PersonFilterInput', (fx) => ({ unitId: fx.branch })),
  person: one('person', 'id', 'person'),
  positions: list('positions', 'PositionFilterInput', (fx) => ({ unitId: fx.branch })),
  position: one('position', 'id', 'position'),
  starOwners: list('starOwners', 'StarOwnerFilterInput', (fx) => ({ branchId: fx.branch })),
  starOwner: one('starOwner', 'id', 'starOwner'),
  departments: list('departments', 'DepartmentFilterInput', (fx) => ({ districtId: fx.district })),
  department: one('department', 'id', 'department'),
  taskForces: list('taskForces', 'TaskForceFilterInput', (fx) => ({ districtId: fx.district })),
  taskForce: one('taskForce', 'id', 'taskForce'),
  contactPoints: list('contactPoints', 'ContactPointFilterInput', (fx) => ({ unitId: fx.branch })),
  contactPoint: one('contactPoint', 'id', 'contactPoint'),
  accountabilityChain: one('accountabilityChain', 'branchId', 'branch', ', starCode: "STRONG_BRANCH"'),
  auditEntries: list('auditEntries', 'AuditFilterInput', (fx) => ({ targetType: 'Unit', targetId: fx.branch })),
  apiTokens: {
    build: () => ({ query: '{ apiTokens(perPage: 100) { items { id } } }', vars: {} }),
    items: (d) => d.apiTokens.items,
  },
  importBatches: {
    build: () => ({ query: '{ importBatches(perPage: 100) { total items { id } } }', vars: {} }),
    items: (d) => d.importBatches.items,
  },
  importBatch: one('importBatch', 'id', 'importBatch'),
  // events and webhooks: the feed within the fixture district, its webhook and one delivery
  events: one('events', 'withinId', 'district'),
  webhooks: {
    build: () => ({ query: '{ webhooks(perPage: 100) { items { id } } }', vars: {} }),
    items: (d) => d.webhooks.items,
  },
  webhook: one('webhook', 'id', 'webhook'),
  webhookDeliveries: one('webhookDeliveries', 'webhookId', 'webhook'),
  createWebhook: create('createWebhook', 'CreateWebhookInput', (_fx, id) => ({
    url: 'http://127.0.0.1:9/out',
    withinId: id('district'),
  })),
  updateWebhook: mut('updateWebhook', 'UpdateWebhookInput', 'webhook', () => ({ enabled: false })),
  rotateWebhookSecret: {
    build: (_fx, id) => ({
      query: 'mutation ($x: ID!) { rotateWebhookSecret(id: $x) { __typename } }',
      vars: { x: id('webhook') },
    }),
  },
  deleteWebhook: {
    build: (_fx, id) => ({
      query: 'mutation ($x: ID!) { deleteWebhook(id: $x) { __typename } }',
      vars: { x: id('webhook') },
    }),
  },
  redeliver: {
    build: (_fx, id) => ({
      query: 'mutation ($x: ID!) { redeliver(deliveryId: $x) { __typename } }',
      vars: { x: id('delivery') },
    }),
  },

  createUnit: create('createUnit', 'CreateUnitInput', (_fx, id) => ({
    name: '越界',
    level: 'BRANCH',
    parentId: id('township'),
    category: 'RURAL',
    branchKind: 'PARTY_BRANCH',
  })),
  updateUnit: mut('updateUnit', 'UpdateUnitInput', 'branch', () => ({ name: '越界修改' })),
  createPerson: create('createPerson', 'CreatePersonInput', (_fx, id) => ({ name: '越界', unitId: id('branch') })),
  updatePerson: mut('updatePerson', 'UpdatePersonInput', 'person', () => ({ name: '越界修改' })),
  createPosition: create('createPosition', 'CreatePositionInput', (_fx, id) => ({
    personId: id('person'),
    role: 'BRANCH_MEMBER',
    unitId: id('branch'),
    startDate: '2026-01-01',
  })),
  updatePosition: mut('updatePosition', 'UpdatePositionInput', 'position', () => ({ endDate: '2026-12-31' })),
  createStarOwner: create('createStarOwner', 'CreateStarOwnerInput', (_fx, id) => ({
    branchId: id('branch'),
    starCode: 'STRONG_BRANCH',
    personId: id('person'),
    startDate: '2030-01-01',
  })),
  updateStarOwner: mut('updateStarOwner', 'UpdateStarOwnerInput', 'starOwner', () => ({ endDate: '2030-12-31' })),
  createDepartment: create('createDepartment', 'CreateDepartmentInput', (_fx, id) => ({
    districtId: id('district'),
    code: 'OUT',
    name: '越界部门',
  })),
  updateDepartment: mut('updateDepartment', 'UpdateDepartmentInput', 'department', () => ({ name: '越界修改' })),
  createTaskForce: create('createTaskForce', 'CreateTaskForceInput', (_fx, id) => ({
    districtId: id('district'),
    starCode: 'STRONG_BRANCH',
    leadDepartmentId: id('department'),
  })),
  updateTaskForce: mut('updateTaskForce', 'UpdateTaskForceInput', 'taskForce', () => ({ name: '越界修改' })),
  createContactPoint: create('createContactPoint', 'CreateContactPointInput', (_fx, id) => ({
    leaderId: id('leader'),
    unitId: id('branch'),
    startDate: '2026-01-01',
  })),
  updateContactPoint: mut('updateContactPoint', 'UpdateContactPointInput', 'contactPoint', () => ({
    note: '越界修改',
  })),
  createApiToken: create('createApiToken', 'CreateApiTokenInput', (_fx, id) => ({
    name: '越界',
    unitId: id('district'),
  })),
  // statistics: the fixture district is out of scope for everyone outside it
  campaignStats: one('campaignStats', 'unitId', 'district', ', year: 2026'),
  trend: one('trend', 'unitId', 'district', ', metric: AVERAGE_LEVEL, from: "2026-01-01", to: "2026-03-31"'),
  // supervision: teams, spot checks, findings, rectifications
  supervisionTeams: list('supervisionTeams', 'SupervisionTeamFilterInput', (fx) => ({ ids: [fx.team] })),
  supervisionTeam: one('supervisionTeam', 'id', 'team'),
  supervisors: one('supervisors', 'unitId', 'district'),
  spotChecks: list('spotChecks', 'SpotCheckFilterInput', (fx) => ({ withinId: fx.district })),
  spotCheck: one('spotCheck', 'id', 'spotCheck'),
  findings: list('findings', 'FindingFilterInput', (fx) => ({ spotCheckId: fx.spotCheck })),
  finding: one('finding', 'id', 'finding'),
  rectifications: list('rectifications', 'RectificationFilterInput', (fx) => ({ withinId: fx.district })),
  rectification: one('rectification', 'id', 'rectification'),
  supervisionStats: {
    build: (_fx, id) => ({
      query:
        'query ($x: ID) { supervisionStats(withinId: $x) { planned inProgress completed findings openRectifications overdueRectifications closedRectifications } }',
      vars: { x: id('district') },
    }),
    // Any count above zero inside the fixture district is a leak.
    items: (d) => (Object.values(d.supervisionStats).some((n) => (n as number) > 0) ? [{ id: 'leaked-count' }] : []),
  },
  createSupervisionTeam: create('createSupervisionTeam', 'CreateSupervisionTeamInput', (fx, id) => ({
    name: '越界',
    scopeUnitId: id('district'),
    leaderUserId: fx.citysupUser,
    memberUserIds: [],
  })),
  updateSupervisionTeam: mut('updateSupervisionTeam', 'UpdateSupervisionTeamInput', 'team', () => ({
    name: '越界修改',
  })),
  planSpotCheck: create('planSpotCheck', 'PlanSpotCheckInput', (_fx, id) => ({
    teamId: id('team'),
    targetUnitId: id('branch'),
    plannedFor: '2026-12-01',
  })),
  startSpotCheck: mut('startSpotCheck', 'StartSpotCheckInput', 'spotCheck', () => ({})),
  completeSpotCheck: mut('completeSpotCheck', 'CompleteSpotCheckInput', 'spotCheck', () => ({
    summary: '越界',
    methodAttested: true,
  })),
  recordFinding: {
    build: (_fx, id) => ({
      query:
        'mutation ($x: ID!) { recordFinding(spotCheckId: $x, input: { severity: MINOR, description: "越界" }) { __typename } }',
      vars: { x: id('spotCheck') },
    }),
  },
  updateFinding: mut('updateFinding', 'UpdateFindingInput', 'finding', () => ({ description: '越界更正' })),
  withdrawFinding: {
    build: (_fx, id) => ({
      query: 'mutation ($x: ID!) { withdrawFinding(id: $x, reason: "越界撤回") { __typename } }',
      vars: { x: id('finding') },
    }),
  },
  assignRectification: {
    build: (fx, id) => ({
      query:
        'mutation ($x: ID!, $i: AssignRectificationInput!) { assignRectification(findingId: $x, input: $i) { __typename } }',
      vars: { x: id('finding2'), i: { responsibleUnitId: fx.branch, measures: '越界', deadline: '2026-12-31' } },
    }),
  },
  submitRectification: mut('submitRectification', 'SubmitRectificationInput', 'rectification', () => ({
    note: '越界',
  })),
  verifyRectification: mut('verifyRectification', 'VerifyRectificationInput', 'rectification', () => ({
    accept: true,
  })),
  // cadence: daily reports, monthly observations, appraisals
  dailyReports: list('dailyReports', 'DailyReportFilterInput', (fx) => ({ withinId: fx.district })),
  dailyReport: one('dailyReport', 'id', 'dailyReport'),
  missingDailyReports: {
    build: (_fx, id) => ({
      query: 'query ($x: ID!) { missingDailyReports(unitId: $x, date: "2026-01-05") { id } }',
      vars: { x: id('township') },
    }),
  },
  submitDailyReport: create('submitDailyReport', 'SubmitDailyReportInput', (_fx, id) => ({
    unitId: id('branch'),
    doneToday: '越界',
  })),
  monthlyObservations: list('monthlyObservations', 'MonthlyObservationFilterInput', (fx) => ({
    ids: [fx.observation],
  })),
  monthlyObservation: one('monthlyObservation', 'id', 'observation'),
  createMonthlyObservation: create('createMonthlyObservation', 'CreateMonthlyObservationInput', (fx, id) => ({
    unitId: id('district'),
    heldOn: '2026-01-01',
    title: '越界',
    visits: [{ unitId: fx.branch, score: 50 }],
  })),
  appraisalWeights: one('appraisalWeights', 'districtId', 'district'),
  setAppraisalWeights: {
    build: (_fx, id) => ({
      query:
        'mutation ($x: ID!, $i: AppraisalWeightsInput!) { setAppraisalWeights(districtId: $x, input: $i) { __typename } }',
      vars: {
        x: id('district'),
        i: { planCompletion: 1, spotCheck: 1, rectificationClosure: 1, rectificationTimeliness: 1, tour: 1 },
      },
    }),
  },
  setAppraisalRule: {
    build: (_fx, id) => ({
      query: 'mutation ($x: ID!) { setAppraisalRule(districtId: $x, missingComponents: ZERO) { __typename } }',
      vars: { x: id('district') },
    }),
  },
  quarterlyRanking: one('quarterlyRanking', 'unitId', 'district', ', year: 2026, quarter: 1'),
  reminderRules: one('reminderRules', 'districtId', 'district'),
  setReminderRule: {
    build: (_fx, id) => ({
      query:
        'mutation ($x: ID!, $i: ReminderRuleInput!) { setReminderRule(districtId: $x, kind: DAILY_REPORT, input: $i) { __typename } }',
      vars: { x: id('district'), i: { enabled: false, daysBefore: 1, atHour: 18 } },
    }),
  },
  starWarnings: {
    build: (_fx, id) => ({
      query: 'query ($x: ID!) { starWarnings(unitId: $x, atRiskOnly: false) { items { starCode branch { id } } } }',
      vars: { x: id('district') },
    }),
  },
  warningRule: one('warningRule', 'districtId', 'district'),
  setWarningRule: {
    build: (_fx, id) => ({
      query: 'mutation ($x: ID!, $i: WarningRuleInput!) { setWarningRule(districtId: $x, input: $i) { __typename } }',
      vars: {
        x: id('district'),
        i: {
          overdueTaskPoints: 1,
          incompleteTaskPoints: 1,
          incompleteWithinDays: 1,
          majorFindingPoints: 1,
          criticalFindingPoints: 1,
          findingWithinDays: 1,
          overdueRectificationPoints: 1,
          threshold: 1,
        },
      },
    }),
  },
  publishQuarterlyAppraisal: {
    build: (_fx, id) => ({
      query: 'mutation ($x: ID!) { publishQuarterlyAppraisal(unitId: $x, year: 2026, quarter: 1) { __typename } }',
      vars: { x: id('district') },
    }),
  },
  revokeApiToken: {
    build: (_fx, id) => ({
      query: 'mutation ($x: ID!) { revokeApiToken(id: $x) { __typename } }',
      vars: { x: id('apiToken') },
    }),
  },

  // accounts: a branch account of the fixture district, its grant, a session of the city admin
  users: list('users', 'UserFilterInput', (fx) => ({ withinId: fx.district })),
  user: one('user', 'id', 'account'),
  createUser: create('createUser', 'CreateUserInput', (_fx, id) => ({
    username: 'matrix.out',
    displayName: '越界账号',
    roles: [{ role: 'BRANCH_STAFF', unitId: id('branch') }],
  })),
  updateUser: mut('updateUser', 'UpdateUserInput', 'account', () => ({ displayName: '越界修改' })),
  deactivateUser: {
    build: (_fx, id) => ({
      query: 'mutation ($x: ID!) { deactivateUser(id: $x) { __typename } }',
      vars: { x: id('account') },
    }),
  },
  reactivateUser: {
    build: (_fx, id) => ({
      query: 'mutation ($x: ID!) { reactivateUser(id: $x) { __typename } }',
      vars: { x: id('account') },
    }),
  },
  grantRole: {
    build: (_fx, id) => ({
      query: 'mutation ($x: ID!, $i: RoleGrantInput!) { grantRole(userId: $x, input: $i) { __typename } }',
      vars: { x: id('account'), i: { role: 'BRANCH_STAFF', unitId: id('branch2') } },
    }),
  },
  revokeRole: {
    build: (_fx, id) => ({
      query: 'mutation ($x: ID!) { revokeRole(roleAssignmentId: $x) { __typename } }',
      vars: { x: id('grant') },
    }),
  },
  resetPassword: {
    build: (_fx, id) => ({
      query: 'mutation ($x: ID!) { resetPassword(userId: $x) { temporaryPassword } }',
      vars: { x: id('account') },
    }),
  },
  revokeSession: {
    build: (_fx, id) => ({ query: 'mutation ($x: ID!) { revokeSession(id: $x) }', vars: { x: id('session') } }),
  },
  // 学讲评 meetings and their lists
  meetings: list('meetings', 'MeetingFilterInput', (fx) => ({ withinId: fx.district })),
  meeting: one('meeting', 'id', 'meeting'),
  createMeeting: create('createMeeting', 'CreateMeetingInput', (_fx, id) => ({
    unitId: id('branch'),
    date: '2026-05-01',
    theme: '越界',
    studyContent: '越界',
  })),
  updateMeeting: mut('updateMeeting', 'UpdateMeetingInput', 'meeting', () => ({ theme: '越界修改' })),
  meetingItems: list('meetingItems', 'MeetingItemFilterInput', (fx) => ({ withinId: fx.district })),
  meetingItem: one('meetingItem', 'id', 'meetingItem'),
  addMeetingItem: {
    build: (_fx, id) => ({
      query:
        'mutation ($x: ID!) { addMeetingItem(meetingId: $x, input: { kind: METHOD, content: "越界" }) { __typename } }',
      vars: { x: id('meeting') },
    }),
  },
  updateMeetingItem: mut('updateMeetingItem', 'UpdateMeetingItemInput', 'meetingItem', () => ({ content: '越界修改' })),
  closeMeetingItem: mut('closeMeetingItem', 'CloseMeetingItemInput', 'meetingItem', () => ({ note: '越界' })),
  reopenMeetingItem: {
    build: (_fx, id) => ({
      query: 'mutation ($x: ID!) { reopenMeetingItem(id: $x, note: "越界") { __typename } }',
      vars: { x: id('meetingItem') },
    }),
  },
  meetingItemToPlanItem: {
    build: (_fx, id) => ({
      query: 'mutation ($x: ID!) { meetingItemToPlanItem(id: $x) { __typename } }',
      vars: { x: id('meetingItem') },
    }),
  },
  // 创建动态
  posts: list('posts', 'PostFilterInput', (fx) => ({ withinId: fx.district })),
  post: one('post', 'id', 'post'),
  createPost: create('createPost', 'CreatePostInput', (_fx, id) => ({
    unitId: id('branch'),
    title: '越界',
    summary: '越界',
    body: '越界',
  })),
  updatePost: mut('updatePost', 'UpdatePostInput', 'post', () => ({ title: '越界修改' })),
  submitPost: {
    build: (_fx, id) => ({
      query: 'mutation ($x: ID!) { submitPost(id: $x) { __typename } }',
      vars: { x: id('post') },
    }),
  },
  reviewPost: mut('reviewPost', 'ReviewPostInput', 'post', () => ({ approve: true })),
  withdrawPost: {
    build: (_fx, id) => ({
      query: 'mutation ($x: ID!) { withdrawPost(id: $x, comment: "越界") { __typename } }',
      vars: { x: id('post') },
    }),
  },
  // plans, battle map, rating lifecycle, pairing
  plans: list('plans', 'PlanFilterInput', (fx) => ({ withinId: fx.district })),
  plan: one('plan', 'id', 'plan'),
  createPlan: create('createPlan', 'CreatePlanInput', (_fx, id) => ({
    unitId: id('branch2'),
    year: 2031,
    title: '越界规划',
  })),
  updatePlan: mut('updatePlan', 'UpdatePlanInput', 'plan', () => ({ title: '越界修改' })),
  battleMap: one('battleMap', 'unitId', 'township', ', year: 2026'),
  branchProfile: one('branchProfile', 'id', 'branch'),
  planItems: list('planItems', 'PlanItemFilterInput', (fx) => ({ planId: fx.plan })),
  planItem: one('planItem', 'id', 'planItem'),
  createPlanItem: create('createPlanItem', 'CreatePlanItemInput', (_fx, id) => ({
    planId: id('plan'),
    title: '越界任务',
    deadline: '2026-12-31',
  })),
  updatePlanItem: mut('updatePlanItem', 'UpdatePlanItemInput', 'planItem', () => ({ progress: 50 })),
  updatePlanMilestone: mut('updatePlanMilestone', 'UpdateMilestoneInput', 'milestone', () => ({ title: '越界修改' })),
  addPlanMilestone: {
    build: (_fx, id) => ({
      query:
        'mutation ($x: ID!) { addPlanMilestone(itemId: $x, input: { title: "越界", dueDate: "2026-06-01" }) { __typename } }',
      vars: { x: id('planItem') },
    }),
  },
  starApplications: list('starApplications', 'StarApplicationFilterInput', (fx) => ({ branchId: fx.branch })),
  starApplication: one('starApplication', 'id', 'application'),
  starObjections: list('starObjections', 'StarObjectionFilterInput', (fx) => ({ applicationId: fx.application })),
  applyForStar: create('applyForStar', 'ApplyForStarInput', (_fx, id) => ({
    branchId: id('branch'),
    starCode: 'SAFETY_AND_RULE_OF_LAW',
    year: 2031,
    items: [{ keyTaskId: '1', met: true }],
  })),
  resubmitStarApplication: mut('resubmitStarApplication', 'ResubmitStarApplicationInput', 'application', () => ({
    items: [{ keyTaskId: '1', met: true }],
  })),
  reviewStarApplication: mut('reviewStarApplication', 'ReviewStarApplicationInput', 'application', () => ({
    decision: 'APPROVE',
  })),
  fileObjection: {
    build: (_fx, id) => ({
      query: 'mutation ($x: ID!) { fileObjection(applicationId: $x, reason: "越界异议") { __typename } }',
      vars: { x: id('application') },
    }),
  },
  resolveObjection: {
    build: (_fx, id) => ({
      query: 'mutation ($x: ID!) { resolveObjection(id: $x, upheld: true) { __typename } }',
      vars: { x: id('objection') },
    }),
  },
  finalizeStarAward: {
    build: (_fx, id) => ({
      query: 'mutation ($x: ID!) { finalizeStarAward(id: $x) { __typename } }',
      vars: { x: id('application') },
    }),
  },
  downgradeStar: {
    build: (_fx, id) => ({
      query:
        'mutation ($x: ID!) { downgradeStar(branchId: $x, starCode: "STRONG_BRANCH", reason: "越界") { __typename } }',
      vars: { x: id('branch') },
    }),
  },
  revokeStar: {
    build: (_fx, id) => ({
      query:
        'mutation ($x: ID!) { revokeStar(branchId: $x, starCode: "STRONG_BRANCH", reason: "越界") { __typename } }',
      vars: { x: id('branch') },
    }),
  },
  // training: sessions, the bank, attempts, results
  trainingSessions: list('trainingSessions', 'SessionFilterInput', (fx) => ({ ids: [fx.trainingSession] })),
  trainingSession: one('trainingSession', 'id', 'trainingSession'),
  questions: list('questions', 'QuestionFilterInput', (fx) => ({ ids: [fx.question] })),
  question: one('question', 'id', 'question'),
  testSessions: list('testSessions', 'SessionFilterInput', (fx) => ({ ids: [fx.testSession] })),
  testSession: one('testSession', 'id', 'testSession'),
  testResults: one('testResults', 'sessionId', 'testSession'),
  testAttempt: one('testAttempt', 'id', 'attempt'),
  createTrainingSession: create('createTrainingSession', 'CreateTrainingSessionInput', (_fx, id) => ({
    unitId: id('district'),
    title: '越界培训',
    heldOn: '2026-12-01',
    audienceUnitIds: [id('district')],
    audienceRoles: ['BRANCH_MEMBER'],
  })),
  updateTrainingSession: mut('updateTrainingSession', 'UpdateTrainingSessionInput', 'trainingSession', () => ({
    title: '越界修改',
  })),
  signInTraining: {
    build: (_fx, id) => ({
      query: 'mutation ($x: ID!) { signInTraining(sessionId: $x, code: "123456") { __typename } }',
      vars: { x: id('trainingSession') },
    }),
  },
  markTrainingAttendance: {
    build: (fx, id) => ({
      query: 'mutation ($x: ID!, $p: [ID!]!) { markTrainingAttendance(sessionId: $x, personIds: $p) { __typename } }',
      vars: { x: id('trainingSession'), p: [fx.person] },
    }),
  },
  createQuestion: create('createQuestion', 'CreateQuestionInput', (_fx, id) => ({
    unitId: id('district'),
    kind: 'FILL',
    stem: '越界',
    answer: ['越界'],
    difficulty: 1,
  })),
  updateQuestion: mut('updateQuestion', 'UpdateQuestionInput', 'question', () => ({ stem: '越界修改' })),
  createTestSession: create('createTestSession', 'CreateTestSessionInput', (_fx, id) => ({
    unitId: id('district'),
    title: '越界测试',
    audienceUnitIds: [id('district')],
    audienceRoles: ['BRANCH_MEMBER'],
    opensAt: '2026-12-01T00:00:00Z',
    closesAt: '2026-12-02T00:00:00Z',
    timeLimitMinutes: 30,
    passMark: 60,
    paperMode: 'FIXED',
    questionIds: [id('question')],
  })),
  updateTestSession: mut('updateTestSession', 'UpdateTestSessionInput', 'testSession', () => ({ title: '越界修改' })),
  recordPaperScores: {
    build: (fx, id) => ({
      query:
        'mutation ($x: ID!, $s: [PaperScoreInput!]!) { recordPaperScores(sessionId: $x, scores: $s) { __typename } }',
      vars: { x: id('testSession'), s: [{ personId: fx.person, score: 90 }] },
    }),
  },
  startAttempt: {
    build: (_fx, id) => ({
      query: 'mutation ($x: ID!) { startAttempt(sessionId: $x) { __typename } }',
      vars: { x: id('testSession') },
    }),
  },
  saveAnswer: {
    build: (_fx, id) => ({
      query: 'mutation ($x: ID!) { saveAnswer(attemptId: $x, position: 1, answer: ["越界"]) { __typename } }',
      vars: { x: id('attempt') },
    }),
  },
  submitAttempt: {
    build: (_fx, id) => ({
      query: 'mutation ($x: ID!) { submitAttempt(attemptId: $x) { __typename } }',
      vars: { x: id('attempt') },
    }),
  },
  pairBranches: create('pairBranches', 'PairBranchesInput', (_fx, id) => ({
    strongBranchId: id('branch'),
    weakBranchId: id('branch2'),
  })),
  endPairing: {
    build: (_fx, id) => ({
      query: 'mutation ($x: ID!) { endPairing(id: $x) { __typename } }',
      vars: { x: id('pairing') },
    }),
  },

  residentRequests: list('residentRequests', 'ResidentRequestFilterInput', (fx) => ({ unitId: fx.branch })),
  residentRequest: one('residentRequest', 'id', 'residentRequest'),
  residentRates: one('residentRates', 'unitId', 'branch', ', year: 2026'),
  residentMeetings: {
    build: (fx) => ({
      query: 'query ($u: ID) { residentMeetings(unitId: $u, perPage: 100) { items { id } } }',
      vars: { u: fx.branch },
    }),
    items: (d) => d.residentMeetings.items,
  },
  residentMeeting: one('residentMeeting', 'id', 'residentMeeting'),
  communityMembers: {
    build: (fx) => ({
      query: 'query ($u: ID) { communityMembers(unitId: $u, perPage: 100) { items { id } } }',
      vars: { u: fx.branch },
    }),
    items: (d) => d.communityMembers.items,
  },
  communityActivities: {
    build: (fx) => ({
      query: 'query ($u: ID) { communityActivities(unitId: $u, perPage: 100) { items { id } } }',
      vars: { u: fx.branch },
    }),
    items: (d) => d.communityActivities.items,
  },
  communityPledges: {
    build: (fx) => ({
      query: 'query ($u: ID) { communityPledges(unitId: $u, perPage: 100) { items { id } } }',
      vars: { u: fx.branch },
    }),
    items: (d) => d.communityPledges.items,
  },
  communityActivityMonths: one('communityActivityMonths', 'unitId', 'branch', ', year: 2026'),
  registerResidentRequest: create('registerResidentRequest', 'RegisterResidentRequestInput', (_fx, id) => ({
    unitId: id('branch'),
    channel: 'LETTER',
    category: 'HELP',
    title: '越界',
    content: '越界',
    anonymous: true,
  })),
  acceptResidentRequest: {
    build: (_fx, id) => ({
      query: 'mutation ($x: ID!) { acceptResidentRequest(id: $x) { __typename } }',
      vars: { x: id('residentRequest') },
    }),
  },
  mergeResidentRequest: {
    build: (_fx, id) => ({
      query: 'mutation ($x: ID!) { mergeResidentRequest(id: $x, intoId: $x) { __typename } }',
      vars: { x: id('residentRequest') },
    }),
  },
  referResidentRequest: {
    build: (_fx, id) => ({
      query: 'mutation ($x: ID!, $u: ID!) { referResidentRequest(id: $x, unitId: $u, reason: "越界") { __typename } }',
      vars: { x: id('residentRequest'), u: id('branch') },
    }),
  },
  handleResidentRequest: {
    build: (_fx, id) => ({
      query:
        'mutation ($x: ID!) { handleResidentRequest(id: $x, responsibleUnit: "越界", responsiblePerson: "越界") { __typename } }',
      vars: { x: id('residentRequest') },
    }),
  },
  feedbackResidentRequest: {
    build: (_fx, id) => ({
      query: 'mutation ($x: ID!) { feedbackResidentRequest(id: $x, feedback: "越界") { __typename } }',
      vars: { x: id('residentRequest') },
    }),
  },
  recordResidentEvaluation: {
    build: (_fx, id) => ({
      query: 'mutation ($x: ID!) { recordResidentEvaluation(id: $x, evaluation: SATISFIED) { __typename } }',
      vars: { x: id('residentRequest') },
    }),
  },
  createResidentMeeting: create('createResidentMeeting', 'CreateResidentMeetingInput', (_fx, id) => ({
    unitId: id('branch'),
    heldOn: '2026-10-01',
    topic: '越界',
    attendees: '越界',
    solution: '越界',
    requestIds: [id('residentRequest')],
  })),
  createCommunityMember: create('createCommunityMember', 'CommunityMemberInput', (_fx, id) => ({
    unitId: id('branch'),
    kind: 'VOLUNTEER',
    name: '越界',
    joinedOn: '2026-01-01',
  })),
  updateCommunityMember: mut('updateCommunityMember', 'CommunityMemberInput', 'communityMember', () => ({
    name: '越界修改',
  })),
  createCommunityActivity: create('createCommunityActivity', 'CommunityActivityInput', (_fx, id) => ({
    unitId: id('branch'),
    heldOn: '2026-10-01',
    kind: 'SERVICE',
    title: '越界',
    participants: 1,
    residentsReached: 1,
  })),
  createCommunityPledge: create('createCommunityPledge', 'CommunityPledgeInput', (_fx, id) => ({
    unitId: id('branch'),
    officialName: '越界',
    post: '越界',
    pledge: '越界',
    signedOn: '2026-01-01',
  })),
};

function strip(r: GqlResult) {
  return (r.errors ?? []).map((e) => ({ message: e.message, extensions: e.extensions }));
}

describe("role × operation matrix outside each role's scope", () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const fx: Fx = {};
  let fixtureState: string;

  const snapshot = async () =>
    JSON.stringify(
      await t.orm.em.fork().execute(
        `select 'u' as t, id, version, name as v from unit where path like ? union all
         select 'p', id, version, name from person where unit_id in (select id from unit where path like ?) union all
         select 'pos', id, version, coalesce(end_date::text, '') from position where scope_unit_id in (select id from unit where path like ?) union all
         select 'd', id, version, name from department where district_id = ? union all
         select 'tf', id, version, name from star_task_force where district_id = ? union all
         select 'cp', id, version, coalesce(note, '') from contact_point where unit_id in (select id from unit where path like ?) union all
         select 'so', id, version, coalesce(end_date::text, '') from star_owner where branch_id = ? union all
         select 'tok', id, version, coalesce(revoked_at::text, '') from auth_token where scope_unit_id = ? union all
         select 'plan', id, version, title from plan where unit_id in (select id from unit where path like ?) union all
         select 'pi', id, version, title || progress from plan_item where unit_id in (select id from unit where path like ?) union all
         select 'sa', id, version, status from star_application where branch_id in (select id from unit where path like ?) union all
         select 'so', id, version, status from star_objection where application_id in (select a.id from star_application a join unit u on u.id = a.branch_id where u.path like ?) union all
         select 'bs', id, version, coalesce(until::text, '') from branch_star where branch_id in (select id from unit where path like ?) union all
         select 'bp', id, version, coalesce(end_date::text, '') from branch_pairing where strong_branch_id in (select id from unit where path like ?) union all
         select 'team', id, version, name from supervision_team where scope_unit_id = ? union all
         select 'sc', s.id, s.version, s.status from spot_check s join unit u on u.id = s.target_unit_id where u.path like ? union all
         select 'f', f.id, f.version, f.description from finding f join spot_check s on s.id = f.spot_check_id join unit u on u.id = s.target_unit_id where u.path like ? union all
         select 'r', r.id, r.version, r.status from rectification r join unit u on u.id = r.responsible_unit_id where u.path like ? union all
         select 'dr', d.id, d.version, d.done_today from daily_report d join unit u on u.id = d.unit_id where u.path like ? union all
         select 'mo', o.id, o.version, o.title from monthly_observation o join unit u on u.id = o.organizer_unit_id where u.path like ? union all
         select 'aw', id, version, '' from appraisal_weights where district_id = ? union all
         select 'qa', id, version, '' from quarterly_appraisal where unit_id = ? union all
         select 'rr', id, version, kind || enabled::text from reminder_rule where district_id = ? union all
         select 'wr', id, version, threshold::text from warning_rule where district_id = ? union all
         select 'usr', id, version, display_name || active::text || password_hash from app_user where unit_id in (select id from unit where path like ?) union all
         select 'ra', id, version, role from role_assignment where unit_id in (select id from unit where path like ?) union all
         select 'rr', id, version, stage || unit_id from resident_request where unit_id in (select id from unit where path like ?) union all
         select 'rm', id, version, topic from resident_meeting where unit_id in (select id from unit where path like ?) union all
         select 'cm', id, version, name from community_member where unit_id in (select id from unit where path like ?) union all
         select 'ca', id, version, title from community_activity where unit_id in (select id from unit where path like ?) union all
         select 'cpl', id, version, pledge from community_pledge where unit_id in (select id from unit where path like ?) union all
         select 'ses', id, version, coalesce(revoked_at::text, '') from auth_token where id = ? union all
         select 'q', id, version, stem from question where owner_unit_id = ? union all
         select 'ts', id, version, title from test_session where organizer_unit_id = ? union all
         select 'tr', id, version, title from training_session where organizer_unit_id = ? union all
         select 'ta', a.id, a.version, a.status || coalesce((select string_agg(coalesce(answer::text, ''), ',') from attempt_item where attempt_id = a.id), '') from test_attempt a where a.unit_id in (select id from unit where path like ?) union all
         select 'att', id, version, '' from training_attendance where unit_id in (select id from unit where path like ?) union all
         select 'wh', w.id, w.version, w.url || w.enabled::text || w.secret from webhook w join unit u on u.id = w.scope_unit_id where u.path like ? union all
         select 'whd', d.id, d.attempts, d.status from webhook_delivery d join webhook w on w.id = d.webhook_id join unit u on u.id = w.scope_unit_id where u.path like ?
         order by 1, 2`,
        [
          fx.path + '%',
          fx.path + '%',
          fx.path + '%',
          Number(fx.district),
          Number(fx.district),
          fx.path + '%',
          Number(fx.branch),
          Number(fx.district),
          ...Array(6).fill(fx.path + '%'),
          Number(fx.district),
          fx.path + '%',
          fx.path + '%',
          fx.path + '%',
          fx.path + '%',
          fx.path + '%',
          Number(fx.district),
          Number(fx.district),
          Number(fx.district),
          Number(fx.district),
          fx.path + '%',
          fx.path + '%',
          ...Array(5).fill(fx.path + '%'),
          Number(fx.session),
          Number(fx.district),
          Number(fx.district),
          Number(fx.district),
          fx.path + '%',
          fx.path + '%',
          fx.path + '%',
          fx.path + '%',
        ],
      ),
    );

  beforeAll(async () => {
    t = await startTestApp({
      env: { RATE_LIMIT_USER_PER_MINUTE: '100000', WEBHOOK_ALLOWED_HOSTS: '127.0.0.1', JOB_QUEUE: '0' },
    });
    // A second district under the same city, built by a city-level administrator who is none of the demo users.
    const em = t.orm.em.fork();
    const [city] = await em.execute<{ id: number }[]>(`select id from unit where level = 'CITY' limit 1`);
    await em.execute(
      `insert into app_user (username, display_name, password_hash) select 'cityadmin', '市级管理员', password_hash from app_user where username = 'admin'`,
    );
    await em.execute(
      `insert into role_assignment (user_id, role, unit_id) select id, 'DISTRICT_ADMIN', ? from app_user where username = 'cityadmin'`,
      [city.id],
    );
    const ca = await t.login('cityadmin');
    const g = async <R, V>(q: TypedDocumentNode<R, V>, ...[v]: VariablesArgs<V>) => dataOf(await t.gql(q, v, ca));
    fx.district = (
      await g(
        graphql(`
          mutation MatrixCreateUnit($p: ID!) {
            createUnit(input: { name: "越界区", level: DISTRICT, parentId: $p }) {
              id
            }
          }
        `),
        {
          p: String(city.id),
        },
      )
    ).createUnit.id;
    fx.township = (
      await g(
        graphql(`
          mutation MatrixCreateUnitId($p: ID!) {
            createUnit(input: { name: "越界街道", level: TOWNSHIP, townshipKind: SUBDISTRICT, parentId: $p }) {
              id
            }
          }
        `),
        { p: fx.district },
      )
    ).createUnit.id;
    fx.branch = (
      await g(
        graphql(`
          mutation MatrixCreateUnitId2($p: ID!) {
            createUnit(
              input: { name: "越界社区", level: BRANCH, category: COMMUNITY, branchKind: PARTY_BRANCH, parentId: $p }
            ) {
              id
            }
          }
        `),
        { p: fx.township },
      )
    ).createUnit.id;
    fx.person = (
      await g(
        graphql(`
          mutation MatrixCreatePerson($u: ID!) {
            createPerson(input: { name: "越界书记", unitId: $u }) {
              id
            }
          }
        `),
        { u: fx.branch },
      )
    ).createPerson.id;
    fx.position = (
      await g(
        graphql(`
          mutation MatrixCreatePosition($p: ID!, $u: ID!) {
            createPosition(input: { personId: $p, role: BRANCH_SECRETARY, unitId: $u, startDate: "2024-01-01" }) {
              id
            }
          }
        `),
        { p: fx.person, u: fx.branch },
      )
    ).createPosition.id;
    fx.starOwner = (
      await g(
        graphql(`
          mutation CreateStarOwner($p: ID!, $u: ID!) {
            createStarOwner(input: { personId: $p, branchId: $u, starCode: "STRONG_BRANCH", startDate: "2024-01-01" }) {
              id
            }
          }
        `),
        { p: fx.person, u: fx.branch },
      )
    ).createStarOwner.id;
    fx.department = (
      await g(
        graphql(`
          mutation MatrixCreateDepartment($d: ID!) {
            createDepartment(input: { districtId: $d, code: "ORG", name: "越界区委组织部" }) {
              id
            }
          }
        `),
        { d: fx.district },
      )
    ).createDepartment.id;
    fx.taskForce = (
      await g(
        graphql(`
          mutation CreateTaskForceId($d: ID!, $l: ID!) {
            createTaskForce(input: { districtId: $d, starCode: "STRONG_BRANCH", leadDepartmentId: $l }) {
              id
            }
          }
        `),
        { d: fx.district, l: fx.department },
      )
    ).createTaskForce.id;
    fx.leader = (
      await g(
        graphql(`
          mutation MatrixCreatePersonId($u: ID!) {
            createPerson(input: { name: "越界县级领导", unitId: $u }) {
              id
            }
          }
        `),
        {
          u: fx.district,
        },
      )
    ).createPerson.id;
    await g(
      graphql(`
        mutation MatrixCreatePositionId($p: ID!, $u: ID!) {
          createPosition(input: { personId: $p, role: COUNTY_LEADER, unitId: $u, startDate: "2024-01-01" }) {
            id
          }
        }
      `),
      { p: fx.leader, u: fx.district },
    );
    fx.contactPoint = (
      await g(
        graphql(`
          mutation CreateContactPointId($p: ID!, $u: ID!) {
            createContactPoint(input: { leaderId: $p, unitId: $u, startDate: "2024-01-01" }) {
              id
            }
          }
        `),
        { p: fx.leader, u: fx.branch },
      )
    ).createContactPoint.id;
    fx.apiToken = (
      await g(
        graphql(`
          mutation CreateApiTokenApiToken($u: ID!) {
            createApiToken(input: { name: "越界令牌", unitId: $u }) {
              apiToken {
                id
              }
            }
          }
        `),
        {
          u: fx.district,
        },
      )
    ).createApiToken.apiToken.id;
    // supervision and cadence fixtures: a city-level supervisor's team with a completed check, a finding, a rectification
    await em.execute(
      `insert into app_user (username, display_name, password_hash) select 'citysup', '市级督导员', password_hash from app_user where username = 'admin'`,
    );
    await em.execute(
      `insert into role_assignment (user_id, role, unit_id) select id, 'SUPERVISOR', ? from app_user where username = 'citysup'`,
      [city.id],
    );
    const cs = await t.login('citysup');
    const gs = async <R, V>(q: TypedDocumentNode<R, V>, ...[v]: VariablesArgs<V>) => dataOf(await t.gql(q, v, cs));
    fx.citysupUser = String(
      (await em.execute<{ id: number }[]>(`select id from app_user where username = 'citysup'`))[0].id,
    );
    fx.team = (
      await g(
        graphql(`
          mutation CreateSupervisionTeamId($d: ID!, $l: ID!) {
            createSupervisionTeam(input: { name: "越界督导组", scopeUnitId: $d, leaderUserId: $l, memberUserIds: [] }) {
              id
            }
          }
        `),
        { d: fx.district, l: fx.citysupUser },
      )
    ).createSupervisionTeam.id;
    fx.spotCheck = (
      await gs(
        graphql(`
          mutation MatrixPlanSpotCheck($t: ID!, $u: ID!) {
            planSpotCheck(input: { teamId: $t, targetUnitId: $u, plannedFor: "2026-06-01" }) {
              id
            }
          }
        `),
        { t: fx.team, u: fx.branch },
      )
    ).planSpotCheck.id;
    await gs(
      graphql(`
        mutation StartSpotCheckId($x: ID!) {
          startSpotCheck(id: $x, input: {}) {
            id
          }
        }
      `),
      { x: fx.spotCheck },
    );
    fx.finding = (
      await gs(
        graphql(`
          mutation MatrixRecordFinding($x: ID!) {
            recordFinding(spotCheckId: $x, input: { severity: MAJOR, description: "越界问题" }) {
              id
            }
          }
        `),
        { x: fx.spotCheck },
      )
    ).recordFinding.id;
    fx.finding2 = (
      await gs(
        graphql(`
          mutation MatrixRecordFindingId($x: ID!) {
            recordFinding(spotCheckId: $x, input: { severity: MINOR, description: "越界问题二" }) {
              id
            }
          }
        `),
        { x: fx.spotCheck },
      )
    ).recordFinding.id;
    await gs(
      graphql(`
        mutation MatrixCompleteSpotCheck($x: ID!) {
          completeSpotCheck(id: $x, input: { summary: "越界", methodAttested: true }) {
            id
          }
        }
      `),
      { x: fx.spotCheck },
    );
    fx.rectification = (
      await gs(
        graphql(`
          mutation AssignRectificationId($f: ID!, $u: ID!) {
            assignRectification(
              findingId: $f
              input: { responsibleUnitId: $u, measures: "越界整改", deadline: "2026-12-31" }
            ) {
              id
            }
          }
        `),
        { f: fx.finding, u: fx.branch },
      )
    ).assignRectification.id;
    fx.dailyReport = String(
      (
        await em.execute<{ id: number }[]>(
          `insert into daily_report (unit_id, report_date, done_today, reporter_id, reporter_name) values (?, '2026-01-05', '越界日报', ?, '越界') returning id`,
          [Number(fx.branch), Number(fx.citysupUser)],
        )
      )[0].id,
    );
    fx.observation = (
      await g(
        graphql(`
          mutation CreateMonthlyObservationId($d: ID!, $b: ID!) {
            createMonthlyObservation(
              input: { unitId: $d, heldOn: "2026-01-10", title: "越界观摩", visits: [{ unitId: $b, score: 90 }] }
            ) {
              id
            }
          }
        `),
        { d: fx.district, b: fx.branch },
      )
    ).createMonthlyObservation.id;
    const [d] = await em.execute<{ path: string }[]>('select path from unit where id = ?', [Number(fx.district)]);
    fx.path = d.path;
    // training: a question, a test session with an open attempt of the fixture's person, a training session
    const one = async (sql: string, params: unknown[]) =>
      String((await em.execute<{ id: number }[]>(sql, params))[0].id);
    fx.question = await one(
      `insert into question (owner_unit_id, kind, stem, options, answer, difficulty) values (?, 'FILL', '越界试题', '[]', '["越界"]', 1) returning id`,
      [Number(fx.district)],
    );
    await em.execute(
      `insert into question_version (question_id, version_no, kind, stem, options, answer) values (?, 1, 'FILL', '越界试题', '[]', '["越界"]')`,
      [Number(fx.question)],
    );
    fx.testSession = await one(
      `insert into test_session (organizer_unit_id, title, audience_unit_ids, audience_roles, opens_at, closes_at, test_date, time_limit_minutes, pass_mark, paper_mode, fixed_question_ids)
       values (?, '越界测试', ?::int[], '{BRANCH_MEMBER,BRANCH_SECRETARY}', now() - interval '1 day', now() + interval '30 days', current_date, 30, 60, 'FIXED', ?::int[]) returning id`,
      [Number(fx.district), `{${fx.district}}`, `{${fx.question}}`],
    );
    fx.attempt = await one(
      `insert into test_attempt (session_id, person_id, user_id, unit_id, attempt_no, status, started_at, deadline, question_count)
       values (?, ?, ?, ?, 1, 'IN_PROGRESS', now(), now() + interval '30 days', 1) returning id`,
      [Number(fx.testSession), Number(fx.person), Number(fx.citysupUser), Number(fx.branch)],
    );
    await em.execute(
      `insert into attempt_item (attempt_id, position, question_version_id, option_order) select ?, 1, id, '{}' from question_version where question_id = ?`,
      [Number(fx.attempt), Number(fx.question)],
    );
    fx.trainingSession = await one(
      `insert into training_session (organizer_unit_id, title, held_on, audience_unit_ids, audience_roles, sign_in_code) values (?, '越界培训', current_date, ?::int[], '{BRANCH_MEMBER}', '123456') returning id`,
      [Number(fx.district), `{${fx.district}}`],
    );
    // plans and ratings: a plan with an item and milestones, an application in public notice with an objection, a held star, a pairing
    fx.branch2 = (
      await g(
        graphql(`
          mutation MatrixCreateUnitId3($p: ID!) {
            createUnit(
              input: { name: "越界社区二", level: BRANCH, category: COMMUNITY, branchKind: PARTY_BRANCH, parentId: $p }
            ) {
              id
            }
          }
        `),
        { p: fx.township },
      )
    ).createUnit.id;
    fx.plan = (
      await g(
        graphql(`
          mutation MatrixCreatePlan($u: ID!) {
            createPlan(
              input: {
                unitId: $u
                year: 2026
                title: "越界规划"
                stars: [{ starCode: "STRONG_BRANCH", intent: TARGET }]
              }
            ) {
              id
            }
          }
        `),
        { u: fx.branch },
      )
    ).createPlan.id;
    const item = (
      await g(
        graphql(`
          mutation CreatePlanItemIdMilestones($p: ID!) {
            createPlanItem(input: { planId: $p, title: "越界任务", deadline: "2026-12-31" }) {
              id
              milestones {
                id
              }
            }
          }
        `),
        { p: fx.plan },
      )
    ).createPlanItem;
    fx.planItem = item.id;
    fx.milestone = item.milestones[0].id;
    fx.pairing = (
      await g(
        graphql(`
          mutation PairBranchesId($s: ID!, $w: ID!) {
            pairBranches(input: { strongBranchId: $s, weakBranchId: $w }) {
              id
            }
          }
        `),
        {
          s: fx.branch,
          w: fx.branch2,
        },
      )
    ).pairBranches.id;
    const [app] = await em.execute<{ id: number }[]>(
      `insert into star_application (branch_id, star_type_code, year, status, submitted_at, submitted_by_id, notice_starts_on, notice_ends_on)
       values (?, 'STRONG_BRANCH', 2026, 'PUBLIC_NOTICE', now(), 1, '2020-01-01', '2999-01-01') returning id`,
      [Number(fx.branch)],
    );
    fx.application = String(app.id);
    // An import made by the city-level administrator (recorded in the city's subtree, outside every demo role's).
    const [batch] = await em.execute<{ id: number }[]>(
      `insert into import_batch (kind, user_id, username, scope_path, file_name, sha256, created, updated, unchanged, report, created_at)
       select 'UNITS', u.id, u.username, c.path, '越界.xlsx', repeat('0', 64), 1, 0, 0, '{}'::jsonb, now()
         from app_user u, unit c where u.username = 'cityadmin' and c.id = ? returning id`,
      [city.id],
    );
    fx.importBatch = String(batch.id);
    const [obj] = await em.execute<{ id: number }[]>(
      `insert into star_objection (application_id, reason, filed_by_id, filed_by_name, filed_at) values (?, '越界', 1, 'x', now()) returning id`,
      [app.id],
    );
    fx.objection = String(obj.id);
    await em.execute(
      `insert into branch_star (branch_id, star_type_code, since) values (?, 'STRONG_BRANCH', '2025-01-01')`,
      [Number(fx.branch)],
    );
    const account = (
      await g(
        graphql(`
          mutation MatrixCreateUser($u: ID!) {
            createUser(
              input: {
                username: "matrix.account"
                displayName: "越界支部账号"
                roles: [{ role: BRANCH_STAFF, unitId: $u }]
              }
            ) {
              user {
                id
                grants {
                  id
                }
              }
            }
          }
        `),
        { u: fx.branch },
      )
    ).createUser.user;
    fx.account = account.id;
    fx.grant = account.grants[0].id;
    // Residents' records in the foreign community (the demo has none there).
    fx.residentRequest = await one(
      `insert into resident_request (unit_id, origin_unit_id, tracking_code, channel, category, title, content, anonymous, received_at)
       values (?, ?, 'MATRIX2345', 'LETTER', 'HELP', '越界', '越界', true, now()) returning id`,
      [Number(fx.branch), Number(fx.branch)],
    );
    fx.residentMeeting = await one(
      `insert into resident_meeting (unit_id, held_on, topic, attendees, solution, recorded_by) values (?, '2026-10-01', '越界', '越界', '越界', '越界') returning id`,
      [Number(fx.branch)],
    );
    fx.communityMember = await one(
      `insert into community_member (unit_id, kind, name, joined_on) values (?, 'VOLUNTEER', '越界', '2026-01-01') returning id`,
      [Number(fx.branch)],
    );
    fx.communityActivity = await one(
      `insert into community_activity (unit_id, held_on, kind, title, participants, residents_reached) values (?, '2026-10-01', 'SERVICE', '越界', 1, 1) returning id`,
      [Number(fx.branch)],
    );
    fx.communityPledge = await one(
      `insert into community_pledge (unit_id, official_name, post, pledge, signed_on) values (?, '越界', '越界', '越界', '2026-01-01') returning id`,
      [Number(fx.branch)],
    );
    fx.session = String(
      (
        await em.execute<{ id: number }[]>(
          `select t.id from auth_token t join app_user u on u.id = t.user_id where u.username = 'cityadmin' and t.kind = 'SESSION' limit 1`,
        )
      )[0].id,
    );
    // A meeting with a closed problem, and a published post, of the fixture branch.
    const [meeting] = await em.execute<{ id: number }[]>(
      `insert into meeting (unit_id, date, theme, attendee_ids, study_content, speeches, evaluations, recorded_by)
       values (?, '2026-05-01', '越界会议', '[]', '越界', '[]', '[]', 1) returning id`,
      [Number(fx.branch)],
    );
    fx.meeting = String(meeting.id);
    const [mitem] = await em.execute<{ id: number }[]>(
      `insert into meeting_item (meeting_id, unit_id, kind, content, deadline, status, closed_at, close_note, answers_ids)
       values (?, ?, 'PROBLEM', '越界问题', '2026-06-01', 'CLOSED', now(), '越界', '[]') returning id`,
      [meeting.id, Number(fx.branch)],
    );
    fx.meetingItem = String(mitem.id);
    const [post] = await em.execute<{ id: number }[]>(
      `insert into post (unit_id, author_id, author_name, title, summary, format, body, body_html, status, published_at, star_codes, key_task_ids, tag_unit_ids)
       values (?, 1, 'x', '越界动态', '越界', 'MARKDOWN', '越界', '<p>越界</p>', 'PUBLISHED', now(), '[]', '[]', '[]') returning id`,
      [Number(fx.branch)],
    );
    fx.post = String(post.id);
    fx.webhook = (
      await t.gql<{ createWebhook: { webhook: { id: string } } }>(
        'mutation ($u: ID!) { createWebhook(input: { url: "http://127.0.0.1:9/out", withinId: $u }) { webhook { id } } }',
        { u: fx.district },
        ca,
      )
    ).data!.createWebhook.webhook.id;
    fx.delivery = (
      await em.execute<{ id: string }[]>(
        `insert into webhook_delivery (webhook_id, event_id, created_at, status)
         select ?, max(id), now(), 'FAILED' from event where unit_path like ? returning id::text as id`,
        [Number(fx.webhook), fx.path + '%'],
      )
    )[0].id;
    for (const r of ROLES) tokens[r] = await t.login(r);
    fixtureState = await snapshot();
  });
  afterAll(() => t.close());

  it('has a rule for every query and mutation of the schema', () => {
    const schema = buildSchema(fs.readFileSync(path.join(__dirname, '..', '..', 'schema.graphql'), 'utf8'));
    const ops = [
      ...Object.keys(schema.getQueryType()!.getFields()),
      ...Object.keys(schema.getMutationType()!.getFields()),
    ];
    const unruled = ops.filter((o) => !RULES[o] && !UNSCOPED[o]);
    expect(unruled).toEqual([]);
    const stale = Object.keys({ ...RULES, ...UNSCOPED }).filter((o) => !ops.includes(o));
    expect(stale).toEqual([]);
  });

  it.each(Object.keys(RULES).map((op) => [op]))(
    '%s: refused or empty for every demo role, like a missing record',
    async (op) => {
      const rule = RULES[op];
      for (const role of ROLES) {
        const real = rule.build(fx, (k) => fx[k]);
        const r = await t.gql<ListAnswer>(real.query, real.vars, tokens[role]);
        if (rule.items) {
          if (r.errors?.length) {
            expect({ role, op, code: r.errors[0].extensions.code }).toEqual({ role, op, code: 'FORBIDDEN' });
          } else {
            const ids = new Set(Object.values(fx));
            const leaked = rule.items(r.data!).filter((i) => ids.has(i.id));
            expect({ role, op, leaked }).toEqual({ role, op, leaked: [] });
          }
          continue;
        }
        expect({ role, op, ok: !r.errors?.length }).toEqual({ role, op, ok: false });
        expect(['NOT_FOUND', 'BAD_USER_INPUT', 'FORBIDDEN']).toContain(r.errors![0].extensions.code);
        // Indistinguishable from an id that does not exist (unless the role may not do this at all).
        if (r.errors![0].extensions.reason !== 'AUTH.ROLE_REQUIRED') {
          const missing = rule.build(fx, () => MISSING);
          const m = await t.gql(missing.query, missing.vars, tokens[role]);
          expect({ role, op, errors: strip(r) }).toEqual({ role, op, errors: strip(m) });
        }
      }
    },
  );

  it("changed nothing outside the roles' scope", async () => {
    expect(await snapshot()).toBe(fixtureState);
  });
});
