import { Autocomplete, Card, CardContent, TextField, Typography } from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { Title, useGetList, useGetOne, useLocation, useNavigate, useTranslate } from 'react-admin';
import { isDay } from '../shared/dates';
import { useOnlyRecord } from '../shared/onlyChoice';
import { ChainExplorer, type ChainSelection } from './ChainExplorer';

interface BranchOption {
  id: string;
  name: string;
  township?: { name: string } | null;
}

/** Branch picker: type to search branches in scope by name or code. */
function BranchPicker({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) {
  const translate = useTranslate();
  const [search, setSearch] = useState('');
  const { data: options = [], isFetching } = useGetList<BranchOption & { id: string }>('branches', {
    filter: search ? { search } : {},
    pagination: { page: 1, perPage: 30 },
    sort: { field: 'sortOrder', order: 'ASC' },
  });
  const { data: selected } = useGetOne<BranchOption & { id: string }>(
    'branches',
    { id: value ?? '' },
    { enabled: !!value },
  );
  // The only branch in scope (a branch secretary's own) is chosen without asking.
  const only = useOnlyRecord('branches');
  useEffect(() => {
    if (!value && only.id) onChange(only.id);
  }, [value, only.id, onChange]);
  const all = useMemo(
    () => (selected && !options.some((o) => o.id === selected.id) ? [selected, ...options] : options),
    [options, selected],
  );
  return (
    <Autocomplete
      options={all}
      loading={isFetching}
      value={all.find((o) => o.id === value) ?? null}
      getOptionLabel={(o) => (o.township?.name ? `${o.name}（${o.township.name}）` : o.name)}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      filterOptions={(x) => x}
      noOptionsText={translate('app.no_options')}
      loadingText={translate('ra.page.loading')}
      onInputChange={(_e, text, reason) => reason === 'input' && setSearch(text)}
      onChange={(_e, o) => onChange(o?.id ?? null)}
      sx={{ maxWidth: 480, mb: 2 }}
      renderInput={(params) => (
        <TextField {...params} label={translate('chain.branch')} variant="outlined" size="small" />
      )}
    />
  );
}

/**
 * Custom route /chain?branch=<id>&star=<code>&at=<YYYY-MM-DD>: the state lives in the URL so that
 * a chain can be bookmarked and sent to a colleague.
 */
export function ChainPage() {
  const translate = useTranslate();
  const location = useLocation();
  const navigate = useNavigate();
  const params = new URLSearchParams(location.search);
  const branchId = params.get('branch');
  const starCode = params.get('star') ?? undefined;
  const at = params.get('at');
  const date = isDay(at) ? at : undefined;

  const go = (next: { branch?: string | null } & ChainSelection) => {
    const p = new URLSearchParams();
    const b = next.branch === undefined ? branchId : next.branch;
    if (b) p.set('branch', b);
    if (next.starCode) p.set('star', next.starCode);
    if (next.date) p.set('at', next.date);
    navigate({ pathname: '/chain', search: `?${p.toString()}` }, { replace: true });
  };

  return (
    <Card sx={{ mt: { xs: 1, sm: 2 } }}>
      <Title title={translate('chain.title')} />
      <CardContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('chain.intro')}
        </Typography>
        <BranchPicker value={branchId} onChange={(id) => go({ branch: id, starCode, date })} />
        {branchId ? (
          <ChainExplorer key={branchId} branchId={branchId} starCode={starCode} date={date} onChange={(s) => go(s)} />
        ) : (
          <Typography color="text.secondary">{translate('chain.pick_branch')}</Typography>
        )}
      </CardContent>
    </Card>
  );
}
