import { ArrayInput, SimpleFormIterator, required } from 'react-admin';
import { EnumInput } from '../../shared/enums';
import { PersonInput, StarInput } from '../../shared/inputs';

export function StarsInput() {
  return (
    <ArrayInput source="stars">
      <SimpleFormIterator inline disableReordering>
        <StarInput source="starCode" validate={required()} />
        <EnumInput source="intent" enumName="PlanStarIntent" validate={required()} />
        <PersonInput source="ownerId" />
      </SimpleFormIterator>
    </ArrayInput>
  );
}
