import { Typography } from '@mui/material';
import { useEffect } from 'react';
import {
  DateInput,
  Labeled,
  RadioButtonGroupInput,
  SimpleForm,
  TextInput,
  required,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { BRANCH_ROLES, isAdmin, type Permissions } from '../../permissions';
import { EnumInput } from '../../shared/enums';
import { RefLinkField } from '../../shared/fields';
import { DepartmentInput, PersonInput, TaskForceInput, UnitInput } from '../../shared/inputs';
import { PLACE_SOURCE, ROLE_PLACES, placeKindOf } from './rolePlaces';

/** The place input follows the role: a unit of the right level, a department or a task force. */
function PlaceInput() {
  const translate = useTranslate();
  const values = useWatch() as Record<string, unknown>;
  const { setValue } = useFormContext();
  const rule = ROLE_PLACES[String(values.role ?? '')];
  const kind = placeKindOf(values);
  useEffect(() => {
    if (rule && rule.kinds.length > 1 && values.placeKind !== kind) setValue('placeKind', kind);
  }, [rule, kind]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!rule || !kind)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('positions.place_hint')}
      </Typography>
    );
  return (
    <>
      {rule.kinds.length > 1 && (
        <RadioButtonGroupInput
          source="placeKind"
          label={translate('positions.place_kind')}
          choices={rule.kinds.map((k) => ({
            id: k,
            name: translate(`positions.place_${k === 'taskForce' ? 'task_force' : k}`),
          }))}
        />
      )}
      {kind === 'unit' && (
        <UnitInput
          key={`unit-${rule.unitLevel}`}
          source={PLACE_SOURCE.unit}
          level={rule.unitLevel}
          validate={required()}
        />
      )}
      {kind === 'department' && <DepartmentInput source={PLACE_SOURCE.department} validate={required()} />}
      {kind === 'taskForce' && <TaskForceInput source={PLACE_SOURCE.taskForce} validate={required()} />}
    </>
  );
}

export function PositionForm({ mode }: { mode: 'create' | 'edit' }) {
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  // Township staff appoint branch secretaries and members only (the server says so too).
  const roles = isAdmin(permissions) ? undefined : BRANCH_ROLES;
  return (
    <SimpleForm>
      {mode === 'create' ? (
        <PersonInput source="personId" validate={required()} />
      ) : (
        <Labeled source="person" label="resources.positions.fields.person">
          <>
            <RefLinkField source="person" reference="people" />
            <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
              {translate('positions.person_fixed')}
            </Typography>
          </>
        </Labeled>
      )}
      <EnumInput source="role" enumName="PositionRole" only={roles} validate={required()} />
      <PlaceInput />
      <TextInput source="title" />
      <DateInput source="startDate" validate={required()} />
      <DateInput source="endDate" helperText={translate('positions.end_hint')} />
    </SimpleForm>
  );
}
