import BlockIcon from '@mui/icons-material/Block';
import { useState } from 'react';
import { Button, Confirm, useDataProvider, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../dataProvider';
import { useAction } from '../../shared/useAction';
import type { ApiTokenRecord } from './TokenStatusField';

/** 吊销: on a live token only, after a confirmation; the row then shows it as revoked. */
export function RevokeApiTokenButton() {
  const record = useRecordContext<ApiTokenRecord>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [open, setOpen] = useState(false);
  const { busy, act } = useAction(useRefresh());
  const revoke = (id: string) =>
    act(() => dataProvider.revokeApiToken(id), 'apiTokens.revoked').then(() => setOpen(false));
  if (!record || record.revokedAt) return null;
  return (
    <>
      <Button
        label={translate('apiTokens.revoke')}
        color="error"
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
      >
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title="apiTokens.revoke_title"
        titleTranslateOptions={{ name: record.name ?? record.id }}
        content="apiTokens.revoke_content"
        confirm="apiTokens.revoke"
        confirmColor="warning"
        onConfirm={() => void revoke(record.id)}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
