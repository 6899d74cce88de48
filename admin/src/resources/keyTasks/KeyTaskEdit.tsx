import { Edit, Labeled, NumberField, NumberInput, SimpleForm, TextField, TextInput, required } from 'react-admin';
import { EnumInput } from '../../shared/enums';
import { DepartmentInput, StarInput } from '../../shared/inputs';
import { FULL_RECORD } from '../../shared/fullRecord';

/** Edition and code identify the task in its edition (UpdateKeyTaskInput has neither). */
export const KeyTaskEdit = () => (
  <Edit queryOptions={FULL_RECORD} mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <Labeled source="edition">
        <NumberField source="edition" options={{ useGrouping: false }} />
      </Labeled>
      <Labeled source="code">
        <TextField source="code" />
      </Labeled>
      <EnumInput source="category" enumName="BranchCategory" validate={required()} />
      <StarInput source="starCode" validate={required()} />
      <TextInput source="title" validate={required()} />
      <TextInput source="description" multiline minRows={3} />
      <NumberInput source="weight" />
      <TextInput source="requiredEvidence" multiline minRows={2} />
      <DepartmentInput source="leadDepartmentId" />
      <NumberInput source="sortOrder" step={1} />
    </SimpleForm>
  </Edit>
);
