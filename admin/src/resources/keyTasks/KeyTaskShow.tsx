import { NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../../shared/enums';
import { RefLinkField, SampleField, StarNameField, TimestampField } from '../../shared/fields';
import { FULL_RECORD } from '../../shared/fullRecord';

export function KeyTaskShow() {
  return (
    <Show queryOptions={FULL_RECORD}>
      <SimpleShowLayout>
        <TextField source="code" />
        <TextField source="title" />
        <StarNameField source="starType" label="resources.keyTasks.fields.starType" />
        <EnumField source="category" enumName="BranchCategory" />
        <NumberField source="edition" options={{ useGrouping: false }} />
        <NumberField source="weight" />
        <RefLinkField source="leadDepartment" reference="departments" />
        <TextField source="description" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
        <TextField source="requiredEvidence" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
        <NumberField source="sortOrder" />
        <SampleField source="isSample" />
        <TimestampField source="createdAt" />
        <TimestampField source="updatedAt" />
      </SimpleShowLayout>
    </Show>
  );
}
