import { Edit, SimpleForm, TextInput, required } from 'react-admin';
import { StarsInput } from './StarsInput';

export function PlanEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <TextInput source="title" validate={required()} fullWidth />
        <TextInput source="note" multiline minRows={2} fullWidth />
        <StarsInput />
      </SimpleForm>
    </Edit>
  );
}
