import { Edit, SimpleForm } from 'react-admin';
import { ItemFields } from './PlanItemForm';

export function PlanItemEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <ItemFields />
      </SimpleForm>
    </Edit>
  );
}
