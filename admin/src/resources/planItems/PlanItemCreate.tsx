import { Create, SimpleForm } from 'react-admin';
import { ItemFields } from './PlanItemForm';

export function PlanItemCreate() {
  return (
    <Create redirect="show">
      <SimpleForm>
        <ItemFields create />
      </SimpleForm>
    </Create>
  );
}
