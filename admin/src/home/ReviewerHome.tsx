import { Chip, List, ListItemButton, ListItemText, Skeleton, Stack, Typography } from '@mui/material';
import { Link, useGetList, useTranslate } from 'react-admin';
import { shanghaiToday } from '../shared/dates';
import { useEnumLabel } from '../shared/enums';
import { useStarName } from '../shared/fields';
import { HomeCardFrame, RecordsCard } from './HomeCard';

interface ApplicationRow {
  id: string;
  starCode: string;
  status: string;
  submittedAt: string;
  branch?: { name: string } | null;
}

/**
 * The home of a reviewer: the applications waiting at their level (township: 待乡镇初审; task
 * force: 待专班审核), oldest first, and for a township its branches that lag behind today.
 */
export function ReviewerHome({ level }: { level: 'township' | 'taskForce' }) {
  const translate = useTranslate();
  const starName = useStarName();
  const status = useEnumLabel('StarApplicationStatus');
  const waiting = level === 'township' ? 'SUBMITTED' : 'TOWNSHIP_APPROVED';
  return (
    <>
      <RecordsCard<ApplicationRow>
        title={translate(level === 'township' ? 'home.review_queue_township' : 'home.review_queue_task_force')}
        testId="home-review-queue"
        resource="starApplications"
        filter={{ status: waiting }}
        sort={{ field: 'submittedAt', order: 'ASC' }}
        primary={(a) => `${a.branch?.name ?? ''} · ${starName(a.starCode)}`}
        secondary={(a) => status(a.status)}
      />
      {level === 'township' && <Laggards />}
    </>
  );
}

interface BranchRow {
  id: string;
  name: string;
}

/** Branches of the township with no report today or with an overdue rectification (each a query of its list). */
function Laggards() {
  const translate = useTranslate();
  const today = shanghaiToday();
  const page = { page: 1, perPage: 100 };
  const branches = useGetList<BranchRow>('branches', { pagination: page, sort: { field: 'name', order: 'ASC' } });
  const reports = useGetList<{ id: string; unitId: string }>('dailyReports', {
    filter: { date: today },
    pagination: page,
  });
  const overdue = useGetList<{ id: string; responsibleUnitId: string }>('rectifications', {
    filter: { overdue: true },
    pagination: page,
  });
  const pending = branches.isPending || reports.isPending || overdue.isPending;
  const reported = new Set((reports.data ?? []).map((r) => String(r.unitId)));
  const late = new Map<string, number>();
  for (const r of overdue.data ?? [])
    late.set(String(r.responsibleUnitId), (late.get(String(r.responsibleUnitId)) ?? 0) + 1);
  const rows = (branches.data ?? []).filter((b) => !reported.has(String(b.id)) || late.has(String(b.id)));
  return (
    <HomeCardFrame title={translate('home.laggards')} testId="home-laggards">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('home.laggards_hint')}
      </Typography>
      {pending ? (
        <Skeleton height={48} />
      ) : rows.length === 0 ? (
        <Typography color="text.secondary">{translate('home.no_laggards')}</Typography>
      ) : (
        <List dense disablePadding>
          {rows.map((b) => (
            <ListItemButton key={b.id} component={Link} to={`/branches/${b.id}/show`}>
              <ListItemText
                primary={b.name}
                secondary={
                  <Stack component="span" direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
                    {!reported.has(String(b.id)) && (
                      <Chip component="span" size="small" variant="outlined" label={translate('home.not_reported')} />
                    )}
                    {late.has(String(b.id)) && (
                      <Chip
                        component="span"
                        size="small"
                        variant="outlined"
                        color="error"
                        label={translate('home.overdue_n', { n: late.get(String(b.id)) })}
                      />
                    )}
                  </Stack>
                }
                slotProps={{ secondary: { component: 'span' } }}
              />
            </ListItemButton>
          ))}
        </List>
      )}
    </HomeCardFrame>
  );
}
