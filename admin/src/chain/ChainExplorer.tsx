import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import PersonIcon from '@mui/icons-material/Person';
import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import {
  Alert,
  Avatar,
  Box,
  Chip,
  LinearProgress,
  Link as MuiLink,
  MenuItem,
  Stack,
  Step,
  StepContent,
  StepLabel,
  Stepper,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useDataProvider, useGetList, useGetOne, useLocaleState, useTranslate } from 'react-admin';
import type { ChainLink, FiveStarDataProvider } from '../dataProvider';
import { useEnumLabel } from '../shared/enums';
import { starName } from '../shared/fields';
import { shanghaiNoon, shanghaiToday } from '../shared/dates';

export interface ChainSelection {
  starCode?: string;
  /** YYYY-MM-DD (Asia/Shanghai) */
  date?: string;
}

interface Props extends ChainSelection {
  branchId: string;
  onChange: (next: ChainSelection) => void;
}

function LinkIcon({ link }: { link: ChainLink }) {
  const sx = {
    width: 28,
    height: 28,
    bgcolor: link.vacant ? 'error.main' : link.department ? 'secondary.main' : 'primary.main',
  };
  return (
    <Avatar sx={sx}>
      {link.vacant ? (
        <ReportProblemIcon fontSize="small" />
      ) : link.department ? (
        <AccountBalanceIcon fontSize="small" />
      ) : (
        <PersonIcon fontSize="small" />
      )}
    </Avatar>
  );
}

/** Stepper injects `index` and `last` into its direct children: pass them on to the Step. */
function ChainStep({ link, index = 0, last }: { link: ChainLink; index?: number; last?: boolean }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const roleLabel = useEnumLabel('ChainRole');
  const duty = locale.startsWith('en') ? translate(`chain_duty.${link.role}`, { _: link.duty }) : link.duty;
  return (
    <Step
      index={index}
      last={last}
      expanded
      active={!link.vacant}
      completed={false}
      data-testid={`chain-link-${index}`}
      data-role={link.role}
      data-vacant={link.vacant}
    >
      <StepLabel icon={<LinkIcon link={link} />} error={link.vacant}>
        <Stack sx={{ alignItems: 'center', flexWrap: 'wrap' }} direction="row" spacing={1} useFlexGap>
          <Typography component="span" sx={{ fontWeight: 600 }}>
            {roleLabel(link.role)}
          </Typography>
          <Chip size="small" variant="outlined" label={duty} />
        </Stack>
      </StepLabel>
      <StepContent>
        {link.vacant || !link.person ? (
          <Chip color="error" size="small" label={translate('chain.vacant')} />
        ) : (
          <Typography variant="body1">
            <MuiLink component={Link} to={`/people/${link.person.id}/show`} underline="hover">
              {link.person.name}
            </MuiLink>
            {link.person.title && (
              <Typography component="span" variant="body2" color="text.secondary">
                {' '}
                · {link.person.title}
              </Typography>
            )}
          </Typography>
        )}
        <Typography variant="body2" color="text.secondary">
          {[
            link.department && (
              <MuiLink key="d" component={Link} to={`/departments/${link.department.id}/show`} underline="hover">
                {link.department.name}
              </MuiLink>
            ),
            link.unit && (
              <MuiLink key="u" component={Link} to={`/units/${link.unit.id}/show`} underline="hover">
                {link.unit.name}
              </MuiLink>
            ),
          ]
            .filter(Boolean)
            .flatMap((el, i) => (i ? [' · ', el] : [el]))}
          {link.since && <> · {translate('chain.since', { date: link.since })}</>}
          {link.until && <> {translate('chain.until', { date: link.until })}</>}
        </Typography>
      </StepContent>
    </Step>
  );
}

/**
 * 工作责任链 of a branch for one star, drawn from the star owner (bottom) up to the district party
 * secretary, as it stood on the chosen Asia/Shanghai date. Vacant links are answers too: "空缺".
 */
export function ChainExplorer({ branchId, starCode, date, onChange }: Props) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<FiveStarDataProvider>();
  const today = shanghaiToday();
  const day = date || today;

  const { data: branch } = useGetOne<{ id: string; category?: string | null }>('branches', { id: branchId });
  const { data: stars } = useGetList<{ id: string; nameZh: string; nameEn: string; communityNameZh?: string | null }>(
    'starTypes',
    {
      filter: branch?.category ? { category: branch.category } : {},
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'sortOrder', order: 'ASC' },
    },
    { enabled: !!branch },
  );
  const star = starCode && stars?.some((s) => s.id === starCode) ? starCode : stars?.[0]?.id;

  useEffect(() => {
    if (star && star !== starCode) onChange({ starCode: star, date });
  }, [star]); // eslint-disable-line react-hooks/exhaustive-deps

  const {
    data: chain,
    isFetching,
    error,
  } = useQuery({
    queryKey: ['accountabilityChain', branchId, star, day],
    queryFn: () => dataProvider.accountabilityChain({ branchId, starCode: star!, at: shanghaiNoon(day) }),
    enabled: !!star,
  });

  const vacancies = chain?.links.filter((l) => l.vacant).length ?? 0;
  const starLabel = (s: { nameZh: string; nameEn: string; communityNameZh?: string | null }) =>
    branch?.category === 'COMMUNITY' && s.communityNameZh && !locale.startsWith('en')
      ? s.communityNameZh
      : starName(s, locale);

  return (
    <Box sx={{ maxWidth: 720 }}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <TextField
          select
          label={translate('chain.star')}
          value={star ?? ''}
          onChange={(e) => onChange({ starCode: e.target.value, date })}
          sx={{ minWidth: 200 }}
          variant="outlined"
          size="small"
          slotProps={{ select: { inputProps: { 'aria-label': translate('chain.star') } } }}
        >
          {(stars ?? []).map((s) => (
            <MenuItem key={s.id} value={s.id}>
              {starLabel(s)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          type="date"
          label={translate('chain.at')}
          value={day}
          onChange={(e) => onChange({ starCode: star, date: e.target.value || undefined })}
          variant="outlined"
          size="small"
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today } }}
        />
      </Stack>
      {isFetching && <LinearProgress sx={{ mb: 1 }} />}
      {error && <Alert severity="error">{(error as Error).message}</Alert>}
      {chain && (
        <>
          <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
            <Typography variant="subtitle1" component="h2">
              {chain.branch.name} · {starLabel(chain.starType)}
            </Typography>
            <Chip size="small" label={translate('chain.answered_for', { date: chain.date })} />
            {vacancies ? (
              <Chip size="small" color="error" label={translate('chain.vacancies', { smart_count: vacancies })} />
            ) : (
              <Chip size="small" color="success" label={translate('chain.complete')} />
            )}
          </Stack>
          <Stepper orientation="vertical" nonLinear aria-label={translate('chain.title')}>
            {chain.links.map((l, i) => (
              <ChainStep key={`${l.role}-${i}`} link={l} />
            ))}
          </Stepper>
        </>
      )}
    </Box>
  );
}
