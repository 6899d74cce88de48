import { Stack } from '@mui/material';
import { BooleanInput, DataTable, List, NumberField, NumberInput, SimpleList, useRecordContext } from 'react-admin';
import { EnumField, EnumInput, StatusChip, useEnumLabel } from '../../shared/enums';
import { RefLinkField, StarNameField, TimestampField } from '../../shared/fields';
import { BranchInput, StarInput } from '../../shared/inputs';
import { ResponsiveList } from '../../shared/layout';
import { useCsvExporter } from '../../shared/csv';

const filters = [
  <BooleanInput key="actionable" source="actionable" alwaysOn />,
  <EnumInput key="status" source="status" enumName="StarApplicationStatus" alwaysOn />,
  <StarInput key="starCode" source="starCode" alwaysOn />,
  <NumberInput key="year" source="year" step={1} alwaysOn />,
  <BranchInput key="branchId" source="branchId" />,
];

function ActionsChips() {
  const r = useRecordContext<{ allowedActions?: string[] }>();
  const label = useEnumLabel('StarApplicationAction');
  if (!r?.allowedActions?.length) return <span>—</span>;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {r.allowedActions.map((a) => (
        <StatusChip key={a} label={label(a)} />
      ))}
    </Stack>
  );
}

export function ApplicationList() {
  const csvExporter = useCsvExporter();
  const status = useEnumLabel('StarApplicationStatus');
  return (
    <List perPage={25} filters={filters} sort={{ field: 'id', order: 'DESC' }} exporter={csvExporter}>
      <ResponsiveList
        table={
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="branch" disableSort>
              <RefLinkField source="branch" reference="branches" />
            </DataTable.Col>
            <DataTable.Col source="starType" disableSort>
              <StarNameField />
            </DataTable.Col>
            <DataTable.Col source="year" />
            <DataTable.Col source="status">
              <EnumField source="status" enumName="StarApplicationStatus" chip />
            </DataTable.Col>
            <DataTable.Col source="selfScore">
              <NumberField source="selfScore" />
            </DataTable.Col>
            <DataTable.Col source="submittedAt">
              <TimestampField source="submittedAt" />
            </DataTable.Col>
            <DataTable.Col source="daysWaiting">
              <NumberField source="daysWaiting" emptyText="—" />
            </DataTable.Col>
            <DataTable.Col source="allowedActions" disableSort>
              <ActionsChips />
            </DataTable.Col>
          </DataTable>
        }
        small={
          <SimpleList
            primaryText={(r) => `${r.branch?.name ?? ''} · ${r.starType?.nameZh ?? ''}`}
            secondaryText={(r) => `${r.year} · ${status(r.status)}`}
            rowClick="show"
          />
        }
      />
    </List>
  );
}
