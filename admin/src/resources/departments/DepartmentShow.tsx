import { Typography } from '@mui/material';
import { NumberField, Show, SimpleShowLayout, TextField, useTranslate } from 'react-admin';
import { shanghaiToday } from '../../shared/dates';
import { RefLinkField, TimestampField } from '../../shared/fields';
import { PositionsOf } from '../../shared/positions';
import { FULL_RECORD } from '../../shared/fullRecord';

export function DepartmentShow() {
  const translate = useTranslate();
  return (
    <Show queryOptions={FULL_RECORD}>
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
        <PositionsOf
          target="departmentId"
          filter={{ activeOn: shanghaiToday() }}
          columns={['person', 'role', 'startDate']}
        />
      </SimpleShowLayout>
    </Show>
  );
}
