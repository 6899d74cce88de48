import { usePunctuation } from '../shared/punctuation';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import LinkIcon from '@mui/icons-material/Link';
import StorefrontIcon from '@mui/icons-material/Storefront';
import {
  Box,
  Button as MuiButton,
  Card,
  CardActionArea,
  CardContent,
  Chip,
  Grid,
  Skeleton,
  Stack,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import {
  Link,
  Title,
  useDataProvider,
  useGetIdentity,
  useLocaleState,
  usePermissions,
  useTranslate,
} from 'react-admin';
import type { FiveStarDataProvider } from '../dataProvider';
import type { Permissions } from '../permissions';
import { useEnumLabel } from '../shared/enums';
import { useStarName } from '../shared/fields';
// supervision
import { SupervisionCard } from '../supervision/SupervisionCard';
import type { CampaignDashboard as CampaignDashboardType } from './CampaignDashboard';

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

function CampaignCharts() {
  if (LoadedCharts) return <LoadedCharts />;
  return (
    <Suspense fallback={<Skeleton variant="rounded" height={480} sx={{ mb: 2 }} aria-busy="true" />}>
      <LazyCharts />
    </Suspense>
  );
}

/** Resources counted on the landing page, each with a real `<list>(perPage: 1) { total }`. */
const COUNTED = [
  'branches',
  'units',
  'people',
  'positions',
  'starOwners',
  'contactPoints',
  'departments',
  'taskForces',
  'keyTasks',
  'starTypes',
];

function Counts() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<FiveStarDataProvider>();
  const { data, isPending, error } = useQuery({
    queryKey: ['dashboardTotals'],
    queryFn: () => dataProvider.getTotals(COUNTED),
  });
  if (error) return <Typography color="error">{(error as Error).message}</Typography>;
  return (
    <Grid container spacing={2}>
      {COUNTED.map((r) => (
        <Grid key={r} size={{ xs: 6, sm: 4, md: 3, lg: 2 }}>
          <Card variant="outlined">
            <CardActionArea
              component={Link}
              to={`/${r}`}
              aria-label={translate(`resources.${r}.name`, { smart_count: 2 })}
            >
              <CardContent>
                <Typography variant="body2" color="text.secondary">
                  {translate(`resources.${r}.name`, { smart_count: 2 })}
                </Typography>
                <Typography variant="h5" component="p" data-testid={`total-${r}`}>
                  {isPending ? <Skeleton width={48} /> : (data?.[r] ?? 0).toLocaleString()}
                </Typography>
              </CardContent>
            </CardActionArea>
          </Card>
        </Grid>
      ))}
    </Grid>
  );
}

export function Dashboard() {
  const { colon, paren } = usePunctuation();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<Permissions>();
  const role = useEnumLabel('UserRole');
  const level = useEnumLabel('UnitLevel');
  const grants = permissions?.grants ?? [];
  const starName = useStarName();
  return (
    <Box sx={{ mt: { xs: 1, sm: 2 } }}>
      <Title title={translate('ra.page.dashboard')} />
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate('dashboard.greeting', { name: identity?.fullName ?? '' })}
          </Typography>
          <Stack direction="row" spacing={1} useFlexGap sx={{ mb: 1, alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="body2" color="text.secondary">
              {translate('dashboard.roles')}
              {colon}
            </Typography>
            {(permissions?.roles ?? []).map((r) => (
              <Chip key={r} color="primary" size="small" label={role(r)} />
            ))}
          </Stack>
          <Typography variant="body2" color="text.secondary">
            {translate('dashboard.scope')}
            {colon}
            {translate('dashboard.scope_hint')}
          </Typography>
          <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 1, flexWrap: 'wrap' }}>
            {grants.map((g, i) => (
              <Chip
                key={`${g.role}-${g.unitId}-${i}`}
                variant="outlined"
                component={Link}
                to={`/units/${g.unitId}/show`}
                clickable
                label={`${g.unit.name}${paren(level(g.unit.level))} · ${role(g.role)}${g.starCode ? ` · ${translate('dashboard.star_limit', { star: starName(g.starCode) })}` : ''}`}
              />
            ))}
          </Stack>
        </CardContent>
      </Card>
      <CampaignCharts />
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {translate('dashboard.overview')}
      </Typography>
      <Counts />
      {/* supervision */}
      <SupervisionCard />
      <Typography variant="h6" component="h2" sx={{ mt: 3, mb: 1 }}>
        {translate('dashboard.shortcuts')}
      </Typography>
      {/* MUI's button (not react-admin's, which drops its label for an icon on a phone): labelled everywhere. */}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} key={locale}>
        <MuiButton component={Link} to="/chain" variant="outlined" startIcon={<LinkIcon />}>
          {translate('dashboard.open_chain')}
        </MuiButton>
        <MuiButton component={Link} to="/branches" variant="outlined" startIcon={<StorefrontIcon />}>
          {translate('dashboard.open_branches')}
        </MuiButton>
        <MuiButton component={Link} to="/units" variant="outlined" startIcon={<AccountTreeIcon />}>
          {translate('dashboard.open_units')}
        </MuiButton>
      </Stack>
    </Box>
  );
}
