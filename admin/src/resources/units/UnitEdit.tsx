import { Edit } from 'react-admin';
import { UnitForm } from './UnitForm';
import { FULL_RECORD } from '../../shared/fullRecord';

// Pessimistic: the server checks versions and the tree; its answer must reach the form.
export const UnitEdit = () => (
  <Edit queryOptions={FULL_RECORD} mutationMode="pessimistic" redirect="show">
    <UnitForm mode="edit" />
  </Edit>
);
