import {
  ArrayInput,
  AutocompleteArrayInput,
  DateInput,
  ReferenceArrayInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  required,
  useRecordContext,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { PersonInput, UnitInput, personText, searchQuery } from '../../shared/inputs';

/** Attendees are people of the meeting's unit (or below it): found by name as the user types. */
function AttendeesInput() {
  const record = useRecordContext();
  const unitId = (useWatch({ name: 'unitId' }) as string | undefined) ?? record?.unitId ?? record?.unit?.id;
  return (
    <ReferenceArrayInput
      source="attendeeIds"
      reference="people"
      perPage={100}
      filter={unitId ? { withinId: String(unitId) } : {}}
    >
      <AutocompleteArrayInput optionText={personText} filterToQuery={searchQuery} noOptionsText="app.no_options" />
    </ReferenceArrayInput>
  );
}

/** 学, 讲 and 评 of one meeting; speakers and the evaluated are chosen among the unit's people. */
export function MeetingForm({ create }: { create?: boolean }) {
  return (
    <SimpleForm>
      {create && <UnitInput source="unitId" validate={required()} />}
      <DateInput source="date" validate={required()} />
      <TextInput source="theme" validate={required()} fullWidth />
      <AttendeesInput />
      <TextInput source="studyContent" validate={required()} fullWidth multiline minRows={2} />
      <TextInput source="studyMaterials" fullWidth />
      <ArrayInput source="speeches">
        <SimpleFormIterator inline>
          <PersonInput source="personId" />
          <TextInput source="topic" />
          <TextInput source="points" multiline />
        </SimpleFormIterator>
      </ArrayInput>
      <ArrayInput source="evaluations">
        <SimpleFormIterator inline>
          <PersonInput source="personId" />
          <TextInput source="selfEvaluation" multiline />
          <TextInput source="peerEvaluation" multiline />
        </SimpleFormIterator>
      </ArrayInput>
      <TextInput source="summary" fullWidth multiline minRows={2} />
    </SimpleForm>
  );
}
