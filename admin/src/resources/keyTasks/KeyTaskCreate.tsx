import { Create, NumberInput, SimpleForm, TextInput, required, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { EnumInput } from '../../shared/enums';
import { DepartmentInput, StarInput } from '../../shared/inputs';

/** The star choice narrows to the stars that apply to the chosen category. */
function CategoryStar() {
  const category = useWatch({ name: 'category' }) as string | undefined;
  return <StarInput source="starCode" category={category} validate={required()} />;
}

export function KeyTaskCreate() {
  const translate = useTranslate();
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ edition: new Date().getFullYear(), weight: 0 }}>
        <NumberInput source="edition" step={1} validate={required()} helperText={translate('keyTasks.edition_hint')} />
        <TextInput source="code" validate={required()} />
        <EnumInput source="category" enumName="BranchCategory" validate={required()} />
        <CategoryStar />
        <TextInput source="title" validate={required()} />
        <TextInput source="description" multiline minRows={3} />
        <NumberInput source="weight" />
        <TextInput source="requiredEvidence" multiline minRows={2} />
        <DepartmentInput source="leadDepartmentId" />
        <NumberInput source="sortOrder" step={1} />
      </SimpleForm>
    </Create>
  );
}
