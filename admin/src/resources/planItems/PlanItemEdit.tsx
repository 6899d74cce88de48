import { Edit, SimpleForm } from 'react-admin';
import { ItemFields } from './PlanItemForm';
import { FULL_RECORD } from '../../shared/fullRecord';

export function PlanItemEdit() {
  return (
    <Edit queryOptions={FULL_RECORD} mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <ItemFields />
      </SimpleForm>
    </Edit>
  );
}
