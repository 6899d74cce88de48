import { Create } from 'react-admin';
import { StarTypeForm } from './StarTypeForm';

export const StarTypeCreate = () => (
  <Create redirect="show" record={{ categories: ['RURAL', 'COMMUNITY'] }}>
    <StarTypeForm mode="create" />
  </Create>
);
