import { DataTable, List, NullableBooleanInput, SimpleList, TextInput, type RaRecord } from 'react-admin';
import { EnumField, EnumInput, useEnumLabel } from '../../shared/enums';
import { DayField, RefLinkField, TimestampField } from '../../shared/fields';
import { UnitInput } from '../../shared/inputs';
import { ResponsiveList } from '../../shared/layout';
import { useCsvExporter } from '../../shared/csv';

/** Past the deadline and not yet fed back: the row stands out. */
const overdueSx = (r: RaRecord) => (r.overdue ? { backgroundColor: 'rgba(211, 47, 47, 0.12)' } : {});

/** 民情诉求 inbox: by stage, overdue rows highlighted; names and phones masked unless the user handles the request. */
export function ResidentRequestList() {
  const csvExporter = useCsvExporter();
  const stage = useEnumLabel('ResidentStage');
  const filters = [
    <EnumInput key="s" source="stage" enumName="ResidentStage" alwaysOn />,
    <NullableBooleanInput key="o" source="overdue" label="residents.overdue_only" alwaysOn />,
    <TextInput key="q" source="search" alwaysOn />,
    <EnumInput key="c" source="category" enumName="ResidentCategory" />,
    <UnitInput key="u" source="unitId" />,
  ];
  return (
    <List perPage={25} sort={{ field: 'receivedAt', order: 'DESC' }} filters={filters} exporter={csvExporter}>
      <ResponsiveList
        table={
          <DataTable rowClick="show" bulkActionButtons={false} rowSx={overdueSx}>
            <DataTable.Col source="receivedAt">
              <TimestampField source="receivedAt" />
            </DataTable.Col>
            <DataTable.Col source="title" disableSort />
            <DataTable.Col source="category">
              <EnumField source="category" enumName="ResidentCategory" />
            </DataTable.Col>
            <DataTable.Col source="stage">
              <EnumField source="stage" enumName="ResidentStage" chip />
            </DataTable.Col>
            <DataTable.Col source="deadline">
              <DayField source="deadline" />
            </DataTable.Col>
            <DataTable.Col source="residentName" disableSort />
            <DataTable.Col source="phone" disableSort />
            <DataTable.Col source="unit" disableSort>
              <RefLinkField source="unit" reference="units" />
            </DataTable.Col>
          </DataTable>
        }
        small={
          <SimpleList
            primaryText={(r) => r.title}
            secondaryText={(r) => `${stage(r.stage)} · ${r.deadline ?? ''}`}
            tertiaryText={(r) => r.residentName ?? ''}
            rowClick="show"
            rowSx={overdueSx}
          />
        }
      />
    </List>
  );
}
