import StorefrontIcon from '@mui/icons-material/Storefront';
import { Breadcrumbs, Link as MuiLink, Typography } from '@mui/material';
import {
  Button,
  CreateButton,
  DataTable,
  EditButton,
  Labeled,
  Link,
  NumberField,
  Pagination,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { Permissions } from '../../permissions';
import { EnumField } from '../../shared/enums';
import { RefLinkField, SampleField, TimestampField } from '../../shared/fields';
import { childLevel } from '../../shared/levels';
import { FULL_RECORD } from '../../shared/fullRecord';

/** Ancestors from the root; those above the user's scope are plain text (the server would say NOT_FOUND). */
function Ancestors() {
  const record = useRecordContext<{ ancestors?: { id: string; name: string }[] }>();
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  if (!record?.ancestors?.length) return <span>—</span>;
  const roots = new Set((permissions?.grants ?? []).map((g) => String(g.unitId)));
  const firstInScope = record.ancestors.findIndex((a) => roots.has(String(a.id)));
  return (
    <Breadcrumbs aria-label={translate('resources.units.fields.ancestors')}>
      {record.ancestors.map((a, i) =>
        firstInScope >= 0 && i >= firstInScope ? (
          <MuiLink key={a.id} component={Link} to={`/units/${a.id}/show`} underline="hover">
            {a.name}
          </MuiLink>
        ) : (
          <Typography key={a.id} color="text.disabled" title={translate('units.outside_scope')}>
            {a.name}
          </Typography>
        ),
      )}
    </Breadcrumbs>
  );
}

function UnitShowActions() {
  const record = useRecordContext<{ id: string; level: string }>();
  const translate = useTranslate();
  const next = childLevel(record?.level);
  return (
    <TopToolbar>
      {record?.level === 'BRANCH' && (
        <Button component={Link} to={`/branches/${record.id}/show`} label={translate('units.open_branch')}>
          <StorefrontIcon />
        </Button>
      )}
      {record && next && (
        <CreateButton
          resource={next === 'BRANCH' ? 'branches' : 'units'}
          label="units.add_child"
          state={{ record: { parentId: record.id, level: next } }}
        />
      )}
      <EditButton />
    </TopToolbar>
  );
}

function KindFields() {
  const record = useRecordContext<{ level: string }>();
  if (record?.level === 'TOWNSHIP') {
    return (
      <Labeled source="townshipKind">
        <EnumField source="townshipKind" enumName="TownshipKind" />
      </Labeled>
    );
  }
  if (record?.level === 'BRANCH') {
    return (
      <>
        <Labeled source="category">
          <EnumField source="category" enumName="BranchCategory" />
        </Labeled>
        <Labeled source="branchKind">
          <EnumField source="branchKind" enumName="BranchKind" />
        </Labeled>
      </>
    );
  }
  return null;
}

export function UnitShow() {
  const translate = useTranslate();
  return (
    <Show queryOptions={FULL_RECORD} actions={<UnitShowActions />}>
      <SimpleShowLayout>
        <TextField source="name" />
        <EnumField source="level" enumName="UnitLevel" />
        <TextField source="code" emptyText="—" />
        <KindFields />
        <RefLinkField source="parent" reference="units" />
        <Labeled source="ancestors">
          <Ancestors />
        </Labeled>
        <NumberField source="childCount" />
        <SampleField source="isSample" />
        <NumberField source="sortOrder" />
        <TimestampField source="createdAt" />
        <TimestampField source="updatedAt" />
        <Typography variant="subtitle1" sx={{ mt: 2 }}>
          {translate('resources.units.fields.children')}
        </Typography>
        <ReferenceManyField
          reference="units"
          target="parentId"
          sort={{ field: 'sortOrder', order: 'ASC' }}
          perPage={10}
          pagination={<Pagination />}
          label={false}
        >
          <DataTable
            rowClick="show"
            bulkActionButtons={false}
            empty={<Typography variant="body2">{translate('units.no_children')}</Typography>}
          >
            <DataTable.Col source="name" />
            <DataTable.Col source="level">
              <EnumField source="level" enumName="UnitLevel" />
            </DataTable.Col>
            <DataTable.Col source="code" />
            <DataTable.Col source="childCount" disableSort />
          </DataTable>
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
}
