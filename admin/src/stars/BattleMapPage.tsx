import { usePunctuation } from '../shared/punctuation';
import { Box, Button, Card, CardContent, LinearProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Title, useDataProvider, useGetIdentity, useGetList, usePermissions, useTranslate } from 'react-admin';
import type { Permissions } from '../permissions';
import { useSearchParams } from 'react-router-dom';
import type { AppDataProvider } from '../dataProvider';
import { shanghaiToday } from '../shared/dates';

/** 挂图作战: one card per child unit; drill down into a township to see its branches. */
export function BattleMapPage() {
  const { colon } = usePunctuation();
  const translate = useTranslate();
  const dp = useDataProvider<AppDataProvider>();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year') ?? shanghaiToday().slice(0, 4));
  const { data: districts } = useGetList('units', {
    filter: { level: 'DISTRICT' },
    pagination: { page: 1, perPage: 5 },
    sort: { field: 'sortOrder', order: 'ASC' },
  });
  const { data: townships } = useGetList('units', {
    filter: { level: 'TOWNSHIP' },
    pagination: { page: 1, perPage: 50 },
    sort: { field: 'sortOrder', order: 'ASC' },
  });
  useGetIdentity();
  // Without a district or township in scope (a branch secretary), the map is of the user's own unit.
  const { permissions } = usePermissions<Permissions>();
  const fallback = districts?.[0]?.id ?? townships?.[0]?.id ?? permissions?.grants[0]?.unitId;
  const unitId = params.get('unit') ?? (fallback ? String(fallback) : null);
  // The units drilled down from, for 上一级; a new year starts a new trail.
  const [trail, setTrail] = useState<{ year: number; units: string[] }>({ year, units: [] });
  const history = trail.year === year ? trail.units : [];
  const setHistory = (next: (h: string[]) => string[]) => setTrail({ year, units: next(history) });
  const { data, error, isPending } = useQuery({
    queryKey: ['battleMap', unitId, year],
    queryFn: () => dp.battleMap(unitId!, year),
    enabled: !!unitId,
  });
  const go = (u: string) => {
    if (unitId) setHistory((h) => [...h, unitId]);
    setParams({ unit: u, year: String(year) });
  };
  const up = () => {
    const prev = history[history.length - 1];
    if (!prev) return;
    setHistory((h) => h.slice(0, -1));
    setParams({ unit: prev, year: String(year) });
  };
  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }}>
      <Title title={translate('stars.battle_map')} />
      <Typography variant="h5">
        {translate('stars.battle_map')}
        {data ? ` · ${data.unit.name}` : ''}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        {translate('stars.battle_intro')}
        {data ? ` · ${translate('stars.as_of', { date: data.asOf })}` : ''}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ mb: 2, flexWrap: 'wrap' }} useFlexGap>
        <TextField
          select
          size="small"
          label={translate('stars.year')}
          value={year}
          onChange={(e) => setParams({ ...(unitId ? { unit: unitId } : {}), year: e.target.value })}
        >
          {[year - 1, year, year + 1].map((y) => (
            <MenuItem key={y} value={y}>
              {y}
            </MenuItem>
          ))}
        </TextField>
        {history.length > 0 && <Button onClick={up}>{translate('stars.up')}</Button>}
      </Stack>
      {isPending && unitId && <LinearProgress />}
      {error && <Typography color="error">{(error as Error).message}</Typography>}
      {data && data.rows.length === 0 && (
        // The map sums the plan items of each child unit: say why there is nothing to show.
        <Typography color="text.secondary" data-testid="battle-map-empty" sx={{ mb: 2 }}>
          {translate(data.unit.level === 'BRANCH' ? 'stars.battle_empty_branch' : 'stars.battle_empty', {
            unit: data.unit.name,
            year,
          })}{' '}
          <Link to={`/planItems`}>{translate('stars.battle_open_items')}</Link>
        </Typography>
      )}
      <Box
        sx={{
          display: 'grid',
          gap: 1.5,
          gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', md: 'repeat(3, 1fr)', lg: 'repeat(4, 1fr)' },
        }}
        data-testid="battle-map"
      >
        {data?.rows.map((r) => (
          <Card
            key={r.unitId}
            variant="outlined"
            sx={{ borderLeft: `6px solid ${r.overdue > 0 ? '#c62828' : r.completion >= 80 ? '#2e7d32' : '#f9a825'}` }}
          >
            <CardContent sx={{ p: 1.5, '&:last-child': { pb: 1.5 } }}>
              <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'baseline' }}>
                <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
                  {r.unitName}
                </Typography>
                {r.starLevel !== null && (
                  <span style={{ color: '#d32f2f' }}>
                    {'★'.repeat(r.starLevel)}
                    {'☆'.repeat(Math.max(0, 5 - r.starLevel))}
                  </span>
                )}
              </Stack>
              <LinearProgress
                variant="determinate"
                value={Math.min(100, r.completion)}
                sx={{ my: 0.5, height: 8, borderRadius: 4 }}
              />
              <Typography variant="body2">
                {translate('stars.completion')} {r.completion}% · {translate('stars.total')} {r.total} ·{' '}
                {translate('stars.done')} {r.done} · {translate('stars.in_progress')} {r.inProgress} ·{' '}
                {translate('stars.not_started')} {r.notStarted}
              </Typography>
              <Typography
                variant="body2"
                sx={{ color: r.overdue ? '#c62828' : undefined, fontWeight: r.overdue ? 600 : undefined }}
              >
                {translate('stars.overdue')} {r.overdue} · {translate('stars.next_deadline')} {r.nextDeadline ?? '—'}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {r.starLevel === null
                  ? `${translate('stars.branches_by_level')}${colon}${r.branchesByLevel.join(' / ')}`
                  : ''}{' '}
                {translate('stars.goals')} {r.keepStars}/{r.targetStars}/{r.striveStars}
              </Typography>
              {r.unitLevel !== 'BRANCH' && (
                <Button size="small" onClick={() => go(r.unitId)}>
                  {translate('stars.drill')}
                </Button>
              )}
            </CardContent>
          </Card>
        ))}
      </Box>
    </Box>
  );
}
