import { Edit } from 'react-admin';
import { StarTypeForm } from './StarTypeForm';

export const StarTypeEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <StarTypeForm mode="edit" />
  </Edit>
);
