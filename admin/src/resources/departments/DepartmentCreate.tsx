import { Create, NumberInput, SimpleForm, TextInput, required } from 'react-admin';
import { UnitInput } from '../../shared/inputs';

export const DepartmentCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <UnitInput source="districtId" level="DISTRICT" validate={required()} />
      <TextInput source="code" validate={required()} />
      <TextInput source="name" validate={required()} />
      <TextInput source="shortName" />
      <NumberInput source="sortOrder" step={1} />
    </SimpleForm>
  </Create>
);
