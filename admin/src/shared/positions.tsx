/** How a position reads: "支部书记 · 樱桃沟社区" (role and the unit, department or task force it is held in). */
import { Chip, Stack } from '@mui/material';
import { useFieldValue } from 'react-admin';
import { useEnumLabel } from './enums';

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
