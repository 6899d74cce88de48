import { Typography } from '@mui/material';
import { DataTable, Pagination, ReferenceManyField, Show, SimpleShowLayout, TextField, useTranslate } from 'react-admin';
import { EnumField } from '../../shared/enums';
import { DayField, RefLinkField, StarNameField, TimestampField } from '../../shared/fields';
import { MemberChips } from './MemberChips';

export function TaskForceShow() {
  const translate = useTranslate();
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <StarNameField source="starType" label="resources.taskForces.fields.starType" />
        <RefLinkField source="district" reference="units" />
        <RefLinkField source="leadDepartment" reference="departments" />
        <RefLinkField source="leader" reference="people" emptyText={translate('chain.vacant')} />
        <MemberChips source="members" label="resources.taskForces.fields.members" />
        <TimestampField source="createdAt" />
        <TimestampField source="updatedAt" />
        <Typography variant="subtitle1" sx={{ mt: 2 }}>
          {translate('taskForces.positions')}
        </Typography>
        <ReferenceManyField reference="positions" target="taskForceId" sort={{ field: 'startDate', order: 'DESC' }} perPage={10} pagination={<Pagination />} label={false}>
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
            <DataTable.Col source="endDate">
              <DayField source="endDate" />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
}
