import { Typography } from '@mui/material';
import {
  CreateButton,
  EditButton,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { RefLinkField, SampleField, TimestampField } from '../../shared/fields';
import { PositionChips, PositionsOf } from '../../shared/positions';
import { FULL_RECORD } from '../../shared/fullRecord';

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
    <Show queryOptions={FULL_RECORD} actions={<PersonShowActions />}>
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
        <PositionsOf target="personId" columns={['role', 'place', 'title', 'startDate', 'endDate']} />
      </SimpleShowLayout>
    </Show>
  );
}
