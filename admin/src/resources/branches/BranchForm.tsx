import { NumberInput, SimpleForm, TextInput, required } from 'react-admin';
import { EnumInput } from '../../shared/enums';
import { UnitInput } from '../../shared/inputs';

/** A branch always hangs under a township-level unit; its level (BRANCH) is set by the data provider. */
export function BranchForm() {
  return (
    <SimpleForm>
      <TextInput source="name" validate={required()} />
      <UnitInput source="parentId" level="TOWNSHIP" validate={required()} />
      <EnumInput source="category" enumName="BranchCategory" validate={required()} />
      <EnumInput source="branchKind" enumName="BranchKind" validate={required()} defaultValue="PARTY_BRANCH" />
      <TextInput source="code" />
      <NumberInput source="sortOrder" step={1} />
    </SimpleForm>
  );
}
