import { Link as MuiLink } from '@mui/material';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { useEnumLabel } from '../../shared/enums';

/** The finding's spot check by the unit it checked and its date, linked to the check. */
export function SpotCheckLink() {
  const record = useRecordContext();
  const createPath = useCreatePath();
  const sc = record?.spotCheck as { id: string; plannedFor?: string; targetUnit?: { name: string } } | undefined;
  if (!sc) return <span>—</span>;
  return (
    <MuiLink
      component={Link}
      to={createPath({ resource: 'spotChecks', id: sc.id, type: 'show' })}
      onClick={(e: React.MouseEvent) => e.stopPropagation()}
    >
      {sc.targetUnit?.name ?? sc.id} · {sc.plannedFor}
    </MuiLink>
  );
}

/** The finding's rectification by its state, linked to it; or why there is none. */
export function RectificationLink() {
  const record = useRecordContext();
  const createPath = useCreatePath();
  const translate = useTranslate();
  const status = useEnumLabel('RectificationStatus');
  if (record?.withdrawn) return <span>{translate('findings.withdrawn_short')}</span>;
  const r = record?.rectification as { id: string; status: string; deadline?: string; overdue?: boolean } | undefined;
  if (!r) return <span>{translate('findings.none')}</span>;
  return (
    <MuiLink
      component={Link}
      to={createPath({ resource: 'rectifications', id: r.id, type: 'show' })}
      onClick={(e: React.MouseEvent) => e.stopPropagation()}
    >
      {status(r.status)}
      {r.overdue ? ` · ${translate('supervision.overdue')}` : ''}
    </MuiLink>
  );
}
