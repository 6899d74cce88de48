import ChecklistIcon from '@mui/icons-material/Checklist';
import { List as MuiList, ListItem, ListItemText } from '@mui/material';
import {
  BooleanInput,
  Create,
  DataTable,
  Edit,
  List,
  NumberField,
  NumberInput,
  ReferenceInput,
  AutocompleteInput,
  Show,
  SimpleForm,
  SimpleList,
  SimpleShowLayout,
  TextField,
  TextInput,
  required,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { EnumField, EnumInput } from '../../shared/enums';
import { DayField, RefLinkField, TimestampField } from '../../shared/fields';
import { PersonInput, UnitInput } from '../../shared/inputs';
import { ResponsiveList } from '../../shared/layout';
import { SearchFilter } from '../../shared/SearchFilter';
import { OverdueChip } from '../plans';
import { EvidenceLink } from '../starApplications';
import { useCsvExporter } from '../../shared/csv';
import { PlanMilestones } from './Milestones';

const filters = [
  <SearchFilter key="search" source="search" alwaysOn />,
  <EnumInput key="status" source="status" enumName="PlanItemStatus" alwaysOn />,
  <BooleanInput key="overdue" source="overdue" label="stars.overdue_only" alwaysOn />,
  <NumberInput key="year" source="year" step={1} />,
  <UnitInput key="withinId" source="withinId" label="resources.planItems.fields.unit" />,
];

export function PlanItemList() {
  const csvExporter = useCsvExporter();
  const translate = useTranslate();
  return (
    <List perPage={25} filters={filters} sort={{ field: 'deadline', order: 'ASC' }} exporter={csvExporter}>
      <ResponsiveList
        table={
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="title" />
            <DataTable.Col source="unit" disableSort>
              <RefLinkField source="unit" reference="units" />
            </DataTable.Col>
            <DataTable.Col source="deadline">
              <DayField source="deadline" />
            </DataTable.Col>
            <DataTable.Col source="status">
              <EnumField source="status" enumName="PlanItemStatus" />
            </DataTable.Col>
            <DataTable.Col source="progress">
              <NumberField source="progress" />
            </DataTable.Col>
            <DataTable.Col source="overdue" disableSort>
              <OverdueChip />
            </DataTable.Col>
          </DataTable>
        }
        small={
          <SimpleList
            primaryText={(r) => r.title}
            secondaryText={(r) => `${r.unit?.name ?? ''} · ${r.deadline}`}
            tertiaryText={(r) => (r.overdue ? translate('stars.overdue') : `${r.progress}%`)}
            rowClick="show"
          />
        }
      />
    </List>
  );
}

const keyTaskText = (r: { code?: string; title?: string }) => [r?.code, r?.title].filter(Boolean).join(' ');

function ItemFields({ create }: { create?: boolean }) {
  return (
    <>
      {create && (
        <ReferenceInput source="planId" reference="plans" perPage={50}>
          <AutocompleteInput
            optionText="title"
            filterToQuery={(q: string) => (q ? { search: q } : {})}
            validate={required()}
          />
        </ReferenceInput>
      )}
      <TextInput source="title" validate={required()} fullWidth />
      <TextInput source="description" multiline minRows={2} fullWidth />
      <TextInput source="deadline" type="date" validate={required()} helperText="stars.deadline_help" />
      <UnitInput source="unitId" />
      <ReferenceInput source="keyTaskId" reference="keyTasks" perPage={50}>
        <AutocompleteInput optionText={keyTaskText} filterToQuery={(q: string) => (q ? { search: q } : {})} />
      </ReferenceInput>
      <PersonInput source="responsiblePersonId" />
      <EnumInput source="status" enumName="PlanItemStatus" />
      <NumberInput source="progress" min={0} max={100} step={5} />
    </>
  );
}

export function PlanItemCreate() {
  return (
    <Create redirect="show">
      <SimpleForm>
        <ItemFields create />
      </SimpleForm>
    </Create>
  );
}

export function PlanItemEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <ItemFields />
      </SimpleForm>
    </Edit>
  );
}

function Evidence(_props: { label?: string }) {
  const r = useRecordContext<{ evidence?: { id: string; name: string; url: string }[] }>();
  if (!r?.evidence?.length) return <span>—</span>;
  return (
    <MuiList dense>
      {r.evidence.map((f) => (
        <ListItem key={f.id}>
          <ListItemText primary={<EvidenceLink file={f} />} />
        </ListItem>
      ))}
    </MuiList>
  );
}

export function PlanItemShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="title" />
        <RefLinkField source="plan" reference="plans" />
        <RefLinkField source="unit" reference="units" />
        <RefLinkField source="keyTask" reference="keyTasks" />
        <RefLinkField source="responsiblePerson" reference="people" />
        <DayField source="deadline" />
        <EnumField source="status" enumName="PlanItemStatus" />
        <NumberField source="progress" />
        <OverdueChip label="resources.planItems.fields.overdue" />
        <TimestampField source="completedAt" />
        <PlanMilestones label="resources.planItems.fields.milestones" />
        <Evidence label="resources.planItems.fields.evidence" />
      </SimpleShowLayout>
    </Show>
  );
}

export default {
  list: PlanItemList,
  show: PlanItemShow,
  create: PlanItemCreate,
  edit: PlanItemEdit,
  icon: ChecklistIcon,
  recordRepresentation: 'title',
};
