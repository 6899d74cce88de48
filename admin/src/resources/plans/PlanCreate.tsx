import { Create, NumberInput, SimpleForm, TextInput, required } from 'react-admin';
import { UnitInput } from '../../shared/inputs';
import { thisYear } from './PlanFields';
import { StarsInput } from './StarsInput';

export function PlanCreate() {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ year: thisYear() }}>
        <UnitInput source="unitId" validate={required()} />
        <NumberInput source="year" step={1} validate={required()} />
        <TextInput source="title" validate={required()} fullWidth />
        <TextInput source="note" multiline minRows={2} fullWidth />
        <StarsInput />
      </SimpleForm>
    </Create>
  );
}
