import VolunteerActivismIcon from '@mui/icons-material/VolunteerActivism';
import {
  BooleanField,
  Create,
  DataTable,
  DateInput,
  List,
  SimpleForm,
  SimpleList,
  TextInput,
  required,
} from 'react-admin';
import { DayField } from '../../shared/fields';
import { EnumField, EnumInput } from '../../shared/enums';
import { UnitInput } from '../../shared/inputs';
import { ResponsiveList } from '../../shared/layout';

/** 党员志愿者 and 廉情监督员 of the communities in scope. */
function CommunityMemberList() {
  return (
    <List perPage={25} sort={{ field: 'id', order: 'ASC' }} exporter={false}>
      <ResponsiveList
        table={
          <DataTable bulkActionButtons={false}>
            <DataTable.Col source="name" />
            <DataTable.Col source="kind" disableSort>
              <EnumField source="kind" enumName="CommunityMemberKind" chip />
            </DataTable.Col>
            <DataTable.Col source="note" disableSort />
            <DataTable.Col source="joinedOn">
              <DayField source="joinedOn" />
            </DataTable.Col>
            <DataTable.Col source="active" disableSort>
              <BooleanField source="active" />
            </DataTable.Col>
          </DataTable>
        }
        small={<SimpleList primaryText={(r) => r.name} secondaryText={(r) => r.note ?? ''} />}
      />
    </List>
  );
}

function CommunityMemberCreate() {
  return (
    <Create redirect="list">
      <SimpleForm defaultValues={{ kind: 'VOLUNTEER' }}>
        <UnitInput source="unitId" validate={required()} />
        <EnumInput source="kind" enumName="CommunityMemberKind" validate={required()} />
        <TextInput source="name" validate={required()} />
        <TextInput source="note" fullWidth />
        <DateInput source="joinedOn" validate={required()} />
      </SimpleForm>
    </Create>
  );
}

export default {
  list: CommunityMemberList,
  create: CommunityMemberCreate,
  icon: VolunteerActivismIcon,
  recordRepresentation: 'name',
};
