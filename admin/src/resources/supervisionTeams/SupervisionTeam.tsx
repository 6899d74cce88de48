import { Chip, Stack } from '@mui/material';
import { useEffect, useState } from 'react';
import { useWatch } from 'react-hook-form';
import {
  BooleanField,
  Create,
  DataTable,
  Edit,
  List,
  SelectArrayInput,
  SelectInput,
  SimpleForm,
  SimpleList,
  Show,
  SimpleShowLayout,
  TextField,
  TextInput,
  required,
  useRecordContext,
  type RaRecord,
} from 'react-admin';
import { supervisionApi } from '../../dataProvider/supervision';
import { RefLinkField } from '../../shared/fields';
import { UnitInput } from '../../shared/inputs';
import { ResponsiveList } from '../../shared/layout';
import { useCsvExporter } from '../../shared/csv';
import { FULL_RECORD } from '../../shared/fullRecord';

function Members() {
  const r = useRecordContext();
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {(r?.members ?? []).map((m: RaRecord) => (
        <Chip key={m.id} size="small" label={m.displayName} />
      ))}
    </Stack>
  );
}

export const SupervisionTeamList = () => {
  const csvExporter = useCsvExporter();
  return (
    <List perPage={25} exporter={csvExporter}>
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
        small={
          <SimpleList
            primaryText={(r) => r.name}
            secondaryText={(r) => (r.members ?? []).map((m: RaRecord) => m.displayName).join('、')}
            rowClick="show"
          />
        }
      />
    </List>
  );
};

export const SupervisionTeamShow = () => (
  <Show queryOptions={FULL_RECORD}>
    <SimpleShowLayout>
      <TextField source="name" />
      <RefLinkField source="scopeUnit" reference="units" />
      <Members />
      <TextField source="starCodes" />
      <BooleanField source="active" />
    </SimpleShowLayout>
  </Show>
);

/** Leader and members are chosen among the users holding the SUPERVISOR role over the team's scope. */
function SupervisorInputs() {
  const record = useRecordContext();
  const scope = useWatch({ name: 'scopeUnitId' }) ?? record?.scopeUnitId;
  const [choices, setChoices] = useState<{ id: string; name: string }[]>([]);
  useEffect(() => {
    if (!scope) return;
    supervisionApi.supervisors(String(scope)).then(
      (us) => setChoices(us.map((u) => ({ id: String(u.id), name: `${u.displayName}（${u.username}）` }))),
      () => setChoices([]),
    );
  }, [scope]);
  return (
    <>
      <SelectInput source="leaderUserId" choices={choices} validate={required()} />
      <SelectArrayInput source="memberUserIds" choices={choices} />
    </>
  );
}

const TeamForm = ({ create }: { create?: boolean }) => (
  <SimpleForm>
    <TextInput source="name" validate={required()} fullWidth />
    {create && <UnitInput source="scopeUnitId" level="DISTRICT" validate={required()} />}
    <SupervisorInputs />
  </SimpleForm>
);

export const SupervisionTeamCreate = () => (
  <Create redirect="show">
    <TeamForm create />
  </Create>
);

export const SupervisionTeamEdit = () => (
  <Edit queryOptions={FULL_RECORD} mutationMode="pessimistic">
    <TeamForm />
  </Edit>
);
