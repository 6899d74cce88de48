import { Create } from 'react-admin';
import { BranchForm } from './BranchForm';

export const BranchCreate = () => (
  <Create redirect="show">
    <BranchForm />
  </Create>
);
