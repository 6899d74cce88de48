import { DataTable, List, SimpleList, useLocaleState } from 'react-admin';
import { EnumField, EnumInput, useEnumLabel } from '../../shared/enums';
import { starName } from '../../shared/fields';
import { ResponsiveList } from '../../shared/layout';
import { SearchFilter } from '../../shared/SearchFilter';
import { useCsvExporter } from '../../shared/csv';

const filters = [
  <SearchFilter key="search" source="search" alwaysOn />,
  <EnumInput key="category" source="category" enumName="BranchCategory" alwaysOn />,
];

/** `starTypes` is a plain list: the data provider filters, sorts and pages it in the browser. */
export function StarTypeList() {
  const csvExporter = useCsvExporter();
  const [locale] = useLocaleState();
  const category = useEnumLabel('BranchCategory');
  return (
    <List filters={filters} sort={{ field: 'sortOrder', order: 'ASC' }} exporter={csvExporter} perPage={25}>
      <ResponsiveList
        table={
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="sortOrder" />
            <DataTable.Col source="code" />
            <DataTable.Col source="nameZh" />
            <DataTable.Col source="nameEn" />
            <DataTable.Col source="communityNameZh" />
            <DataTable.Col source="categories" disableSort>
              <EnumField source="categories" enumName="BranchCategory" chip />
            </DataTable.Col>
          </DataTable>
        }
        small={
          <SimpleList
            primaryText={(r) => starName(r, locale)}
            secondaryText={(r) => r.code}
            tertiaryText={(r) => (r.categories as string[]).map(category).join('、')}
            rowClick="show"
          />
        }
      />
    </List>
  );
}
