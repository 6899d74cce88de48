import {
  ArrayField,
  ArrayInput,
  Create,
  DataTable,
  DateInput,
  List,
  NumberInput,
  Show,
  SimpleForm,
  SimpleFormIterator,
  SimpleList,
  SimpleShowLayout,
  TextField,
  TextInput,
  required,
} from 'react-admin';
import { DayField, RefLinkField } from '../../shared/fields';
import { BranchInput, UnitInput } from '../../shared/inputs';
import { ResponsiveList } from '../../shared/layout';
import { useCsvExporter } from '../../shared/csv';
import { FULL_RECORD } from '../../shared/fullRecord';

const splitNames = (v: string) =>
  (v ?? '')
    .split(/[,，、;；\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
const joinNames = (v: string[] | string | undefined) => (Array.isArray(v) ? v.join('、') : (v ?? ''));

export const MonthlyObservationList = () => {
  const csvExporter = useCsvExporter();
  return (
    <List
      perPage={25}
      sort={{ field: 'heldOn', order: 'DESC' }}
      exporter={csvExporter}
      filters={[<TextInput key="m" source="month" placeholder="2026-11" alwaysOn />]}
    >
      <ResponsiveList
        table={
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="heldOn">
              <DayField source="heldOn" />
            </DataTable.Col>
            <DataTable.Col source="title" disableSort />
            <DataTable.Col source="unit" disableSort>
              <RefLinkField source="unit" reference="units" />
            </DataTable.Col>
            <DataTable.Col source="visits" disableSort render={(r) => (r.visits ?? []).length} />
          </DataTable>
        }
        small={<SimpleList primaryText={(r) => r.title} secondaryText={(r) => r.heldOn} rowClick="show" />}
      />
    </List>
  );
};

export const MonthlyObservationShow = () => (
  <Show queryOptions={FULL_RECORD}>
    <SimpleShowLayout>
      <TextField source="title" />
      <DayField source="heldOn" />
      <RefLinkField source="unit" reference="units" />
      <TextField source="participants" />
      <TextField source="note" emptyText="—" />
      <ArrayField source="visits">
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="unit" render={(r) => r.unit?.name} label="resources.monthlyObservations.fields.unit" />
          <DataTable.Col source="score" label="resources.monthlyObservations.fields.score" />
          <DataTable.Col source="comment" label="resources.monthlyObservations.fields.comment" />
        </DataTable>
      </ArrayField>
    </SimpleShowLayout>
  </Show>
);

export const MonthlyObservationCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <UnitInput source="unitId" validate={required()} fullWidth />
      <DateInput source="heldOn" validate={required()} />
      <TextInput source="title" validate={required()} fullWidth />
      <TextInput source="participants" parse={splitNames} format={joinNames} fullWidth />
      <TextInput source="note" multiline fullWidth />
      <ArrayInput source="visits" validate={required()}>
        <SimpleFormIterator inline>
          <BranchInput source="unitId" validate={required()} />
          <NumberInput source="score" min={0} max={100} validate={required()} />
          <TextInput source="comment" />
        </SimpleFormIterator>
      </ArrayInput>
    </SimpleForm>
  </Create>
);
