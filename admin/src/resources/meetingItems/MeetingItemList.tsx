import { BooleanField, BooleanInput, DataTable, List, SimpleList } from 'react-admin';
import { EnumField, EnumInput } from '../../shared/enums';
import { RefLinkField } from '../../shared/fields';
import { UnitInput } from '../../shared/inputs';
import { ResponsiveList } from '../../shared/layout';

const filters = [
  <EnumInput key="kind" source="kind" enumName="MeetingItemKind" alwaysOn />,
  <EnumInput key="status" source="status" enumName="MeetingItemStatus" alwaysOn />,
  <BooleanInput key="overdue" source="overdue" alwaysOn />,
  <UnitInput key="withinId" source="withinId" />,
];

/** Every list item in scope; 逾期 picks those open past their deadline. Closing is on the meeting's page. */
export function MeetingItemList() {
  return (
    <List perPage={25} filters={filters} sort={{ field: 'deadline', order: 'ASC' }}>
      <ResponsiveList
        table={
          <DataTable
            rowClick={(_id, _r, record) => `/meetings/${String(record.meetingId)}/show`}
            bulkActionButtons={false}
          >
            <DataTable.Col source="kind">
              <EnumField source="kind" enumName="MeetingItemKind" />
            </DataTable.Col>
            <DataTable.Col source="content" />
            <DataTable.Col source="unit" disableSort>
              <RefLinkField source="unit" reference="units" />
            </DataTable.Col>
            <DataTable.Col source="deadline" />
            <DataTable.Col source="status">
              <EnumField source="status" enumName="MeetingItemStatus" />
            </DataTable.Col>
            <DataTable.Col source="overdue" disableSort>
              <BooleanField source="overdue" />
            </DataTable.Col>
          </DataTable>
        }
        small={
          <SimpleList
            primaryText={(r) => r.content}
            secondaryText={(r) => `${r.unit?.name ?? ''} · ${r.deadline ?? ''}`}
            linkType={(r) => `/meetings/${String(r.meetingId)}/show`}
          />
        }
      />
    </List>
  );
}
