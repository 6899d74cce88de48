import { Edit } from 'react-admin';
import { PositionForm } from './PositionForm';
import { keepOnePlace } from './rolePlaces';

export const PositionEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={keepOnePlace}>
    <PositionForm mode="edit" />
  </Edit>
);
