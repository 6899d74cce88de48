import { Create, DateInput, SimpleForm, TextInput, required, useTranslate } from 'react-admin';
import { shanghaiToday } from '../../shared/dates';
import { CountyLeaderInput, UnitInput } from '../../shared/inputs';

export function ContactPointCreate() {
  const translate = useTranslate();
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ startDate: shanghaiToday() }}>
        <CountyLeaderInput
          source="leaderId"
          validate={required()}
          helperText={translate('contactPoints.leader_hint')}
        />
        <UnitInput source="unitId" validate={required()} />
        <DateInput source="startDate" validate={required()} />
        <DateInput source="endDate" />
        <TextInput source="note" multiline minRows={2} />
      </SimpleForm>
    </Create>
  );
}
