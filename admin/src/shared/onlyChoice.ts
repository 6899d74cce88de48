import { useGetList } from 'react-admin';

/**
 * The one record of `resource` in the user's scope, when there is exactly one (a branch secretary's
 * own branch): forms and pickers pre-select it rather than ask for the only possible answer.
 */
export function useOnlyRecord(resource: string, filter: Record<string, unknown> = {}) {
  const { data, total, isPending } = useGetList<{ id: string }>(resource, {
    filter,
    pagination: { page: 1, perPage: 2 },
  });
  return { isPending, id: total === 1 && data?.length === 1 ? String(data[0].id) : null };
}
