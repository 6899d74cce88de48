import { Create, NumberInput, SimpleForm, required } from 'react-admin';
import { BranchInput, StarInput } from '../../shared/inputs';
import { shanghaiToday } from '../../shared/dates';
import { ItemsInput } from './items';

export function ApplicationCreate() {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ year: Number(shanghaiToday().slice(0, 4)), items: [{ met: true }] }}>
        <BranchInput source="branchId" validate={required()} />
        <StarInput source="starCode" validate={required()} />
        <NumberInput source="year" step={1} validate={required()} />
        <ItemsInput />
      </SimpleForm>
    </Create>
  );
}
