import { BooleanInput, DataTable, FunctionField, List, SimpleList, useTranslate } from 'react-admin';
import { EnumField, EnumInput } from '../../shared/enums';
import { TimestampField } from '../../shared/fields';
import { UnitInput } from '../../shared/inputs';
import { ResponsiveList } from '../../shared/layout';
import { SearchFilter } from '../../shared/SearchFilter';
import { useCsvExporter } from '../../shared/csv';

interface Row {
  id: string;
  username: string;
  displayName: string;
  active: boolean;
  roles: string[];
  unit?: { id: string; name: string } | null;
}

const filters = [
  <SearchFilter key="search" source="search" alwaysOn />,
  <EnumInput key="role" source="role" enumName="UserRole" alwaysOn />,
  <UnitInput key="withinId" source="withinId" alwaysOn />,
  <BooleanInput key="active" source="active" />,
];

/** 用户与权限: the accounts the signed-in manager reaches (the server decides which). */
export function UserList() {
  const csvExporter = useCsvExporter();
  const translate = useTranslate();
  const status = (r: Row) => translate(r.active ? 'users.active_yes' : 'users.active_no');
  return (
    <List perPage={25} filters={filters} sort={{ field: 'username', order: 'ASC' }} exporter={csvExporter}>
      <ResponsiveList
        table={
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="username" />
            <DataTable.Col source="displayName" />
            <DataTable.Col source="roles" disableSort>
              <EnumField source="roles" enumName="UserRole" chip />
            </DataTable.Col>
            <DataTable.Col source="unit" disableSort>
              <FunctionField render={(r: Row) => r.unit?.name ?? '—'} />
            </DataTable.Col>
            <DataTable.Col source="active">
              <FunctionField render={status} />
            </DataTable.Col>
            <DataTable.Col source="lastLoginAt">
              <TimestampField source="lastLoginAt" />
            </DataTable.Col>
          </DataTable>
        }
        small={
          <SimpleList
            primaryText={(r: Row) => `${r.displayName}（${r.username}）`}
            secondaryText={(r: Row) => r.unit?.name ?? ''}
            tertiaryText={status}
            rowClick="show"
          />
        }
      />
    </List>
  );
}
