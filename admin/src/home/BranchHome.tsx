import AddIcon from '@mui/icons-material/Add';
import EditNoteIcon from '@mui/icons-material/EditNote';
import { Button, Chip, Skeleton, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, useDataProvider, useGetList, usePermissions, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';
import type { Permissions } from '../permissions';
import { shanghaiToday } from '../shared/dates';
import { useEnumLabel } from '../shared/enums';
import { useStarName } from '../shared/fields';
import { HomeCardFrame, RecordsCard } from './HomeCard';

interface RectificationRow {
  id: string;
  deadline: string;
  overdue: boolean;
  finding?: { description: string } | null;
  responsibleUnit?: { name: string } | null;
}
interface ApplicationRow {
  id: string;
  starCode: string;
  status: string;
  branch?: { name: string } | null;
}

/** A branch's home: its stars, today's report, its applications and its open rectifications. */
export function BranchHome() {
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  const branchId = permissions?.grants.find((g) => g.role === 'BRANCH_STAFF')?.unitId;
  const starName = useStarName();
  const status = useEnumLabel('StarApplicationStatus');
  const year = Number(shanghaiToday().slice(0, 4));
  if (!branchId) return null;
  const rectification = (r: RectificationRow) => r.finding?.description ?? '';
  const due = (r: RectificationRow) => translate('home.deadline', { date: r.deadline });
  return (
    <>
      <BranchStars branchId={String(branchId)} year={year} />
      <TodayReport branchId={String(branchId)} />
      <RecordsCard<ApplicationRow>
        title={translate('home.my_applications')}
        testId="home-applications"
        resource="starApplications"
        filter={{ year }}
        primary={(a) => starName(a.starCode)}
        secondary={(a) => status(a.status)}
        action={
          <Button component={Link} to="/starApplications/create" size="small" startIcon={<AddIcon />}>
            {translate('home.apply')}
          </Button>
        }
      />
      <RecordsCard<RectificationRow>
        title={translate('home.open_rectifications')}
        testId="home-rectifications"
        resource="rectifications"
        filter={{ status: 'ASSIGNED' }}
        sort={{ field: 'deadline', order: 'ASC' }}
        primary={rectification}
        secondary={due}
      />
      <RecordsCard<RectificationRow>
        title={translate('home.waiting_verification')}
        testId="home-rectifications-submitted"
        resource="rectifications"
        filter={{ status: 'SUBMITTED' }}
        primary={rectification}
        secondary={due}
      />
    </>
  );
}

function BranchStars({ branchId, year }: { branchId: string; year: number }) {
  const translate = useTranslate();
  const dp = useDataProvider<AppDataProvider>();
  const starName = useStarName();
  const state = useEnumLabel('BranchStarState');
  const { data } = useQuery({
    queryKey: ['branchStars', branchId, year],
    queryFn: () => dp.branchStars(branchId, year),
  });
  return (
    <HomeCardFrame
      title={translate('home.my_stars')}
      testId="home-stars"
      action={
        <Button component={Link} to={`/branches/${branchId}/show`} size="small">
          {data?.name ?? ''}
        </Button>
      }
    >
      {!data ? (
        <Skeleton height={48} />
      ) : (
        <>
          <Typography variant="h6" sx={{ color: '#d32f2f' }}>
            {'★'.repeat(data.starLevel)}
            {'☆'.repeat(Math.max(0, 5 - data.starLevel))} {translate('stars.level_n', { n: data.starLevel })}
          </Typography>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mt: 1 }}>
            {data.stars.map((s) => (
              <Chip
                key={s.starCode}
                color={s.status === 'HELD' ? 'error' : 'default'}
                variant={s.status === 'HELD' ? 'filled' : 'outlined'}
                label={`${starName(s.starCode)} · ${state(s.status)}`}
              />
            ))}
          </Stack>
        </>
      )}
    </HomeCardFrame>
  );
}

function TodayReport({ branchId }: { branchId: string }) {
  const translate = useTranslate();
  const today = shanghaiToday();
  const { data, isPending } = useGetList<{ id: string; doneToday: string; unitId: string }>('dailyReports', {
    filter: { date: today, withinId: branchId },
    pagination: { page: 1, perPage: 1 },
  });
  const report = data?.[0];
  return (
    <HomeCardFrame title={translate('home.today_report', { date: today })} testId="home-daily-report">
      {isPending ? (
        <Skeleton height={40} />
      ) : report ? (
        <Link to={`/dailyReports/${report.id}/show`}>{translate('home.report_done', { text: report.doneToday })}</Link>
      ) : (
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
          <Typography color="warning.main">{translate('home.report_missing')}</Typography>
          <Button
            component={Link}
            to="/dailyReports/create"
            state={{ record: { unitId: branchId } }}
            variant="contained"
            startIcon={<EditNoteIcon />}
          >
            {translate('home.write_report')}
          </Button>
        </Stack>
      )}
    </HomeCardFrame>
  );
}
