import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Button, Chip } from '@mui/material';
import { useEffect } from 'react';
import {
  DataTable,
  List,
  Loading,
  ShowButton,
  SimpleList,
  useListContext,
  usePermissions,
  useTranslate,
  CreateButton,
  ExportButton,
  FilterButton,
  TopToolbar,
} from 'react-admin';
import type { Permissions } from '../../permissions';
import { EnumField, EnumInput, useEnumLabel } from '../../shared/enums';
import { SampleField } from '../../shared/fields';
import { ResponsiveList } from '../../shared/layout';
import { SearchFilter } from '../../shared/SearchFilter';
import { UnitBreadcrumb } from './UnitBreadcrumb';
import { useCsvExporter } from '../../shared/csv';
import { ExcelExportButton } from '../../imports/ExcelExportButton';

const filters = [
  <SearchFilter key="search" source="search" alwaysOn />,
  <EnumInput key="level" source="level" enumName="UnitLevel" />,
];

/**
 * The tree, one level at a time: the list shows the children of `parentId`; a search looks in the
 * whole subtree of the current unit instead (parentId becomes withinId while a search is typed).
 */
function useSubtreeSearch() {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const { search, parentId, withinId } = filterValues as Record<string, string | undefined>;
  useEffect(() => {
    const { parentId: _p, withinId: _w, ...rest } = filterValues as Record<string, unknown>;
    if (search && parentId) setFilters({ ...rest, withinId: parentId }, displayedFilters, false);
    else if (!search && withinId) setFilters({ ...rest, parentId: withinId }, displayedFilters, false);
  }, [search, parentId, withinId]); // eslint-disable-line react-hooks/exhaustive-deps
}

function ChildCount({
  record,
  onOpen,
}: {
  record: { id?: unknown; name?: string; childCount?: number };
  onOpen: (id: string) => void;
}) {
  const translate = useTranslate();
  if (!record.childCount) return <span>0</span>;
  return (
    <Button
      size="small"
      endIcon={<ChevronRightIcon />}
      aria-label={`${translate('units.open_children')}：${record.name}`}
      onClick={(e) => {
        e.stopPropagation();
        onOpen(String(record.id));
      }}
    >
      {record.childCount}
    </Button>
  );
}

function UnitListContent() {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const translate = useTranslate();
  const levelLabel = useEnumLabel('UnitLevel');
  useSubtreeSearch();
  const current = (filterValues.parentId ?? filterValues.withinId) as string | undefined;
  const open = (id: string) => setFilters({ parentId: id }, displayedFilters, false);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const rowClick = (id: unknown, _resource: string, record: Record<string, any>) => {
    if (record.childCount > 0 && !filterValues.search) {
      open(String(id));
      return false;
    }
    return 'show';
  };
  return (
    <>
      {current && <UnitBreadcrumb unitId={current} onSelect={open} />}
      <ResponsiveList
        table={
          <DataTable rowClick={rowClick} bulkActionButtons={false}>
            <DataTable.Col source="name" />
            <DataTable.Col source="level">
              <EnumField source="level" enumName="UnitLevel" />
            </DataTable.Col>
            <DataTable.Col source="code" />
            <DataTable.Col source="childCount" disableSort render={(r) => <ChildCount record={r} onOpen={open} />} />
            <DataTable.Col source="category" label={translate('resources.units.fields.category')}>
              <EnumField source="category" enumName="BranchCategory" emptyText="" />
            </DataTable.Col>
            <DataTable.Col source="isSample" disableSort>
              <SampleField />
            </DataTable.Col>
            <DataTable.Col label={false} disableSort>
              <ShowButton />
            </DataTable.Col>
          </DataTable>
        }
        small={
          <SimpleList
            primaryText={(r) => r.name}
            secondaryText={(r) => [levelLabel(r.level), r.code].filter(Boolean).join(' · ')}
            tertiaryText={(r) =>
              r.childCount ? (
                <Chip size="small" label={`${translate('resources.units.fields.childCount')} ${r.childCount}`} />
              ) : null
            }
            rowClick={rowClick}
          />
        }
      />
    </>
  );
}

export function UnitList() {
  const csvExporter = useCsvExporter();
  const { permissions, isPending } = usePermissions<Permissions>();
  if (isPending) return <Loading />;
  // Start the drill-down at the top of the user's scope (their first grant's unit).
  const root = permissions?.grants[0]?.unitId;
  return (
    <List
      perPage={25}
      filters={filters}
      filterDefaultValues={root ? { parentId: root } : {}}
      sort={{ field: 'sortOrder', order: 'ASC' }}
      exporter={csvExporter}
      actions={
        <TopToolbar>
          <FilterButton />
          <CreateButton />
          <ExportButton />
          <ExcelExportButton kind="units" />
        </TopToolbar>
      }
    >
      <UnitListContent />
    </List>
  );
}
