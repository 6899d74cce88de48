/** 星级预警: held stars at risk at the next review under a township or the district, highest risk first. */
import {
  Box,
  Card,
  CardContent,
  Chip,
  FormControlLabel,
  MenuItem,
  Stack,
  Switch,
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
import { Title, useGetList, useLocaleState, useNavigate, usePermissions, useTranslate } from 'react-admin';
import { inboxApi } from '../dataProvider/inbox';
import type { Permissions } from '../permissions';

const READERS = ['DISTRICT_ADMIN', 'LEADER', 'TASK_FORCE', 'TOWNSHIP_STAFF'];

export function WarningsPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const navigate = useNavigate();
  const { permissions } = usePermissions<Permissions>();
  const own = (permissions?.grants ?? []).filter((g) => READERS.includes(g.role) && g.unit);
  const { data: townships } = useGetList('units', {
    filter: { level: 'TOWNSHIP' },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'sortOrder', order: 'ASC' },
  });
  const choices = [
    ...new Map(
      [
        ...own.map((g) => ({ id: String(g.unitId), name: g.unit!.name })),
        ...(townships ?? []).map((u) => ({ id: String(u.id), name: String(u.name) })),
      ].map((c) => [c.id, c] as const),
    ).values(),
  ];
  const [unitId, setUnitId] = useState('');
  const [atRiskOnly, setAtRiskOnly] = useState(true);
  const current = unitId || choices[0]?.id || '';
  const { data } = useQuery({
    queryKey: ['warnings', current, atRiskOnly],
    queryFn: () => inboxApi.warnings(current, { atRiskOnly, perPage: 100 }),
    enabled: !!current,
  });
  return (
    <Box sx={{ mt: { xs: 1, sm: 2 } }} data-testid="warnings-page">
      <Title title={translate('warnings.menu')} />
      <Card>
        <CardContent>
          <Typography variant="h6" component="h1" sx={{ mb: 2 }}>
            {translate('warnings.title')}
          </Typography>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { sm: 'center' } }}>
            <TextField
              select
              size="small"
              label={translate('warnings.unit')}
              value={current}
              onChange={(e) => setUnitId(e.target.value)}
              sx={{ minWidth: 220 }}
              data-testid="warnings-unit"
            >
              {choices.map((c) => (
                <MenuItem key={c.id} value={c.id}>
                  {c.name}
                </MenuItem>
              ))}
            </TextField>
            <FormControlLabel
              control={<Switch checked={atRiskOnly} onChange={(e) => setAtRiskOnly(e.target.checked)} />}
              label={translate('warnings.at_risk_only')}
            />
          </Stack>
          {data && (
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="warnings-summary">
              {translate('warnings.summary', { total: data.total, atRisk: data.atRisk })}
            </Typography>
          )}
          {data && !data.items.length && <Typography variant="body2">{translate('warnings.none')}</Typography>}
          {data && data.items.length > 0 && (
            <Box sx={{ overflowX: 'auto' }}>
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('warnings.branch')}</TableCell>
                    <TableCell>{translate('warnings.star')}</TableCell>
                    <TableCell align="right">{translate('warnings.score')}</TableCell>
                    <TableCell>{translate('warnings.reasons')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.items.map((w) => (
                    <TableRow
                      key={`${w.branch.id}-${w.starCode}`}
                      hover
                      sx={{ cursor: 'pointer' }}
                      onClick={() => navigate(`/branches/${w.branch.id}/show`)}
                    >
                      <TableCell>{w.branch.name}</TableCell>
                      <TableCell>
                        {locale === 'en' ? (w.star?.nameEn ?? w.starCode) : (w.star?.nameZh ?? w.starCode)}
                      </TableCell>
                      <TableCell align="right">
                        <Chip
                          size="small"
                          color={w.atRisk ? 'error' : 'default'}
                          label={w.score}
                          title={translate('warnings.threshold', { threshold: w.threshold })}
                        />
                      </TableCell>
                      <TableCell>
                        <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                          {w.reasons.map((r) => (
                            <Chip
                              key={r.code}
                              size="small"
                              variant="outlined"
                              label={translate(`warnings.reason_${r.code}`, { count: r.count, points: r.points })}
                            />
                          ))}
                        </Stack>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Box>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}
