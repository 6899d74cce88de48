import { Edit, SimpleForm, TextInput, maxLength, minLength, required } from 'react-admin';
import { PersonInput, UnitInput } from '../../shared/inputs';

/** 修改账号 (district admins): name, display name, person, own unit. Roles change on the record page. */
export function UserEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <TextInput source="username" validate={[required(), minLength(2), maxLength(60)]} />
        <TextInput source="displayName" validate={[required(), maxLength(60)]} />
        <PersonInput source="personId" />
        <UnitInput source="unitId" />
      </SimpleForm>
    </Edit>
  );
}
