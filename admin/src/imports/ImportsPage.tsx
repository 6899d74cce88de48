/**
 * 数据导入: pick a kind, download its template, upload a file (a dry run: nothing written), read
 * the problems at their sheet, row and column, then 确认导入 (only without problems); below, the
 * batches imported so far, each opening its stored report.
 */
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
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
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Title, useNotify, useTranslate } from 'react-admin';
import { usePunctuation } from '../shared/punctuation';
import { IMPORT_KINDS, importsApi, type ImportKindPath, type ImportReport } from '../dataProvider/imports';
import type { ImportBatchesQuery } from '../gql/graphql';

type Batch = ImportBatchesQuery['data']['items'][number];

const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' });

/** The counts and the problems of a report, each problem at its sheet, row and column. */
export function ReportView({ report }: { report: ImportReport }) {
  const translate = useTranslate();
  const ok = report.problems.length === 0;
  return (
    <Box>
      <Typography variant="body1" sx={{ mb: 1 }} data-testid="import-counts">
        {translate('imports.counts', {
          created: report.created,
          updated: report.updated,
          unchanged: report.unchanged,
          problems: report.problems.length,
        })}
      </Typography>
      <Alert severity={ok ? 'success' : 'error'} sx={{ mb: 1 }}>
        {translate(ok ? 'imports.no_problems' : 'imports.has_problems')}
      </Alert>
      {!ok && (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="import-problems">
            <TableHead>
              <TableRow>
                <TableCell>{translate('imports.sheet')}</TableCell>
                <TableCell>{translate('imports.row')}</TableCell>
                <TableCell>{translate('imports.column')}</TableCell>
                <TableCell>{translate('imports.message')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {report.problems.map((p, i) => (
                <TableRow key={i} data-row={p.row} data-column={p.column}>
                  <TableCell>{p.sheet}</TableCell>
                  <TableCell sx={{ color: 'error.main', fontWeight: 600 }}>{p.row}</TableCell>
                  <TableCell sx={{ color: 'error.main', fontWeight: 600 }}>
                    {p.column || translate('imports.whole_row')}
                  </TableCell>
                  <TableCell>{p.message}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Box>
  );
}

function BatchReport({ id, onClose }: { id: string; onClose: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [report, setReport] = useState<ImportReport | null>(null);
  useEffect(() => {
    importsApi.batch(id).then(
      (b) => setReport(b.report as ImportReport),
      (e) => notify((e as Error).message, { type: 'error' }),
    );
  }, [id, notify]);
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>{translate('imports.report')}</DialogTitle>
      <DialogContent>{report && <ReportView report={report} />}</DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('imports.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}

function History({ tick }: { tick: number }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [batches, setBatches] = useState<Batch[]>([]);
  const [open, setOpen] = useState<string | null>(null);
  useEffect(() => {
    importsApi.batches(1, 25).then(
      (p) => setBatches(p.items),
      (e) => notify((e as Error).message, { type: 'error' }),
    );
  }, [tick, notify]);
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" sx={{ mb: 1 }}>
          {translate('imports.history')}
        </Typography>
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="import-batches">
            <TableHead>
              <TableRow>
                <TableCell>{translate('imports.when')}</TableCell>
                <TableCell>{translate('imports.kind')}</TableCell>
                <TableCell>{translate('imports.file')}</TableCell>
                <TableCell>{translate('imports.who')}</TableCell>
                <TableCell>{translate('imports.created')}</TableCell>
                <TableCell>{translate('imports.updated')}</TableCell>
                <TableCell>{translate('imports.unchanged')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {batches.length === 0 && (
                <TableRow>
                  <TableCell colSpan={8}>{translate('imports.no_batches')}</TableCell>
                </TableRow>
              )}
              {batches.map((b) => (
                <TableRow key={b.id} hover>
                  <TableCell>{when(b.createdAt)}</TableCell>
                  <TableCell>{translate(`imports.kind_${b.kind.toLowerCase()}`)}</TableCell>
                  <TableCell>{b.fileName}</TableCell>
                  <TableCell>{b.username}</TableCell>
                  <TableCell>{b.created}</TableCell>
                  <TableCell>{b.updated}</TableCell>
                  <TableCell>{b.unchanged}</TableCell>
                  <TableCell>
                    <Button size="small" onClick={() => setOpen(b.id)}>
                      {translate('imports.open_report')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      </CardContent>
      {open && <BatchReport id={open} onClose={() => setOpen(null)} />}
    </Card>
  );
}

export function ImportsPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const { colon } = usePunctuation();
  // A list's 导入 button opens this page with its kind chosen (#/imports?kind=questions).
  const [params] = useSearchParams();
  const [kind, setKind] = useState<ImportKindPath>(() => {
    const asked = params.get('kind') as ImportKindPath | null;
    return asked && IMPORT_KINDS.includes(asked) ? asked : 'units';
  });
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [tick, setTick] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const fail = useCallback((e: unknown) => notify((e as Error).message, { type: 'error' }), [notify]);

  const reset = () => {
    setFile(null);
    setReport(null);
    if (input.current) input.current.value = '';
  };
  const check = (f: File) => {
    setFile(f);
    setReport(null);
    setBusy(true);
    importsApi
      .upload(kind, f, true)
      .then((r) => setReport(r.report), fail)
      .finally(() => setBusy(false));
  };
  const commit = () => {
    if (!file) return;
    setBusy(true);
    importsApi
      .upload(kind, file, false)
      .then((r) => {
        setReport(r.report);
        if (r.batchId) {
          notify('imports.committed', {
            type: 'success',
            messageArgs: { created: r.report.created, updated: r.report.updated },
          });
          reset();
        }
        setTick((t) => t + 1);
      }, fail)
      .finally(() => setBusy(false));
  };

  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }}>
      <Title title={translate('imports.title')} />
      <Card>
        <CardContent>
          <Typography variant="body2" sx={{ mb: 2 }}>
            {translate('imports.hint')}
          </Typography>
          <Stack
            direction={{ xs: 'column', sm: 'row' }}
            spacing={2}
            sx={{ mb: 2, alignItems: { sm: 'center' }, '& .MuiButton-root': { whiteSpace: 'nowrap', flexShrink: 0 } }}
          >
            <TextField
              select
              size="small"
              label={translate('imports.kind')}
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as ImportKindPath);
                reset();
              }}
              sx={{ minWidth: 160 }}
              data-testid="import-kind"
            >
              {IMPORT_KINDS.map((k) => (
                <MenuItem key={k} value={k}>
                  {translate(`imports.kind_${k}`)}
                </MenuItem>
              ))}
            </TextField>
            <Button variant="outlined" onClick={() => importsApi.downloadTemplate(kind).catch(fail)}>
              {translate('imports.download_template')}
            </Button>
            <Button variant="outlined" component="label" disabled={busy}>
              {translate(busy ? 'imports.checking' : 'imports.choose_file')}
              <input
                ref={input}
                hidden
                type="file"
                accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
                data-testid="import-file"
                onChange={(e) => {
                  const f = e.target.files?.[0];
                  if (f) check(f);
                }}
              />
            </Button>
            <Button
              variant="contained"
              disabled={busy || !file || !report || report.problems.length > 0}
              onClick={commit}
            >
              {translate('imports.confirm')}
            </Button>
          </Stack>
          {file && (
            <Typography variant="body2" sx={{ mb: 1 }}>
              {translate('imports.file')}
              {colon}
              {file.name}
            </Typography>
          )}
          {report && <ReportView report={report} />}
        </CardContent>
      </Card>
      <History tick={tick} />
    </Box>
  );
}
