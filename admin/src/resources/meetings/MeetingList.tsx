import { DataTable, DateField, List, NumberInput, SimpleList } from 'react-admin';
import { RefLinkField } from '../../shared/fields';
import { UnitInput } from '../../shared/inputs';
import { ResponsiveList } from '../../shared/layout';

const filters = [
  <NumberInput key="year" source="year" step={1} alwaysOn />,
  <UnitInput key="withinId" source="withinId" alwaysOn />,
];

export function MeetingList() {
  return (
    <List perPage={25} filters={filters} sort={{ field: 'date', order: 'DESC' }}>
      <ResponsiveList
        table={
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="date">
              <DateField source="date" />
            </DataTable.Col>
            <DataTable.Col source="theme" />
            <DataTable.Col source="unit" disableSort>
              <RefLinkField source="unit" reference="units" />
            </DataTable.Col>
          </DataTable>
        }
        small={
          <SimpleList
            primaryText={(r) => r.theme}
            secondaryText={(r) => `${r.date} · ${r.unit?.name ?? ''}`}
            rowClick="show"
          />
        }
      />
    </List>
  );
}
