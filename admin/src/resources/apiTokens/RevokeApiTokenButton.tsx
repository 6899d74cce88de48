import BlockIcon from '@mui/icons-material/Block';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Confirm, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../dataProvider';
import type { ApiTokenRecord } from './TokenStatusField';

/** 吊销: on a live token only, after a confirmation; the row then shows it as revoked. */
export function RevokeApiTokenButton() {
  const record = useRecordContext<ApiTokenRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [open, setOpen] = useState(false);
  const { mutate, isPending } = useMutation({
    mutationFn: (id: string) => dataProvider.revokeApiToken(id),
    onSuccess: () => {
      setOpen(false);
      notify('apiTokens.revoked', { type: 'success' });
      refresh();
    },
    onError: (e: Error) => {
      setOpen(false);
      notify(e.message, { type: 'error', messageArgs: { _: e.message } });
    },
  });
  if (!record || record.revokedAt) return null;
  return (
    <>
      <Button label={translate('apiTokens.revoke')} color="error" onClick={(e) => { e.stopPropagation(); setOpen(true); }}>
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title="apiTokens.revoke_title"
        titleTranslateOptions={{ name: record.name ?? record.id }}
        content="apiTokens.revoke_content"
        confirm="apiTokens.revoke"
        confirmColor="warning"
        onConfirm={() => mutate(record.id)}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
