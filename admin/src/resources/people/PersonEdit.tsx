import { Edit } from 'react-admin';
import { PersonForm } from './PersonForm';

export const PersonEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <PersonForm />
  </Edit>
);
