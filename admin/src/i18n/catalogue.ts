/**
 * The console's own words, gathered from the features that use them: each feature's i18n.ts holds
 * its resource and field names, enum labels and page texts in both languages. One term per concept
 * (README glossary): 支部 Branch, 包星 star owner, 专班 task force …
 */
import unitsTexts from '../resources/units/i18n';
import branchesTexts from '../resources/branches/i18n';
import peopleTexts from '../resources/people/i18n';
import positionsTexts from '../resources/positions/i18n';
import departmentsTexts from '../resources/departments/i18n';
import taskForcesTexts from '../resources/taskForces/i18n';
import contactPointsTexts from '../resources/contactPoints/i18n';
import keyTasksTexts from '../resources/keyTasks/i18n';
import starTypesTexts from '../resources/starTypes/i18n';
import plansTexts from '../resources/plans/i18n';
import planItemsTexts from '../resources/planItems/i18n';
import starApplicationsTexts from '../resources/starApplications/i18n';
import starOwnersTexts from '../resources/starOwners/i18n';
import supervisionTeamsTexts from '../resources/supervisionTeams/i18n';
import spotChecksTexts from '../resources/spotChecks/i18n';
import rectificationsTexts from '../resources/rectifications/i18n';
import findingsTexts from '../resources/findings/i18n';
import dailyReportsTexts from '../resources/dailyReports/i18n';
import residentsTexts from '../residents/i18n';
import monthlyObservationsTexts from '../resources/monthlyObservations/i18n';
import apiTokensTexts from '../resources/apiTokens/i18n';
import auditEntriesTexts from '../resources/auditEntries/i18n';
import usersTexts from '../resources/users/i18n';
import postsTexts from '../resources/posts/i18n';
import meetingsTexts from '../resources/meetings/i18n';
import accountTexts from '../account/i18n';
import dashboardTexts from '../dashboard/i18n';
import homeTexts from '../home/i18n';
import inboxTexts from '../inbox/i18n';
import layoutTexts from '../layout/i18n';
import chainTexts from '../chain/i18n';
import starsTexts from '../stars/i18n';
import supervisionTexts from '../supervision/i18n';
import filesTexts from '../files/i18n';
import importsTexts from '../imports/i18n';
import questionsTexts from '../resources/questions/i18n';
import testSessionsTexts from '../resources/testSessions/i18n';
import trainingSessionsTexts from '../resources/trainingSessions/i18n';
import webhooksTexts from '../webhooks/i18n';
import offlineTexts from '../offline/i18n';
import type { FeatureTexts, Pair } from './texts';

export type Lang = 'zh' | 'en';

export const FEATURES: FeatureTexts[] = [
  unitsTexts,
  branchesTexts,
  peopleTexts,
  positionsTexts,
  departmentsTexts,
  taskForcesTexts,
  contactPointsTexts,
  keyTasksTexts,
  starTypesTexts,
  plansTexts,
  planItemsTexts,
  starApplicationsTexts,
  starOwnersTexts,
  supervisionTeamsTexts,
  spotChecksTexts,
  rectificationsTexts,
  findingsTexts,
  dailyReportsTexts,
  monthlyObservationsTexts,
  apiTokensTexts,
  auditEntriesTexts,
  usersTexts,
  postsTexts,
  meetingsTexts,
  accountTexts,
  dashboardTexts,
  homeTexts,
  inboxTexts,
  layoutTexts,
  chainTexts,
  starsTexts,
  supervisionTexts,
  filesTexts,
  importsTexts,
  residentsTexts,
  questionsTexts,
  testSessionsTexts,
  trainingSessionsTexts,
  webhooksTexts,
  offlineTexts,
];

/** Fields shared by most records. */
export const COMMON: Record<string, Pair> = {
  id: ['标识', 'Id'],
  createdAt: ['创建时间', 'Created at'],
  updatedAt: ['更新时间', 'Updated at'],
  version: ['版本号', 'Version'],
  isSample: ['示例数据', 'Sample data'],
  sortOrder: ['排序', 'Sort order'],
  search: ['搜索', 'Search'],
  startDate: ['开始日期', 'Start date'],
  endDate: ['结束日期', 'End date'],
  activeOn: ['在该日期有效', 'Active on'],
};

function merged<K extends keyof FeatureTexts>(key: K): NonNullable<FeatureTexts[K]> {
  const out: Record<string, unknown> = {};
  for (const feature of FEATURES) {
    for (const [name, value] of Object.entries(feature[key] ?? {})) {
      if (name in out) throw new Error(`i18n: "${key}.${name}" is declared by two features`);
      out[name] = value;
    }
  }
  return out as NonNullable<FeatureTexts[K]>;
}

/** Short labels of enum values, by enum (what the schema's descriptions are not used for). */
export const ENUM_LABELS = merged('enums');

function resourceMessages(lang: Lang) {
  const i = lang === 'zh' ? 0 : 1;
  const out: Record<string, { name: string; fields: Record<string, string> }> = {};
  for (const [res, def] of Object.entries(merged('resources'))) {
    const fields: Record<string, string> = {};
    for (const [k, v] of Object.entries({ ...COMMON, ...def.fields })) fields[k] = v[i];
    out[res] = { name: def.name[i], fields };
  }
  return out;
}

function textMessages(lang: Lang) {
  const i = lang === 'zh' ? 0 : 1;
  const out: Record<string, Record<string, string>> = {};
  for (const [ns, entries] of Object.entries(merged('messages'))) {
    out[ns] = {};
    for (const [k, v] of Object.entries(entries)) out[ns][k] = v[i];
  }
  return out;
}

/** The features' resource names, field labels and page texts in one language (enum labels aside). */
export function catalogue(lang: Lang) {
  return { resources: resourceMessages(lang), ...textMessages(lang) };
}
