import { DataTable, List, SimpleList } from 'react-admin';
import { RefLinkField } from '../../shared/fields';
import { ResponsiveList } from '../../shared/layout';
import { useCsvExporter } from '../../shared/csv';

export function DepartmentList() {
  const csvExporter = useCsvExporter();
  return (
    <List perPage={25} sort={{ field: 'sortOrder', order: 'ASC' }} exporter={csvExporter}>
      <ResponsiveList
        table={
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="name" />
            <DataTable.Col source="shortName" disableSort />
            <DataTable.Col source="code" />
            <DataTable.Col source="district" disableSort>
              <RefLinkField source="district" reference="units" />
            </DataTable.Col>
            <DataTable.Col source="sortOrder" />
          </DataTable>
        }
        small={
          <SimpleList
            primaryText={(r) => r.name}
            secondaryText={(r) => r.shortName}
            tertiaryText={(r) => r.code}
            rowClick="show"
          />
        }
      />
    </List>
  );
}
