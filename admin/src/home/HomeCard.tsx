import { Card, CardContent, List, ListItemButton, ListItemText, Skeleton, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link, useGetList, useTranslate, type RaRecord } from 'react-admin';

/** `/resource?filter=…`: the list the card summarises, with the same filter. */
export function listLink(resource: string, filter: Record<string, unknown> = {}): string {
  return Object.keys(filter).length
    ? `/${resource}?${new URLSearchParams({ filter: JSON.stringify(filter) })}`
    : `/${resource}`;
}

export function HomeCardFrame({
  title,
  testId,
  action,
  children,
}: {
  title: string;
  testId: string;
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card sx={{ mb: 2 }} data-testid={testId}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap' }} useFlexGap>
          <Typography variant="h6" component="h2" sx={{ flex: 1, minWidth: 0 }}>
            {title}
          </Typography>
          {action}
        </Stack>
        {children}
      </CardContent>
    </Card>
  );
}

/**
 * A few records of one list (the same query and filter as the list it links to), each opening its
 * record, and a link to the whole list with its total.
 */
export function RecordsCard<T extends RaRecord>({
  title,
  testId,
  resource,
  filter = {},
  sort,
  primary,
  secondary,
  action,
  emptyText,
}: {
  title: string;
  testId: string;
  resource: string;
  filter?: Record<string, unknown>;
  sort?: { field: string; order: 'ASC' | 'DESC' };
  primary: (r: T) => string;
  secondary?: (r: T) => string;
  action?: ReactNode;
  emptyText?: string;
}) {
  const translate = useTranslate();
  const { data, total, isPending, error } = useGetList<T>(resource, {
    filter,
    sort,
    pagination: { page: 1, perPage: 5 },
  });
  return (
    <HomeCardFrame title={title} testId={testId} action={action}>
      {isPending ? (
        <Skeleton height={48} />
      ) : error ? (
        <Typography color="error">{(error as Error).message}</Typography>
      ) : !data?.length ? (
        <Typography color="text.secondary">{emptyText ?? translate('home.none')}</Typography>
      ) : (
        <>
          <List dense disablePadding>
            {data.map((r) => (
              <ListItemButton key={r.id} component={Link} to={`/${resource}/${r.id}/show`}>
                <ListItemText primary={primary(r)} secondary={secondary?.(r)} />
              </ListItemButton>
            ))}
          </List>
          <Link to={listLink(resource, filter)}>{translate('home.see_all', { total: total ?? data.length })}</Link>
        </>
      )}
    </HomeCardFrame>
  );
}
