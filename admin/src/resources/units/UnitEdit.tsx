import { Edit } from 'react-admin';
import { UnitForm } from './UnitForm';

// Pessimistic: the server checks versions and the tree; its answer must reach the form.
export const UnitEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <UnitForm mode="edit" />
  </Edit>
);
