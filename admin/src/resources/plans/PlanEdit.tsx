import { Edit, SimpleForm, TextInput, required } from 'react-admin';
import { StarsInput } from './StarsInput';
import { FULL_RECORD } from '../../shared/fullRecord';

export function PlanEdit() {
  return (
    <Edit queryOptions={FULL_RECORD} mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <TextInput source="title" validate={required()} fullWidth />
        <TextInput source="note" multiline minRows={2} fullWidth />
        <StarsInput />
      </SimpleForm>
    </Edit>
  );
}
