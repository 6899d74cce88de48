import CheckIcon from '@mui/icons-material/Check';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useRef, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { copyText } from '../../shared/clipboard';

/**
 * A temporary password (new account, reset) shown once, with 复制. Only the close button closes it:
 * a stray click beside the dialog must not lose the password.
 */
export function TemporaryPasswordDialog({
  name,
  password,
  onClosed,
}: {
  name: string;
  password: string;
  onClosed: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    const ok = await copyText(password, input.current);
    setCopied(ok);
    notify(ok ? 'users.copied' : 'users.copy_failed', { type: ok ? 'success' : 'warning' });
  };
  return (
    <Dialog open maxWidth="sm" fullWidth aria-labelledby="temp-password-title" data-testid="temporary-password">
      <DialogTitle id="temp-password-title">{translate('users.temp_title', { name })}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" variant="filled" sx={{ mb: 2 }}>
          {translate('users.temp_warning')}
        </Alert>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' } }}>
          <TextField
            label={translate('users.temp_password')}
            value={password}
            inputRef={input}
            fullWidth
            onFocus={(e) => e.target.select()}
            slotProps={{
              htmlInput: {
                readOnly: true,
                'data-testid': 'temporary-password-value',
                spellCheck: false,
                style: { fontFamily: 'monospace' },
              },
            }}
          />
          <Button variant="contained" startIcon={copied ? <CheckIcon /> : <ContentCopyIcon />} onClick={copy}>
            {translate(copied ? 'users.copied_short' : 'users.copy')}
          </Button>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClosed} variant="outlined">
          {translate('users.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
