import { Edit } from 'react-admin';
import { PositionForm } from './PositionForm';
import { keepOnePlace } from './rolePlaces';
import { FULL_RECORD } from '../../shared/fullRecord';

export const PositionEdit = () => (
  <Edit queryOptions={FULL_RECORD} mutationMode="pessimistic" redirect="show" transform={keepOnePlace}>
    <PositionForm mode="edit" />
  </Edit>
);
