/**
 * 领导驾驶舱's charts (recharts, a chunk of their own): the star levels (a bar opens those
 * branches), the child units (a bar drills down), the star holders and a monthly trend.
 */
import { Box, Card, CardContent, Grid, MenuItem, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useNavigate, useTranslate } from 'react-admin';
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
import type { CampaignStatsQuery, StatsMetric } from '../gql/graphql';
import { shanghaiToday } from '../shared/dates';

const listUrl = (resource: string, filter: Record<string, unknown>) =>
  `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;

type Child = { unitId: string; unitName: string; unitLevel: string };

/** A chart's card: charts sized by ResponsiveContainer need a box of definite height (`height`). */
function ChartCard({
  title,
  caption,
  children,
  testId,
  height = 260,
}: {
  title: string;
  /** The period and scope the chart describes. */
  caption: string;
  children: React.ReactNode;
  testId: string;
  height?: number | 'auto';
}) {
  return (
    <Grid size={{ xs: 12, md: 6 }}>
      <Card variant="outlined" data-testid={testId}>
        <CardContent>
          <Typography variant="subtitle1" component="h3">
            {title}
          </Typography>
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
            {caption}
          </Typography>
          <Box sx={{ width: '100%', height }}>{children}</Box>
        </CardContent>
      </Card>
    </Grid>
  );
}

/**
 * The charts of one unit's statistics (the figures are drawn by LeaderDashboard, which owns the
 * drill-down): levels, child units (a bar drills down through `onDrill`), star holders, the trend.
 */
export function CampaignDashboard({
  stats: s,
  unit,
  year,
  onDrill,
}: {
  stats: CampaignStatsQuery['data'];
  unit: { id: string; name: string };
  year: number;
  onDrill: (child: Child) => void;
}) {
  const translate = useTranslate();
  const navigate = useNavigate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const today = shanghaiToday();
  const thisYear = Number(today.slice(0, 4));
  const [metric, setMetric] = useState<StatsMetric>('FIVE_STAR_COUNT');
  const t = (k: string, o?: Record<string, unknown>) => translate(`campaign_stats.${k}`, o);
  const trendFrom = `${year - 1}-${today.slice(5, 7)}-01`;
  const trendTo = year === thisYear ? today : `${year}-12-31`;
  const trend = useQuery({
    queryKey: ['trend', unit.id, metric, trendFrom, trendTo],
    queryFn: () => dataProvider.trend(unit.id, metric, trendFrom, trendTo, 'MONTH'),
  });
  const f = s.figures;
  const drill = onDrill;
  const asOf = `${t('period_as_of', { date: s.asOf })} · ${unit.name}`;

  return (
    <Grid container spacing={2} sx={{ mb: 3 }} data-testid="campaign-charts">
      {f && (
        <ChartCard title={t('levels')} caption={asOf} testId="chart-levels">
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
      {s.byChild.length > 0 && (
        <ChartCard title={t('children')} caption={asOf} testId="chart-children">
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
                onClick={(d) => drill(d as unknown as Child)}
              />
              <Bar
                dataKey="completion"
                name={t('completion')}
                fill="#ffa726"
                cursor="pointer"
                onClick={(d) => drill(d as unknown as Child)}
              />
            </BarChart>
          </ResponsiveContainer>
        </ChartCard>
      )}
      {f && (
        <ChartCard title={t('holders')} caption={asOf} testId="chart-holders">
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
      <ChartCard
        title={t('trend')}
        caption={`${t('period_days', { from: trendFrom, to: trendTo })} · ${unit.name}`}
        testId="chart-trend"
        height="auto"
      >
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
  );
}
