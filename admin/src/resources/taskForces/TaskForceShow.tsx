import { Typography } from '@mui/material';
import { Show, SimpleShowLayout, TextField, useTranslate } from 'react-admin';
import { RefLinkField, StarNameField, TimestampField } from '../../shared/fields';
import { PositionsOf } from '../../shared/positions';
import { MemberChips } from './MemberChips';
import { FULL_RECORD } from '../../shared/fullRecord';

export function TaskForceShow() {
  const translate = useTranslate();
  return (
    <Show queryOptions={FULL_RECORD}>
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
        <PositionsOf target="taskForceId" columns={['person', 'role', 'startDate', 'endDate']} />
      </SimpleShowLayout>
    </Show>
  );
}
