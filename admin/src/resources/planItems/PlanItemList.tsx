import { BooleanInput, DataTable, List, NumberField, NumberInput, SimpleList, useTranslate } from 'react-admin';
import { EnumField, EnumInput } from '../../shared/enums';
import { DayField, RefLinkField } from '../../shared/fields';
import { UnitInput } from '../../shared/inputs';
import { ResponsiveList } from '../../shared/layout';
import { SearchFilter } from '../../shared/SearchFilter';
import { OverdueChip } from '../plans/PlanFields';
import { useCsvExporter } from '../../shared/csv';

const filters = [
  <SearchFilter key="search" source="search" alwaysOn />,
  <EnumInput key="status" source="status" enumName="PlanItemStatus" alwaysOn />,
  <BooleanInput key="overdue" source="overdue" label="stars.overdue_only" alwaysOn />,
  <NumberInput key="year" source="year" step={1} />,
  <UnitInput key="withinId" source="withinId" label="resources.planItems.fields.unit" />,
];

export function PlanItemList() {
  const csvExporter = useCsvExporter();
  const translate = useTranslate();
  return (
    <List perPage={25} filters={filters} sort={{ field: 'deadline', order: 'ASC' }} exporter={csvExporter}>
      <ResponsiveList
        table={
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="title" />
            <DataTable.Col source="unit" disableSort>
              <RefLinkField source="unit" reference="units" />
            </DataTable.Col>
            <DataTable.Col source="deadline">
              <DayField source="deadline" />
            </DataTable.Col>
            <DataTable.Col source="status">
              <EnumField source="status" enumName="PlanItemStatus" />
            </DataTable.Col>
            <DataTable.Col source="progress">
              <NumberField source="progress" />
            </DataTable.Col>
            <DataTable.Col source="overdue" disableSort>
              <OverdueChip />
            </DataTable.Col>
          </DataTable>
        }
        small={
          <SimpleList
            primaryText={(r) => r.title}
            secondaryText={(r) => `${r.unit?.name ?? ''} · ${r.deadline}`}
            tertiaryText={(r) => (r.overdue ? translate('stars.overdue') : `${r.progress}%`)}
            rowClick="show"
          />
        }
      />
    </List>
  );
}
