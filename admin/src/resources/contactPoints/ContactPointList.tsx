import { DataTable, DateInput, List, SimpleList, TextField } from 'react-admin';
import { DayField, RefLinkField } from '../../shared/fields';
import { PersonInput, UnitInput } from '../../shared/inputs';
import { ResponsiveList } from '../../shared/layout';
import { useCsvExporter } from '../../shared/csv';

const filters = [
  <UnitInput key="unitId" source="unitId" alwaysOn />,
  <DateInput key="activeOn" source="activeOn" alwaysOn />,
  <PersonInput key="leaderId" source="leaderId" />,
];

export function ContactPointList() {
  const csvExporter = useCsvExporter();
  return (
    <List perPage={25} filters={filters} sort={{ field: 'startDate', order: 'DESC' }} exporter={csvExporter}>
      <ResponsiveList
        table={
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="leader" disableSort>
              <RefLinkField source="leader" reference="people" />
            </DataTable.Col>
            <DataTable.Col source="unit" disableSort>
              <RefLinkField source="unit" reference="units" />
            </DataTable.Col>
            <DataTable.Col source="startDate">
              <DayField source="startDate" />
            </DataTable.Col>
            <DataTable.Col source="endDate" disableSort>
              <DayField source="endDate" />
            </DataTable.Col>
            <DataTable.Col source="note" disableSort>
              <TextField source="note" emptyText="—" />
            </DataTable.Col>
          </DataTable>
        }
        small={
          <SimpleList
            primaryText={(r) => r.leader?.name}
            secondaryText={(r) => r.unit?.name}
            tertiaryText={(r) => `${r.startDate}${r.endDate ? ` – ${r.endDate}` : ''}`}
            rowClick="show"
          />
        }
      />
    </List>
  );
}
