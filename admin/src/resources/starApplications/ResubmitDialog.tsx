/**
 * 重新提交: a returned application goes back with the branch's edited self-assessment. The form
 * starts from the items as they are; the API replaces them all (`resubmitStarApplication`), keeps
 * the evidence already attached to a key task that stays, and attaches what is uploaded here.
 */
import {
  Alert,
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Typography,
} from '@mui/material';
import { Form, TextInput, useTranslate } from 'react-admin';
import type { ApplicationItemInput } from '../../dataProvider/stars';
import { useIsSmall } from '../../shared/layout';
import { ItemsInput, type EvidenceFile } from './items';

export interface ResubmittableApplication {
  branchId: string;
  starCode: string;
  items: { keyTaskId: string; met: boolean; score: number; note: string | null; evidence: EvidenceFile[] }[];
  transitions: { decision: string | null; comment: string | null }[];
}

interface FormItem {
  keyTaskId: string;
  met?: boolean | null;
  score?: number | string | null;
  note?: string | null;
  evidenceFileIds?: string[] | null;
}

/** Form values → the API's items (the listed evidence is display only: it is already attached). */
export function toItemInputs(items: FormItem[]): ApplicationItemInput[] {
  return items.map((i) => ({
    keyTaskId: String(i.keyTaskId),
    met: !!i.met,
    score: i.score === '' || i.score === null || i.score === undefined ? null : Number(i.score),
    note: i.note?.trim() || null,
    evidenceFileIds: i.evidenceFileIds?.length ? i.evidenceFileIds.map(String) : undefined,
  }));
}

export function ResubmitDialog(props: {
  application: ResubmittableApplication;
  open: boolean;
  busy: boolean;
  onClose: () => void;
  onSubmit: (items: ApplicationItemInput[], comment: string | null) => unknown;
}) {
  const { application: a, open, busy, onClose, onSubmit } = props;
  const translate = useTranslate();
  const small = useIsSmall();
  const returned = [...a.transitions].reverse().find((t) => t.decision === 'RETURN');
  const initial = {
    branchId: a.branchId,
    starCode: a.starCode,
    comment: '',
    items: a.items.map((i) => ({
      keyTaskId: i.keyTaskId,
      met: i.met,
      score: i.score,
      note: i.note ?? '',
      evidence: i.evidence,
      evidenceFileIds: [],
    })),
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="lg" fullScreen={small}>
      {open && (
        <Form
          record={initial}
          onSubmit={(v: Record<string, unknown>) =>
            onSubmit(toItemInputs((v.items ?? []) as FormItem[]), String(v.comment ?? '').trim() || null)
          }
        >
          <DialogTitle>{translate('resubmit.title')}</DialogTitle>
          <DialogContent data-testid="resubmit-form">
            {returned?.comment && (
              <Alert severity="warning" sx={{ mb: 1 }}>
                {translate('resubmit.returned_with', { comment: returned.comment })}
              </Alert>
            )}
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {translate('resubmit.hint')}
            </Typography>
            <ItemsInput />
            <TextInput source="comment" label="resubmit.comment" multiline minRows={2} fullWidth />
          </DialogContent>
          <DialogActions>
            <MuiButton onClick={onClose}>{translate('stars.cancel')}</MuiButton>
            <MuiButton type="submit" variant="contained" disabled={busy}>
              {translate('resubmit.submit')}
            </MuiButton>
          </DialogActions>
        </Form>
      )}
    </Dialog>
  );
}
