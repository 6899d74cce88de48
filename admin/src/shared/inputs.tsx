/** Reference inputs shared by the forms and filters (each form lays out its own fields). */
import { useMemo } from 'react';
import {
  AutocompleteInput,
  ReferenceInput,
  SelectInput,
  useGetList,
  useLocaleState,
  type AutocompleteInputProps,
  type SelectInputProps,
} from 'react-admin';
import { shanghaiToday } from './dates';
import { starName } from './fields';

/** What a reference input sends as the list's filter while the user types (the APIs' `search`). */
export const searchQuery = (q: string) => (q ? { search: q } : {});

type RefProps = Omit<AutocompleteInputProps, 'source' | 'filter'> & {
  source: string;
  filter?: Record<string, unknown>;
};

/** A unit by name or code; `level` narrows the choice (e.g. township-level parents of branches). */
export function UnitInput({ source, level, filter, alwaysOn, ...rest }: RefProps & { level?: string }) {
  return (
    <ReferenceInput
      source={source}
      reference="units"
      filter={{ ...(level ? { level } : {}), ...filter }}
      sort={{ field: 'sortOrder', order: 'ASC' }}
      perPage={50}
      alwaysOn={alwaysOn}
    >
      <AutocompleteInput optionText="name" filterToQuery={searchQuery} noOptionsText="app.no_options" {...rest} />
    </ReferenceInput>
  );
}

export function BranchInput({ source, filter, alwaysOn, ...rest }: RefProps) {
  return (
    <ReferenceInput
      source={source}
      reference="branches"
      filter={filter}
      sort={{ field: 'sortOrder', order: 'ASC' }}
      perPage={50}
      alwaysOn={alwaysOn}
    >
      <AutocompleteInput optionText="name" filterToQuery={searchQuery} noOptionsText="app.no_options" {...rest} />
    </ReferenceInput>
  );
}

export const personText = (r: { name?: string; title?: string | null }) =>
  r?.title ? `${r.name}（${r.title}）` : (r?.name ?? '');

export function PersonInput({ source, filter, alwaysOn, ...rest }: RefProps) {
  return (
    <ReferenceInput
      source={source}
      reference="people"
      filter={filter}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={50}
      alwaysOn={alwaysOn}
    >
      <AutocompleteInput optionText={personText} filterToQuery={searchQuery} noOptionsText="app.no_options" {...rest} />
    </ReferenceInput>
  );
}

type SelectRefProps = Omit<SelectInputProps, 'source' | 'filter'> & {
  source: string;
  filter?: Record<string, unknown>;
};

export function DepartmentInput({ source, filter, alwaysOn, ...rest }: SelectRefProps) {
  return (
    <ReferenceInput
      source={source}
      reference="departments"
      filter={filter}
      sort={{ field: 'sortOrder', order: 'ASC' }}
      perPage={100}
      alwaysOn={alwaysOn}
    >
      <SelectInput optionText="name" {...rest} />
    </ReferenceInput>
  );
}

export function TaskForceInput({ source, filter, alwaysOn, ...rest }: SelectRefProps) {
  return (
    <ReferenceInput
      source={source}
      reference="taskForces"
      filter={filter}
      sort={{ field: 'starCode', order: 'ASC' }}
      perPage={100}
      alwaysOn={alwaysOn}
    >
      <SelectInput optionText="name" {...rest} />
    </ReferenceInput>
  );
}

/** A star type by its name in the interface language; `category` keeps those that apply. */
export function StarInput({
  source,
  category,
  alwaysOn,
  filter,
  ...rest
}: SelectRefProps & { category?: string | null }) {
  const [locale] = useLocaleState();
  return (
    <ReferenceInput
      source={source}
      reference="starTypes"
      filter={{ ...filter, ...(category ? { category } : {}) }}
      sort={{ field: 'sortOrder', order: 'ASC' }}
      perPage={100}
      alwaysOn={alwaysOn}
    >
      <SelectInput optionText={(r: { nameZh: string; nameEn: string }) => starName(r, locale)} {...rest} />
    </ReferenceInput>
  );
}

/**
 * County-level leaders in office today. The people list cannot be filtered by role, so the
 * choices come from their positions.
 */
export function CountyLeaderInput(props: Omit<AutocompleteInputProps, 'choices'>) {
  const { data, isPending } = useGetList('positions', {
    filter: { role: 'COUNTY_LEADER', activeOn: shanghaiToday() },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'startDate', order: 'ASC' },
  });
  const choices = useMemo(() => {
    const seen = new Map<string, { id: string; name: string }>();
    for (const p of data ?? []) {
      if (p.person && !seen.has(p.person.id))
        seen.set(p.person.id, { id: p.person.id, name: personText({ name: p.person.name, title: p.title }) });
    }
    return [...seen.values()];
  }, [data]);
  return <AutocompleteInput choices={choices} isPending={isPending} noOptionsText="app.no_options" {...props} />;
}
