import { Create } from 'react-admin';
import { shanghaiToday } from '../../shared/dates';
import { PositionForm } from './PositionForm';
import { keepOnePlace } from './rolePlaces';

export const PositionCreate = () => (
  <Create redirect="show" transform={keepOnePlace} record={{ startDate: shanghaiToday() }}>
    <PositionForm mode="create" />
  </Create>
);
