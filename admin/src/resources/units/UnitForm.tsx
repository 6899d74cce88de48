import { Labeled, NumberInput, SimpleForm, TextInput, required } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { EnumField, EnumInput } from '../../shared/enums';
import { UnitInput } from '../../shared/inputs';
import { LEVEL_ORDER, parentLevel } from '../../shared/levels';

/** Parent choices follow the level: a unit hangs directly under the level above it. */
function ParentInput() {
  const level = useWatch({ name: 'level' }) as string | undefined;
  const above = parentLevel(level);
  // Moving under its own descendant is refused by the server (UNIT.CYCLE), shown under this input.
  return <UnitInput source="parentId" level={above} validate={required()} disabled={!above} />;
}

function KindInputs() {
  const level = useWatch({ name: 'level' }) as string | undefined;
  if (level === 'TOWNSHIP') return <EnumInput source="townshipKind" enumName="TownshipKind" validate={required()} />;
  if (level === 'BRANCH') {
    return (
      <>
        <EnumInput source="category" enumName="BranchCategory" validate={required()} />
        <EnumInput source="branchKind" enumName="BranchKind" validate={required()} />
      </>
    );
  }
  return null;
}

/** Units of any level (branches have their own, simpler form under 支部). */
export function UnitForm({ mode }: { mode: 'create' | 'edit' }) {
  return (
    <SimpleForm>
      {mode === 'create' ? (
        <EnumInput source="level" enumName="UnitLevel" only={LEVEL_ORDER.slice(1)} validate={required()} />
      ) : (
        <Labeled source="level">
          <EnumField source="level" enumName="UnitLevel" />
        </Labeled>
      )}
      <ParentInput />
      <TextInput source="name" validate={required()} />
      <TextInput source="code" />
      <KindInputs />
      <NumberInput source="sortOrder" step={1} />
    </SimpleForm>
  );
}
