import CheckIcon from '@mui/icons-material/Check';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useLocaleState, useNotify, useRedirect, useTranslate } from 'react-admin';
import { intlLocale } from '../../i18n';
import { copyText } from '../../shared/clipboard';
import { SHANGHAI } from '../../shared/fields';

export interface CreatedApiToken {
  id: string;
  name: string | null;
  /** The secret: answered by createApiToken this once, never readable again. */
  token: string;
  expiresAt: string;
  scopeUnit?: { id: string; name: string } | null;
}

/** Shows a new token's secret once, with a copy button and a warning that it cannot be shown again. */
export function CreatedTokenDialog({ created, onClosed }: { created: CreatedApiToken; onClosed: () => void }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const redirect = useRedirect();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    const ok = await copyText(created.token, input.current);
    setCopied(ok);
    notify(ok ? 'apiTokens.copied' : 'apiTokens.copy_failed', { type: ok ? 'success' : 'warning' });
  };
  const close = () => {
    // react-admin caches a created record as if read by getOne: this one carries the secret.
    queryClient.removeQueries({ queryKey: ['apiTokens', 'getOne'] });
    onClosed();
    redirect('list', 'apiTokens');
  };
  // Only the close button closes it: a stray click beside the dialog must not lose the secret.
  return (
    <Dialog open maxWidth="md" fullWidth aria-labelledby="created-token-title" data-testid="created-token">
      <DialogTitle id="created-token-title">
        {translate('apiTokens.created_title', { name: created.name ?? '' })}
      </DialogTitle>
      <DialogContent>
        <Alert severity="warning" variant="filled" sx={{ mb: 2, fontSize: '1rem' }}>
          {translate('apiTokens.once_warning')}
        </Alert>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' } }}>
          <TextField
            label={translate('apiTokens.secret')}
            value={created.token}
            inputRef={input}
            fullWidth
            onFocus={(e) => e.target.select()}
            slotProps={{
              htmlInput: {
                readOnly: true,
                'data-testid': 'api-token-secret',
                spellCheck: false,
                style: { fontFamily: 'monospace' },
              },
            }}
          />
          <Button
            variant="contained"
            startIcon={copied ? <CheckIcon /> : <ContentCopyIcon />}
            onClick={copy}
            sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
          >
            {translate(copied ? 'apiTokens.copied_short' : 'apiTokens.copy')}
          </Button>
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          {translate('apiTokens.usage')}
        </Typography>
        <Box
          component="dl"
          sx={{
            display: 'grid',
            gridTemplateColumns: 'max-content 1fr',
            columnGap: 2,
            rowGap: 0.5,
            mt: 2,
            mb: 0,
            '& dd': { m: 0 },
          }}
        >
          <Typography component="dt" variant="body2" color="text.secondary">
            {translate('resources.apiTokens.fields.scopeUnit')}
          </Typography>
          <Typography component="dd" variant="body2">
            {created.scopeUnit?.name ?? '—'}
          </Typography>
          <Typography component="dt" variant="body2" color="text.secondary">
            {translate('resources.apiTokens.fields.expiresAt')}
          </Typography>
          <Typography component="dd" variant="body2">
            {new Date(created.expiresAt).toLocaleString(intlLocale(locale), {
              timeZone: SHANGHAI,
              year: 'numeric',
              month: '2-digit',
              day: '2-digit',
              hour: '2-digit',
              minute: '2-digit',
            })}
          </Typography>
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={close} variant="outlined">
          {translate('apiTokens.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
