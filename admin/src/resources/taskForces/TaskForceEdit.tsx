import { Edit, Labeled, SimpleForm, TextInput, required } from 'react-admin';
import { StarNameField } from '../../shared/fields';
import { DepartmentInput } from '../../shared/inputs';

export const TaskForceEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <Labeled source="starType">
        <StarNameField />
      </Labeled>
      <TextInput source="name" validate={required()} />
      <DepartmentInput source="leadDepartmentId" validate={required()} />
    </SimpleForm>
  </Edit>
);
