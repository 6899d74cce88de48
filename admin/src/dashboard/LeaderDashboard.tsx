/**
 * 领导驾驶舱, self-contained: the campaign's figures of the user's widest unit, drillable from
 * district to township (to a branch's profile). One drill-down drives every part — the figures, the
 * charts, 数据概览 and 督导概况 — and every figure states its period and scope and opens the list
 * that totals it (figures.ts).
 */
import {
  Alert,
  Box,
  Breadcrumbs,
  Card,
  CardActionArea,
  CardContent,
  Grid,
  Link as MuiLink,
  MenuItem,
  Skeleton,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useLiveEvents } from '../dataProvider/live';
import { lazy, Suspense, useMemo, useState } from 'react';
import { Link, useDataProvider, useNavigate, usePermissions, useTranslate } from 'react-admin';
import type { AppDataProvider, FiveStarDataProvider } from '../dataProvider';
import type { Grant } from '../dataProvider/auth';
import type { CampaignStatsQuery } from '../gql/graphql';
import type { Permissions } from '../permissions';
import { shanghaiToday } from '../shared/dates';
import { SupervisionCard } from '../supervision/SupervisionCard';
import type { CampaignDashboard as CampaignDashboardType } from './CampaignDashboard';
import { campaignCards, CATALOGUES, listUrl, overviewLinks } from './figures';
import { FigureTile } from './FigureTile';

// The charts (recharts and its d3 parts, a quarter of the console's code) are a chunk of their own:
// the first page (sign-in, or a deep link to a list) renders without waiting for them, and they are
// fetched once the browser is idle, so the dashboard after sign-in finds them loaded and renders
// them at once (React holds a suspended tree back for at least 300 ms, so suspending is kept for
// when they are really not there yet).
let LoadedCharts: typeof CampaignDashboardType | null = null;
const loadCharts = () =>
  import('./CampaignDashboard').then((m) => {
    LoadedCharts = m.CampaignDashboard;
    return { default: m.CampaignDashboard };
  });
const LazyCharts = lazy(loadCharts);
(window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 200)))(
  () => void loadCharts().catch(() => undefined),
);

function CampaignCharts(props: Parameters<typeof CampaignDashboardType>[0]) {
  if (LoadedCharts) return <LoadedCharts {...props} />;
  return (
    <Suspense fallback={<Skeleton variant="rounded" height={480} sx={{ mb: 2 }} aria-busy="true" />}>
      <LazyCharts {...props} />
    </Suspense>
  );
}

const RANK: Record<string, number> = { PROVINCE: 0, CITY: 1, DISTRICT: 2, TOWNSHIP: 3, BRANCH: 4 };

/** The unit the dashboard opens on: the user's widest grant. */
function topUnit(grants: Grant[]): { id: string; name: string } | null {
  const g = [...grants].sort((a, b) => (RANK[a.unit.level] ?? 9) - (RANK[b.unit.level] ?? 9))[0];
  return g ? { id: g.unitId, name: g.unit.name } : null;
}

/** One count of 数据概览: the total of the list it opens, asked exactly as that list asks. */
function CountTile({ resource, filter, scope }: { resource: string; filter?: Record<string, unknown>; scope: string }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<FiveStarDataProvider>();
  const { data, isPending, error } = useQuery({
    queryKey: ['dashboardCount', resource, filter ?? null],
    queryFn: () =>
      dataProvider
        .getList(resource, { pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' }, filter })
        .then((r) => r.total ?? 0),
  });
  const name = translate(`resources.${resource}.name`, { smart_count: 2 });
  return (
    <Grid size={{ xs: 6, sm: 4, md: 3, lg: 2 }}>
      <Card variant="outlined" sx={{ height: '100%' }}>
        <CardActionArea
          component={Link}
          to={filter ? listUrl({ resource, filter }) : `/${resource}`}
          aria-label={name}
          sx={{ height: '100%' }}
        >
          <CardContent>
            <Typography variant="body2" color="text.secondary">
              {name}
            </Typography>
            <Typography variant="h5" component="p" data-testid={`total-${resource}`}>
              {isPending ? <Skeleton width={48} /> : error ? '—' : (data ?? 0).toLocaleString()}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {scope}
            </Typography>
          </CardContent>
        </CardActionArea>
      </Card>
    </Grid>
  );
}

/** 数据概览 of the unit's subtree, then the campaign-wide catalogues (which no drill-down narrows). */
function Overview({ unit }: { unit: { id: string; name: string } }) {
  const translate = useTranslate();
  const scope = `${translate('dashboard.now')} · ${unit.name}`;
  return (
    <Box data-testid="dashboard-overview">
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {translate('dashboard.overview')}
      </Typography>
      <Grid container spacing={2}>
        {overviewLinks(unit.id).map((l) => (
          <CountTile key={l.resource} resource={l.resource} filter={l.filter} scope={scope} />
        ))}
      </Grid>
      <Typography variant="subtitle2" color="text.secondary" component="h3" sx={{ mt: 2, mb: 1 }}>
        {translate('dashboard.catalogues')}
      </Typography>
      <Grid container spacing={2}>
        {CATALOGUES.map((r) => (
          <CountTile key={r} resource={r} scope={translate('dashboard.campaign_wide')} />
        ))}
      </Grid>
    </Box>
  );
}

export function LeaderDashboard() {
  const translate = useTranslate();
  const navigate = useNavigate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { permissions } = usePermissions<Permissions>();
  const root = useMemo(() => topUnit(permissions?.grants ?? []), [permissions]);
  const today = shanghaiToday();
  const thisYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [trail, setTrail] = useState<{ id: string; name: string }[]>([]);
  const unit = trail.length ? trail[trail.length - 1] : root;
  const t = (k: string, o?: Record<string, unknown>) => translate(`campaign_stats.${k}`, o);

  const stats = useQuery({
    queryKey: ['campaignStats', unit?.id, year],
    queryFn: () => dataProvider.campaignStats(unit!.id, year),
    enabled: !!unit,
  });
  // A change anywhere the user may see (eventAdded) reloads the figures and the counts, instead of a page reload.
  const queryClient = useQueryClient();
  const [liveAt, setLiveAt] = useState<string | null>(null);
  useLiveEvents((e) => {
    setLiveAt(e.id);
    void queryClient.invalidateQueries({ queryKey: ['campaignStats'] });
    void queryClient.invalidateQueries({ queryKey: ['dashboardCount'] });
  });

  if (!root || !unit) return null;
  const s: CampaignStatsQuery['data'] | undefined = stats.data;
  // An answer for another unit (still loading the drilled one) is not shown as this one's.
  const current = s && s.unitId === unit.id && s.year === year ? s : undefined;
  const drill = (child: { unitId: string; unitName: string; unitLevel: string }) => {
    if (child.unitLevel === 'BRANCH') navigate(`/branches/${child.unitId}/show`);
    else setTrail([...trail, { id: child.unitId, name: child.unitName }]);
  };

  return (
    <Box sx={{ mb: 3 }} data-testid="campaign-dashboard" data-live-event={liveAt ?? ''}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', mb: 1 }}>
        <Typography variant="h6" component="h2">
          {t('title')}
        </Typography>
        <Breadcrumbs aria-label={t('drill_path')}>
          <MuiLink component="button" type="button" onClick={() => setTrail([])} underline="hover">
            {root.name}
          </MuiLink>
          {trail.map((u, i) => (
            <MuiLink
              key={u.id}
              component="button"
              type="button"
              onClick={() => setTrail(trail.slice(0, i + 1))}
              underline="hover"
              data-testid="drill-crumb"
            >
              {u.name}
            </MuiLink>
          ))}
        </Breadcrumbs>
        <TextField
          select
          size="small"
          label={t('year')}
          value={year}
          onChange={(e) => setYear(Number(e.target.value))}
          sx={{ width: 120 }}
          data-testid="stats-year"
        >
          {[thisYear, thisYear - 1, thisYear - 2].map((y) => (
            <MenuItem key={y} value={y}>
              {y}
            </MenuItem>
          ))}
        </TextField>
        {current && (
          <Typography variant="body2" color="text.secondary" data-testid="stats-as-of">
            {t('as_of', { date: current.asOf })}
          </Typography>
        )}
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="stats-scope">
        {t('scope_line', { unit: unit.name })}
      </Typography>
      {stats.error ? <Alert severity="error">{(stats.error as Error).message}</Alert> : null}
      <Grid container spacing={2} sx={{ mb: 2 }}>
        {!current ? (
          <Grid size={12}>
            <Skeleton variant="rounded" height={120} />
          </Grid>
        ) : (
          campaignCards(current.figures, {
            unitId: unit.id,
            year,
            asOf: current.asOf,
            current: year === thisYear,
          }).map((c) => <FigureTile key={c.key} card={c} scope={unit.name} />)
        )}
      </Grid>
      {current && <CampaignCharts stats={current} unit={unit} year={year} onDrill={drill} />}
      <Overview unit={unit} />
      <SupervisionCard unit={unit} />
    </Box>
  );
}
