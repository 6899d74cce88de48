import { Chip } from '@mui/material';
import { DataTable, List, NumberField, SimpleList, useTranslate } from 'react-admin';
import { EnumField, EnumInput, useEnumLabel } from '../../shared/enums';
import { DayField, RefLinkField } from '../../shared/fields';
import { UnitInput } from '../../shared/inputs';
import { ResponsiveList } from '../../shared/layout';
import { useCsvExporter } from '../../shared/csv';

const filters = [
  <EnumInput key="s" source="status" enumName="SpotCheckStatus" alwaysOn />,
  <UnitInput key="w" source="withinId" />,
];

export function SpotCheckList() {
  const csvExporter = useCsvExporter();
  const status = useEnumLabel('SpotCheckStatus');
  const translate = useTranslate();
  return (
    <List perPage={25} sort={{ field: 'plannedFor', order: 'DESC' }} filters={filters} exporter={csvExporter}>
      <ResponsiveList
        table={
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="plannedFor">
              <DayField source="plannedFor" />
            </DataTable.Col>
            <DataTable.Col source="targetUnit" disableSort>
              <RefLinkField source="targetUnit" reference="units" />
            </DataTable.Col>
            <DataTable.Col source="team" disableSort>
              <RefLinkField source="team" reference="supervisionTeams" />
            </DataTable.Col>
            <DataTable.Col source="status">
              <EnumField source="status" enumName="SpotCheckStatus" chip />
            </DataTable.Col>
            <DataTable.Col source="findingCount" disableSort />
            <DataTable.Col source="overallScore">
              <NumberField source="overallScore" emptyText="—" />
            </DataTable.Col>
          </DataTable>
        }
        small={
          <SimpleList
            primaryText={(r) => r.targetUnit?.name}
            secondaryText={(r) => `${r.plannedFor} · ${status(r.status)}`}
            tertiaryText={(r) =>
              r.status === 'PLANNED' ? (
                <Chip size="small" color="warning" label={translate('supervision.secret_short')} />
              ) : (
                `${r.findingCount}`
              )
            }
            rowClick="show"
          />
        }
      />
    </List>
  );
}
