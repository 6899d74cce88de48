import {
  BooleanField,
  DataTable,
  DateInput,
  FunctionField,
  List,
  SimpleList,
  CreateButton,
  ExportButton,
  FilterButton,
  TopToolbar,
} from 'react-admin';
import { EnumField, EnumInput, useEnumLabel } from '../../shared/enums';
import { DayField, RefLinkField } from '../../shared/fields';
import { PersonInput, UnitInput } from '../../shared/inputs';
import { ResponsiveList } from '../../shared/layout';
import { placeName, type PositionLike } from '../../shared/positions';
import { useCsvExporter } from '../../shared/csv';
import { ExcelExportButton } from '../../imports/ExcelExportButton';

const filters = [
  <EnumInput key="role" source="role" enumName="PositionRole" alwaysOn />,
  <UnitInput key="unitId" source="unitId" alwaysOn />,
  <DateInput key="activeOn" source="activeOn" alwaysOn />,
  <PersonInput key="personId" source="personId" />,
];

export function PositionList() {
  const csvExporter = useCsvExporter();
  const role = useEnumLabel('PositionRole');
  return (
    <List
      perPage={25}
      filters={filters}
      sort={{ field: 'startDate', order: 'DESC' }}
      exporter={csvExporter}
      actions={
        <TopToolbar>
          <FilterButton />
          <CreateButton />
          <ExportButton />
          <ExcelExportButton kind="positions" />
        </TopToolbar>
      }
    >
      <ResponsiveList
        table={
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="person" disableSort>
              <RefLinkField source="person" reference="people" />
            </DataTable.Col>
            <DataTable.Col source="role">
              <EnumField source="role" enumName="PositionRole" />
            </DataTable.Col>
            <DataTable.Col source="place" disableSort>
              <FunctionField render={(r: PositionLike) => placeName(r) || '—'} />
            </DataTable.Col>
            <DataTable.Col source="title" disableSort />
            <DataTable.Col source="startDate">
              <DayField source="startDate" />
            </DataTable.Col>
            <DataTable.Col source="endDate">
              <DayField source="endDate" />
            </DataTable.Col>
            <DataTable.Col source="active" disableSort>
              <BooleanField source="active" />
            </DataTable.Col>
          </DataTable>
        }
        small={
          <SimpleList
            primaryText={(r) => `${r.person?.name ?? ''} · ${role(r.role)}`}
            secondaryText={(r) => placeName(r)}
            tertiaryText={(r) => `${r.startDate}${r.endDate ? ` – ${r.endDate}` : ''}`}
            rowClick="show"
          />
        }
      />
    </List>
  );
}
