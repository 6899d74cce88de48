import { Edit } from 'react-admin';
import { PersonForm } from './PersonForm';
import { FULL_RECORD } from '../../shared/fullRecord';

export const PersonEdit = () => (
  <Edit queryOptions={FULL_RECORD} mutationMode="pessimistic" redirect="show">
    <PersonForm />
  </Edit>
);
