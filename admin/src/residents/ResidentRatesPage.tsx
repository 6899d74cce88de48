import { usePunctuation } from '../shared/punctuation';
import {
  Breadcrumbs,
  Card,
  CardContent,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { Title, useGetList, useTranslate } from 'react-admin';
import { residentsApi } from '../dataProvider/residents';
import type { ResidentRatesPageQuery } from '../gql/graphql';

type Rates = ResidentRatesPageQuery['data'];
const pct = (v: number | null | undefined) => (v == null ? '—' : `${(v * 100).toFixed(1)}%`);

/** 民情三率: the caller's top unit, drill down by clicking a child, and the monthly trend. */
export function ResidentRatesPage() {
  const translate = useTranslate();
  const t = (k: string) => translate(`residents.${k}`);
  const { colon } = usePunctuation();
  const [year, setYear] = useState(new Date().getFullYear());
  const { data: top } = useGetList('units', {
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'level', order: 'ASC' },
  });
  const [path, setPath] = useState<{ id: string; name: string }[]>([]);
  const [rates, setRates] = useState<Rates | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = path[path.length - 1] ?? (top?.[0] ? { id: String(top[0].id), name: String(top[0].name) } : null);
  useEffect(() => {
    if (!current) return;
    residentsApi.rates(current.id, year).then(
      (r) => {
        setRates(r);
        setError(null);
      },
      (e: Error) => setError(e.message),
    );
  }, [current?.id, year]); // eslint-disable-line react-hooks/exhaustive-deps
  const f = rates?.unit.figures;
  return (
    <Card sx={{ mt: 2 }} data-testid="resident-rates">
      <Title title={t('rates_title')} />
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
          <Typography variant="h6">{t('rates_title')}</Typography>
          <TextField
            size="small"
            type="number"
            label={t('year')}
            value={year}
            onChange={(e) => setYear(Number(e.target.value))}
          />
        </Stack>
        <Breadcrumbs sx={{ my: 1 }}>
          {top?.[0] && (
            <Link component="button" onClick={() => setPath([])}>
              {String(top[0].name)}
            </Link>
          )}
          {path.map((p, i) => (
            <Link key={p.id} component="button" onClick={() => setPath(path.slice(0, i + 1))}>
              {p.name}
            </Link>
          ))}
        </Breadcrumbs>
        {error && <Typography color="error">{error}</Typography>}
        {f && (
          <Stack direction="row" spacing={4} sx={{ my: 2, flexWrap: 'wrap' }} useFlexGap data-testid="rates-summary">
            <Typography>
              {t('total')}
              {colon}
              {f.total}
            </Typography>
            <Typography>
              {t('response_rate')}
              {colon}
              {pct(f.responseRate)}
            </Typography>
            <Typography>
              {t('resolution_rate')}
              {colon}
              {pct(f.resolutionRate)}
            </Typography>
            <Typography>
              {t('satisfaction_rate')}
              {colon}
              {pct(f.satisfactionRate)}
            </Typography>
            <Typography color={f.overdue ? 'error' : undefined}>
              {t('overdue')}
              {colon}
              {f.overdue}
            </Typography>
          </Stack>
        )}
        {!!rates?.byChild.length && (
          <Table size="small" data-testid="rates-children">
            <TableHead>
              <TableRow>
                <TableCell>{t('unit')}</TableCell>
                <TableCell align="right">{t('total')}</TableCell>
                <TableCell align="right">{t('response_rate')}</TableCell>
                <TableCell align="right">{t('resolution_rate')}</TableCell>
                <TableCell align="right">{t('satisfaction_rate')}</TableCell>
                <TableCell align="right">{t('overdue')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rates.byChild
                .filter((c) => c.figures.total > 0)
                .map((c) => (
                  <TableRow
                    key={c.unitId}
                    hover
                    sx={{ cursor: 'pointer' }}
                    onClick={() => setPath([...path, { id: c.unitId, name: c.unitName }])}
                  >
                    <TableCell>{c.unitName}</TableCell>
                    <TableCell align="right">{c.figures.total}</TableCell>
                    <TableCell align="right">{pct(c.figures.responseRate)}</TableCell>
                    <TableCell align="right">{pct(c.figures.resolutionRate)}</TableCell>
                    <TableCell align="right">{pct(c.figures.satisfactionRate)}</TableCell>
                    <TableCell align="right">{c.figures.overdue}</TableCell>
                  </TableRow>
                ))}
            </TableBody>
          </Table>
        )}
        {!!rates?.byMonth.length && (
          <>
            <Typography variant="subtitle1" sx={{ mt: 3 }}>
              {t('trend')}
            </Typography>
            <Table size="small" data-testid="rates-trend">
              <TableHead>
                <TableRow>
                  <TableCell>{t('month')}</TableCell>
                  <TableCell align="right">{t('total')}</TableCell>
                  <TableCell align="right">{t('response_rate')}</TableCell>
                  <TableCell align="right">{t('resolution_rate')}</TableCell>
                  <TableCell align="right">{t('satisfaction_rate')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rates.byMonth.map((m) => (
                  <TableRow key={m.month}>
                    <TableCell>{m.month}</TableCell>
                    <TableCell align="right">{m.figures.total}</TableCell>
                    <TableCell align="right">{pct(m.figures.responseRate)}</TableCell>
                    <TableCell align="right">{pct(m.figures.resolutionRate)}</TableCell>
                    <TableCell align="right">{pct(m.figures.satisfactionRate)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        )}
      </CardContent>
    </Card>
  );
}
