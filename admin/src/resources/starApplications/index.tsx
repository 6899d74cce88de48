import GradingIcon from '@mui/icons-material/Grading';
import {
  Box,
  Button as MuiButton,
  Card,
  CardContent,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import {
  Create,
  DataTable,
  List,
  NumberField,
  NumberInput,
  Show,
  SimpleForm,
  SimpleList,
  required,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { AppDataProvider } from '../../dataProvider';
import { EnumField, EnumInput, useEnumLabel } from '../../shared/enums';
import { RefLinkField, StarNameField } from '../../shared/fields';
import { BranchInput, StarInput } from '../../shared/inputs';
import { ResponsiveList } from '../../shared/layout';
import { shanghaiToday } from '../../shared/dates';
import { useCsvExporter } from '../../shared/csv';
import { EvidenceLink, ItemsInput, type EvidenceFile } from './items';
import { ResubmitDialog } from './ResubmitDialog';

// Plan items list their evidence the same way.
export { EvidenceLink } from './items';

const filters = [
  <EnumInput key="status" source="status" enumName="StarApplicationStatus" alwaysOn />,
  <StarInput key="starCode" source="starCode" alwaysOn />,
  <NumberInput key="year" source="year" step={1} alwaysOn />,
  <BranchInput key="branchId" source="branchId" />,
];

function ActionsChips() {
  const r = useRecordContext<{ allowedActions?: string[] }>();
  const label = useEnumLabel('StarApplicationAction');
  if (!r?.allowedActions?.length) return <span>—</span>;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {r.allowedActions.map((a) => (
        <Chip key={a} size="small" color="primary" label={label(a)} />
      ))}
    </Stack>
  );
}

export function ApplicationList() {
  const csvExporter = useCsvExporter();
  const status = useEnumLabel('StarApplicationStatus');
  return (
    <List perPage={25} filters={filters} sort={{ field: 'id', order: 'DESC' }} exporter={csvExporter}>
      <ResponsiveList
        table={
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="branch" disableSort>
              <RefLinkField source="branch" reference="branches" />
            </DataTable.Col>
            <DataTable.Col source="starType" disableSort>
              <StarNameField />
            </DataTable.Col>
            <DataTable.Col source="year" />
            <DataTable.Col source="status">
              <EnumField source="status" enumName="StarApplicationStatus" />
            </DataTable.Col>
            <DataTable.Col source="selfScore">
              <NumberField source="selfScore" />
            </DataTable.Col>
            <DataTable.Col source="allowedActions" disableSort>
              <ActionsChips />
            </DataTable.Col>
          </DataTable>
        }
        small={
          <SimpleList
            primaryText={(r) => `${r.branch?.name ?? ''} · ${r.starType?.nameZh ?? ''}`}
            secondaryText={(r) => `${r.year} · ${status(r.status)}`}
            rowClick="show"
          />
        }
      />
    </List>
  );
}

export function ApplicationCreate() {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ year: Number(shanghaiToday().slice(0, 4)), items: [{ met: true }] }}>
        <BranchInput source="branchId" validate={required()} />
        <StarInput source="starCode" validate={required()} />
        <NumberInput source="year" step={1} validate={required()} />
        <ItemsInput />
      </SimpleForm>
    </Create>
  );
}

interface AppRecord {
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
  }[];
}

/** The review screen offers exactly the actions the server says this user may take now. */
function ReviewPanel() {
  const r = useRecordContext<AppRecord>();
  const dp = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const actionLabel = useEnumLabel('StarApplicationAction');
  const [dialog, setDialog] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  if (!r) return null;
  const open = r.objections.filter((o) => o.status === 'OPEN');
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
              variant={a === 'APPROVE' || a === 'FINALIZE' ? 'contained' : 'outlined'}
              color={a === 'REJECT' ? 'error' : 'primary'}
              onClick={() => setDialog(a)}
              disabled={busy}
            >
              {actionLabel(a)}
            </MuiButton>
          ))}
        </Stack>
        {r.allowedActions.includes('RESOLVE_OBJECTION') &&
          open.map((o) => (
            <Box key={o.id} sx={{ mt: 2 }}>
              <Typography>
                {o.filedByName}：{o.reason}
              </Typography>
              <Stack direction="row" spacing={1}>
                <MuiButton
                  color="error"
                  variant="outlined"
                  onClick={() => act(() => dp.resolveObjection(o.id, true, null))}
                  disabled={busy}
                >
                  {translate('stars.uphold')}
                </MuiButton>
                <MuiButton
                  variant="outlined"
                  onClick={() => act(() => dp.resolveObjection(o.id, false, null))}
                  disabled={busy}
                >
                  {translate('stars.dismiss')}
                </MuiButton>
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

function Details() {
  const r = useRecordContext<AppRecord>();
  const translate = useTranslate();
  const status = useEnumLabel('StarApplicationStatus');
  const decision = useEnumLabel('ReviewDecision');
  const objection = useEnumLabel('ObjectionStatus');
  if (!r) return null;
  return (
    <Box>
      <Typography variant="h5" sx={{ mb: 1 }}>
        {r.branch?.name} · {r.starType?.nameZh} · {r.year}
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', mb: 2 }}>
        <Chip color="primary" label={status(r.status)} data-testid="application-status" />
        <span>
          {translate('resources.starApplications.fields.selfScore')}：{r.selfScore}
        </span>
        {r.noticeStartsOn && (
          <span>
            {translate('resources.starApplications.fields.noticeStartsOn')}：{r.noticeStartsOn} – {r.noticeEndsOn}
          </span>
        )}
      </Stack>
      <ReviewPanel />
      <Typography variant="h6">{translate('resources.starApplications.fields.items')}</Typography>
      <Box
        component="table"
        sx={{
          borderCollapse: 'collapse',
          width: '100%',
          mb: 2,
          '& td, & th': { border: '1px solid #ddd', p: 0.5, fontSize: 14 },
        }}
      >
        <thead>
          <tr>
            <th>{translate('resources.starApplications.fields.items.keyTaskId')}</th>
            <th>{translate('resources.starApplications.fields.items.met')}</th>
            <th>{translate('resources.starApplications.fields.items.score')}</th>
            <th>{translate('resources.starApplications.fields.items.note')}</th>
            <th>{translate('stars.evidence')}</th>
          </tr>
        </thead>
        <tbody>
          {r.items.map((i) => (
            <tr key={i.id}>
              <td>
                {i.keyTask?.code} {i.keyTask?.title}
              </td>
              <td>{i.met ? '✓' : '✗'}</td>
              <td>{i.score}</td>
              <td>{i.note}</td>
              <td>
                {i.evidence.map((f) => (
                  <EvidenceLink key={f.id} file={f} />
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </Box>
      <Typography variant="h6">{translate('stars.transitions')}</Typography>
      <Box component="ol" sx={{ pl: 3 }}>
        {r.transitions.map((t) => (
          <li key={t.id}>
            {new Date(t.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })} · {t.actorName} ·{' '}
            {t.fromStatus ? `${status(t.fromStatus)} → ` : ''}
            {status(t.toStatus)}
            {t.decision ? `（${decision(t.decision)}）` : ''}
            {t.comment ? `：${t.comment}` : ''}
          </li>
        ))}
      </Box>
      {r.objections.length > 0 && (
        <>
          <Typography variant="h6">{translate('stars.objections')}</Typography>
          <Box component="ul" sx={{ pl: 3 }}>
            {r.objections.map((o) => (
              <li key={o.id}>
                {o.filedByName}：{o.reason} · {objection(o.status)}
                {o.resolution ? `（${o.resolution}）` : ''}
              </li>
            ))}
          </Box>
        </>
      )}
    </Box>
  );
}

export function ApplicationShow() {
  return (
    <Show>
      <Box sx={{ p: 2 }}>
        <Details />
      </Box>
    </Show>
  );
}

export default {
  list: ApplicationList,
  show: ApplicationShow,
  create: ApplicationCreate,
  icon: GradingIcon,
  recordRepresentation: (r: { id: string }) => `#${r.id}`,
};
