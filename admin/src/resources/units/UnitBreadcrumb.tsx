import HomeWorkIcon from '@mui/icons-material/HomeWork';
import { Breadcrumbs, Link as MuiLink, Skeleton, Typography } from '@mui/material';
import { Link, useGetOne, usePermissions, useTranslate } from 'react-admin';
import type { Permissions } from '../../permissions';

interface Crumb {
  id: string;
  name: string;
  level: string;
}

/**
 * Where the drill-down stands: the ancestors of the current unit, then the unit itself. Units
 * above the user's scope are shown but not clickable (the server would answer NOT_FOUND).
 */
export function UnitBreadcrumb({ unitId, onSelect }: { unitId: string; onSelect: (id: string) => void }) {
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  const { data, isPending } = useGetOne<{ id: string; name: string; level: string; ancestors: Crumb[] }>('units', {
    id: unitId,
  });
  if (isPending) return <Skeleton width={240} />;
  if (!data) return null;
  const crumbs: Crumb[] = [...(data.ancestors ?? []), { id: data.id, name: data.name, level: data.level }];
  const roots = new Set((permissions?.grants ?? []).map((g) => String(g.unitId)));
  const firstInScope = crumbs.findIndex((c) => roots.has(String(c.id)));
  return (
    <Breadcrumbs aria-label={translate('units.location')} sx={{ px: 2, pt: 1.5, pb: 0.5 }} maxItems={6}>
      {crumbs.map((c, i) => {
        const last = i === crumbs.length - 1;
        if (last) {
          return (
            <MuiLink
              key={c.id}
              component={Link}
              to={`/units/${c.id}/show`}
              color="text.primary"
              underline="hover"
              sx={{ display: 'flex', alignItems: 'center', gap: 0.5, fontWeight: 500 }}
              aria-current="page"
              title={translate('ra.action.show')}
            >
              <HomeWorkIcon fontSize="small" />
              {c.name}
            </MuiLink>
          );
        }
        if (firstInScope < 0 || i < firstInScope) {
          return (
            <Typography key={c.id} color="text.disabled" title={translate('units.outside_scope')}>
              {c.name}
            </Typography>
          );
        }
        return (
          <MuiLink key={c.id} component="button" type="button" underline="hover" onClick={() => onSelect(c.id)}>
            {c.name}
          </MuiLink>
        );
      })}
    </Breadcrumbs>
  );
}
