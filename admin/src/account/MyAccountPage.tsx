import {
  Button as MuiButton,
  Card,
  CardContent,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Title, useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';
import type { MySession } from '../dataProvider/accounts';
import { intlLocale } from '../i18n';
import { SHANGHAI } from '../shared/fields';
import { ChangePasswordForm } from './ChangePasswordForm';

/** 我的账户: change the password; the open sessions, each ended by itself or all others at once. */
export function MyAccountPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [sessions, setSessions] = useState<MySession[] | null>(null);
  const load = useCallback(
    () => dataProvider.mySessions().then(setSessions, (e: Error) => notify(e.message, { type: 'error' })),
    [dataProvider, notify],
  );
  useEffect(() => {
    void load();
  }, [load]);
  const when = (v: string | null) => (v ? new Date(v).toLocaleString(intlLocale(locale), { timeZone: SHANGHAI }) : '—');
  const end = async (ids: string[], done: string) => {
    try {
      for (const id of ids) await dataProvider.revokeSession(id);
      notify(done, { type: 'success' });
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
    await load();
  };
  const others = (sessions ?? []).filter((s) => !s.current).map((s) => s.id);
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title={translate('account.title')} />
      <Card>
        <CardContent>
          <ChangePasswordForm onChanged={() => void load()} />
        </CardContent>
      </Card>
      <Card>
        <CardContent>
          <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
            <Typography variant="h6">{translate('account.sessions_title')}</Typography>
            <MuiButton
              variant="outlined"
              color="warning"
              disabled={others.length === 0}
              onClick={() => void end(others, 'account.signed_out_others')}
            >
              {translate('account.sign_out_others')}
            </MuiButton>
          </Stack>
          <Table size="small" data-testid="my-sessions">
            <TableHead>
              <TableRow>
                <TableCell>{translate('account.device')}</TableCell>
                <TableCell>{translate('account.address')}</TableCell>
                <TableCell>{translate('account.created')}</TableCell>
                <TableCell>{translate('account.last_used')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {(sessions ?? []).map((s) => (
                <TableRow key={s.id}>
                  <TableCell sx={{ maxWidth: 360, overflowWrap: 'anywhere' }}>
                    {s.userAgent ?? translate('account.unknown_device')}
                  </TableCell>
                  <TableCell>{s.address ?? '—'}</TableCell>
                  <TableCell>{when(s.createdAt)}</TableCell>
                  <TableCell>{when(s.lastUsedAt)}</TableCell>
                  <TableCell align="right">
                    {s.current ? (
                      <Chip size="small" color="success" label={translate('account.current_session')} />
                    ) : (
                      <MuiButton size="small" onClick={() => void end([s.id], 'account.session_ended')}>
                        {translate('account.end_session')}
                      </MuiButton>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
    </Stack>
  );
}
