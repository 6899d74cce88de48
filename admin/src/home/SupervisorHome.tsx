import AddIcon from '@mui/icons-material/Add';
import { Button } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { RecordsCard } from './HomeCard';

interface SpotCheckRow {
  id: string;
  plannedFor: string;
  targetUnit?: { name: string } | null;
}
interface RectificationRow {
  id: string;
  deadline: string;
  finding?: { description: string } | null;
  responsibleUnit?: { name: string } | null;
}

/** A supervisor's home: the checks on site now first, then the planned ones, then what waits for verification. */
export function SupervisorHome() {
  const translate = useTranslate();
  const check = (c: SpotCheckRow) => c.targetUnit?.name ?? '';
  const planned = (c: SpotCheckRow) => translate('home.planned_for', { date: c.plannedFor });
  return (
    <>
      <RecordsCard<SpotCheckRow>
        title={translate('home.checks_in_progress')}
        testId="home-checks-in-progress"
        resource="spotChecks"
        filter={{ status: 'IN_PROGRESS' }}
        primary={check}
        secondary={planned}
      />
      <RecordsCard<SpotCheckRow>
        title={translate('home.checks_planned')}
        testId="home-checks-planned"
        resource="spotChecks"
        filter={{ status: 'PLANNED' }}
        sort={{ field: 'plannedFor', order: 'ASC' }}
        primary={check}
        secondary={planned}
        action={
          <Button component={Link} to="/spotChecks/create" size="small" startIcon={<AddIcon />}>
            {translate('home.plan_check')}
          </Button>
        }
      />
      <RecordsCard<RectificationRow>
        title={translate('home.to_verify')}
        testId="home-to-verify"
        resource="rectifications"
        filter={{ status: 'SUBMITTED' }}
        primary={(r) => `${r.responsibleUnit?.name ?? ''} · ${r.finding?.description ?? ''}`}
        secondary={(r) => translate('home.deadline', { date: r.deadline })}
      />
    </>
  );
}
