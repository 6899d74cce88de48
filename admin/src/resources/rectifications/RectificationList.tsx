import {
  BooleanInput,
  DataTable,
  List,
  NullableBooleanInput,
  NumberField,
  SimpleList,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { EnumField, EnumInput, useEnumLabel } from '../../shared/enums';
import { DayField, RefLinkField, TimestampField } from '../../shared/fields';
import { UnitInput } from '../../shared/inputs';
import { ResponsiveList } from '../../shared/layout';
import { useCsvExporter } from '../../shared/csv';

const overdueSx = (r: RaRecord) => (r.overdue ? { backgroundColor: 'rgba(211, 47, 47, 0.12)' } : {});

export function RectificationList() {
  const csvExporter = useCsvExporter();
  const translate = useTranslate();
  const status = useEnumLabel('RectificationStatus');
  const filters = [
    <BooleanInput key="a" source="actionable" alwaysOn />,
    <EnumInput key="s" source="status" enumName="RectificationStatus" alwaysOn />,
    <NullableBooleanInput key="o" source="overdue" label="supervision.overdue_only" alwaysOn />,
    <UnitInput key="w" source="withinId" />,
  ];
  return (
    <List perPage={25} sort={{ field: 'deadline', order: 'ASC' }} filters={filters} exporter={csvExporter}>
      <ResponsiveList
        table={
          <DataTable rowClick="show" bulkActionButtons={false} rowSx={overdueSx}>
            <DataTable.Col source="finding" disableSort render={(r) => r.finding?.description} />
            <DataTable.Col source="responsibleUnit" disableSort>
              <RefLinkField source="responsibleUnit" reference="units" />
            </DataTable.Col>
            <DataTable.Col source="deadline">
              <DayField source="deadline" />
            </DataTable.Col>
            <DataTable.Col source="status">
              <EnumField source="status" enumName="RectificationStatus" chip />
            </DataTable.Col>
            <DataTable.Col
              source="overdue"
              disableSort
              render={(r) => (r.overdue ? translate('supervision.overdue') : '')}
            />
            <DataTable.Col source="reopenCount" />
            <DataTable.Col source="submittedAt">
              <TimestampField source="submittedAt" />
            </DataTable.Col>
            <DataTable.Col source="daysWaiting">
              <NumberField source="daysWaiting" emptyText="—" />
            </DataTable.Col>
          </DataTable>
        }
        small={
          <SimpleList
            primaryText={(r) => r.finding?.description}
            secondaryText={(r) => `${r.responsibleUnit?.name ?? ''} · ${r.deadline}`}
            tertiaryText={(r) =>
              r.overdue ? `${translate('supervision.overdue')} · ${status(r.status)}` : status(r.status)
            }
            rowSx={overdueSx}
            rowClick="show"
          />
        }
      />
    </List>
  );
}
