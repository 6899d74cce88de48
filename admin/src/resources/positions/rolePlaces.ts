/**
 * Where each role is held (unit of a given level, department, task force). The server enforces
 * the same rules (ROLE_PLACE in server/src/modules/org/org.enums.ts), but the schema does not
 * publish them, so the form mirrors them to offer only the fitting place.
 */
export type PlaceKind = 'unit' | 'department' | 'taskForce';

export const ROLE_PLACES: Record<string, { kinds: PlaceKind[]; unitLevel?: string }> = {
  PARTY_SECRETARY: { kinds: ['unit'], unitLevel: 'DISTRICT' },
  ORGANIZATION_MINISTER: { kinds: ['unit'], unitLevel: 'DISTRICT' },
  COUNTY_LEADER: { kinds: ['unit'], unitLevel: 'DISTRICT' },
  TOWNSHIP_SECRETARY: { kinds: ['unit'], unitLevel: 'TOWNSHIP' },
  BRANCH_SECRETARY: { kinds: ['unit'], unitLevel: 'BRANCH' },
  BRANCH_MEMBER: { kinds: ['unit'], unitLevel: 'BRANCH' },
  TASK_FORCE_LEADER: { kinds: ['taskForce'] },
  TASK_FORCE_MEMBER: { kinds: ['taskForce'] },
  SUPERVISOR: { kinds: ['unit', 'department'] },
};

export const PLACE_SOURCE: Record<PlaceKind, 'unitId' | 'departmentId' | 'taskForceId'> = {
  unit: 'unitId',
  department: 'departmentId',
  taskForce: 'taskForceId',
};

/** The place kind of form data: the chosen one if the role allows several, else the role's own. */
export function placeKindOf(data: Record<string, unknown>): PlaceKind | undefined {
  const rule = ROLE_PLACES[String(data.role ?? '')];
  if (!rule) return undefined;
  if (rule.kinds.length === 1) return rule.kinds[0];
  const chosen = data.placeKind as PlaceKind | undefined;
  if (chosen && rule.kinds.includes(chosen)) return chosen;
  return rule.kinds.find((k) => data[PLACE_SOURCE[k]]) ?? rule.kinds[0];
}

/** Exactly one place goes to the server: the others are cleared (the API refuses two). */
export function keepOnePlace<T extends Record<string, unknown>>(data: T): T {
  const kind = placeKindOf(data);
  const out: Record<string, unknown> = { ...data };
  for (const k of Object.keys(PLACE_SOURCE) as PlaceKind[]) if (k !== kind) out[PLACE_SOURCE[k]] = null;
  delete out.placeKind;
  return out as T;
}
