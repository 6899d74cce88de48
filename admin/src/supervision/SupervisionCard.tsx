/** 督导概况 on the landing page: counts over the spot checks the signed-in user may see (a secret one counts for nobody else). */
import { Card, CardActionArea, CardContent, Grid, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, useTranslate } from 'react-admin';
import { supervisionApi } from '../dataProvider/supervision';
import type { SupervisionStatsQuery } from '../gql/graphql';

const ITEMS: [key: keyof SupervisionStatsQuery['data'], label: string, to: string][] = [
  ['planned', 'enums.SpotCheckStatus.PLANNED', '/spotChecks?filter={"status":"PLANNED"}'],
  ['inProgress', 'enums.SpotCheckStatus.IN_PROGRESS', '/spotChecks?filter={"status":"IN_PROGRESS"}'],
  ['completed', 'enums.SpotCheckStatus.COMPLETED', '/spotChecks?filter={"status":"COMPLETED"}'],
  ['openRectifications', 'supervision.open', '/rectifications'],
  ['overdueRectifications', 'supervision.overdue', '/rectifications?filter={"overdue":true}'],
  ['closedRectifications', 'enums.RectificationStatus.CLOSED', '/rectifications?filter={"status":"CLOSED"}'],
];

export function SupervisionCard() {
  const translate = useTranslate();
  const { data } = useQuery({ queryKey: ['supervisionStats'], queryFn: () => supervisionApi.supervisionStats() });
  if (!data) return null;
  return (
    <>
      <Typography variant="h6" component="h2" sx={{ mt: 3, mb: 1 }}>
        {translate('supervision.stats')}
      </Typography>
      <Grid container spacing={1}>
        {ITEMS.filter(([k]) => k !== 'planned' || data.planned > 0).map(([k, label, to]) => (
          <Grid key={k} size={{ xs: 6, sm: 4, md: 2 }}>
            <Card variant="outlined">
              <CardActionArea component={Link} to={to}>
                <CardContent>
                  <Typography variant="h5" color={k === 'overdueRectifications' && data[k] > 0 ? 'error' : undefined}>
                    {data[k]}
                  </Typography>
                  <Typography variant="body2">{translate(label)}</Typography>
                </CardContent>
              </CardActionArea>
            </Card>
          </Grid>
        ))}
      </Grid>
    </>
  );
}
