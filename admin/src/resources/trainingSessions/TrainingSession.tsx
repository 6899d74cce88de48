import {
  ArrayField,
  AutocompleteArrayInput,
  Create,
  DataTable,
  DateInput,
  List,
  ReferenceArrayInput,
  SelectArrayInput,
  Show,
  SimpleForm,
  SimpleList,
  SimpleShowLayout,
  TextField,
  TextInput,
  required,
} from 'react-admin';
import { DayField, RefLinkField } from '../../shared/fields';
import { UnitInput } from '../../shared/inputs';
import { ResponsiveList } from '../../shared/layout';
import { FULL_RECORD } from '../../shared/fullRecord';

export const AUDIENCE_ROLES = ['BRANCH_SECRETARY', 'BRANCH_MEMBER', 'TOWNSHIP_SECRETARY', 'COUNTY_LEADER'].map(
  (id) => ({
    id,
    name: `training.role_${id}`,
  }),
);

export const AudienceInputs = () => (
  <>
    <ReferenceArrayInput source="audienceUnitIds" reference="units">
      <AutocompleteArrayInput optionText="name" validate={required()} />
    </ReferenceArrayInput>
    <SelectArrayInput source="audienceRoles" choices={AUDIENCE_ROLES} validate={required()} />
  </>
);

export const TrainingSessionList = () => (
  <List perPage={25} sort={{ field: 'heldOn', order: 'DESC' }}>
    <ResponsiveList
      table={
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="heldOn">
            <DayField source="heldOn" />
          </DataTable.Col>
          <DataTable.Col source="title" />
          <DataTable.Col source="unit" disableSort>
            <RefLinkField source="unit" reference="units" />
          </DataTable.Col>
          <DataTable.Col source="expected" disableSort />
          <DataTable.Col source="attended" disableSort />
        </DataTable>
      }
      small={
        <SimpleList
          primaryText={(r) => r.title}
          secondaryText={(r) => `${r.heldOn} · ${r.attended}/${r.expected}`}
          rowClick="show"
        />
      }
    />
  </List>
);

export const TrainingSessionShow = () => (
  <Show queryOptions={FULL_RECORD}>
    <SimpleShowLayout>
      <TextField source="title" />
      <DayField source="heldOn" />
      <TextField source="place" emptyText="—" />
      <RefLinkField source="unit" reference="units" />
      <TextField source="materials" />
      <TextField source="signInCode" emptyText="—" />
      <TextField source="expected" />
      <TextField source="attended" />
      <ArrayField source="attendance">
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="unit" render={(r) => r.unit?.name} label="resources.trainingSessions.fields.unit" />
          <DataTable.Col source="expected" label="resources.trainingSessions.fields.expected" />
          <DataTable.Col source="attended" label="resources.trainingSessions.fields.attended" />
        </DataTable>
      </ArrayField>
    </SimpleShowLayout>
  </Show>
);

export const TrainingSessionCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <UnitInput source="unitId" validate={required()} fullWidth />
      <TextInput source="title" validate={required()} fullWidth />
      <DateInput source="heldOn" validate={required()} />
      <TextInput source="place" fullWidth />
      <AudienceInputs />
    </SimpleForm>
  </Create>
);
