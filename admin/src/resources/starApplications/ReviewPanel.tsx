import {
  Box,
  Button as MuiButton,
  Card,
  CardContent,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../dataProvider';
import { useEnumLabel } from '../../shared/enums';
import type { EvidenceFile } from './items';
import { ResubmitDialog } from './ResubmitDialog';

/** A star application as its show page reads it. */
export interface AppRecord {
  id: string;
  status: string;
  allowedActions: string[];
  branchId: string;
  starCode: string;
  branch?: { id: string; name: string };
  starType?: { nameZh: string; nameEn: string };
  year: number;
  selfScore: number;
  noticeStartsOn: string | null;
  noticeEndsOn: string | null;
  items: {
    id: string;
    keyTaskId: string;
    met: boolean;
    score: number;
    note: string | null;
    keyTask?: { code: string; title: string };
    evidence: EvidenceFile[];
  }[];
  transitions: {
    id: string;
    fromStatus: string | null;
    toStatus: string;
    decision: string | null;
    actorName: string;
    at: string;
    comment: string | null;
  }[];
  objections: {
    id: string;
    status: string;
    reason: string;
    filedByName: string;
    filedAt: string;
    resolution: string | null;
    /** UPHOLD / DISMISS: what this user may do with it now (the server's rule). */
    allowedActions: string[];
  }[];
}

/**
 * Items, transitions and objections are read by getOne only. Opened from the list, the page first
 * gets the list's copy of the record (react-admin caches each listed record for getOne), which has
 * none of them: the parts that need them wait for getOne's answer.
 */
export const isComplete = (r: AppRecord | undefined): r is AppRecord =>
  !!r && Array.isArray(r.items) && Array.isArray(r.transitions) && Array.isArray(r.objections);

/** The review screen offers exactly the actions the server says this user may take now. */
export function ReviewPanel() {
  const r = useRecordContext<AppRecord>();
  const dp = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const actionLabel = useEnumLabel('StarApplicationAction');
  const [dialog, setDialog] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  if (!isComplete(r)) return null;
  const open = r.objections.filter((o) => o.allowedActions.length > 0);
  const act = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await fn();
      notify('stars.done_ok', { type: 'success' });
      setDialog(null);
      setText('');
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const needsText = dialog === 'REJECT' || dialog === 'RETURN' || dialog === 'FILE_OBJECTION';
  const confirm = () => {
    if (!dialog) return;
    if (dialog === 'APPROVE' || dialog === 'REJECT' || dialog === 'RETURN')
      return act(() => dp.reviewStarApplication(r.id, dialog, text.trim() || null));
    if (dialog === 'FILE_OBJECTION') return act(() => dp.fileObjection(r.id, text));
    if (dialog === 'FINALIZE') return act(() => dp.finalizeStarAward(r.id));
  };
  const buttons = r.allowedActions.filter((a) => a !== 'RESOLVE_OBJECTION');
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="h6">{translate('stars.review')}</Typography>
        {buttons.length === 0 && !r.allowedActions.includes('RESOLVE_OBJECTION') && (
          <Typography color="text.secondary">{translate('stars.no_actions')}</Typography>
        )}
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mt: 1 }}>
          {buttons.map((a) => (
            <MuiButton
              key={a}
              data-action={a}
              variant={a === 'APPROVE' || a === 'FINALIZE' ? 'contained' : 'outlined'}
              color={a === 'REJECT' ? 'error' : 'primary'}
              onClick={() => setDialog(a)}
              disabled={busy}
            >
              {actionLabel(a)}
            </MuiButton>
          ))}
        </Stack>
        {open.map((o) => (
          <Box key={o.id} sx={{ mt: 2 }}>
            <Typography>
              {o.filedByName}：{o.reason}
            </Typography>
            <Stack direction="row" spacing={1}>
              {o.allowedActions.includes('UPHOLD') && (
                <MuiButton
                  data-action="RESOLVE_OBJECTION"
                  color="error"
                  variant="outlined"
                  onClick={() => act(() => dp.resolveObjection(o.id, true, null))}
                  disabled={busy}
                >
                  {translate('stars.uphold')}
                </MuiButton>
              )}
              {o.allowedActions.includes('DISMISS') && (
                <MuiButton
                  data-action="RESOLVE_OBJECTION"
                  variant="outlined"
                  onClick={() => act(() => dp.resolveObjection(o.id, false, null))}
                  disabled={busy}
                >
                  {translate('stars.dismiss')}
                </MuiButton>
              )}
            </Stack>
          </Box>
        ))}
      </CardContent>
      <ResubmitDialog
        application={r}
        open={dialog === 'RESUBMIT'}
        busy={busy}
        onClose={() => setDialog(null)}
        onSubmit={(items, comment) => act(() => dp.resubmitStarApplication(r.id, items, comment))}
      />
      <Dialog open={!!dialog && dialog !== 'RESUBMIT'} onClose={() => setDialog(null)} fullWidth>
        <DialogTitle>{dialog ? actionLabel(dialog) : ''}</DialogTitle>
        <DialogContent>
          <MuiTextField
            autoFocus
            fullWidth
            multiline
            minRows={2}
            label={translate(dialog === 'FILE_OBJECTION' ? 'stars.objection_reason' : 'stars.comment')}
            helperText={needsText ? translate('stars.comment_required') : undefined}
            value={text}
            onChange={(e) => setText(e.target.value)}
            sx={{ mt: 1 }}
          />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setDialog(null)}>{translate('stars.cancel')}</MuiButton>
          <MuiButton variant="contained" onClick={confirm} disabled={busy || (needsText && !text.trim())}>
            {translate('stars.confirm')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </Card>
  );
}
