import { Typography } from '@mui/material';
import {
  CreateButton,
  DataTable,
  EditButton,
  FunctionField,
  Pagination,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { EnumField } from '../../shared/enums';
import { DayField, RefLinkField, SampleField, TimestampField } from '../../shared/fields';
import { PositionChips, placeName, type PositionLike } from '../../shared/positions';

function PersonShowActions() {
  const record = useRecordContext<{ id: string }>();
  return (
    <TopToolbar>
      <CreateButton resource="positions" label="people.appoint" state={{ record: { personId: record?.id } }} />
      <EditButton />
    </TopToolbar>
  );
}

export function PersonShow() {
  const translate = useTranslate();
  return (
    <Show actions={<PersonShowActions />}>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="title" emptyText="—" />
        <RefLinkField source="unit" reference="units" />
        <PositionChips source="currentPositions" />
        <SampleField source="isSample" />
        <TimestampField source="createdAt" />
        <TimestampField source="updatedAt" />
        <Typography variant="subtitle1" sx={{ mt: 2 }}>
          {translate('people.positions_history')}
        </Typography>
        <ReferenceManyField reference="positions" target="personId" sort={{ field: 'startDate', order: 'DESC' }} perPage={10} pagination={<Pagination />} label={false}>
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="role">
              <EnumField source="role" enumName="PositionRole" />
            </DataTable.Col>
            <DataTable.Col source="place" disableSort>
              <FunctionField render={(r: PositionLike) => placeName(r) || '—'} />
            </DataTable.Col>
            <DataTable.Col source="title" disableSort />
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
