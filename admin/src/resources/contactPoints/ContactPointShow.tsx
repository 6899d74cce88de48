import { Show, SimpleShowLayout, TextField } from 'react-admin';
import { DayField, RefLinkField, TimestampField } from '../../shared/fields';
import { FULL_RECORD } from '../../shared/fullRecord';

export function ContactPointShow() {
  return (
    <Show queryOptions={FULL_RECORD}>
      <SimpleShowLayout>
        <RefLinkField source="leader" reference="people" />
        <RefLinkField source="unit" reference="units" />
        <DayField source="startDate" />
        <DayField source="endDate" />
        <TextField source="note" emptyText="—" />
        <TimestampField source="createdAt" />
        <TimestampField source="updatedAt" />
      </SimpleShowLayout>
    </Show>
  );
}
