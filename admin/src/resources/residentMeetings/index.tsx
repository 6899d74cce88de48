import ForumIcon from '@mui/icons-material/Forum';
import { DataTable, List, Show, SimpleList, SimpleShowLayout, TextField } from 'react-admin';
import { DayField, RefLinkField } from '../../shared/fields';
import { ResponsiveList } from '../../shared/layout';

/** 社区半月谈: the meetings that settled requests (recorded from a request's page). */
function ResidentMeetingList() {
  return (
    <List perPage={25} sort={{ field: 'heldOn', order: 'DESC' }} exporter={false}>
      <ResponsiveList
        table={
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="heldOn">
              <DayField source="heldOn" />
            </DataTable.Col>
            <DataTable.Col source="topic" disableSort />
            <DataTable.Col source="solution" disableSort />
            <DataTable.Col source="unit" disableSort>
              <RefLinkField source="unit" reference="units" />
            </DataTable.Col>
          </DataTable>
        }
        small={<SimpleList primaryText={(r) => r.topic} secondaryText={(r) => r.heldOn} rowClick="show" />}
      />
    </List>
  );
}

function ResidentMeetingShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <DayField source="heldOn" />
        <TextField source="topic" />
        <TextField source="attendees" />
        <TextField source="solution" />
        <TextField source="recordedBy" />
        <RefLinkField source="unit" reference="units" />
      </SimpleShowLayout>
    </Show>
  );
}

export default { list: ResidentMeetingList, show: ResidentMeetingShow, icon: ForumIcon, recordRepresentation: 'topic' };
