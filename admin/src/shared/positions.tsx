import { NoRecords } from './NoRecords';
/** How a position reads: "支部书记 · 樱桃沟社区" (role and the unit, department or task force it is held in). */
import { Chip, Stack } from '@mui/material';
import { DataTable, FunctionField, Pagination, ReferenceManyField, useFieldValue } from 'react-admin';
import { EnumField, useEnumLabel } from './enums';
import { DayField, RefLinkField } from './fields';

export interface PositionLike {
  id: string;
  role: string;
  title?: string | null;
  unit?: { id: string; name: string } | null;
  department?: { id: string; name: string } | null;
  taskForce?: { id: string; name: string } | null;
}

export function placeName(p: Partial<PositionLike>): string {
  return p.unit?.name ?? p.department?.name ?? p.taskForce?.name ?? '';
}

export function usePositionText() {
  const role = useEnumLabel('PositionRole');
  return (p: PositionLike) => [role(p.role), placeName(p)].filter(Boolean).join(' · ');
}

/** Chips for a list of positions (a person's current positions). */
export function PositionChips({ source }: { source: string; label?: string; sortable?: boolean }) {
  const value = (useFieldValue({ source }) ?? []) as PositionLike[];
  const text = usePositionText();
  if (!value.length) return <span>—</span>;
  return (
    <Stack sx={{ flexWrap: 'wrap' }} direction="row" spacing={0.5} useFlexGap component="span">
      {value.map((p) => (
        <Chip key={p.id} size="small" label={text(p)} component="span" />
      ))}
    </Stack>
  );
}

export type PositionColumn = 'person' | 'role' | 'place' | 'title' | 'startDate' | 'endDate';

/**
 * The positions held in (or by) the record being shown — a person's history, a task force's or a
 * department's people — newest first, with the columns each page needs.
 */
export function PositionsOf({
  target,
  columns,
  filter,
}: {
  target: string;
  columns: PositionColumn[];
  filter?: Record<string, unknown>;
}) {
  const has = (c: PositionColumn) => columns.includes(c);
  return (
    <ReferenceManyField
      reference="positions"
      target={target}
      filter={filter}
      sort={{ field: 'startDate', order: 'DESC' }}
      perPage={10}
      pagination={<Pagination />}
      label={false}
    >
      <DataTable empty={<NoRecords />} rowClick="show" bulkActionButtons={false}>
        {has('person') && (
          <DataTable.Col source="person" disableSort>
            <RefLinkField source="person" reference="people" />
          </DataTable.Col>
        )}
        {has('role') && (
          <DataTable.Col source="role">
            <EnumField source="role" enumName="PositionRole" />
          </DataTable.Col>
        )}
        {has('place') && (
          <DataTable.Col source="place" disableSort>
            <FunctionField render={(r: PositionLike) => placeName(r) || '—'} />
          </DataTable.Col>
        )}
        {has('title') && <DataTable.Col source="title" disableSort />}
        {has('startDate') && (
          <DataTable.Col source="startDate">
            <DayField source="startDate" />
          </DataTable.Col>
        )}
        {has('endDate') && (
          <DataTable.Col source="endDate">
            <DayField source="endDate" />
          </DataTable.Col>
        )}
      </DataTable>
    </ReferenceManyField>
  );
}
