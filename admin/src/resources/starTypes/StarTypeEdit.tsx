import { Edit } from 'react-admin';
import { StarTypeForm } from './StarTypeForm';
import { FULL_RECORD } from '../../shared/fullRecord';

export const StarTypeEdit = () => (
  <Edit queryOptions={FULL_RECORD} mutationMode="pessimistic" redirect="show">
    <StarTypeForm mode="edit" />
  </Edit>
);
