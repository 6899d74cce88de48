import { Create, SimpleForm, TextInput, required } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { DepartmentInput, StarInput, UnitInput } from '../../shared/inputs';

/** One task force per star per district; the server refuses a second (TASK_FORCE.EXISTS on starCode). */
export const TaskForceCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <UnitInput source="districtId" level="DISTRICT" validate={required()} />
      <StarInput source="starCode" validate={required()} />
      <DistrictDepartment />
      <TextInput source="name" />
    </SimpleForm>
  </Create>
);

/** The lead department must be one of the chosen district's departments. */
function DistrictDepartment() {
  const districtId = useWatch({ name: 'districtId' }) as string | undefined;
  return <DepartmentInput source="leadDepartmentId" filter={districtId ? { districtId } : {}} validate={required()} />;
}
