import { useState } from 'react';
import {
  ArrayInput,
  Create,
  FormDataConsumer,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  maxLength,
  minLength,
  required,
  usePermissions,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { useQueryClient } from '@tanstack/react-query';
import { isAdmin, type Permissions } from '../../permissions';
import { EnumInput } from '../../shared/enums';
import { PersonInput, StarInput, UnitInput } from '../../shared/inputs';
import { TemporaryPasswordDialog } from './TemporaryPasswordDialog';

/** Roles a district admin grants; township staff grant branch staff only (the server holds to it). */
export const ADMIN_ROLES = ['DISTRICT_ADMIN', 'LEADER', 'SUPERVISOR', 'TASK_FORCE', 'TOWNSHIP_STAFF', 'BRANCH_STAFF'];
export const TOWNSHIP_ROLES = ['BRANCH_STAFF'];

/** One empty grant to fill in; a constant, since a new object on a re-render would reset the form. */
const NEW_ACCOUNT = { roles: [{}] };

interface Created {
  id: string;
  username: string;
  displayName: string;
  temporaryPassword: string;
}

/** The role, unit and (task forces) star of one grant. */
export function GrantFields({ prefix = '' }: { prefix?: string }) {
  const { permissions } = usePermissions<Permissions>();
  const roles = isAdmin(permissions) ? ADMIN_ROLES : TOWNSHIP_ROLES;
  return (
    <>
      <EnumInput
        source={`${prefix}role`}
        enumName="UserRole"
        only={roles}
        validate={required()}
        label="resources.users.fields.role"
        defaultValue={roles.length === 1 ? roles[0] : undefined}
      />
      <UnitInput
        source={`${prefix}unitId`}
        validate={required()}
        label="resources.users.fields.withinId"
        level={roles.length === 1 ? 'BRANCH' : undefined}
        sx={{ minWidth: 260 }}
      />
      <FormDataConsumer>
        {({ scopedFormData, formData }) =>
          (scopedFormData ?? formData)?.role === 'TASK_FORCE' ? (
            <StarInput source={`${prefix}starCode`} validate={required()} label="resources.users.fields.starCode" />
          ) : null
        }
      </FormDataConsumer>
    </>
  );
}

/**
 * 新建账号. The server answers a temporary password this once: a dialog shows it (复制) instead of
 * react-admin's notice; closing it opens the new account, and nothing keeps the password.
 */
export function UserCreate() {
  const translate = useTranslate();
  const redirect = useRedirect();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<Created | null>(null);
  return (
    <>
      <Create redirect={false} mutationOptions={{ onSuccess: (data: Created) => setCreated(data) }}>
        <SimpleForm defaultValues={NEW_ACCOUNT}>
          <TextInput source="username" validate={[required(), minLength(2), maxLength(60)]} />
          <TextInput source="displayName" validate={[required(), maxLength(60)]} />
          <PersonInput source="personId" />
          <ArrayInput source="roles" helperText={translate('users.roles_hint')}>
            <SimpleFormIterator inline disableReordering>
              <GrantFields />
            </SimpleFormIterator>
          </ArrayInput>
        </SimpleForm>
      </Create>
      {created && (
        <TemporaryPasswordDialog
          name={created.displayName}
          password={created.temporaryPassword}
          onClosed={() => {
            // react-admin caches a created record as if read by getOne: this one carries the password.
            queryClient.removeQueries({ queryKey: ['users', 'getOne'] });
            const id = created.id;
            setCreated(null);
            redirect('show', 'users', id);
          }}
        />
      )}
    </>
  );
}
