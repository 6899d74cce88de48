import { useEffect, useRef } from 'react';
import { Create, NumberInput, SimpleForm, required, useGetList, useGetOne } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { BranchInput, StarInput } from '../../shared/inputs';
import { shanghaiToday } from '../../shared/dates';
import { ItemsInput } from './items';

/**
 * A new application starts with one item per key task of the chosen star and the branch's
 * category, in catalogue order. Choosing another star or branch replaces the items, unless the
 * user has picked key tasks of their own.
 */
function PrefillKeyTasks() {
  const starCode = useWatch({ name: 'starCode' }) as string | undefined;
  const branchId = useWatch({ name: 'branchId' }) as string | undefined;
  const { setValue, getValues } = useFormContext();
  const { data: branch } = useGetOne<{ id: string; category?: string | null }>(
    'branches',
    { id: branchId! },
    { enabled: !!branchId },
  );
  const category = branch?.category ?? undefined;
  const { data: tasks } = useGetList(
    'keyTasks',
    {
      filter: { starCode, ...(category ? { category } : {}) },
      sort: { field: 'sortOrder', order: 'ASC' },
      pagination: { page: 1, perPage: 100 },
    },
    { enabled: !!starCode && !!branch },
  );
  const filled = useRef<string[]>([]);
  useEffect(() => {
    if (!tasks) return;
    const current = ((getValues('items') ?? []) as { keyTaskId?: string | null }[])
      .map((i) => i.keyTaskId)
      .filter((id): id is string => !!id);
    if (current.some((id) => !filled.current.includes(String(id)))) return;
    filled.current = tasks.map((t) => String(t.id));
    setValue(
      'items',
      tasks.map((t) => ({ keyTaskId: String(t.id), met: true })),
      { shouldDirty: true },
    );
  }, [tasks, getValues, setValue]);
  return null;
}

export function ApplicationCreate() {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ year: Number(shanghaiToday().slice(0, 4)), items: [{ met: true }] }}>
        <BranchInput source="branchId" validate={required()} />
        <StarInput source="starCode" validate={required()} />
        <NumberInput source="year" step={1} validate={required()} />
        <PrefillKeyTasks />
        <ItemsInput />
      </SimpleForm>
    </Create>
  );
}
