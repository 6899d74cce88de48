import { useCallback } from 'react';
import { DataTable, List, SelectInput, SimpleList, TextField, useTranslate, type Exporter } from 'react-admin';
import { downloadTable } from '../../shared/csv';
import { EnumField, EnumInput, useEnumLabel } from '../../shared/enums';
import { RefLinkField, SampleField } from '../../shared/fields';
import { UnitInput } from '../../shared/inputs';
import { ResponsiveList } from '../../shared/layout';
import { SearchFilter } from '../../shared/SearchFilter';

const filters = [
  <SearchFilter key="search" source="search" alwaysOn />,
  <UnitInput key="parentId" source="parentId" level="TOWNSHIP" label="resources.branches.fields.parentId" alwaysOn />,
  <EnumInput key="category" source="category" enumName="BranchCategory" alwaysOn />,
  // The dashboard's level chart opens this list filtered by level within a unit.
  <SelectInput
    key="starLevel"
    source="starLevel"
    choices={[0, 1, 2, 3, 4, 5].map((n) => ({ id: n, name: `${n} ★` }))}
  />,
  <UnitInput key="withinId" source="withinId" />,
];

/** CSV in the interface language, enum values by label (what a secretary would type in Excel). */
function useBranchExporter(): Exporter {
  const translate = useTranslate();
  const category = useEnumLabel('BranchCategory');
  const kind = useEnumLabel('BranchKind');
  return useCallback<Exporter>(
    (records) => {
      const f = (k: string) => translate(`resources.branches.fields.${k}`);
      downloadTable(
        translate('resources.branches.name', { smart_count: 2 }),
        [f('name'), f('code'), f('category'), f('branchKind'), f('township'), f('isSample')],
        records.map((r) => [
          r.name,
          r.code,
          category(r.category),
          kind(r.branchKind),
          r.township?.name,
          translate(r.isSample ? 'ra.boolean.true' : 'ra.boolean.false'),
        ]),
      );
    },
    [translate, category, kind],
  );
}

export function BranchList() {
  const exporter = useBranchExporter();
  const category = useEnumLabel('BranchCategory');
  return (
    <List perPage={25} filters={filters} sort={{ field: 'sortOrder', order: 'ASC' }} exporter={exporter}>
      <ResponsiveList
        table={
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="name" />
            <DataTable.Col source="code" />
            <DataTable.Col source="category">
              <EnumField source="category" enumName="BranchCategory" />
            </DataTable.Col>
            <DataTable.Col source="branchKind" disableSort>
              <EnumField source="branchKind" enumName="BranchKind" />
            </DataTable.Col>
            <DataTable.Col source="starLevel" disableSort />
            <DataTable.Col source="township" disableSort>
              <RefLinkField source="township" reference="units" />
            </DataTable.Col>
            <DataTable.Col source="isSample" disableSort>
              <SampleField />
            </DataTable.Col>
          </DataTable>
        }
        small={
          <SimpleList
            primaryText={(r) => r.name}
            secondaryText={(r) => [r.township?.name, category(r.category)].filter(Boolean).join(' · ')}
            tertiaryText={(r) => <TextField record={r} source="code" />}
            rowClick="show"
          />
        }
      />
    </List>
  );
}
