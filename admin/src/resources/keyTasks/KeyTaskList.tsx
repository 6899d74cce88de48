import { DataTable, List, NumberField, NumberInput, SimpleList, useLocaleState } from 'react-admin';
import { EnumField, EnumInput, useEnumLabel } from '../../shared/enums';
import { RefLinkField, SampleField, StarNameField, starName } from '../../shared/fields';
import { StarInput } from '../../shared/inputs';
import { ResponsiveList } from '../../shared/layout';
import { SearchFilter } from '../../shared/SearchFilter';
import { useCsvExporter } from '../../shared/csv';

const filters = [
  <SearchFilter key="search" source="search" alwaysOn />,
  <StarInput key="starCode" source="starCode" alwaysOn />,
  <EnumInput key="category" source="category" enumName="BranchCategory" alwaysOn />,
  <NumberInput key="edition" source="edition" step={1} alwaysOn />,
];

export function KeyTaskList() {
  const csvExporter = useCsvExporter();
  const [locale] = useLocaleState();
  const category = useEnumLabel('BranchCategory');
  return (
    <List perPage={25} filters={filters} sort={{ field: 'sortOrder', order: 'ASC' }} exporter={csvExporter}>
      <ResponsiveList
        table={
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="code" />
            <DataTable.Col source="title" />
            <DataTable.Col source="starType" disableSort>
              <StarNameField />
            </DataTable.Col>
            <DataTable.Col source="category" disableSort>
              <EnumField source="category" enumName="BranchCategory" />
            </DataTable.Col>
            <DataTable.Col source="edition" />
            <DataTable.Col source="weight">
              <NumberField source="weight" />
            </DataTable.Col>
            <DataTable.Col source="leadDepartment" disableSort>
              <RefLinkField source="leadDepartment" reference="departments" />
            </DataTable.Col>
            <DataTable.Col source="isSample" disableSort>
              <SampleField />
            </DataTable.Col>
          </DataTable>
        }
        small={
          <SimpleList
            primaryText={(r) => r.title}
            secondaryText={(r) =>
              [r.code, starName(r.starType, locale), category(r.category)].filter(Boolean).join(' · ')
            }
            tertiaryText={(r) => r.weight}
            rowClick="show"
          />
        }
      />
    </List>
  );
}
