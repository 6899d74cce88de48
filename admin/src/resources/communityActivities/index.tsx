import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import {
  Create,
  DataTable,
  DateInput,
  List,
  NumberField,
  NumberInput,
  SimpleForm,
  SimpleList,
  TextInput,
  required,
} from 'react-admin';
import { DayField } from '../../shared/fields';
import { EnumField, EnumInput } from '../../shared/enums';
import { UnitInput } from '../../shared/inputs';
import { ResponsiveList } from '../../shared/layout';

/** Activities of the volunteers and supervisors. */
function CommunityActivityList() {
  return (
    <List perPage={25} sort={{ field: 'heldOn', order: 'DESC' }} exporter={false}>
      <ResponsiveList
        table={
          <DataTable bulkActionButtons={false}>
            <DataTable.Col source="heldOn">
              <DayField source="heldOn" />
            </DataTable.Col>
            <DataTable.Col source="title" disableSort />
            <DataTable.Col source="kind" disableSort>
              <EnumField source="kind" enumName="CommunityActivityKind" />
            </DataTable.Col>
            <DataTable.Col source="participants" disableSort>
              <NumberField source="participants" />
            </DataTable.Col>
            <DataTable.Col source="residentsReached" disableSort>
              <NumberField source="residentsReached" />
            </DataTable.Col>
          </DataTable>
        }
        small={<SimpleList primaryText={(r) => r.title} secondaryText={(r) => r.heldOn} />}
      />
    </List>
  );
}

function CommunityActivityCreate() {
  return (
    <Create redirect="list">
      <SimpleForm defaultValues={{ kind: 'SERVICE', participants: 1, residentsReached: 0 }}>
        <UnitInput source="unitId" validate={required()} />
        <DateInput source="heldOn" validate={required()} />
        <EnumInput source="kind" enumName="CommunityActivityKind" validate={required()} />
        <TextInput source="title" validate={required()} />
        <NumberInput source="participants" validate={required()} />
        <NumberInput source="residentsReached" validate={required()} />
      </SimpleForm>
    </Create>
  );
}

export default {
  list: CommunityActivityList,
  create: CommunityActivityCreate,
  icon: EventAvailableIcon,
  recordRepresentation: 'title',
};
