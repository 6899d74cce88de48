/**
 * 督导概况 of one unit's subtree (the dashboard's drilled unit): spot checks by state and their
 * rectifications, counted over what the signed-in user may see (a secret check counts for nobody
 * else). A unit's late rectifications and the team's verification queue are shown apart.
 */
import { Grid, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { supervisionApi } from '../dataProvider/supervision';
import { supervisionCards } from '../dashboard/figures';
import { FigureTile } from '../dashboard/FigureTile';

export function SupervisionCard({ unit }: { unit: { id: string; name: string } }) {
  const translate = useTranslate();
  const { data } = useQuery({
    queryKey: ['supervisionStats', unit.id],
    queryFn: () => supervisionApi.supervisionStats(unit.id),
  });
  if (!data) return null;
  return (
    <>
      <Typography variant="h6" component="h2" sx={{ mt: 3, mb: 1 }}>
        {translate('supervision.stats')}
      </Typography>
      <Grid container spacing={1} data-testid="supervision-overview">
        {supervisionCards(data, unit.id).map((c) => (
          <FigureTile key={c.key} card={c} scope={unit.name} />
        ))}
      </Grid>
    </>
  );
}
