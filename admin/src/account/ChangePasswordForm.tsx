import { Alert, Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';

/** 修改密码: current, new, new again; the server's rule refusals are shown as they come. */
export function ChangePasswordForm({ onChanged }: { onChanged?: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (next !== repeat) {
      setError(translate('account.mismatch'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await dataProvider.changePassword(current, next);
      notify('account.changed', { type: 'success' });
      setCurrent('');
      setNext('');
      setRepeat('');
      onChanged?.();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box component="form" onSubmit={submit} sx={{ maxWidth: 420 }} data-testid="change-password">
      <Typography variant="h6" gutterBottom>
        {translate('account.change_title')}
      </Typography>
      <Stack spacing={2}>
        <TextField
          type="password"
          name="currentPassword"
          label={translate('account.current')}
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          autoComplete="current-password"
          required
        />
        <TextField
          type="password"
          name="newPassword"
          label={translate('account.new')}
          value={next}
          onChange={(e) => setNext(e.target.value)}
          autoComplete="new-password"
          helperText={translate('account.rules')}
          required
        />
        <TextField
          type="password"
          name="repeatPassword"
          label={translate('account.repeat')}
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
          autoComplete="new-password"
          required
        />
        {error && (
          <Alert severity="error" role="alert">
            {error}
          </Alert>
        )}
        <Button type="submit" variant="contained" disabled={busy}>
          {translate('account.change')}
        </Button>
      </Stack>
    </Box>
  );
}
