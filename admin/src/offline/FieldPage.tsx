/**
 * 现场暗访（离线）: the supervisor's open spot checks as kept on this device, and the on-site form
 * that works without a network (start, findings with photos, scores, attestation). Every step is
 * saved on the device and queued (sync.ts); the queue shows 待同步 N and each item's state, and a
 * conflict or refusal waits for the user's decision.
 */
import CloudOffIcon from '@mui/icons-material/CloudOff';
import CloudDoneIcon from '@mui/icons-material/CloudDone';
import PhotoCameraIcon from '@mui/icons-material/PhotoCamera';
import {
  Alert,
  Box,
  Button,
  Card,
  CardActionArea,
  CardContent,
  Chip,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { Confirm, Title, useGetIdentity, useNotify, useTranslate } from 'react-admin';
import { Link, useParams } from 'react-router-dom';
import { CompleteCheckForm } from '../resources/spotChecks/CompleteCheckForm';
import { useEnumChoices, useEnumLabel } from '../shared/enums';
import { db, type CachedCheck, type FindingPayload, type QueuedStep, type StepState, type StoredPhoto } from './db';
import { scalePhoto, type ScaledPhoto } from './photos';
import { discard, enqueue, keepMine, refreshCache, retry, syncNow, unsynced } from './sync';
import { localStatus, useOfflineStore, useOnline } from './useOffline';

const STATE_COLOR: Record<StepState, 'default' | 'info' | 'success' | 'warning' | 'error'> = {
  pending: 'default',
  syncing: 'info',
  synced: 'success',
  conflict: 'warning',
  error: 'error',
};

function StatusBar({ steps }: { steps: QueuedStep[] }) {
  const translate = useTranslate();
  const online = useOnline();
  const notify = useNotify();
  const { identity } = useGetIdentity();
  const n = unsynced(steps).length;
  const refresh = async () => {
    if (!identity) return;
    try {
      await syncNow();
      await refreshCache({ id: String(identity.id), username: String(identity.username ?? '') });
      notify('offline.refreshed', { type: 'success' });
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', my: 1 }}>
      <Chip
        icon={online ? <CloudDoneIcon /> : <CloudOffIcon />}
        color={online ? 'success' : 'warning'}
        label={translate(online ? 'offline.online' : 'offline.offline')}
        data-testid="network-state"
      />
      <Chip color={n ? 'primary' : 'default'} label={translate('offline.pending', { n })} data-testid="pending-count" />
      <Button size="small" variant="outlined" disabled={!online || !n} onClick={() => void syncNow()}>
        {translate('offline.sync_now')}
      </Button>
      <Button size="small" disabled={!online} onClick={() => void refresh()}>
        {translate('offline.refresh')}
      </Button>
      {n > 0 && (
        <Alert severity="info" sx={{ width: '100%' }}>
          {translate('offline.sign_out_warning', { n })}
        </Alert>
      )}
    </Stack>
  );
}

function StepRow({ step, checks }: { step: QueuedStep; checks: CachedCheck[] }) {
  const translate = useTranslate();
  const status = useEnumLabel('SpotCheckStatus');
  const [confirm, setConfirm] = useState(false);
  const check = checks.find((c) => c.id === step.checkId);
  const what =
    step.kind === 'finding'
      ? `${translate('offline.kind_finding')}：${(step.payload as FindingPayload).description.slice(0, 40)}`
      : translate(`offline.kind_${step.kind}`);
  return (
    <Card variant="outlined" sx={{ my: 1 }} data-testid="sync-item" data-state={step.state}>
      <CardContent sx={{ py: 1, '&:last-child': { pb: 1 } }}>
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Chip size="small" color={STATE_COLOR[step.state]} label={translate(`offline.state_${step.state}`)} />
          <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
            {check?.targetName ?? step.checkId} · {what}
            {step.photoIds.length > 0 && ` · ${translate('offline.photo_count', { n: step.photoIds.length })}`}
          </Typography>
        </Stack>
        {step.state === 'pending' && step.error && (
          <Typography variant="caption" color="text.secondary">
            {translate('offline.waiting_network', { error: step.error })}
          </Typography>
        )}
        {step.state === 'conflict' && step.server && (
          <Alert severity="warning" sx={{ mt: 1 }} data-testid="conflict">
            {translate('offline.conflict_text', {
              mine: check?.version ?? '?',
              theirs: step.server.version,
              status: status(step.server.status),
            })}
          </Alert>
        )}
        {step.state === 'error' && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {step.error}
          </Alert>
        )}
        {(step.state === 'conflict' || step.state === 'error') && (
          <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
            {step.state === 'conflict' ? (
              <Button size="small" variant="contained" onClick={() => void keepMine(step.seq!)}>
                {translate('offline.keep_mine')}
              </Button>
            ) : (
              <Button size="small" variant="contained" onClick={() => void retry(step.seq!)}>
                {translate('offline.retry')}
              </Button>
            )}
            <Button size="small" color="warning" onClick={() => setConfirm(true)}>
              {translate('offline.discard')}
            </Button>
          </Stack>
        )}
        <Confirm
          isOpen={confirm}
          title="offline.discard"
          content="offline.discard_confirm"
          onConfirm={() => {
            setConfirm(false);
            void discard(step.seq!);
          }}
          onClose={() => setConfirm(false)}
        />
      </CardContent>
    </Card>
  );
}

function SyncQueue({ steps, checks }: { steps: QueuedStep[]; checks: CachedCheck[] }) {
  const translate = useTranslate();
  return (
    <Box sx={{ my: 2 }}>
      <Typography variant="h6">{translate('offline.queue')}</Typography>
      {steps.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('offline.queue_empty')}
        </Typography>
      ) : (
        [...steps].reverse().map((s) => <StepRow key={s.seq} step={s} checks={checks} />)
      )}
    </Box>
  );
}

function useStatusText() {
  const translate = useTranslate();
  const status = useEnumLabel('SpotCheckStatus');
  return (check: CachedCheck, steps: QueuedStep[]) => {
    const local = localStatus(check, steps);
    if (local !== check.status)
      return translate(local === 'COMPLETED' ? 'offline.status_local_completed' : 'offline.status_local_started');
    return status(check.status);
  };
}

export function FieldPage() {
  const translate = useTranslate();
  const { checks, steps, loaded } = useOfflineStore();
  const statusText = useStatusText();
  return (
    <Box sx={{ maxWidth: 720, p: { xs: 1, sm: 2 } }}>
      <Title title={translate('offline.title')} />
      <Typography variant="h5">{translate('offline.title')}</Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('offline.intro')}
      </Typography>
      <StatusBar steps={steps} />
      {loaded && checks.length === 0 && <Alert severity="info">{translate('offline.no_checks')}</Alert>}
      {checks.map((c) => (
        <Card key={c.id} variant="outlined" sx={{ my: 1 }} data-testid="offline-check">
          <CardActionArea component={Link} to={`/field/${c.id}`}>
            <CardContent>
              <Typography variant="subtitle1">{c.targetName}</Typography>
              <Typography variant="body2" color="text.secondary">
                {c.plannedFor} · {c.teamName} · {statusText(c, steps)}
              </Typography>
              {c.note && <Typography variant="body2">{c.note}</Typography>}
            </CardContent>
          </CardActionArea>
        </Card>
      ))}
      <SyncQueue steps={steps} checks={checks} />
    </Box>
  );
}

/** Photos from the camera, scaled down on the device; kept in memory until the finding is saved. */
function OfflinePhotoInput({ photos, onChange }: { photos: ScaledPhoto[]; onChange: (p: ScaledPhoto[]) => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const urls = useMemo(() => photos.map((p) => URL.createObjectURL(p.blob)), [photos]);
  useEffect(() => () => urls.forEach((x) => URL.revokeObjectURL(x)), [urls]);
  const pick = async (list: FileList | null) => {
    if (!list?.length) return;
    setBusy(true);
    try {
      const added: ScaledPhoto[] = [];
      for (const f of Array.from(list)) added.push(await scalePhoto(f));
      onChange([...photos, ...added]);
    } catch {
      notify('offline.photo_failed', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box>
      <Button component="label" variant="outlined" startIcon={<PhotoCameraIcon />} disabled={busy} fullWidth>
        {busy ? translate('offline.scaling') : translate('supervision.photos')}
        <input
          hidden
          type="file"
          accept="image/*"
          capture="environment"
          multiple
          data-testid="offline-photo-input"
          onChange={(e) => {
            void pick(e.target.files);
            e.target.value = '';
          }}
        />
      </Button>
      {photos.length > 0 && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 1, flexWrap: 'wrap' }}>
          <Typography variant="caption" sx={{ width: '100%' }} data-testid="photo-count">
            {translate('offline.photo_count', { n: photos.length })}
          </Typography>
          {urls.map((u) => (
            <img key={u} src={u} alt="" style={{ width: 64, height: 64, objectFit: 'cover', borderRadius: 4 }} />
          ))}
        </Stack>
      )}
    </Box>
  );
}

function StartForm({ check }: { check: CachedCheck }) {
  const translate = useTranslate();
  const notify = useNotify();
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
        fullWidth
        onClick={async () => {
          await enqueue(check.id, 'start', { location: location.trim() || null, startedAt: new Date().toISOString() });
          notify('offline.saved_local', { type: 'info' });
        }}
      >
        {translate('supervision.start')}
      </Button>
    </Stack>
  );
}

function FindingForm({ check }: { check: CachedCheck }) {
  const translate = useTranslate();
  const notify = useNotify();
  const severities = useEnumChoices('FindingSeverity');
  const [severity, setSeverity] = useState('MINOR');
  const [keyTaskId, setKeyTaskId] = useState('');
  const [description, setDescription] = useState('');
  const [photos, setPhotos] = useState<ScaledPhoto[]>([]);
  const [saving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    try {
      await enqueue(
        check.id,
        'finding',
        { severity, keyTaskId: keyTaskId || null, description: description.trim() },
        photos,
      );
      setDescription('');
      setPhotos([]);
      notify('offline.saved_local', { type: 'info' });
    } finally {
      setSaving(false);
    }
  };
  return (
    <Stack spacing={2}>
      <Typography variant="subtitle1">{translate('supervision.record_finding')}</Typography>
      <TextField
        select
        label={translate('resources.findings.fields.severity')}
        value={severity}
        onChange={(e) => setSeverity(e.target.value)}
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
        {check.keyTasks.map((k) => (
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
      <OfflinePhotoInput photos={photos} onChange={setPhotos} />
      <Button variant="contained" disabled={saving || !description.trim()} onClick={() => void save()} fullWidth>
        {translate('supervision.record_finding')}
      </Button>
    </Stack>
  );
}

function CompleteForm({ check }: { check: CachedCheck }) {
  const notify = useNotify();
  return (
    <CompleteCheckForm
      keyTasks={check.keyTasks}
      onComplete={(input) =>
        void enqueue(check.id, 'complete', input).then(() => notify('offline.saved_local', { type: 'info' }))
      }
    />
  );
}

/** The findings of this check still on the device (with their photos until they are uploaded). */
function LocalFindings({ check, steps }: { check: CachedCheck; steps: QueuedStep[] }) {
  const translate = useTranslate();
  const severity = useEnumLabel('FindingSeverity');
  const findings = steps.filter((s) => s.checkId === check.id && s.kind === 'finding');
  const [urls, setUrls] = useState<Record<string, string>>({});
  const ids = findings.flatMap((f) => f.photoIds).join(',');
  useEffect(() => {
    let live = true;
    const made: string[] = [];
    void db().then(async (d) => {
      const out: Record<string, string> = {};
      for (const id of ids ? ids.split(',') : []) {
        const p: StoredPhoto | undefined = await d.get('photos', id);
        if (p) made.push((out[id] = URL.createObjectURL(p.blob)));
      }
      if (live) setUrls(out);
    });
    return () => {
      live = false;
      made.forEach((u) => URL.revokeObjectURL(u));
    };
  }, [ids]);
  if (!findings.length) return null;
  return (
    <Box sx={{ my: 2 }}>
      <Typography variant="h6">
        {translate('offline.local_findings')} ({findings.length})
      </Typography>
      {findings.map((f) => {
        const p = f.payload as FindingPayload;
        return (
          <Card key={f.seq} variant="outlined" sx={{ my: 1 }} data-testid="local-finding">
            <CardContent>
              <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                <Chip size="small" label={severity(p.severity)} />
                <Chip size="small" color={STATE_COLOR[f.state]} label={translate(`offline.state_${f.state}`)} />
              </Stack>
              <Typography sx={{ mt: 1, overflowWrap: 'anywhere' }}>{p.description}</Typography>
              <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 1, flexWrap: 'wrap' }}>
                {f.photoIds.map((id) =>
                  urls[id] ? (
                    <img
                      key={id}
                      src={urls[id]}
                      alt=""
                      style={{ width: 64, height: 64, objectFit: 'cover', borderRadius: 4 }}
                    />
                  ) : null,
                )}
              </Stack>
            </CardContent>
          </Card>
        );
      })}
    </Box>
  );
}

export function FieldCheckPage() {
  const { id } = useParams();
  const translate = useTranslate();
  const { checks, steps, loaded } = useOfflineStore();
  const statusText = useStatusText();
  const check = checks.find((c) => c.id === id);
  if (!loaded) return null;
  // A check that left the device (completed and synced, or no longer the team's): the queue's state
  // stays in view, so that what was just sent reads as sent.
  if (!check)
    return (
      <Box sx={{ p: 2 }}>
        <StatusBar steps={steps} />
        <Alert severity="info">{translate('offline.check_left')}</Alert>
        <Button component={Link} to="/field">
          {translate('offline.back')}
        </Button>
      </Box>
    );
  const status = localStatus(check, steps);
  return (
    <Box sx={{ maxWidth: 720, p: { xs: 1, sm: 2 } }}>
      <Title title={check.targetName} />
      <Button component={Link} to="/field" size="small">
        {translate('offline.back')}
      </Button>
      <Typography variant="h5" sx={{ overflowWrap: 'anywhere' }}>
        {check.targetName}
      </Typography>
      <Typography variant="body2" color="text.secondary" data-testid="check-status">
        {check.plannedFor} · {check.teamName} · {statusText(check, steps)}
      </Typography>
      <StatusBar steps={steps} />
      <Alert severity="warning" sx={{ my: 1 }}>
        {translate('supervision.secret')}
      </Alert>
      {check.profile && (
        <Card variant="outlined" sx={{ my: 1 }}>
          <CardContent>
            <Typography variant="h6">{translate('offline.profile')}</Typography>
            {check.profile.baseline.length > 0 && (
              <Typography variant="body2" sx={{ mt: 1 }}>
                {translate('offline.baseline')}：{check.profile.baseline.map((b) => `${b.label} ${b.value}`).join('；')}
              </Typography>
            )}
            {check.profile.tasks.length > 0 && (
              <Typography variant="body2" sx={{ mt: 1 }}>
                {translate('offline.tasks')}：{check.profile.tasks.map((t) => `${t.code} ${t.title}`).join('；')}
              </Typography>
            )}
            {check.profile.mechanisms.length > 0 && (
              <Typography variant="body2" sx={{ mt: 1 }}>
                {translate('offline.mechanisms')}：{check.profile.mechanisms.map((m) => m.title).join('；')}
              </Typography>
            )}
          </CardContent>
        </Card>
      )}
      {check.keyTasks.length > 0 && (
        <Box sx={{ my: 1 }}>
          <Typography variant="subtitle1">{translate('offline.key_tasks')}</Typography>
          {check.keyTasks.map((k) => (
            <Typography key={k.id} variant="body2">
              {k.code} {k.title}
            </Typography>
          ))}
        </Box>
      )}
      <Card variant="outlined" sx={{ my: 2 }}>
        <CardContent>
          <Typography variant="h6" gutterBottom>
            {translate('supervision.on_site')}
          </Typography>
          {status === 'PLANNED' && <StartForm check={check} />}
          {status === 'IN_PROGRESS' && (
            <Stack spacing={4}>
              <FindingForm check={check} />
              <CompleteForm check={check} />
            </Stack>
          )}
          {status === 'COMPLETED' && <Alert severity="success">{statusText(check, steps)}</Alert>}
        </CardContent>
      </Card>
      <LocalFindings check={check} steps={steps} />
      <SyncQueue steps={steps.filter((s) => s.checkId === check.id)} checks={checks} />
    </Box>
  );
}
