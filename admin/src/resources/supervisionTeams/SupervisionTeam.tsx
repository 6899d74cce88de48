import { Chip, Stack } from '@mui/material';
import { ArrayInput, BooleanField, Create, DataTable, Edit, List, SimpleForm, SimpleFormIterator, SimpleList, Show, SimpleShowLayout, TextField, TextInput, required, useRecordContext } from 'react-admin';
import { RefLinkField } from '../../shared/fields';
import { UnitInput } from '../../shared/inputs';
import { ResponsiveList } from '../../shared/layout';

function Members() {
  const r = useRecordContext();
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {(r?.members ?? []).map((m: any) => <Chip key={m.id} size="small" label={m.displayName} />)}
    </Stack>
  );
}

export const SupervisionTeamList = () => (
  <List perPage={25} exporter={false}>
    <ResponsiveList
      table={
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="scopeUnit" disableSort>
            <RefLinkField source="scopeUnit" reference="units" />
          </DataTable.Col>
          <DataTable.Col source="members" disableSort>
            <Members />
          </DataTable.Col>
          <DataTable.Col source="active" disableSort>
            <BooleanField source="active" />
          </DataTable.Col>
        </DataTable>
      }
      small={<SimpleList primaryText={(r) => r.name} secondaryText={(r) => (r.members ?? []).map((m: any) => m.displayName).join('、')} rowClick="show" />}
    />
  </List>
);

export const SupervisionTeamShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <RefLinkField source="scopeUnit" reference="units" />
      <Members />
      <TextField source="starCodes" />
      <BooleanField source="active" />
    </SimpleShowLayout>
  </Show>
);

/** Members are user ids of supervisors (the API checks each holds the SUPERVISOR role over the scope). */
const TeamForm = ({ create }: { create?: boolean }) => (
  <SimpleForm>
    <TextInput source="name" validate={required()} fullWidth />
    {create && <UnitInput source="scopeUnitId" level="DISTRICT" validate={required()} />}
    <TextInput source="leaderUserId" validate={create ? required() : undefined} />
    <ArrayInput source="memberUserIds">
      <SimpleFormIterator inline disableReordering>
        <TextInput source="" label="resources.supervisionTeams.fields.memberUserIds" />
      </SimpleFormIterator>
    </ArrayInput>
  </SimpleForm>
);

export const SupervisionTeamCreate = () => (
  <Create redirect="show">
    <TeamForm create />
  </Create>
);

export const SupervisionTeamEdit = () => (
  <Edit mutationMode="pessimistic">
    <TeamForm />
  </Edit>
);
