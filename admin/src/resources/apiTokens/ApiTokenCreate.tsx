import { useState } from 'react';
import {
  Create,
  NumberInput,
  SimpleForm,
  TextInput,
  maxLength,
  maxValue,
  minValue,
  number,
  required,
  useTranslate,
} from 'react-admin';
import { UnitInput } from '../../shared/inputs';
import { CreatedTokenDialog, type CreatedApiToken } from './CreatedTokenDialog';

/**
 * 新建接口令牌. The server answers the secret this once (createApiToken → the record plus `token`):
 * instead of react-admin's "created" notice and redirect, a dialog shows it until the admin has
 * copied it; closing the dialog goes to the list, and nothing keeps the secret afterwards.
 */
export function ApiTokenCreate() {
  const translate = useTranslate();
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  return (
    <>
      <Create redirect={false} mutationOptions={{ onSuccess: (data: CreatedApiToken) => setCreated(data) }}>
        <SimpleForm defaultValues={{ expiresInDays: 365 }}>
          <TextInput
            source="name"
            validate={[required(), maxLength(100)]}
            helperText={translate('apiTokens.name_hint')}
            sx={{ minWidth: 360 }}
          />
          <UnitInput
            source="unitId"
            validate={required()}
            helperText={translate('apiTokens.unit_hint')}
            sx={{ minWidth: 360 }}
          />
          <NumberInput
            source="expiresInDays"
            validate={[required(), number(), minValue(1), maxValue(3660)]}
            min={1}
            max={3660}
            step={1}
            helperText={translate('apiTokens.days_hint')}
          />
        </SimpleForm>
      </Create>
      {created && <CreatedTokenDialog created={created} onClosed={() => setCreated(null)} />}
    </>
  );
}
