/**
 * The on-site form (usable on a 375 px phone): start the check, record findings with photos taken
 * by the camera (uploaded to /files first), score the key tasks and complete with the attestation.
 * Each action sends its own clientMutationId and is retried with it on a poor network.
 */
import PhotoCameraIcon from '@mui/icons-material/PhotoCamera';
import { Alert, Box, Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useGetMany, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { supervisionApi } from '../../dataProvider/supervision';
import { overUploadLimit } from '../../files/uploadLimit';
import { useEnumChoices } from '../../shared/enums';
import { useAction } from '../../shared/useAction';
import { CompleteCheckForm } from './CompleteCheckForm';
import type { FindingSeverity } from '../../gql/graphql';

/** The on-site steps re-read the spot check after each one. */
function useOnSiteAction() {
  return useAction(useRefresh());
}

/** Photos from the camera (or the gallery), uploaded at once; returns the file ids. */
export function PhotoInput({ onChange, label }: { onChange: (ids: string[]) => void; label?: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [files, setFiles] = useState<{ id: string; preview: string }[]>([]);
  const [uploading, setUploading] = useState(false);
  const pick = async (list: FileList | null) => {
    if (!list?.length) return;
    for (const f of Array.from(list)) {
      const limitMb = await overUploadLimit(f);
      if (limitMb !== null) {
        notify(translate('files.too_large', { mb: limitMb }), { type: 'error' });
        return;
      }
    }
    setUploading(true);
    try {
      const added: { id: string; preview: string }[] = [];
      for (const f of Array.from(list)) {
        const up = await supervisionApi.upload(f);
        added.push({ id: up.id, preview: URL.createObjectURL(f) });
      }
      const next = [...files, ...added];
      setFiles(next);
      onChange(next.map((x) => x.id));
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setUploading(false);
    }
  };
  return (
    <Box>
      <Button component="label" variant="outlined" startIcon={<PhotoCameraIcon />} disabled={uploading} fullWidth>
        {uploading ? translate('supervision.uploading') : (label ?? translate('supervision.photos'))}
        <input
          hidden
          type="file"
          accept="image/*"
          capture="environment"
          multiple
          data-testid="photo-input"
          onChange={(e) => void pick(e.target.files)}
        />
      </Button>
      {files.length > 0 && (
        <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap' }} useFlexGap>
          <Typography variant="caption" sx={{ width: '100%' }}>
            {translate('supervision.uploaded', { n: files.length })}
          </Typography>
          {files.map((f) => (
            <img
              key={f.id}
              src={f.preview}
              alt=""
              style={{ width: 64, height: 64, objectFit: 'cover', borderRadius: 4 }}
            />
          ))}
        </Stack>
      )}
    </Box>
  );
}

function StartForm({ id }: { id: string }) {
  const translate = useTranslate();
  const { busy, act } = useOnSiteAction();
  const [location, setLocation] = useState('');
  return (
    <Stack spacing={2}>
      <TextField
        label={translate('supervision.location')}
        value={location}
        onChange={(e) => setLocation(e.target.value)}
        fullWidth
      />
      <Button
        variant="contained"
        disabled={busy}
        onClick={() => act(() => supervisionApi.startSpotCheck(id, location || null), 'supervision.started')}
        fullWidth
      >
        {translate('supervision.start')}
      </Button>
    </Stack>
  );
}

function FindingForm({ id, keyTasks }: { id: string; keyTasks: { id: string; code: string; title: string }[] }) {
  const translate = useTranslate();
  const severities = useEnumChoices('FindingSeverity');
  const { busy, act } = useOnSiteAction();
  const [severity, setSeverity] = useState<FindingSeverity>('MINOR');
  const [keyTaskId, setKeyTaskId] = useState('');
  const [description, setDescription] = useState('');
  const [files, setFiles] = useState<string[]>([]);
  const [formKey, setFormKey] = useState(0);
  const save = async () => {
    const ok = await act(
      () =>
        supervisionApi.recordFinding(id, {
          severity,
          keyTaskId: keyTaskId || null,
          description,
          evidenceFileIds: files,
        }),
      'supervision.finding_saved',
    );
    if (ok) {
      setDescription('');
      setFiles([]);
      setFormKey((k) => k + 1);
    }
  };
  return (
    <Stack spacing={2} key={formKey}>
      <Typography variant="subtitle1">{translate('supervision.record_finding')}</Typography>
      <TextField
        select
        label={translate('resources.findings.fields.severity')}
        value={severity}
        onChange={(e) => setSeverity(e.target.value as FindingSeverity)}
        fullWidth
      >
        {severities.map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {translate(c.name)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label={translate('resources.findings.fields.keyTask')}
        value={keyTaskId}
        onChange={(e) => setKeyTaskId(e.target.value)}
        fullWidth
      >
        <MenuItem value="">—</MenuItem>
        {keyTasks.map((k) => (
          <MenuItem key={k.id} value={k.id}>
            {k.code} {k.title}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label={translate('resources.findings.fields.description')}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        multiline
        minRows={3}
        fullWidth
      />
      <PhotoInput onChange={setFiles} />
      <Button variant="contained" disabled={busy || !description.trim()} onClick={save} fullWidth>
        {translate('supervision.record_finding')}
      </Button>
    </Stack>
  );
}

function CompleteForm({ id, keyTasks }: { id: string; keyTasks: { id: string; code: string; title: string }[] }) {
  const { busy, act } = useOnSiteAction();
  return (
    <CompleteCheckForm
      keyTasks={keyTasks}
      busy={busy}
      onComplete={(input) => act(() => supervisionApi.completeSpotCheck(id, input), 'supervision.completed')}
    />
  );
}

export function OnSitePanel() {
  const record = useRecordContext();
  const translate = useTranslate();
  const { data: keyTasks = [] } = useGetMany(
    'keyTasks',
    { ids: (record?.keyTaskIds ?? []).map(String) },
    { enabled: !!record?.keyTaskIds?.length },
  );
  // The on-site steps this user may take now, as the server decides them (its team only).
  const allowed: string[] = record?.allowedActions ?? [];
  if (!record || record.status === 'COMPLETED' || !allowed.length) return null;
  const tasks = keyTasks.map((k) => ({ id: String(k.id), code: k.code, title: k.title }));
  return (
    <Card variant="outlined" sx={{ my: 2, maxWidth: 640 }}>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('supervision.on_site')}
        </Typography>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('supervision.secret')}
        </Alert>
        {allowed.includes('START') && <StartForm id={String(record.id)} />}
        {(allowed.includes('RECORD_FINDING') || allowed.includes('COMPLETE')) && (
          <Stack spacing={4}>
            {allowed.includes('RECORD_FINDING') && <FindingForm id={String(record.id)} keyTasks={tasks} />}
            {allowed.includes('COMPLETE') && <CompleteForm id={String(record.id)} keyTasks={tasks} />}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
