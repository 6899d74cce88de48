import { BooleanField, Labeled, Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import { EnumField } from '../../shared/enums';
import { DayField, RefLinkField, TimestampField } from '../../shared/fields';
import { FULL_RECORD } from '../../shared/fullRecord';

function Place() {
  const r = useRecordContext<{ unit?: unknown; department?: unknown; taskForce?: unknown }>();
  if (r?.department) return <RefLinkField source="department" reference="departments" />;
  if (r?.taskForce) return <RefLinkField source="taskForce" reference="taskForces" />;
  return <RefLinkField source="unit" reference="units" />;
}

export function PositionShow() {
  return (
    <Show queryOptions={FULL_RECORD}>
      <SimpleShowLayout>
        <RefLinkField source="person" reference="people" />
        <EnumField source="role" enumName="PositionRole" />
        <Labeled label="resources.positions.fields.place">
          <Place />
        </Labeled>
        <TextField source="title" emptyText="—" />
        <DayField source="startDate" />
        <DayField source="endDate" />
        <BooleanField source="active" />
        <TimestampField source="createdAt" />
        <TimestampField source="updatedAt" />
      </SimpleShowLayout>
    </Show>
  );
}
