import { NumberInput, ReferenceInput, AutocompleteInput, TextInput, required } from 'react-admin';
import { EnumInput } from '../../shared/enums';
import { PersonInput, UnitInput } from '../../shared/inputs';

const keyTaskText = (r: { code?: string; title?: string }) => [r?.code, r?.title].filter(Boolean).join(' ');

export function ItemFields({ create }: { create?: boolean }) {
  return (
    <>
      {create && (
        <ReferenceInput source="planId" reference="plans" perPage={50}>
          <AutocompleteInput
            optionText="title"
            filterToQuery={(q: string) => (q ? { search: q } : {})}
            validate={required()}
          />
        </ReferenceInput>
      )}
      <TextInput source="title" validate={required()} fullWidth />
      <TextInput source="description" multiline minRows={2} fullWidth />
      <TextInput source="deadline" type="date" validate={required()} helperText="stars.deadline_help" />
      <UnitInput source="unitId" />
      <ReferenceInput source="keyTaskId" reference="keyTasks" perPage={50}>
        <AutocompleteInput optionText={keyTaskText} filterToQuery={(q: string) => (q ? { search: q } : {})} />
      </ReferenceInput>
      <PersonInput source="responsiblePersonId" />
      <EnumInput source="status" enumName="PlanItemStatus" />
      <NumberInput source="progress" min={0} max={100} step={5} />
    </>
  );
}
