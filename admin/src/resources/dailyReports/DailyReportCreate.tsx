import { ArrayInput, Create, NumberInput, SimpleForm, SimpleFormIterator, TextInput, required } from 'react-admin';
import { UnitInput } from '../../shared/inputs';
import { useOnlyRecord } from '../../shared/onlyChoice';

/** Today's report; reporting again the same day updates it. The only unit one may report for is chosen. */
export const DailyReportCreate = () => {
  const only = useOnlyRecord('units');
  if (only.isPending) return null;
  return (
    <Create redirect="list">
      <SimpleForm defaultValues={only.id ? { unitId: only.id } : undefined}>
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
};
