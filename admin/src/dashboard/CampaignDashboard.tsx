/**
 * 领导驾驶舱: the campaign's figures for the user's unit (campaignStats), drillable from district
 * to township to branch, with charts that open the filtered lists behind them.
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
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useDataProvider, useNavigate, usePermissions, useTranslate } from 'react-admin';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { AppDataProvider } from '../dataProvider';
import type { Grant } from '../dataProvider/auth';
import type { CampaignStatsQuery, StatsMetric } from '../gql/graphql';
import type { Permissions } from '../permissions';
import { shanghaiToday } from '../shared/dates';

const RANK: Record<string, number> = { PROVINCE: 0, CITY: 1, DISTRICT: 2, TOWNSHIP: 3, BRANCH: 4 };
const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`);
const listUrl = (resource: string, filter: Record<string, unknown>) =>
  `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;

/** The unit the dashboard opens on: the user's widest grant. */
function topUnit(grants: Grant[]): { id: string; name: string; level: string } | null {
  const g = [...grants].sort((a, b) => (RANK[a.unit.level] ?? 9) - (RANK[b.unit.level] ?? 9))[0];
  return g ? { id: g.unitId, name: g.unit.name, level: g.unit.level } : null;
}

function Figure({
  label,
  value,
  hint,
  to,
  testId,
}: {
  label: string;
  value: string;
  hint?: string;
  to?: string;
  testId: string;
}) {
  const body = (
    <CardContent>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h5" component="p" data-testid={testId}>
        {value}
      </Typography>
      {hint && (
        <Typography variant="caption" color="text.secondary">
          {hint}
        </Typography>
      )}
    </CardContent>
  );
  return (
    <Grid size={{ xs: 6, sm: 4, md: 3 }}>
      <Card variant="outlined" sx={{ height: '100%' }}>
        {to ? (
          <CardActionArea component={Link} to={to} sx={{ height: '100%' }}>
            {body}
          </CardActionArea>
        ) : (
          body
        )}
      </Card>
    </Grid>
  );
}

/** A chart's card: charts sized by ResponsiveContainer need a box of definite height (`height`). */
function ChartCard({
  title,
  children,
  testId,
  height = 260,
}: {
  title: string;
  children: React.ReactNode;
  testId: string;
  height?: number | 'auto';
}) {
  return (
    <Grid size={{ xs: 12, md: 6 }}>
      <Card variant="outlined" data-testid={testId}>
        <CardContent>
          <Typography variant="subtitle1" component="h3" gutterBottom>
            {title}
          </Typography>
          <Box sx={{ width: '100%', height }}>{children}</Box>
        </CardContent>
      </Card>
    </Grid>
  );
}

export function CampaignDashboard() {
  const translate = useTranslate();
  const navigate = useNavigate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { permissions } = usePermissions<Permissions>();
  const root = useMemo(() => topUnit(permissions?.grants ?? []), [permissions]);
  const today = shanghaiToday();
  const thisYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [trail, setTrail] = useState<{ id: string; name: string }[]>([]);
  const [metric, setMetric] = useState<StatsMetric>('FIVE_STAR_COUNT');
  const unit = trail.length ? trail[trail.length - 1] : root;
  const t = (k: string, o?: Record<string, unknown>) => translate(`campaign_stats.${k}`, o);

  const stats = useQuery({
    queryKey: ['campaignStats', unit?.id, year],
    queryFn: () => dataProvider.campaignStats(unit!.id, year),
    enabled: !!unit,
  });
  const trendFrom = `${year - 1}-${today.slice(5, 7)}-01`;
  const trendTo = year === thisYear ? today : `${year}-12-31`;
  const trend = useQuery({
    queryKey: ['trend', unit?.id, metric, trendFrom, trendTo],
    queryFn: () => dataProvider.trend(unit!.id, metric, trendFrom, trendTo, 'MONTH'),
    enabled: !!unit,
  });

  if (!root || !unit) return null;
  const s: CampaignStatsQuery['data'] | undefined = stats.data;
  const f = s?.figures;
  const drill = (child: { unitId: string; unitName: string; unitLevel: string }) => {
    if (child.unitLevel === 'BRANCH') navigate(`/branches/${child.unitId}/show`);
    else setTrail([...trail, { id: child.unitId, name: child.unitName }]);
  };
  const ratioText = (v: number | null) => (v === null ? '—' : `${v.toFixed(2)}×`);

  return (
    <Box sx={{ mb: 3 }} data-testid="campaign-dashboard">
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
        {s && (
          <Typography variant="body2" color="text.secondary" data-testid="stats-as-of">
            {t('as_of', { date: s.asOf })}
          </Typography>
        )}
      </Box>
      {stats.error ? <Alert severity="error">{(stats.error as Error).message}</Alert> : null}
      <Grid container spacing={2}>
        {!f ? (
          <Grid size={12}>
            <Skeleton variant="rounded" height={120} />
          </Grid>
        ) : (
          <>
            <Figure
              testId="stat-branches"
              label={t('branches')}
              value={f.branches.toLocaleString()}
              to={listUrl('branches', { withinId: unit.id })}
            />
            <Figure
              testId="stat-threeStarShare"
              label={t('three_star')}
              value={pct(f.threeStarShare)}
              hint={t('three_star_hint')}
            />
            <Figure
              testId="stat-fourStar"
              label={t('four_star')}
              value={f.fourStar.toLocaleString()}
              hint={t('four_star_hint', { last: f.fourStarLastYear, ratio: ratioText(f.fourStarRatio) })}
            />
            <Figure
              testId="stat-fiveStar"
              label={t('five_star')}
              value={f.fiveStar.toLocaleString()}
              hint={t('five_star_hint', { n: f.newFiveStar })}
              to={listUrl('branches', { starLevel: 5, withinId: unit.id })}
            />
            <Figure
              testId="stat-completion"
              label={t('completion')}
              value={pct(f.keyTasks.completionRate)}
              hint={t('completion_hint', { done: f.keyTasks.done, total: f.keyTasks.total })}
            />
            <Figure
              testId="stat-overdueTasks"
              label={t('overdue_tasks')}
              value={f.keyTasks.overdue.toLocaleString()}
              to={listUrl('planItems', { overdue: true, year })}
            />
            <Figure
              testId="stat-overdueRectifications"
              label={t('overdue_rectifications')}
              value={f.rectifications.overdue.toLocaleString()}
              hint={t('closure_hint', { rate: pct(f.rectifications.closureRate) })}
              to={listUrl('rectifications', { overdue: true, withinId: unit.id })}
            />
            <Figure
              testId="stat-reports"
              label={t('reports')}
              value={pct(f.dailyReports.rate)}
              hint={t('reports_hint', { n: f.dailyReports.submitted, m: f.dailyReports.expected })}
            />
            <Figure
              testId="stat-checks"
              label={t('checks')}
              value={f.spotChecksThisQuarter.toLocaleString()}
              hint={t('findings_hint', {
                minor: f.findings.minor,
                major: f.findings.major,
                critical: f.findings.critical,
              })}
            />
          </>
        )}
        {f && (
          <ChartCard title={t('levels')} testId="chart-levels">
            <ResponsiveContainer>
              <BarChart
                data={f.levelDistribution.map((l) => ({ ...l, name: t('level_n', { n: l.level }) }))}
                margin={{ top: 20, right: 8, left: 0, bottom: 0 }}
              >
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="name" />
                <YAxis allowDecimals={false} />
                <Tooltip />
                <Bar
                  dataKey="branches"
                  name={t('branch_count')}
                  fill="#c62828"
                  cursor="pointer"
                  onClick={(d) =>
                    navigate(
                      listUrl('branches', { starLevel: (d as unknown as { level: number }).level, withinId: unit.id }),
                    )
                  }
                >
                  <LabelList dataKey="branches" position="top" />
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </ChartCard>
        )}
        {s && s.byChild.length > 0 && (
          <ChartCard title={t('children')} testId="chart-children">
            <ResponsiveContainer>
              <BarChart
                data={s.byChild.map((c) => ({
                  ...c,
                  name: c.unitName,
                  three: Math.round((c.figures.threeStarShare ?? 0) * 1000) / 10,
                  completion: Math.round((c.figures.keyTasks.completionRate ?? 0) * 1000) / 10,
                }))}
                margin={{ top: 10, right: 8, left: 0, bottom: 40 }}
              >
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="name" interval={0} angle={-35} textAnchor="end" height={60} tick={{ fontSize: 11 }} />
                <YAxis unit="%" domain={[0, 100]} />
                <Tooltip />
                <Legend verticalAlign="top" />
                <Bar
                  dataKey="three"
                  name={t('three_star')}
                  fill="#c62828"
                  cursor="pointer"
                  onClick={(d) => drill(d as unknown as { unitId: string; unitName: string; unitLevel: string })}
                />
                <Bar
                  dataKey="completion"
                  name={t('completion')}
                  fill="#ffa726"
                  cursor="pointer"
                  onClick={(d) => drill(d as unknown as { unitId: string; unitName: string; unitLevel: string })}
                />
              </BarChart>
            </ResponsiveContainer>
          </ChartCard>
        )}
        {f && (
          <ChartCard title={t('holders')} testId="chart-holders">
            <ResponsiveContainer>
              <BarChart data={f.starHolders} layout="vertical" margin={{ top: 0, right: 32, left: 24, bottom: 0 }}>
                <XAxis type="number" allowDecimals={false} />
                <YAxis type="category" dataKey="starName" width={90} tick={{ fontSize: 12 }} />
                <Tooltip />
                <Bar dataKey="branches" name={t('branch_count')} fill="#d84315">
                  <LabelList dataKey="branches" position="right" />
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </ChartCard>
        )}
        <ChartCard title={t('trend')} testId="chart-trend" height="auto">
          <Box sx={{ mb: 1 }}>
            <TextField
              select
              size="small"
              label={t('metric')}
              value={metric}
              onChange={(e) => setMetric(e.target.value as StatsMetric)}
              sx={{ width: 200 }}
            >
              {(
                [
                  'FIVE_STAR_COUNT',
                  'FOUR_STAR_COUNT',
                  'AVERAGE_LEVEL',
                  'THREE_STAR_SHARE',
                  'KEY_TASK_COMPLETION',
                  'RECTIFICATION_CLOSURE',
                  'DAILY_REPORT_RATE',
                  'SPOT_CHECKS_COMPLETED',
                ] as StatsMetric[]
              ).map((m) => (
                <MenuItem key={m} value={m}>
                  {t(`metric_${m}`)}
                </MenuItem>
              ))}
            </TextField>
          </Box>
          <ResponsiveContainer height={210}>
            <LineChart
              data={(trend.data ?? []).map((p) => ({
                name: p.periodEnd.slice(0, 7),
                value: p.value === null ? null : Math.round(p.value * 1000) / 1000,
              }))}
              margin={{ top: 10, right: 16, left: 0, bottom: 0 }}
            >
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="name" tick={{ fontSize: 11 }} />
              <YAxis />
              <Tooltip />
              <Line type="monotone" dataKey="value" name={t(`metric_${metric}`)} stroke="#c62828" dot />
            </LineChart>
          </ResponsiveContainer>
        </ChartCard>
      </Grid>
    </Box>
  );
}
