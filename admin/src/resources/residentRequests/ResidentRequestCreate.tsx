import { BooleanInput, Create, DateTimeInput, SimpleForm, TextInput, required } from 'react-admin';
import { EnumInput } from '../../shared/enums';
import { UnitInput } from '../../shared/inputs';

/** 登记来信、来访、来电: staff register what came in by letter (清风邮局), visit or phone. */
export function ResidentRequestCreate() {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ channel: 'LETTER', category: 'HELP', anonymous: false }}>
        <UnitInput source="unitId" validate={required()} />
        <EnumInput
          source="channel"
          enumName="ResidentChannel"
          only={['LETTER', 'VISIT', 'PHONE']}
          validate={required()}
        />
        <EnumInput source="category" enumName="ResidentCategory" validate={required()} />
        <TextInput source="title" validate={required()} fullWidth />
        <TextInput source="content" validate={required()} multiline fullWidth />
        <BooleanInput source="anonymous" />
        <TextInput source="residentName" />
        <TextInput source="phone" />
        <TextInput source="address" fullWidth />
        <DateTimeInput source="receivedAt" />
      </SimpleForm>
    </Create>
  );
}
