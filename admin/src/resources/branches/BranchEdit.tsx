import { Edit } from 'react-admin';
import { BranchForm } from './BranchForm';

export const BranchEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <BranchForm />
  </Edit>
);
