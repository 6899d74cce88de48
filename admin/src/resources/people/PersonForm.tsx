import { SimpleForm, TextInput, required } from 'react-admin';
import { UnitInput } from '../../shared/inputs';

export function PersonForm() {
  return (
    <SimpleForm>
      <TextInput source="name" validate={required()} />
      <TextInput source="title" />
      <UnitInput source="unitId" validate={required()} />
    </SimpleForm>
  );
}
