import { DataTable, List, NumberInput, SimpleList, useTranslate } from 'react-admin';
import { EnumField, EnumInput } from '../../shared/enums';
import { RefLinkField } from '../../shared/fields';
import { UnitInput } from '../../shared/inputs';
import { ResponsiveList } from '../../shared/layout';
import { SearchFilter } from '../../shared/SearchFilter';
import { useCsvExporter } from '../../shared/csv';
import { thisYear, rollupText, RollupField } from './PlanFields';

const filters = [
  <SearchFilter key="search" source="search" alwaysOn />,
  <NumberInput key="year" source="year" step={1} alwaysOn />,
  <EnumInput key="level" source="level" enumName="PlanLevel" alwaysOn />,
  <UnitInput key="withinId" source="withinId" label="resources.plans.fields.unit" />,
];

export function PlanList() {
  const csvExporter = useCsvExporter();
  const translate = useTranslate();
  return (
    <List
      perPage={25}
      filters={filters}
      filterDefaultValues={{ year: thisYear() }}
      sort={{ field: 'id', order: 'ASC' }}
      exporter={csvExporter}
    >
      <ResponsiveList
        table={
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="title" />
            <DataTable.Col source="unit" disableSort>
              <RefLinkField source="unit" reference="units" />
            </DataTable.Col>
            <DataTable.Col source="year" />
            <DataTable.Col source="level">
              <EnumField source="level" enumName="PlanLevel" />
            </DataTable.Col>
            <DataTable.Col source="rollup" disableSort>
              <RollupField />
            </DataTable.Col>
          </DataTable>
        }
        small={
          <SimpleList
            primaryText={(r) => r.title}
            secondaryText={(r) => `${r.unit?.name ?? ''} · ${r.year}`}
            tertiaryText={(r) => rollupText(r.rollup, translate)}
            rowClick="show"
          />
        }
      />
    </List>
  );
}
