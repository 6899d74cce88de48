/**
 * What the console offers to whom. The server decides (every mutation checks role AND place in
 * the unit tree); this only hides what would be refused anyway:
 * - everyone signed in reads everything in their scope;
 * - catalogs (star types, key tasks, departments, task forces, contact points): district admins;
 * - branches, people, positions, star owners: district admins and township staff
 *   (township staff only for branch-level records: branch roles, branch units);
 * - nothing is ever deleted (closure is a state);
 * - API tokens and the audit trail: district admins only, not even read by others (the server
 *   answers FORBIDDEN), so their menu entries are hidden from everyone else.
 * - accounts (用户与权限): district admins, and township staff for their branches' accounts (they
 *   create, deactivate and reset; only district admins edit, reactivate, grant and revoke).
 */
import type { Grant } from './dataProvider/auth';

export interface Permissions {
  roles: string[];
  grants: Grant[];
}

export const NO_PERMISSIONS: Permissions = { roles: [], grants: [] };

const CATALOGS = new Set(['starTypes', 'keyTasks', 'departments', 'taskForces', 'contactPoints']);
const TOWNSHIP_EDITABLE = new Set(['branches', 'people', 'positions', 'starOwners']);
export const BRANCH_ROLES = ['BRANCH_SECRETARY', 'BRANCH_MEMBER'];
const READ_ACTIONS = new Set(['list', 'show', 'export', 'read', 'access']);
/** What district admins may do on the system screens (tokens are revoked by a button on their row). */
const ADMIN_ONLY: Record<string, Set<string>> = {
  apiTokens: new Set(['list', 'create', 'read', 'access']),
  auditEntries: new Set(['list', 'read', 'access']),
};

export const isAdmin = (p: Permissions | undefined) => !!p?.roles.includes('DISTRICT_ADMIN');
export const isTownshipStaff = (p: Permissions | undefined) => !!p?.roles.includes('TOWNSHIP_STAFF');
/** Who sees 用户与权限. */
export const managesAccounts = (p: Permissions | undefined) => isAdmin(p) || isTownshipStaff(p);
const ACCOUNT_ACTIONS = new Set(['list', 'show', 'create', 'export', 'read', 'access']);

// supervision: who creates what (the on-site steps and the rectification loop are buttons on the show pages)
const has = (p: Permissions, ...roles: string[]) => roles.some((r) => p.roles.includes(r));
const SUPERVISION_WRITES: Record<string, (p: Permissions, action: string) => boolean> = {
  supervisionTeams: (p) => isAdmin(p),
  spotChecks: (p, action) => action === 'create' && has(p, 'SUPERVISOR'),
  findings: () => false,
  rectifications: () => false,
  dailyReports: (p, action) => action === 'create' && has(p, 'BRANCH_STAFF', 'TOWNSHIP_STAFF'),
  monthlyObservations: (p, action) => action === 'create' && has(p, 'DISTRICT_ADMIN', 'TOWNSHIP_STAFF'),
  // 民情: community staff register requests and keep their registers; the steps are buttons on a request.
  residentRequests: (p, action) => action === 'create' && has(p, 'BRANCH_STAFF', 'TOWNSHIP_STAFF'),
  residentMeetings: () => false,
  communityMembers: (p, action) => action === 'create' && has(p, 'BRANCH_STAFF', 'TOWNSHIP_STAFF', 'DISTRICT_ADMIN'),
  communityActivities: (p, action) => action === 'create' && has(p, 'BRANCH_STAFF', 'TOWNSHIP_STAFF', 'DISTRICT_ADMIN'),
  // training: organizers create sessions and keep the bank
  trainingSessions: (p, action) => action === 'create' && has(p, 'DISTRICT_ADMIN', 'TOWNSHIP_STAFF'),
  testSessions: (p, action) => action === 'create' && has(p, 'DISTRICT_ADMIN', 'TOWNSHIP_STAFF'),
  questions: (p) => has(p, 'DISTRICT_ADMIN', 'TOWNSHIP_STAFF'),
};

export function canDo(
  p: Permissions | undefined,
  action: string,
  resource: string,
  record?: Record<string, unknown>,
): boolean {
  if (!p || p.roles.length === 0) return false;
  if (ADMIN_ONLY[resource]) return isAdmin(p) && ADMIN_ONLY[resource].has(action);
  if (resource === 'users')
    return isAdmin(p)
      ? ACCOUNT_ACTIONS.has(action) || action === 'edit'
      : managesAccounts(p) && ACCOUNT_ACTIONS.has(action);
  if (READ_ACTIONS.has(action)) return true;
  if (SUPERVISION_WRITES[resource])
    return (action === 'create' || action === 'edit') && SUPERVISION_WRITES[resource](p, action);
  if (action !== 'create' && action !== 'edit') return false; // delete, clone, bulk updates: never
  // Stars: branch staff apply for stars (nobody edits an application: it is reviewed);
  // plans and their items are kept by district, township and branch staff.
  if (resource === 'starApplications') return action === 'create' && p.roles.includes('BRANCH_STAFF');
  // 创建动态: branch and township staff write, district admins too (reviews are buttons on the post);
  // 学讲评: the unit's own staff record meetings (list items are followed on the meeting's page).
  if (resource === 'posts' || resource === 'meetings')
    return p.roles.some((r) => ['DISTRICT_ADMIN', 'TOWNSHIP_STAFF', 'BRANCH_STAFF'].includes(r));
  if (resource === 'meetingItems') return false;
  if (resource === 'plans' || resource === 'planItems')
    return p.roles.some((r) => ['DISTRICT_ADMIN', 'TOWNSHIP_STAFF', 'BRANCH_STAFF'].includes(r));
  if (isAdmin(p)) return true;
  if (CATALOGS.has(resource) || !isTownshipStaff(p)) return false;
  if (resource === 'units') return record?.level === 'BRANCH';
  if (resource === 'positions' && record?.role) return BRANCH_ROLES.includes(String(record.role));
  return TOWNSHIP_EDITABLE.has(resource);
}

/**
 * The menu: what each role works on, in one place (the Layout draws it, tests walk it). Reads stay
 * open to every role in its scope (links between records still work); the menu only offers what
 * the role's work is about. Pages that are not resources: 责任链 `chain`, 挂图作战 `battleMap`,
 * 季度评比 `ranking`, 我的测试 `myTests`, 数据导入 `imports` (district admins and township staff: the server's import scope),
 * 数据推送 `webhooks` (district admins: webhooks and the event feed),
 * 现场暗访（离线） `field` (supervisors: the on-site form that works offline).
 */
export type MenuGroupKey =
  'org' | 'stars' | 'publicity' | 'catalog' | 'supervision' | 'training' | 'residents' | 'system';
export const MENU_GROUP_LABELS: Record<MenuGroupKey, string> = {
  org: 'app.menu_org',
  stars: 'stars.menu_stars',
  publicity: 'posts.menu',
  catalog: 'app.menu_catalog',
  supervision: 'supervision.menu',
  residents: 'residents.menu',
  training: 'training.menu',
  system: 'app.menu_system',
};
/** Every entry, in the order it appears within its group. */
export const MENU_ITEMS: Record<MenuGroupKey, readonly string[]> = {
  org: ['units', 'branches', 'chain', 'people', 'positions', 'starOwners', 'contactPoints'],
  stars: ['plans', 'planItems', 'battleMap', 'warnings', 'starApplications'],
  publicity: ['posts', 'meetings', 'meetingItems'],
  catalog: ['departments', 'taskForces', 'starTypes', 'keyTasks'],
  supervision: [
    'field',
    'spotChecks',
    'findings',
    'rectifications',
    'dailyReports',
    'monthlyObservations',
    'ranking',
    'supervisionTeams',
  ],
  residents: ['residentRequests', 'residentMeetings', 'residentRates', 'communityMembers', 'communityActivities'],
  training: ['myTests', 'testSessions', 'trainingSessions', 'questions'],
  system: ['users', 'imports', 'apiTokens', 'webhooks', 'auditEntries'],
};
/** The pages of the menu that are not resources: their route. */
export const MENU_PAGES: Record<string, string> = {
  chain: '/chain',
  battleMap: '/battle-map',
  ranking: '/ranking',
  imports: '/imports',
  residentRates: '/resident-rates',
  myTests: '/my-tests',
  webhooks: '/webhooks',
  warnings: '/warnings',
  field: '/field',
};

/** Per role, its groups in the order it needs them, each with the entries of its work. */
const ROLE_MENUS: Record<string, Partial<Record<MenuGroupKey, readonly string[]>>> = {
  // The offline on-site form is a team member's: district admins are on no team.
  DISTRICT_ADMIN: { ...MENU_ITEMS, supervision: MENU_ITEMS.supervision.filter((i) => i !== 'field') },
  // Leaders read: the campaign first, then what it produces; training results last.
  LEADER: {
    org: ['units', 'branches', 'chain'],
    stars: ['plans', 'battleMap', 'warnings', 'starApplications'],
    supervision: ['spotChecks', 'findings', 'rectifications', 'dailyReports', 'monthlyObservations', 'ranking'],
    publicity: ['posts', 'meetings', 'meetingItems'],
    residents: ['residentRates', 'residentRequests'],
    training: ['testSessions', 'trainingSessions'],
  },
  TASK_FORCE: {
    stars: ['starApplications', 'plans', 'planItems', 'battleMap', 'warnings'],
    org: ['branches', 'chain', 'starOwners'],
    catalog: ['keyTasks'],
    supervision: ['rectifications', 'ranking'],
    training: ['myTests'],
  },
  SUPERVISOR: {
    supervision: ['field', 'spotChecks', 'findings', 'rectifications', 'supervisionTeams', 'dailyReports', 'ranking'],
    org: ['units', 'branches', 'chain'],
    training: ['myTests'],
  },
  TOWNSHIP_STAFF: {
    stars: ['starApplications', 'plans', 'planItems', 'battleMap', 'warnings'],
    publicity: ['posts', 'meetings', 'meetingItems'],
    org: ['units', 'branches', 'chain', 'people', 'positions', 'starOwners'],
    supervision: ['rectifications', 'spotChecks', 'findings', 'dailyReports', 'monthlyObservations', 'ranking'],
    residents: ['residentRates', 'residentRequests', 'communityMembers', 'communityActivities'],
    training: ['myTests', 'testSessions', 'trainingSessions', 'questions'],
    system: ['users', 'imports'],
  },
  // A branch's own work first: its stars, its posts and meetings, what it must answer; then the
  // residents' requests it handles, its tests, and where it stands in the tree.
  BRANCH_STAFF: {
    stars: ['starApplications', 'plans', 'planItems', 'battleMap'],
    publicity: ['posts', 'meetings', 'meetingItems'],
    supervision: ['rectifications', 'dailyReports'],
    residents: ['residentRequests', 'residentMeetings', 'communityMembers', 'communityActivities'],
    training: ['myTests'],
    org: ['branches', 'chain'],
  },
};
/** Whose menu comes first when a user holds several roles. */
const ROLE_ORDER = ['DISTRICT_ADMIN', 'LEADER', 'TASK_FORCE', 'SUPERVISOR', 'TOWNSHIP_STAFF', 'BRANCH_STAFF'];

export interface MenuGroup {
  key: MenuGroupKey;
  label: string;
  items: string[];
}

/**
 * The menu of a user: the union of their roles' menus, groups in the order of their first role
 * (by ROLE_ORDER) that has them, entries in the canonical order of MENU_ITEMS.
 */
export function menuFor(p: Permissions | undefined): MenuGroup[] {
  const roles = ROLE_ORDER.filter((r) => p?.roles.includes(r));
  const picked = new Map<MenuGroupKey, Set<string>>();
  for (const role of roles)
    for (const [key, items] of Object.entries(ROLE_MENUS[role]) as [MenuGroupKey, readonly string[]][]) {
      const set = picked.get(key) ?? new Set<string>();
      items.forEach((i) => set.add(i));
      picked.set(key, set);
    }
  return [...picked].map(([key, set]) => ({
    key,
    label: MENU_GROUP_LABELS[key],
    items: MENU_ITEMS[key].filter((i) => set.has(i)),
  }));
}

/** Which home a user gets (admin/src/home): leaders and district admins the campaign dashboard. */
export type HomeKind = 'dashboard' | 'taskForce' | 'supervisor' | 'township' | 'branch';
export function homeFor(p: Permissions | undefined): HomeKind {
  const roles = p?.roles ?? [];
  if (roles.includes('DISTRICT_ADMIN') || roles.includes('LEADER')) return 'dashboard';
  if (roles.includes('SUPERVISOR')) return 'supervisor';
  if (roles.includes('TASK_FORCE')) return 'taskForce';
  if (roles.includes('TOWNSHIP_STAFF')) return 'township';
  if (roles.includes('BRANCH_STAFF')) return 'branch';
  return 'dashboard';
}
