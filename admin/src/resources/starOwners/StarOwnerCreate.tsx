import { TextField } from '@mui/material';
import { Create, DateInput, SimpleForm, required, useGetOne, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { shanghaiToday } from '../../shared/dates';
import { BranchInput, PersonInput, StarInput } from '../../shared/inputs';

/** The owner is chosen among the people of the branch; the server checks they sit on its committee. */
function BranchDependentInputs() {
  const translate = useTranslate();
  const branchId = useWatch({ name: 'branchId' }) as string | undefined;
  const { data: branch } = useGetOne<{ id: string; category?: string }>(
    'branches',
    { id: branchId ?? '' },
    { enabled: !!branchId },
  );
  return (
    <>
      <StarInput source="starCode" category={branch?.category} validate={required()} />
      {branchId ? (
        <PersonInput
          key={branchId}
          source="personId"
          filter={{ unitId: branchId }}
          validate={required()}
          helperText={translate('starOwners.person_hint')}
        />
      ) : (
        <TextField
          disabled
          fullWidth
          margin="dense"
          size="small"
          label={translate('resources.starOwners.fields.personId')}
          helperText={translate('starOwners.choose_branch_first')}
        />
      )}
    </>
  );
}

export function StarOwnerCreate() {
  return (
    <Create redirect="list">
      <SimpleForm defaultValues={{ startDate: shanghaiToday() }}>
        <BranchInput source="branchId" validate={required()} />
        <BranchDependentInputs />
        <DateInput source="startDate" validate={required()} />
        <DateInput source="endDate" />
      </SimpleForm>
    </Create>
  );
}
