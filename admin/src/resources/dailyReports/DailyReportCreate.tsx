import { ArrayInput, Create, NumberInput, SimpleForm, SimpleFormIterator, TextInput, required } from 'react-admin';
import { UnitInput } from '../../shared/inputs';

/** Today's report; reporting again the same day updates it. */
export const DailyReportCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <UnitInput source="unitId" validate={required()} fullWidth />
      <TextInput source="doneToday" multiline minRows={3} validate={required()} fullWidth />
      <ArrayInput source="figures">
        <SimpleFormIterator inline>
          <TextInput source="label" label="resources.dailyReports.fields.label" validate={required()} />
          <NumberInput source="value" label="resources.dailyReports.fields.value" validate={required()} />
        </SimpleFormIterator>
      </ArrayInput>
      <TextInput source="blockers" multiline fullWidth />
    </SimpleForm>
  </Create>
);
