import { usePunctuation } from '../../shared/punctuation';
import { useRecordContext, useTranslate } from 'react-admin';
import { Chip } from '@mui/material';
import { useStarName } from '../../shared/fields';
import { shanghaiToday } from '../../shared/dates';
import { useEnumLabel } from '../../shared/enums';

/** The year the plan list opens on and a new plan starts with. */
export const thisYear = () => Number(shanghaiToday().slice(0, 4));

type Rollup = { total: number; done: number; overdue: number; completion: number } | undefined;

export const rollupText = (r: Rollup, translate: (key: string, args?: object) => string) =>
  r ? translate('stars.rollup', r) : '—';

export function RollupField(_props: { label?: string }) {
  const record = useRecordContext<{ rollup?: Rollup }>();
  const translate = useTranslate();
  return <span>{rollupText(record?.rollup, translate)}</span>;
}

/** 逾期 as a red chip (the record's `overdue`, or `overdue` given); `label` titles it in a show layout. */
export function OverdueChip({ overdue }: { overdue?: boolean; label?: string }) {
  const r = useRecordContext<{ overdue?: boolean }>();
  const translate = useTranslate();
  return (overdue ?? r?.overdue) ? (
    <Chip size="small" color="error" label={translate('stars.overdue')} data-testid="overdue" />
  ) : (
    <span>—</span>
  );
}

export function PlanStars(_props: { label?: string }) {
  const r = useRecordContext<{
    stars?: { id: string; starCode: string; intent: string; owner?: { name: string } | null }[];
  }>();
  const starName = useStarName();
  const { paren } = usePunctuation();
  if (!r?.stars?.length) return <span>—</span>;
  return (
    <span>
      {r.stars.map((s) => (
        <span key={s.id} style={{ marginRight: 12 }}>
          <EnumLabel enumName="PlanStarIntent" value={s.intent} /> {starName(s.starCode)}
          {s.owner ? paren(s.owner.name) : ''}
        </span>
      ))}
    </span>
  );
}

function EnumLabel({ enumName, value }: { enumName: string; value: string }) {
  const label = useEnumLabel(enumName);
  return <b>{label(value)}</b>;
}
