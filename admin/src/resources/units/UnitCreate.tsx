import { Create } from 'react-admin';
import { UnitForm } from './UnitForm';

export const UnitCreate = () => (
  <Create redirect="show">
    <UnitForm mode="create" />
  </Create>
);
