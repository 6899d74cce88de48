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
  if (resource === 'plans' || resource === 'planItems')
    return p.roles.some((r) => ['DISTRICT_ADMIN', 'TOWNSHIP_STAFF', 'BRANCH_STAFF'].includes(r));
  if (isAdmin(p)) return true;
  if (CATALOGS.has(resource) || !isTownshipStaff(p)) return false;
  if (resource === 'units') return record?.level === 'BRANCH';
  if (resource === 'positions' && record?.role) return BRANCH_ROLES.includes(String(record.role));
  return TOWNSHIP_EDITABLE.has(resource);
}
