import {
  Autocomplete,
  Box,
  Button,
  Chip,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useGetList, useNotify, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { isAdmin, isTownshipStaff, type Permissions } from '../permissions';
import type { AppDataProvider } from '../dataProvider';
import { shanghaiToday } from '../shared/dates';
import { useEnumLabel } from '../shared/enums';
import { useStarName } from '../shared/fields';
import { useAction } from '../shared/useAction';

/** Star level, each star this year, the full history, pairings and the printable kit. */
export function BranchStarsTab() {
  const record = useRecordContext<{ id: string }>();
  const dp = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const state = useEnumLabel('BranchStarState');
  const kind = useEnumLabel('StarHistoryKind');
  const starName = useStarName();
  const year = Number(shanghaiToday().slice(0, 4));
  const { data, refetch } = useQuery({
    queryKey: ['branchStars', record?.id, year],
    queryFn: () => dp.branchStars(String(record!.id), year),
    enabled: !!record,
  });
  const { permissions } = usePermissions<Permissions>();
  const [endStar, setEndStar] = useState('');
  const [reason, setReason] = useState('');
  const mayPair = isAdmin(permissions) || isTownshipStaff(permissions);
  /** Run a change, say so, and show the branch again; errors become notifications. */
  const { busy, act } = useAction(refetch);
  const end = (kind: 'revokeStar' | 'downgradeStar') =>
    act(() =>
      dp.endStar(kind, String(record!.id), endStar, reason).then(() => {
        setReason('');
        setEndStar('');
      }),
    );
  const kit = (k: 'html' | 'pdf' | 'xlsx') =>
    dp.downloadKit(String(record!.id), k, year).catch((e: Error) => notify(e.message, { type: 'error' }));
  if (!data) return null;
  return (
    <Box>
      <Typography variant="h6" sx={{ color: '#d32f2f' }} data-testid="star-level">
        {'★'.repeat(data.starLevel)}
        {'☆'.repeat(Math.max(0, 5 - data.starLevel))} {translate('stars.level_n', { n: data.starLevel })}
      </Typography>
      <Typography variant="subtitle1" sx={{ mt: 1 }}>
        {translate('stars.stars_of_year', { year })}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {data.stars.map((s) => (
          <Chip
            key={s.starCode}
            color={s.status === 'HELD' ? 'error' : 'default'}
            variant={s.status === 'HELD' ? 'filled' : 'outlined'}
            label={`${starName(s.starCode)} · ${state(s.status)}${s.since ? ` ${s.since}` : ''}`}
          />
        ))}
      </Stack>
      {isAdmin(permissions) && data.stars.some((s) => s.status === 'HELD') && (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mt: 2 }}>
          <TextField
            select
            size="small"
            label={translate('stars.star')}
            value={endStar}
            onChange={(e) => setEndStar(e.target.value)}
            sx={{ minWidth: 220 }}
          >
            {data.stars
              .filter((s) => s.status === 'HELD')
              .map((s) => (
                <MenuItem key={s.starCode} value={s.starCode}>
                  {starName(s.starCode)}
                </MenuItem>
              ))}
          </TextField>
          <TextField
            size="small"
            label={translate('stars.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <Button
            color="warning"
            variant="outlined"
            sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
            disabled={busy || !endStar || !reason.trim()}
            onClick={() => end('downgradeStar')}
          >
            {translate('stars.downgrade')}
          </Button>
          <Button
            color="error"
            variant="outlined"
            sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
            disabled={busy || !endStar || !reason.trim()}
            onClick={() => end('revokeStar')}
          >
            {translate('stars.revoke')}
          </Button>
        </Stack>
      )}
      <Typography variant="subtitle1" sx={{ mt: 2 }}>
        {translate('stars.kit')}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Button variant="outlined" onClick={() => kit('html')}>
          {translate('stars.kit_html')}
        </Button>
        <Button variant="outlined" onClick={() => kit('pdf')}>
          {translate('stars.kit_pdf')}
        </Button>
        <Button variant="outlined" onClick={() => kit('xlsx')}>
          {translate('stars.kit_xlsx')}
        </Button>
      </Stack>
      <Typography variant="subtitle1" sx={{ mt: 2 }}>
        {translate('stars.star_history')}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('stars.date')}</TableCell>
            <TableCell>{translate('stars.star')}</TableCell>
            <TableCell>{translate('stars.change')}</TableCell>
            <TableCell>{translate('stars.reason')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.starHistory.map((h, i) => (
            <TableRow key={i}>
              <TableCell>{h.date}</TableCell>
              <TableCell>{starName(h.starCode)}</TableCell>
              <TableCell>{kind(h.kind)}</TableCell>
              <TableCell>{h.reason ?? ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {(data.pairings.length > 0 || mayPair) && (
        <>
          <Typography variant="subtitle1" sx={{ mt: 2 }}>
            {translate('stars.pairings')}
          </Typography>
          <ul data-testid="pairings">
            {data.pairings.map((p) => (
              <li key={p.id}>
                {p.strongBranch.id === String(record!.id)
                  ? `${translate('stars.strong')} ${p.weakBranch.name}`
                  : `${translate('stars.weak')} ${p.strongBranch.name}`}{' '}
                · {p.startDate}
                {p.note ? ` · ${p.note}` : ''}
                {p.endDate ? ` · ${translate('stars.pair_ended', { date: p.endDate })}` : ''}
                {mayPair && !p.endDate && (
                  <Button size="small" disabled={busy} onClick={() => act(() => dp.endPairing(p.id))}>
                    {translate('stars.pair_end')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
          {mayPair && (
            <PairForm
              branchId={String(record!.id)}
              busy={busy}
              onPair={(strong, weak, note) => act(() => dp.pairBranches(strong, weak, note))}
            />
          )}
        </>
      )}
    </Box>
  );
}

/** Pair this branch with another one in scope, as the stronger or the weaker side. */
function PairForm({
  branchId,
  busy,
  onPair,
}: {
  branchId: string;
  busy: boolean;
  onPair: (strong: string, weak: string, note: string | null) => Promise<unknown>;
}) {
  const translate = useTranslate();
  const [search, setSearch] = useState('');
  const [partner, setPartner] = useState<{ id: string; name: string } | null>(null);
  const [side, setSide] = useState<'STRONG' | 'WEAK'>('STRONG');
  const [note, setNote] = useState('');
  const { data: options = [] } = useGetList<{ id: string; name: string }>('branches', {
    filter: { search: search || undefined },
    pagination: { page: 1, perPage: 20 },
    sort: { field: 'name', order: 'ASC' },
  });
  const submit = () =>
    partner &&
    onPair(
      side === 'STRONG' ? branchId : partner.id,
      side === 'STRONG' ? partner.id : branchId,
      note.trim() || null,
    ).then(() => {
      setPartner(null);
      setNote('');
    });
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mt: 1 }} data-testid="pair-form">
      <TextField
        select
        size="small"
        label={translate('stars.pair_this_is')}
        value={side}
        onChange={(e) => setSide(e.target.value as 'STRONG' | 'WEAK')}
        sx={{ minWidth: 160 }}
      >
        <MenuItem value="STRONG">{translate('stars.pair_as_strong')}</MenuItem>
        <MenuItem value="WEAK">{translate('stars.pair_as_weak')}</MenuItem>
      </TextField>
      <Autocomplete
        size="small"
        sx={{ minWidth: 240 }}
        options={options.filter((o) => String(o.id) !== branchId)}
        getOptionLabel={(o) => o.name}
        isOptionEqualToValue={(a, b) => String(a.id) === String(b.id)}
        value={partner}
        onChange={(_e, v) => setPartner(v)}
        onInputChange={(_e, v) => setSearch(v)}
        filterOptions={(o) => o}
        renderInput={(params) => <TextField {...params} label={translate('stars.pair_partner')} />}
      />
      <TextField
        size="small"
        label={translate('stars.pair_note')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <Button variant="contained" disabled={busy || !partner} onClick={() => void submit()}>
        {translate('stars.pair_submit')}
      </Button>
    </Stack>
  );
}

/** 四个一口清: tasks, baseline figures, measures, mechanisms. */
export function BranchProfileTab() {
  const record = useRecordContext<{ id: string }>();
  const dp = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const status = useEnumLabel('PlanItemStatus');
  const year = Number(shanghaiToday().slice(0, 4));
  const { data } = useQuery({
    queryKey: ['branchProfile', record?.id, year],
    queryFn: () => dp.branchProfile(String(record!.id), year),
    enabled: !!record,
  });
  if (!data) return null;
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
      <Box>
        <Typography variant="h6">{translate('stars.profile_tasks')}</Typography>
        <ul>
          {data.tasks.map((t) => (
            <li key={t.id}>
              【{t.starType.nameZh}】{t.code} {t.title}
            </li>
          ))}
        </ul>
      </Box>
      <Box>
        <Typography variant="h6">{translate('stars.profile_baseline')}</Typography>
        <ul>
          {data.baseline.map((f) => (
            <li key={f.label}>
              {f.label}：<b>{f.value}</b>
            </li>
          ))}
        </ul>
      </Box>
      <Box>
        <Typography variant="h6">{translate('stars.profile_measures')}</Typography>
        <ul>
          {data.measures.map((m) => (
            <li key={m.id} style={{ color: m.overdue ? '#c62828' : undefined }}>
              {m.title} · {m.deadline} · {status(m.status)} {m.progress}%
              {m.overdue ? ` · ${translate('stars.overdue')}` : ''}
            </li>
          ))}
        </ul>
      </Box>
      <Box>
        <Typography variant="h6">{translate('stars.profile_mechanisms')}</Typography>
        <ul>
          {data.mechanisms.map((m) => (
            <li key={m.title}>
              <b>{m.title}</b>：{m.detail}
            </li>
          ))}
        </ul>
        <Typography variant="h6">{translate('stars.rating_method')}</Typography>
        <ol>
          {data.ratingMethod.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ol>
      </Box>
    </Box>
  );
}
