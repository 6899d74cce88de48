import { usePunctuation } from '../../shared/punctuation';
import { Alert, Box, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import {
  NumberField,
  Show,
  SimpleShowLayout,
  TextField as RaTextField,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { supervisionApi } from '../../dataProvider/supervision';
import { EnumField, useEnumLabel } from '../../shared/enums';
import { DayField, RefLinkField, TimestampField } from '../../shared/fields';
import { PhotoInput } from '../spotChecks/OnSitePanel';
import { EvidenceThumbs } from '../spotChecks/SpotCheckShow';
import { FULL_RECORD } from '../../shared/fullRecord';

function Actions() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [note, setNote] = useState('');
  const [files, setFiles] = useState<string[]>([]);
  const [comment, setComment] = useState('');
  if (!record || record.status === 'CLOSED') return null;
  // What this user may do now, as the server decides it (the same rule its mutations apply).
  const allowed: string[] = record.allowedActions ?? [];
  if (!allowed.length)
    return (
      <Alert severity="info" sx={{ my: 2, maxWidth: 640 }} data-testid="rectification-waiting">
        {translate(record.status === 'SUBMITTED' ? 'rectifications.waiting_team' : 'rectifications.waiting_unit')}
      </Alert>
    );
  const run = async (fn: () => Promise<unknown>, done: string) => {
    try {
      await fn();
      notify(done, { type: 'success' });
      setNote('');
      setComment('');
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  const id = String(record.id);
  return (
    <Card variant="outlined" sx={{ my: 2, maxWidth: 640 }}>
      <CardContent>
        {allowed.includes('SUBMIT') && (
          <Stack spacing={2}>
            <Typography variant="subtitle1">{translate('supervision.submit')}</Typography>
            <TextField
              label={translate('supervision.note')}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              multiline
              minRows={2}
              fullWidth
            />
            <PhotoInput onChange={setFiles} label={translate('supervision.evidence')} />
            <Button
              variant="contained"
              disabled={!note.trim()}
              onClick={() =>
                run(
                  () => supervisionApi.submitRectification(id, { note, evidenceFileIds: files }),
                  'supervision.submitted',
                )
              }
              fullWidth
            >
              {translate('supervision.submit')}
            </Button>
          </Stack>
        )}
        {(allowed.includes('ACCEPT') || allowed.includes('REJECT')) && (
          <Stack spacing={2}>
            <TextField
              label={translate('supervision.comment')}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              multiline
              fullWidth
            />
            <Stack direction="row" spacing={1}>
              {allowed.includes('ACCEPT') && (
                <Button
                  variant="contained"
                  color="success"
                  onClick={() =>
                    run(
                      () => supervisionApi.verifyRectification(id, { accept: true, comment: comment || null }),
                      'supervision.verified',
                    )
                  }
                  fullWidth
                >
                  {translate('supervision.accept')}
                </Button>
              )}
              {allowed.includes('REJECT') && (
                <Button
                  variant="outlined"
                  color="error"
                  disabled={!comment.trim()}
                  onClick={() =>
                    run(
                      () => supervisionApi.verifyRectification(id, { accept: false, comment }),
                      'supervision.verified',
                    )
                  }
                  fullWidth
                >
                  {translate('supervision.reject')}
                </Button>
              )}
            </Stack>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}

function History() {
  const { colon } = usePunctuation();
  const record = useRecordContext();
  const translate = useTranslate();
  const action = useEnumLabel('RectificationAction');
  if (!record) return null;
  return (
    <Box sx={{ maxWidth: 640 }}>
      <Typography variant="h6">{translate('supervision.history')}</Typography>
      {(record.events ?? []).map((e: RaRecord) => (
        <Typography key={e.id} variant="body2" sx={{ my: 0.5 }}>
          {new Date(e.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })} · {e.byName} · {action(e.action)}
          {e.comment ? `${colon}${e.comment}` : ''}
        </Typography>
      ))}
      <Typography variant="h6" sx={{ mt: 2 }}>
        {translate('supervision.evidence')}
      </Typography>
      <EvidenceThumbs files={[...(record.finding?.evidence ?? []), ...(record.evidence ?? [])]} />
    </Box>
  );
}

function OverdueBanner() {
  const record = useRecordContext();
  const translate = useTranslate();
  return record?.overdue ? <Alert severity="error">{translate('supervision.overdue')}</Alert> : null;
}

export function RectificationShow() {
  return (
    <Show queryOptions={FULL_RECORD}>
      <SimpleShowLayout>
        <OverdueBanner />
        <RaTextField source="finding.description" label="resources.rectifications.fields.finding" />
        <RefLinkField source="responsibleUnit" reference="units" />
        <RaTextField
          source="responsiblePerson.name"
          label="resources.rectifications.fields.responsiblePerson"
          emptyText="—"
        />
        <RaTextField source="measures" />
        <DayField source="deadline" />
        <EnumField source="status" enumName="RectificationStatus" chip />
        <NumberField source="reopenCount" />
        <RaTextField source="submissionNote" emptyText="—" />
        <TimestampField source="closedAt" />
        <Actions />
        <History />
      </SimpleShowLayout>
    </Show>
  );
}
