import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import { Alert } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { Button, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../dataProvider';
import type { AuditChainVerification } from '../../dataProvider/system';

/** 校验审计链: the server recomputes every hash from the first entry (it reads the whole trail, so only on demand). */
export function VerifyChainButton({ onResult }: { onResult: (r: AuditChainVerification | null) => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { mutate, isPending } = useMutation({
    mutationFn: () => dataProvider.verifyAuditChain(),
    onMutate: () => onResult(null),
    onSuccess: onResult,
    onError: (e: Error) => notify(e.message, { type: 'error', messageArgs: { _: e.message } }),
  });
  return (
    <Button label={translate('audit.verify')} onClick={() => mutate()} disabled={isPending}>
      <VerifiedUserIcon />
    </Button>
  );
}

export function ChainResult({ result, onClose }: { result: AuditChainVerification; onClose: () => void }) {
  const translate = useTranslate();
  return (
    <Alert
      severity={result.valid ? 'success' : 'error'}
      variant={result.valid ? 'standard' : 'filled'}
      onClose={onClose}
      sx={{ mt: 1 }}
      data-testid="audit-chain-result"
    >
      {result.valid
        ? translate('audit.chain_valid', { checked: result.checked })
        : translate('audit.chain_invalid', { checked: result.checked, id: result.firstInvalidId ?? '—' })}
    </Alert>
  );
}
