/** One figure of the dashboard: its number, the period and scope it describes, and the list behind it. */
import { Card, CardActionArea, CardContent, Grid, Typography } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { type FigureCard, listUrl, type Period } from './figures';

export const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`);

/** "2026年第4季度 · 截至 2026-12-03", "累计", … */
export function usePeriodLabel(): (p: Period) => string {
  const translate = useTranslate();
  return (p) => {
    const { kind, ...params } = p;
    return translate(`campaign_stats.period_${kind}`, params);
  };
}

export function FigureTile({ card, scope }: { card: FigureCard; scope: string }) {
  const translate = useTranslate();
  const period = usePeriodLabel();
  const label = translate(`campaign_stats.${card.key}`);
  const value = card.rate !== undefined ? pct(card.rate) : card.count.toLocaleString();
  const body = (
    <CardContent>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography
        variant="h5"
        component="p"
        data-testid={`stat-${card.key}`}
        color={card.alert && card.count > 0 ? 'error' : undefined}
      >
        {value}
      </Typography>
      {card.hint && (
        <Typography variant="caption" color="text.secondary" component="p">
          {translate(`campaign_stats.${card.hint.key}`, card.hint.params)}
        </Typography>
      )}
      <Typography variant="caption" color="text.secondary" component="p" data-testid={`scope-${card.key}`}>
        {period(card.period)} · {scope}
      </Typography>
    </CardContent>
  );
  return (
    <Grid size={{ xs: 6, sm: 4, md: 3 }}>
      <Card variant="outlined" sx={{ height: '100%' }}>
        {card.link ? (
          <CardActionArea
            component={Link}
            to={listUrl(card.link)}
            sx={{ height: '100%' }}
            aria-label={translate('campaign_stats.open_list', { label })}
            data-testid={`link-${card.key}`}
          >
            {body}
          </CardActionArea>
        ) : (
          <span title={translate('campaign_stats.no_list')}>{body}</span>
        )}
      </Card>
    </Grid>
  );
}
