import GradingIcon from '@mui/icons-material/Grading';
import { Box, Button as MuiButton, Card, CardContent, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Link as MuiLink, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { useState } from 'react';
import {
  ArrayInput,
  AutocompleteInput,
  BooleanInput,
  Create,
  DataTable,
  List,
  NumberField,
  NumberInput,
  ReferenceInput,
  Show,
  SimpleForm,
  SimpleFormIterator,
  SimpleList,
  TextInput,
  required,
  useDataProvider,
  useGetOne,
  useInput,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { AppDataProvider } from '../../dataProvider';
import { EnumField, EnumInput, useEnumLabel } from '../../shared/enums';
import { RefLinkField, StarNameField } from '../../shared/fields';
import { BranchInput, StarInput } from '../../shared/inputs';
import { ResponsiveList } from '../../shared/layout';
import { shanghaiToday } from '../../shared/dates';
import { useCsvExporter } from '../../shared/csv';

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
        small={<SimpleList primaryText={(r) => `${r.branch?.name ?? ''} · ${r.starType?.nameZh ?? ''}`} secondaryText={(r) => `${r.year} · ${status(r.status)}`} rowClick="show" />}
      />
    </List>
  );
}

/** Evidence of one item: files are uploaded at once (POST /files) and their ids sent with the form. */
function EvidenceInput({ source }: { source: string }) {
  const { field } = useInput({ source, defaultValue: [] });
  const dp = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const [names, setNames] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const ids = (field.value as string[] | null) ?? [];
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <MuiButton component="label" size="small" variant="outlined" disabled={busy}>
        {translate('stars.evidence')}
        <input
          hidden
          type="file"
          data-testid="evidence-file"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            setBusy(true);
            try {
              const up = await dp.uploadEvidence(file);
              field.onChange([...ids, up.id]);
              setNames((n) => [...n, up.name]);
            } catch (err) {
              notify((err as Error).message, { type: 'error' });
            } finally {
              setBusy(false);
            }
          }}
        />
      </MuiButton>
      <Typography variant="body2">{names.join('、')}</Typography>
    </Box>
  );
}

/** The key tasks of the chosen star for the chosen branch's category. */
function ItemsInput() {
  const starCode = useWatch({ name: 'starCode' }) as string | undefined;
  const branchId = useWatch({ name: 'branchId' }) as string | undefined;
  const { data: branch } = useGetOne<{ id: string; category?: string | null }>('branches', { id: branchId! }, { enabled: !!branchId });
  const translate = useTranslate();
  return (
    <ArrayInput source="items" helperText={translate('stars.items_hint')}>
      <SimpleFormIterator inline disableReordering>
        <ReferenceInput source="keyTaskId" reference="keyTasks" filter={{ ...(starCode ? { starCode } : {}), ...(branch?.category ? { category: branch.category } : {}) }} perPage={50}>
          <AutocompleteInput optionText={(r: { code: string; title: string }) => `${r.code} ${r.title}`} filterToQuery={(q: string) => (q ? { search: q } : {})} validate={required()} sx={{ minWidth: 280 }} />
        </ReferenceInput>
        <BooleanInput source="met" defaultValue />
        <NumberInput source="score" min={0} />
        <TextInput source="note" />
        <EvidenceInput source="evidenceFileIds" />
      </SimpleFormIterator>
    </ArrayInput>
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
  branch?: { id: string; name: string };
  starType?: { nameZh: string; nameEn: string };
  year: number;
  selfScore: number;
  noticeStartsOn: string | null;
  noticeEndsOn: string | null;
  items: { id: string; keyTaskId: string; met: boolean; score: number; note: string | null; keyTask?: { code: string; title: string }; evidence: { id: string; name: string; url: string }[] }[];
  transitions: { id: string; fromStatus: string | null; toStatus: string; decision: string | null; actorName: string; at: string; comment: string | null }[];
  objections: { id: string; status: string; reason: string; filedByName: string; filedAt: string; resolution: string | null }[];
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
    if (dialog === 'APPROVE' || dialog === 'REJECT' || dialog === 'RETURN') return act(() => dp.reviewStarApplication(r.id, dialog, text.trim() || null));
    if (dialog === 'FILE_OBJECTION') return act(() => dp.fileObjection(r.id, text));
    if (dialog === 'FINALIZE') return act(() => dp.finalizeStarAward(r.id));
    if (dialog === 'RESUBMIT') return act(() => dp.resubmitStarApplication(r.id, r.items.map((i) => ({ keyTaskId: i.keyTaskId, met: i.met, score: i.score, note: i.note })), text.trim() || null));
  };
  const buttons = r.allowedActions.filter((a) => a !== 'RESOLVE_OBJECTION');
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="h6">{translate('stars.review')}</Typography>
        {buttons.length === 0 && !r.allowedActions.includes('RESOLVE_OBJECTION') && <Typography color="text.secondary">{translate('stars.no_actions')}</Typography>}
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mt: 1 }}>
          {buttons.map((a) => (
            <MuiButton key={a} variant={a === 'APPROVE' || a === 'FINALIZE' ? 'contained' : 'outlined'} color={a === 'REJECT' ? 'error' : 'primary'} onClick={() => setDialog(a)} disabled={busy}>
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
                <MuiButton color="error" variant="outlined" onClick={() => act(() => dp.resolveObjection(o.id, true, null))} disabled={busy}>
                  {translate('stars.uphold')}
                </MuiButton>
                <MuiButton variant="outlined" onClick={() => act(() => dp.resolveObjection(o.id, false, null))} disabled={busy}>
                  {translate('stars.dismiss')}
                </MuiButton>
              </Stack>
            </Box>
          ))}
      </CardContent>
      <Dialog open={!!dialog} onClose={() => setDialog(null)} fullWidth>
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

export function EvidenceLink({ file }: { file: { id: string; name: string; url: string } }) {
  const dp = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  return (
    <MuiLink component="button" type="button" sx={{ mr: 1 }} onClick={() => dp.openFile(file.url, file.name).catch((e: Error) => notify(e.message, { type: 'error' }))}>
      {file.name}
    </MuiLink>
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
      <Box component="table" sx={{ borderCollapse: 'collapse', width: '100%', mb: 2, '& td, & th': { border: '1px solid #ddd', p: 0.5, fontSize: 14 } }}>
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
            {new Date(t.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })} · {t.actorName} · {t.fromStatus ? `${status(t.fromStatus)} → ` : ''}
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

export default { list: ApplicationList, show: ApplicationShow, create: ApplicationCreate, icon: GradingIcon, recordRepresentation: (r: { id: string }) => `#${r.id}` };
