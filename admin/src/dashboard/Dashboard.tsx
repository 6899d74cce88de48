import AccountTreeIcon from '@mui/icons-material/AccountTree';
import LinkIcon from '@mui/icons-material/Link';
import StorefrontIcon from '@mui/icons-material/Storefront';
import { Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { Button, Link, Title, useGetIdentity, useLocaleState, usePermissions, useTranslate } from 'react-admin';
import type { Permissions } from '../permissions';
import { useEnumLabel } from '../shared/enums';
import { useStarName } from '../shared/fields';
import { LeaderDashboard } from './LeaderDashboard';

export function Dashboard() {
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
              {translate('dashboard.roles')}：
            </Typography>
            {(permissions?.roles ?? []).map((r) => (
              <Chip key={r} color="primary" size="small" label={role(r)} />
            ))}
          </Stack>
          <Typography variant="body2" color="text.secondary">
            {translate('dashboard.scope')}：{translate('dashboard.scope_hint')}
          </Typography>
          <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 1, flexWrap: 'wrap' }}>
            {grants.map((g, i) => (
              <Chip
                key={`${g.role}-${g.unitId}-${i}`}
                variant="outlined"
                component={Link}
                to={`/units/${g.unitId}/show`}
                clickable
                label={`${g.unit.name}（${level(g.unit.level)}）· ${role(g.role)}${g.starCode ? ` · ${translate('dashboard.star_limit', { star: starName(g.starCode) })}` : ''}`}
              />
            ))}
          </Stack>
        </CardContent>
      </Card>
      <LeaderDashboard />
      <Typography variant="h6" component="h2" sx={{ mt: 3, mb: 1 }}>
        {translate('dashboard.shortcuts')}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} key={locale}>
        <Button component={Link} to="/chain" label={translate('dashboard.open_chain')} variant="outlined">
          <LinkIcon />
        </Button>
        <Button component={Link} to="/branches" label={translate('dashboard.open_branches')} variant="outlined">
          <StorefrontIcon />
        </Button>
        <Button component={Link} to="/units" label={translate('dashboard.open_units')} variant="outlined">
          <AccountTreeIcon />
        </Button>
      </Stack>
    </Box>
  );
}
