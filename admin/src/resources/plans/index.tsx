import EventNoteIcon from '@mui/icons-material/EventNote';
import {
  ArrayInput,
  Create,
  CreateButton,
  DataTable,
  Edit,
  List,
  NumberField,
  NumberInput,
  ReferenceManyField,
  Show,
  SimpleForm,
  SimpleFormIterator,
  SimpleList,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  required,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Chip } from '@mui/material';
import { EnumField, EnumInput, useEnumLabel } from '../../shared/enums';
import { DayField, RefLinkField, useStarName } from '../../shared/fields';
import { PersonInput, StarInput, UnitInput } from '../../shared/inputs';
import { ResponsiveList } from '../../shared/layout';
import { SearchFilter } from '../../shared/SearchFilter';
import { shanghaiToday } from '../../shared/dates';

import { useCsvExporter } from '../../shared/csv';

const thisYear = () => Number(shanghaiToday().slice(0, 4));

const filters = [
  <SearchFilter key="search" source="search" alwaysOn />,
  <NumberInput key="year" source="year" step={1} alwaysOn />,
  <EnumInput key="level" source="level" enumName="PlanLevel" alwaysOn />,
  <UnitInput key="withinId" source="withinId" label="resources.plans.fields.unit" />,
];

type Rollup = { total: number; done: number; overdue: number; completion: number } | undefined;
const rollupText = (r: Rollup, translate: (key: string, args?: object) => string) =>
  r ? translate('stars.rollup', r) : '—';

function RollupField(_props: { label?: string }) {
  const record = useRecordContext<{ rollup?: Rollup }>();
  const translate = useTranslate();
  return <span>{rollupText(record?.rollup, translate)}</span>;
}

export function PlanList() {
  const csvExporter = useCsvExporter();
  const translate = useTranslate();
  return (
    <List
      perPage={25}
      filters={filters}
      filterDefaultValues={{ year: thisYear() }}
      sort={{ field: 'id', order: 'ASC' }}
      exporter={csvExporter}
    >
      <ResponsiveList
        table={
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="title" />
            <DataTable.Col source="unit" disableSort>
              <RefLinkField source="unit" reference="units" />
            </DataTable.Col>
            <DataTable.Col source="year" />
            <DataTable.Col source="level">
              <EnumField source="level" enumName="PlanLevel" />
            </DataTable.Col>
            <DataTable.Col source="rollup" disableSort>
              <RollupField />
            </DataTable.Col>
          </DataTable>
        }
        small={
          <SimpleList
            primaryText={(r) => r.title}
            secondaryText={(r) => `${r.unit?.name ?? ''} · ${r.year}`}
            tertiaryText={(r) => rollupText(r.rollup, translate)}
            rowClick="show"
          />
        }
      />
    </List>
  );
}

function StarsInput() {
  return (
    <ArrayInput source="stars">
      <SimpleFormIterator inline disableReordering>
        <StarInput source="starCode" validate={required()} />
        <EnumInput source="intent" enumName="PlanStarIntent" validate={required()} />
        <PersonInput source="ownerId" />
      </SimpleFormIterator>
    </ArrayInput>
  );
}

export function PlanCreate() {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ year: thisYear() }}>
        <UnitInput source="unitId" validate={required()} />
        <NumberInput source="year" step={1} validate={required()} />
        <TextInput source="title" validate={required()} fullWidth />
        <TextInput source="note" multiline minRows={2} fullWidth />
        <StarsInput />
      </SimpleForm>
    </Create>
  );
}

export function PlanEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <TextInput source="title" validate={required()} fullWidth />
        <TextInput source="note" multiline minRows={2} fullWidth />
        <StarsInput />
      </SimpleForm>
    </Edit>
  );
}

function ItemsOfPlan() {
  const record = useRecordContext<{ id: string }>();
  return (
    <>
      <TopToolbar>
        <CreateButton resource="planItems" state={{ record: { planId: record?.id } }} />
      </TopToolbar>
      <ReferenceManyField
        reference="planItems"
        target="planId"
        sort={{ field: 'deadline', order: 'ASC' }}
        perPage={50}
        label={false}
      >
        <DataTable rowClick={(id) => `/planItems/${id}/show`} bulkActionButtons={false}>
          <DataTable.Col source="title" label="resources.planItems.fields.title" />
          <DataTable.Col source="unit" label="resources.planItems.fields.unit">
            <RefLinkField source="unit" reference="units" />
          </DataTable.Col>
          <DataTable.Col source="deadline" label="resources.planItems.fields.deadline">
            <DayField source="deadline" />
          </DataTable.Col>
          <DataTable.Col source="status" label="resources.planItems.fields.status">
            <EnumField source="status" enumName="PlanItemStatus" />
          </DataTable.Col>
          <DataTable.Col source="progress" label="resources.planItems.fields.progress">
            <NumberField source="progress" />
          </DataTable.Col>
          <DataTable.Col source="overdue" label="resources.planItems.fields.overdue">
            <OverdueChip />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </>
  );
}

/** The record's `overdue`, or the one given (milestones: computed on the page, the API has no flag for them). */
/** 逾期 as a red chip (the record's `overdue`, or `overdue` given); `label` titles it in a show layout. */
export function OverdueChip({ overdue }: { overdue?: boolean; label?: string }) {
  const r = useRecordContext<{ overdue?: boolean }>();
  const translate = useTranslate();
  return (overdue ?? r?.overdue) ? (
    <Chip size="small" color="error" label={translate('stars.overdue')} data-testid="overdue" />
  ) : (
    <span>—</span>
  );
}

function PlanStars(_props: { label?: string }) {
  const r = useRecordContext<{
    stars?: { id: string; starCode: string; intent: string; owner?: { name: string } | null }[];
  }>();
  const starName = useStarName();
  if (!r?.stars?.length) return <span>—</span>;
  return (
    <span>
      {r.stars.map((s) => (
        <span key={s.id} style={{ marginRight: 12 }}>
          <EnumLabel enumName="PlanStarIntent" value={s.intent} /> {starName(s.starCode)}
          {s.owner ? `（${s.owner.name}）` : ''}
        </span>
      ))}
    </span>
  );
}
function EnumLabel({ enumName, value }: { enumName: string; value: string }) {
  const label = useEnumLabel(enumName);
  return <b>{label(value)}</b>;
}

export function PlanShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="title" />
        <RefLinkField source="unit" reference="units" />
        <NumberField source="year" options={{ useGrouping: false }} />
        <EnumField source="level" enumName="PlanLevel" />
        <TextField source="note" />
        <PlanStars label="resources.plans.fields.stars" />
        <RollupField label="resources.plans.fields.rollup" />
        <ItemsOfPlan />
      </SimpleShowLayout>
    </Show>
  );
}

export default {
  list: PlanList,
  show: PlanShow,
  create: PlanCreate,
  edit: PlanEdit,
  icon: EventNoteIcon,
  recordRepresentation: 'title',
};
