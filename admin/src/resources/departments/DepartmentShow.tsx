import { Typography } from '@mui/material';
import { DataTable, NumberField, Pagination, ReferenceManyField, Show, SimpleShowLayout, TextField, useTranslate } from 'react-admin';
import { shanghaiToday } from '../../shared/dates';
import { EnumField } from '../../shared/enums';
import { DayField, RefLinkField, TimestampField } from '../../shared/fields';

export function DepartmentShow() {
  const translate = useTranslate();
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="shortName" emptyText="—" />
        <TextField source="code" />
        <RefLinkField source="district" reference="units" />
        <NumberField source="sortOrder" />
        <TimestampField source="createdAt" />
        <TimestampField source="updatedAt" />
        <Typography variant="subtitle1" sx={{ mt: 2 }}>
          {translate('resources.positions.name', { smart_count: 2 })}
        </Typography>
        <ReferenceManyField reference="positions" target="departmentId" filter={{ activeOn: shanghaiToday() }} perPage={10} pagination={<Pagination />} label={false}>
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="person" disableSort>
              <RefLinkField source="person" reference="people" />
            </DataTable.Col>
            <DataTable.Col source="role">
              <EnumField source="role" enumName="PositionRole" />
            </DataTable.Col>
            <DataTable.Col source="startDate">
              <DayField source="startDate" />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
}
