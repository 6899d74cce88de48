import { DataTable, List, SimpleList, CreateButton, ExportButton, FilterButton, TopToolbar } from 'react-admin';
import { RefLinkField, SampleField } from '../../shared/fields';
import { UnitInput } from '../../shared/inputs';
import { ResponsiveList } from '../../shared/layout';
import { SearchFilter } from '../../shared/SearchFilter';
import { PositionChips, usePositionText, type PositionLike } from '../../shared/positions';
import { useCsvExporter } from '../../shared/csv';
import { ExcelExportButton } from '../../imports/ExcelExportButton';

const filters = [
  <SearchFilter key="search" source="search" alwaysOn />,
  <UnitInput key="unitId" source="unitId" alwaysOn />,
];

export function PersonList() {
  const csvExporter = useCsvExporter();
  const positionText = usePositionText();
  return (
    <List
      perPage={25}
      filters={filters}
      sort={{ field: 'name', order: 'ASC' }}
      exporter={csvExporter}
      actions={
        <TopToolbar>
          <FilterButton />
          <CreateButton />
          <ExportButton />
          <ExcelExportButton kind="people" />
        </TopToolbar>
      }
    >
      <ResponsiveList
        table={
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="name" />
            <DataTable.Col source="title" disableSort />
            <DataTable.Col source="unit" disableSort>
              <RefLinkField source="unit" reference="units" />
            </DataTable.Col>
            <DataTable.Col source="currentPositions" disableSort>
              <PositionChips source="currentPositions" />
            </DataTable.Col>
            <DataTable.Col source="isSample" disableSort>
              <SampleField />
            </DataTable.Col>
          </DataTable>
        }
        small={
          <SimpleList
            primaryText={(r) => r.name}
            secondaryText={(r) => r.title ?? r.unit?.name}
            tertiaryText={(r) => (r.currentPositions as PositionLike[]).map(positionText).join('；')}
            rowClick="show"
          />
        }
      />
    </List>
  );
}
