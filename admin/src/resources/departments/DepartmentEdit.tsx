import { Edit, Labeled, NumberInput, SimpleForm, TextField, TextInput, required } from 'react-admin';
import { RefLinkField } from '../../shared/fields';
import { FULL_RECORD } from '../../shared/fullRecord';

/** Code and district are fixed once created (UpdateDepartmentInput has neither). */
export const DepartmentEdit = () => (
  <Edit queryOptions={FULL_RECORD} mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <Labeled source="district">
        <RefLinkField source="district" reference="units" />
      </Labeled>
      <Labeled source="code">
        <TextField source="code" />
      </Labeled>
      <TextInput source="name" validate={required()} />
      <TextInput source="shortName" />
      <NumberInput source="sortOrder" step={1} />
    </SimpleForm>
  </Edit>
);
