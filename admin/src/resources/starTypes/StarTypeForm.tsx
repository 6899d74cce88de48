import { Labeled, NumberInput, SimpleForm, TextField, TextInput, required, useTranslate } from 'react-admin';
import { EnumCheckboxInput } from '../../shared/enums';

const CODE = /^[A-Z][A-Z0-9_]*$/;
const codeFormat = (v: string) => (v && !CODE.test(v) ? 'starTypes.code_format' : undefined);

/** The star's code is its identity: typed once at creation, fixed afterwards. */
export function StarTypeForm({ mode }: { mode: 'create' | 'edit' }) {
  const translate = useTranslate();
  return (
    <SimpleForm>
      {mode === 'create' ? (
        <TextInput source="code" validate={[required(), codeFormat]} helperText="A–Z, 0–9, _" />
      ) : (
        <Labeled source="code">
          <TextField source="code" />
        </Labeled>
      )}
      <TextInput source="nameZh" validate={required()} />
      <TextInput source="nameEn" validate={required()} />
      <TextInput source="communityNameZh" />
      <EnumCheckboxInput
        source="categories"
        enumName="BranchCategory"
        validate={required()}
        helperText={translate('starTypes.categories_hint')}
      />
      <TextInput source="description" multiline minRows={3} />
      <NumberInput source="sortOrder" step={1} />
    </SimpleForm>
  );
}
