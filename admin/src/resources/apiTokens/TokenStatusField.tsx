import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

export interface ApiTokenRecord {
  id: string;
  name: string | null;
  active: boolean;
  revokedAt: string | null;
  expiresAt: string;
}

/** 有效 / 已吊销 / 已过期: `active` is the server's word (neither revoked nor expired at its clock). */
export function tokenStatus(r: Pick<ApiTokenRecord, 'active' | 'revokedAt'>): 'active' | 'revoked' | 'expired' {
  if (r.revokedAt) return 'revoked';
  return r.active ? 'active' : 'expired';
}

const COLORS = { active: 'success', revoked: 'default', expired: 'warning' } as const;

export function TokenStatusField(_props: { label?: string }) {
  const record = useRecordContext<ApiTokenRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const status = tokenStatus(record);
  return (
    <Chip
      size="small"
      variant={status === 'active' ? 'filled' : 'outlined'}
      color={COLORS[status]}
      label={translate(`apiTokens.status_${status}`)}
      data-testid="token-status"
    />
  );
}
