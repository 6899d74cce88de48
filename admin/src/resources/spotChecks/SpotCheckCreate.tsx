import { Alert } from '@mui/material';
import {
  AutocompleteArrayInput,
  Create,
  DateInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
  useTranslate,
} from 'react-admin';
import { BranchInput } from '../../shared/inputs';

/** 计划暗访: the plan is secret from the target until the check is completed. */
export function SpotCheckCreate() {
  const translate = useTranslate();
  return (
    <Create redirect="show">
      <SimpleForm>
        <Alert severity="warning" sx={{ mb: 2, width: '100%' }}>
          {translate('supervision.secret')}
        </Alert>
        <ReferenceInput source="teamId" reference="supervisionTeams">
          <SelectInput optionText="name" validate={required()} fullWidth />
        </ReferenceInput>
        <BranchInput source="targetUnitId" validate={required()} fullWidth />
        <DateInput source="plannedFor" validate={required()} />
        <ReferenceArrayInput source="keyTaskIds" reference="keyTasks" perPage={100}>
          <AutocompleteArrayInput
            optionText={(k) => `${k.code} ${k.title}`}
            filterToQuery={(q) => (q ? { search: q } : {})}
            fullWidth
          />
        </ReferenceArrayInput>
        <TextInput source="note" multiline fullWidth />
      </SimpleForm>
    </Create>
  );
}
