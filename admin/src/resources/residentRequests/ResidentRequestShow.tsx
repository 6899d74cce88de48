import { Alert, Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import {
  BooleanField,
  NumberField,
  Show,
  SimpleShowLayout,
  TextField as RaTextField,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { residentsApi } from '../../dataProvider/residents';
import type { ResidentEvaluation } from '../../gql/graphql';
import { EnumField, useEnumLabel } from '../../shared/enums';
import { DayField, RefLinkField, TimestampField } from '../../shared/fields';
import { shanghaiToday } from '../../shared/dates';

function Field({
  label,
  value,
  onChange,
  multiline,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  multiline?: boolean;
}) {
  return (
    <TextField
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      multiline={multiline}
      minRows={multiline ? 2 : undefined}
      fullWidth
    />
  );
}

/** The next steps, for the staff handling the request (the server checks the same). */
function Steps() {
  const r = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [c, setC] = useState('');
  const [evaluation, setEvaluation] = useState<ResidentEvaluation>('SATISFIED');
  if (!r) return null;
  if (!r.handledByMe)
    return (
      <Alert severity="info" sx={{ my: 2, maxWidth: 640 }} data-testid="resident-readonly">
        {translate('residents.readonly')}
      </Alert>
    );
  const id = String(r.id);
  const run = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      notify('residents.done', { type: 'success' });
      setA('');
      setB('');
      setC('');
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  const t = (k: string) => translate(`residents.${k}`);
  let body: React.ReactNode = null;
  if (r.stage === 'REGISTERED')
    body = (
      <Stack spacing={2}>
        <Button variant="contained" onClick={() => run(() => residentsApi.accept(id))} data-testid="step-accept">
          {t('accept')}
        </Button>
        <Field label={t('merge_into')} value={a} onChange={setA} />
        <Button variant="outlined" disabled={!a.trim()} onClick={() => run(() => residentsApi.merge(id, a.trim()))}>
          {t('merge')}
        </Button>
        <Field label={t('refer_unit')} value={b} onChange={setB} />
        <Field label={t('refer_reason')} value={c} onChange={setC} />
        <Button
          variant="outlined"
          disabled={!b.trim() || !c.trim()}
          onClick={() => run(() => residentsApi.refer(id, b.trim(), c))}
        >
          {t('refer')}
        </Button>
      </Stack>
    );
  else if (r.stage === 'ACCEPTED' || r.stage === 'CONSULTATION')
    body = (
      <Stack spacing={2}>
        {r.stage === 'ACCEPTED' && (
          <>
            <Typography variant="subtitle2">{t('meeting')}</Typography>
            <Field label={t('meeting_topic')} value={a} onChange={setA} />
            <Field label={t('meeting_attendees')} value={b} onChange={setB} />
            <Field label={t('meeting_solution')} value={c} onChange={setC} multiline />
            <Button
              variant="outlined"
              data-testid="step-consult"
              disabled={!a.trim() || !b.trim() || !c.trim()}
              onClick={() =>
                run(() =>
                  residentsApi.meeting({
                    unitId: String(r.unitId),
                    heldOn: shanghaiToday(),
                    topic: a,
                    attendees: b,
                    solution: c,
                    requestIds: [id],
                  }),
                )
              }
            >
              {t('consult')}
            </Button>
          </>
        )}
        {r.stage === 'CONSULTATION' && (
          <>
            <Field label={t('responsible_unit')} value={a} onChange={setA} />
            <Field label={t('responsible_person')} value={b} onChange={setB} />
            <Button
              variant="contained"
              data-testid="step-handle"
              disabled={!a.trim() || !b.trim()}
              onClick={() => run(() => residentsApi.handle(id, a, b))}
            >
              {t('handle')}
            </Button>
          </>
        )}
      </Stack>
    );
  else if (r.stage === 'HANDLING')
    body = (
      <Stack spacing={2}>
        <Field label={t('feedback_text')} value={a} onChange={setA} multiline />
        <Button
          variant="contained"
          data-testid="step-feedback"
          disabled={!a.trim()}
          onClick={() => run(() => residentsApi.feedback(id, a))}
        >
          {t('feedback')}
        </Button>
      </Stack>
    );
  else if (r.stage === 'FEEDBACK')
    body = (
      <Stack spacing={2}>
        <Alert severity="info">{t('waiting_evaluation')}</Alert>
        <TextField
          select
          label={t('call_back')}
          value={evaluation}
          onChange={(e) => setEvaluation(e.target.value as ResidentEvaluation)}
        >
          {(['SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'] as const).map((v) => (
            <MenuItem key={v} value={v}>
              {translate(`enums.ResidentEvaluation.${v}`)}
            </MenuItem>
          ))}
        </TextField>
        <Button variant="outlined" onClick={() => run(() => residentsApi.evaluate(id, evaluation))}>
          {t('record_evaluation')}
        </Button>
      </Stack>
    );
  if (!body) return null;
  return (
    <Card variant="outlined" sx={{ my: 2, maxWidth: 640 }} data-testid="resident-steps">
      <CardContent>{body}</CardContent>
    </Card>
  );
}

function Timeline() {
  const r = useRecordContext();
  const translate = useTranslate();
  const action = useEnumLabel('ResidentAction');
  if (!r?.timeline) return null;
  return (
    <Card variant="outlined" sx={{ my: 2, maxWidth: 640 }} data-testid="resident-timeline">
      <CardContent>
        <Typography variant="subtitle1">{translate('residents.timeline')}</Typography>
        <ol>
          {(r.timeline as { id: string; action: string; byName: string; at: string; note: string | null }[]).map(
            (e) => (
              <li key={e.id}>
                <b>{action(e.action)}</b> · {e.byName} ·{' '}
                {new Date(e.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}
                {e.note ? ` · ${e.note}` : ''}
              </li>
            ),
          )}
        </ol>
      </CardContent>
    </Card>
  );
}

export function ResidentRequestShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <RaTextField source="title" />
        <RaTextField source="content" />
        <EnumField source="stage" enumName="ResidentStage" chip />
        <EnumField source="category" enumName="ResidentCategory" />
        <EnumField source="channel" enumName="ResidentChannel" />
        <TimestampField source="receivedAt" />
        <DayField source="deadline" />
        <BooleanField source="overdue" />
        <RaTextField source="residentName" emptyText="—" />
        <RaTextField source="phone" emptyText="—" />
        <RaTextField source="address" emptyText="—" />
        <RaTextField source="trackingCode" emptyText="—" />
        <RefLinkField source="unit" reference="units" />
        <RaTextField source="responsibleUnit" emptyText="—" />
        <RaTextField source="responsiblePerson" emptyText="—" />
        <RaTextField source="feedback" emptyText="—" />
        <EnumField source="evaluation" enumName="ResidentEvaluation" emptyText="—" />
        <NumberField source="reopenCount" />
      </SimpleShowLayout>
      <Steps />
      <Timeline />
    </Show>
  );
}
