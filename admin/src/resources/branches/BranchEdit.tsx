import { Edit } from 'react-admin';
import { BranchForm } from './BranchForm';
import { FULL_RECORD } from '../../shared/fullRecord';

export const BranchEdit = () => (
  <Edit queryOptions={FULL_RECORD} mutationMode="pessimistic" redirect="show">
    <BranchForm />
  </Edit>
);
