/** The unit tree's levels from the root down (the schema's enum is alphabetical). */
export const LEVEL_ORDER = ['PROVINCE', 'CITY', 'DISTRICT', 'TOWNSHIP', 'BRANCH'] as const;

export function parentLevel(level: string | null | undefined): string | undefined {
  const i = LEVEL_ORDER.indexOf(level as (typeof LEVEL_ORDER)[number]);
  return i > 0 ? LEVEL_ORDER[i - 1] : undefined;
}

export function childLevel(level: string | null | undefined): string | undefined {
  const i = LEVEL_ORDER.indexOf(level as (typeof LEVEL_ORDER)[number]);
  return i >= 0 && i < LEVEL_ORDER.length - 1 ? LEVEL_ORDER[i + 1] : undefined;
}
