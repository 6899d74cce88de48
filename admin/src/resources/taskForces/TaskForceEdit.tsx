import { Edit, Labeled, SimpleForm, TextInput, required } from 'react-admin';
import { StarNameField } from '../../shared/fields';
import { DepartmentInput } from '../../shared/inputs';
import { FULL_RECORD } from '../../shared/fullRecord';

export const TaskForceEdit = () => (
  <Edit queryOptions={FULL_RECORD} mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <Labeled source="starType">
        <StarNameField />
      </Labeled>
      <TextInput source="name" validate={required()} />
      <DepartmentInput source="leadDepartmentId" validate={required()} />
    </SimpleForm>
  </Edit>
);
