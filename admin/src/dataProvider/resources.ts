/**
 * Which GraphQL operations serve each react-admin resource. Everything else (argument names and
 * types, the record type, its fields, the input fields of create/update, whether a list is a page
 * or a plain array, whether a filter takes `ids`) is read from schema.graphql by buildQuery.
 */
export interface ResourceOperations {
  /** List query: returns `XPage { items total }` or a plain `[X]` (then filtered and paged here). */
  list: string;
  /** Single-record query (its first argument is the identifier). */
  one?: string;
  create?: string;
  /** Update mutation: `(idArgument, input)`. */
  update?: string;
  /**
   * The field of the create mutation's payload that holds the record, when the mutation answers a
   * payload rather than the record (createApiToken → `{ apiToken, token }`). The payload's other
   * scalar fields (the secret shown once) come back merged into the created record.
   */
  createPayload?: string;
  /** Values every create of this resource carries (branches are units at BRANCH level). */
  createDefaults?: Record<string, unknown>;
  /**
   * Selections beyond scalars and `{ id name }` of single objects: lists of objects, only where a
   * page needs them (keeps list queries one level deep and cheap).
   */
  oneExtra?: string;
  listExtra?: string;
}

const CURRENT_POSITIONS =
  'currentPositions { id role title unit { id name } department { id name } taskForce { id name } }';

export const RESOURCES: Record<string, ResourceOperations> = {
  units: {
    list: 'units',
    one: 'unit',
    create: 'createUnit',
    update: 'updateUnit',
    oneExtra: 'ancestors { id name level }',
  },
  branches: {
    list: 'branches',
    one: 'branch',
    create: 'createUnit',
    update: 'updateUnit',
    createDefaults: { level: 'BRANCH' },
    oneExtra: 'ancestors { id name level }',
  },
  people: {
    list: 'people',
    one: 'person',
    create: 'createPerson',
    update: 'updatePerson',
    oneExtra: CURRENT_POSITIONS,
    listExtra: CURRENT_POSITIONS,
  },
  positions: { list: 'positions', one: 'position', create: 'createPosition', update: 'updatePosition' },
  departments: { list: 'departments', one: 'department', create: 'createDepartment', update: 'updateDepartment' },
  taskForces: {
    list: 'taskForces',
    one: 'taskForce',
    create: 'createTaskForce',
    update: 'updateTaskForce',
    oneExtra: 'members { id name title }',
    listExtra: 'members { id name }',
  },
  contactPoints: {
    list: 'contactPoints',
    one: 'contactPoint',
    create: 'createContactPoint',
    update: 'updateContactPoint',
  },
  keyTasks: { list: 'keyTasks', one: 'keyTask', create: 'createKeyTask', update: 'updateKeyTask' },
  starTypes: { list: 'starTypes', one: 'starType', create: 'createStarType', update: 'updateStarType' },
  // The API has no `starOwner(id)` query: list, create and update (end) only.
  starOwners: { list: 'starOwners', create: 'createStarOwner', update: 'updateStarOwner' },
  // stars
  plans: {
    list: 'plans',
    one: 'plan',
    create: 'createPlan',
    update: 'updatePlan',
    listExtra: 'rollup { total notStarted inProgress done overdue completion units }',
    oneExtra:
      'rollup { total notStarted inProgress done overdue completion units } stars { id starCode intent ownerId owner { id name } }',
  },
  planItems: {
    list: 'planItems',
    one: 'planItem',
    create: 'createPlanItem',
    update: 'updatePlanItem',
    oneExtra: 'milestones { id title dueDate doneOn } evidence { id name url mimeType }',
  },
  starApplications: {
    list: 'starApplications',
    one: 'starApplication',
    create: 'applyForStar',
    oneExtra:
      'items { id keyTaskId met score note keyTask { id code title } evidence { id name url } } transitions { id fromStatus toStatus decision actorName at comment } objections { id status reason filedByName filedAt resolution resolvedByName allowedActions }',
  },
  // supervision
  supervisionTeams: {
    list: 'supervisionTeams',
    one: 'supervisionTeam',
    create: 'createSupervisionTeam',
    update: 'updateSupervisionTeam',
    oneExtra: 'members { id username displayName }',
    listExtra: 'members { id displayName }',
  },
  spotChecks: {
    list: 'spotChecks',
    one: 'spotCheck',
    create: 'planSpotCheck',
    oneExtra:
      'findings { id severity description starCode keyTaskId withdrawn withdrawnAt withdrawalReason withdrawnByName correctedAt allowedActions keyTask { id code title } evidence { id name mimeType } rectification { id status deadline overdue } } scores { keyTaskId score comment keyTask { code title } }',
  },
  findings: {
    list: 'findings',
    one: 'finding',
    oneExtra:
      'spotCheck { id plannedFor status targetUnit { id name } } keyTask { id code title } claimedBy { id name } evidence { id name mimeType } rectification { id status deadline overdue }',
    listExtra: 'spotCheck { id plannedFor targetUnit { id name } } rectification { id status overdue }',
  },
  rectifications: {
    list: 'rectifications',
    one: 'rectification',
    oneExtra:
      'finding { id description severity spotCheckId evidence { id name mimeType } } events { id action fromStatus toStatus byName at comment } evidence { id name mimeType }',
    listExtra: 'finding { id description severity }',
  },
  // residents
  residentRequests: {
    list: 'residentRequests',
    one: 'residentRequest',
    create: 'registerResidentRequest',
    oneExtra: 'timeline { id action fromStage toStage byName at note }',
  },
  residentMeetings: { list: 'residentMeetings', one: 'residentMeeting' },
  communityMembers: { list: 'communityMembers', create: 'createCommunityMember', update: 'updateCommunityMember' },
  communityActivities: { list: 'communityActivities', create: 'createCommunityActivity' },
  // 创建动态 and 学讲评
  posts: {
    list: 'posts',
    one: 'post',
    create: 'createPost',
    update: 'updatePost',
    oneExtra:
      'events { action fromStatus toStatus byName at comment } cover { id name mimeType } images { id name mimeType } stars { code nameZh }',
  },
  meetings: {
    list: 'meetings',
    one: 'meeting',
    create: 'createMeeting',
    update: 'updateMeeting',
    oneExtra:
      'attendees { id name } speeches { personId topic points person { id name } } evaluations { personId selfEvaluation peerEvaluation person { id name } } minutes { id name mimeType } photos { id name mimeType } items { id kind content status overdue deadline reopenCount closeNote evidenceRequired planItemId ownerPerson { id name } answers { id content } }',
  },
  meetingItems: {
    list: 'meetingItems',
    one: 'meetingItem',
    update: 'updateMeetingItem',
    oneExtra: 'answers { id content } events { id action byName at note } evidence { id name mimeType }',
  },
  // cadence
  dailyReports: {
    list: 'dailyReports',
    one: 'dailyReport',
    create: 'submitDailyReport',
    oneExtra: 'figures { label value }',
    listExtra: 'figures { label value }',
  },
  monthlyObservations: {
    list: 'monthlyObservations',
    one: 'monthlyObservation',
    create: 'createMonthlyObservation',
    oneExtra: 'visits { id score comment unit { id name } }',
    listExtra: 'visits { id }',
  },
  trainingSessions: {
    list: 'trainingSessions',
    one: 'trainingSession',
    create: 'createTrainingSession',
    update: 'updateTrainingSession',
    oneExtra: 'attendance { unitId expected attended unit { id name } }',
  },
  questions: { list: 'questions', one: 'question', create: 'createQuestion', update: 'updateQuestion' },
  testSessions: {
    list: 'testSessions',
    one: 'testSession',
    create: 'createTestSession',
    update: 'updateTestSession',
  },
  // system (district admins). Neither has a single-record query: tokens are listed, created and
  // revoked (system.ts); audit entries are listed and read in the list's expand panel.
  apiTokens: {
    list: 'apiTokens',
    create: 'createApiToken',
    createPayload: 'apiToken',
    oneExtra: 'createdBy { id username displayName }',
    listExtra: 'createdBy { id username displayName }',
  },
  auditEntries: { list: 'auditEntries' },
  // accounts (district admins; township staff for their branches' accounts): createUser answers
  // `{ user, temporaryPassword }`, the password merged into the created record and shown once.
  users: {
    list: 'users',
    one: 'user',
    create: 'createUser',
    update: 'updateUser',
    createPayload: 'user',
    oneExtra: 'grants { id role unitId starCode unit { id name } }',
    listExtra: 'grants { id role unitId starCode unit { id name } }',
  },
};

export type ResourceName = keyof typeof RESOURCES;
