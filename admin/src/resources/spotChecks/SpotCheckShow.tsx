import { Alert, Box, Button, Card, CardContent, Chip, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import {
  Link,
  NumberField,
  Show,
  SimpleShowLayout,
  TextField as RaTextField,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  useCreatePath,
  type RaRecord,
} from 'react-admin';
import { supervisionApi } from '../../dataProvider/supervision';
import { EnumField, useEnumChoices, useEnumLabel } from '../../shared/enums';
import type { FindingSeverity } from '../../gql/graphql';
import { DayField, RefLinkField, TimestampField } from '../../shared/fields';
import { OnSitePanel } from './OnSitePanel';
import { FULL_RECORD } from '../../shared/fullRecord';

/** Evidence photos, fetched with the bearer token (a file outside your scope is a 404). */
export function EvidenceThumbs({ files }: { files: { id: string; name: string; mimeType: string }[] }) {
  const [urls, setUrls] = useState<Record<string, string>>({});
  useEffect(() => {
    let live = true;
    for (const f of files.filter((x) => x.mimeType.startsWith('image/'))) {
      supervisionApi.fileUrl(f.id).then(
        (u) => live && setUrls((m) => ({ ...m, [f.id]: u })),
        () => undefined,
      );
    }
    return () => {
      live = false;
    };
  }, [files]);
  if (!files.length) return null;
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mt: 1 }}>
      {files.map((f) =>
        urls[f.id] ? (
          <img
            key={f.id}
            src={urls[f.id]}
            alt={f.name}
            style={{ width: 72, height: 72, objectFit: 'cover', borderRadius: 4 }}
          />
        ) : (
          <Chip key={f.id} size="small" label={f.name} />
        ),
      )}
    </Stack>
  );
}

function AssignForm({ findingId, targetUnitId }: { findingId: string; targetUnitId: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [measures, setMeasures] = useState('');
  const [deadline, setDeadline] = useState('');
  if (!open)
    return (
      <Button size="small" onClick={() => setOpen(true)}>
        {translate('supervision.assign')}
      </Button>
    );
  const save = async () => {
    try {
      await supervisionApi.assignRectification(findingId, { responsibleUnitId: targetUnitId, measures, deadline });
      notify('supervision.assigned', { type: 'success' });
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  return (
    <Stack spacing={1} sx={{ mt: 1 }}>
      <TextField
        size="small"
        label={translate('supervision.measures')}
        value={measures}
        onChange={(e) => setMeasures(e.target.value)}
        multiline
        fullWidth
      />
      <TextField
        size="small"
        type="date"
        label={translate('supervision.deadline')}
        value={deadline}
        onChange={(e) => setDeadline(e.target.value)}
        slotProps={{ inputLabel: { shrink: true } }}
        fullWidth
      />
      <Button variant="contained" size="small" disabled={!measures.trim() || !deadline} onClick={save}>
        {translate('supervision.assign')}
      </Button>
    </Stack>
  );
}

/** Correct or withdraw a finding on site (its team, while the check is in progress: the finding's allowedActions). */
function FindingCorrection({ finding }: { finding: RaRecord }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const severities = useEnumChoices('FindingSeverity');
  const [mode, setMode] = useState<'edit' | 'withdraw' | null>(null);
  const [description, setDescription] = useState<string>(finding.description);
  const [severity, setSeverity] = useState<string>(finding.severity);
  const [reason, setReason] = useState('');
  const allowed: string[] = finding.allowedActions ?? [];
  const run = async (fn: () => Promise<unknown>, done: string) => {
    try {
      await fn();
      notify(done, { type: 'success' });
      setMode(null);
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  if (!allowed.includes('UPDATE') && !allowed.includes('WITHDRAW')) return null;
  if (!mode)
    return (
      <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
        {allowed.includes('UPDATE') && (
          <Button size="small" onClick={() => setMode('edit')}>
            {translate('spotChecks.correct')}
          </Button>
        )}
        {allowed.includes('WITHDRAW') && (
          <Button size="small" color="warning" onClick={() => setMode('withdraw')}>
            {translate('spotChecks.withdraw')}
          </Button>
        )}
      </Stack>
    );
  return (
    <Stack spacing={1} sx={{ mt: 1 }}>
      {mode === 'edit' ? (
        <>
          <TextField
            select
            size="small"
            label={translate('resources.findings.fields.severity')}
            value={severity}
            onChange={(e) => setSeverity(e.target.value)}
          >
            {severities.map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {translate(c.name)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            size="small"
            label={translate('resources.findings.fields.description')}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            multiline
            fullWidth
          />
        </>
      ) : (
        <TextField
          size="small"
          label={translate('spotChecks.withdraw_reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          multiline
          fullWidth
        />
      )}
      <Stack direction="row" spacing={1}>
        <Button
          variant="contained"
          size="small"
          disabled={mode === 'edit' ? !description.trim() : !reason.trim()}
          onClick={() =>
            mode === 'edit'
              ? run(
                  () =>
                    supervisionApi.updateFinding(String(finding.id), {
                      description,
                      severity: severity as FindingSeverity,
                    }),
                  'spotChecks.corrected',
                )
              : run(() => supervisionApi.withdrawFinding(String(finding.id), reason), 'spotChecks.withdrawn_ok')
          }
        >
          {translate(mode === 'edit' ? 'spotChecks.save_correction' : 'spotChecks.withdraw')}
        </Button>
        <Button size="small" onClick={() => setMode(null)}>
          {translate('ra.action.cancel')}
        </Button>
      </Stack>
    </Stack>
  );
}

function Findings() {
  const record = useRecordContext();
  const translate = useTranslate();
  const severity = useEnumLabel('FindingSeverity');
  const rstatus = useEnumLabel('RectificationStatus');
  const createPath = useCreatePath();
  if (!record) return null;
  const findings = (record.findings ?? []) as RaRecord[];
  return (
    <Box sx={{ maxWidth: 640 }}>
      <Typography variant="h6" sx={{ mt: 2 }}>
        {translate('supervision.findings')} ({findings.length})
      </Typography>
      {findings.map((f) => (
        <Card key={f.id} variant="outlined" sx={{ my: 1 }}>
          <CardContent>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
              <Chip
                size="small"
                color={f.severity === 'CRITICAL' ? 'error' : f.severity === 'MAJOR' ? 'warning' : 'default'}
                label={severity(f.severity)}
              />
              {f.keyTask && (
                <Typography variant="caption">
                  {f.keyTask.code} {f.keyTask.title}
                </Typography>
              )}
            </Stack>
            <Typography
              sx={{ mt: 1, ...(f.withdrawn ? { textDecoration: 'line-through', color: 'text.secondary' } : {}) }}
            >
              {f.description}
            </Typography>
            {f.withdrawn && (
              <Alert severity="info" sx={{ mt: 1 }} data-testid="finding-withdrawn">
                {translate('spotChecks.withdrawn', { reason: f.withdrawalReason ?? '', by: f.withdrawnByName ?? '' })}
              </Alert>
            )}
            {f.correctedAt && !f.withdrawn && (
              <Typography variant="caption" color="text.secondary">
                {translate('spotChecks.corrected_at', {
                  at: new Date(f.correctedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }),
                })}
              </Typography>
            )}
            <FindingCorrection finding={f} />
            <EvidenceThumbs files={f.evidence ?? []} />
            {f.rectification ? (
              <Box sx={{ mt: 1 }}>
                <Link to={createPath({ resource: 'rectifications', type: 'show', id: f.rectification.id })}>
                  {translate('resources.rectifications.name', { smart_count: 1 })}: {rstatus(f.rectification.status)} ·{' '}
                  {f.rectification.deadline}
                </Link>
                {f.rectification.overdue && (
                  <Chip size="small" color="error" label={translate('supervision.overdue')} sx={{ ml: 1 }} />
                )}
              </Box>
            ) : (
              (f.allowedActions ?? []).includes('ASSIGN_RECTIFICATION') && (
                <AssignForm findingId={String(f.id)} targetUnitId={String(record.targetUnitId)} />
              )
            )}
          </CardContent>
        </Card>
      ))}
    </Box>
  );
}

export function SpotCheckShow() {
  return (
    <Show queryOptions={FULL_RECORD}>
      <SimpleShowLayout>
        <RefLinkField source="targetUnit" reference="units" />
        <RefLinkField source="team" reference="supervisionTeams" />
        <EnumField source="status" enumName="SpotCheckStatus" chip />
        <DayField source="plannedFor" />
        <RaTextField source="note" emptyText="—" />
        <TimestampField source="startedAt" />
        <RaTextField source="location" emptyText="—" />
        <TimestampField source="completedAt" />
        <RaTextField source="summary" emptyText="—" />
        <NumberField source="overallScore" emptyText="—" />
        <OnSitePanel />
        <Findings />
      </SimpleShowLayout>
    </Show>
  );
}
