import { DateInput, Edit, Labeled, SimpleForm, TextInput } from 'react-admin';
import { DayField, RefLinkField } from '../../shared/fields';
import { FULL_RECORD } from '../../shared/fullRecord';

/** Leader, unit and start are fixed (UpdateContactPointInput carries only endDate and note). */
export const ContactPointEdit = () => (
  <Edit queryOptions={FULL_RECORD} mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <Labeled source="leader">
        <RefLinkField source="leader" reference="people" />
      </Labeled>
      <Labeled source="unit">
        <RefLinkField source="unit" reference="units" />
      </Labeled>
      <Labeled source="startDate">
        <DayField source="startDate" />
      </Labeled>
      <DateInput source="endDate" />
      <TextInput source="note" multiline minRows={2} />
    </SimpleForm>
  </Edit>
);
