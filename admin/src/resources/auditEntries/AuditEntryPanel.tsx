import FilterAltIcon from '@mui/icons-material/FilterAlt';
import { Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Button, useListContext, useRecordContext, useTranslate } from 'react-admin';
import { formatMoment, useFieldLabel } from './labels';

export interface AuditEntryRecord {
  id: string;
  at: string;
  userId: string | null;
  username: string | null;
  operation: string;
  action: string;
  targetType: string;
  targetId: string | null;
  /** The target's name (empty when gone, nameless, or confidential to this user). */
  targetLabel?: string | null;
  /** The acting user's display name. */
  actorName?: string | null;
  address: string | null;
  changes: Record<string, { before?: unknown; after?: unknown }> | null;
  hash: string;
  prevHash: string;
}

/** The server writes "[hidden]" instead of secrets (password and token hashes). */
const HIDDEN = '[hidden]';

/**
 * One side of a changed field as text: absent (created or deleted), empty, hidden (a secret), yes/no,
 * a moment in Beijing time, or the value; `muted` for the first three. Shared by the panel and CSV.
 */
export function changeText(
  entry: { before?: unknown; after?: unknown },
  side: 'before' | 'after',
  translate: (key: string) => string,
): { text: string; muted?: boolean; code?: boolean } {
  // A created record has no "before", a deleted one no "after": that is not the same as empty.
  if (!(side in entry)) return { text: translate('audit.absent'), muted: true };
  const v = entry[side];
  if (v === null || v === undefined || v === '') return { text: translate('audit.empty'), muted: true };
  if (v === HIDDEN) return { text: translate('audit.hidden'), muted: true };
  if (typeof v === 'boolean') return { text: translate(v ? 'ra.boolean.true' : 'ra.boolean.false') };
  if (typeof v === 'string') return { text: formatMoment(v) ?? v };
  if (typeof v === 'number') return { text: String(v) };
  return { text: JSON.stringify(v), code: true };
}

function Value({ entry, side }: { entry: { before?: unknown; after?: unknown }; side: 'before' | 'after' }) {
  const translate = useTranslate();
  const { text, muted, code } = changeText(entry, side, translate);
  if (muted) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        {text}
      </Typography>
    );
  }
  if (code)
    return (
      <Box component="code" sx={{ fontSize: '0.8125rem', wordBreak: 'break-all' }}>
        {text}
      </Box>
    );
  return <>{text}</>;
}

function Meta({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0, fontFamily: 'monospace', wordBreak: 'break-all' }}>
        {children}
      </Typography>
    </>
  );
}

/**
 * One entry opened in the list: each changed field as 修改前 → 修改后 (not the raw JSON), the hash
 * chain link, and shortcuts to the other entries of the same record or user.
 */
export function AuditEntryPanel() {
  const record = useRecordContext<AuditEntryRecord>();
  const translate = useTranslate();
  const fieldLabel = useFieldLabel();
  const { setFilters, displayedFilters } = useListContext();
  if (!record) return null;
  const changes = Object.entries(record.changes ?? {});
  const show = (filters: Record<string, string>) =>
    setFilters(filters, { ...displayedFilters, ...Object.fromEntries(Object.keys(filters).map((k) => [k, true])) });
  return (
    <Box sx={{ py: 1, px: { xs: 0, sm: 2 }, maxWidth: 1100 }} data-testid="audit-entry-panel">
      {changes.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('audit.no_changes')}
        </Typography>
      ) : (
        <Table size="small" sx={{ mb: 1.5, '& td, & th': { verticalAlign: 'top' } }} data-testid="audit-changes">
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: '24%' }}>{translate('audit.field')}</TableCell>
              <TableCell sx={{ width: '38%' }}>{translate('audit.before')}</TableCell>
              <TableCell sx={{ width: '38%' }}>{translate('audit.after')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {changes.map(([field, entry]) => {
              const label = fieldLabel(record.targetType, field);
              return (
                <TableRow key={field}>
                  <TableCell>
                    {label}
                    {label !== field && (
                      <Typography
                        component="span"
                        variant="caption"
                        color="text.secondary"
                        sx={{ ml: 0.75, fontFamily: 'monospace' }}
                      >
                        {field}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>
                    <Value entry={entry ?? {}} side="before" />
                  </TableCell>
                  <TableCell>
                    <Value entry={entry ?? {}} side="after" />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      <Box
        component="dl"
        sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.25, my: 1 }}
      >
        <Meta label={translate('resources.auditEntries.fields.address')}>{record.address ?? '—'}</Meta>
        <Meta label={translate('resources.auditEntries.fields.prevHash')}>{record.prevHash}</Meta>
        <Meta label={translate('resources.auditEntries.fields.hash')}>{record.hash}</Meta>
      </Box>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {record.targetId && (
          <Button
            label={translate('audit.same_target')}
            onClick={() => show({ targetType: record.targetType, targetId: record.targetId! })}
          >
            <FilterAltIcon />
          </Button>
        )}
        {record.userId && (
          <Button label={translate('audit.same_user')} onClick={() => show({ userId: record.userId! })}>
            <FilterAltIcon />
          </Button>
        )}
      </Stack>
    </Box>
  );
}
