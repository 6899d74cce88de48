/** 待办: everything awaiting the signed-in user, counted by kind, the earliest due first; each opens its record. */
import { Chip, List, ListItemButton, ListItemText, Skeleton, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocaleState, useTranslate } from 'react-admin';
import { inboxApi } from '../dataProvider/inbox';
import { HomeCardFrame } from '../home/HomeCard';

const SHOWN = 8;

export function TasksPanel() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, isPending } = useQuery({ queryKey: ['inbox', 'tasks'], queryFn: () => inboxApi.myTasks(7, SHOWN) });
  const label = (kind: string) => {
    const k = data?.kinds.find((x) => x.kind === kind);
    return k ? (locale === 'en' ? k.labelEn : k.label) : kind;
  };
  return (
    <HomeCardFrame title={translate('inbox.tasks', { total: data?.total ?? 0 })} testId="home-tasks">
      {isPending && <Skeleton height={80} />}
      {data && (
        <>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mb: 1 }}>
            {data.kinds
              .filter((k) => k.count > 0)
              .map((k) => (
                <Chip
                  key={k.kind}
                  size="small"
                  label={`${label(k.kind)} ${k.count}`}
                  data-testid={`task-kind-${k.kind}`}
                />
              ))}
          </Stack>
          {!data.total && (
            <Typography variant="body2" color="text.secondary">
              {translate('inbox.no_tasks')}
            </Typography>
          )}
          <List dense disablePadding>
            {data.items.map((i) => (
              <ListItemButton key={`${i.kind}-${i.recordId}-${i.due}`} component={Link} to={i.link}>
                <ListItemText
                  primary={i.title}
                  secondary={[
                    label(i.kind),
                    i.due ? translate('inbox.due', { date: i.due }) : null,
                    i.due && i.due < data.today ? translate('inbox.overdue') : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                  slotProps={{ primary: { sx: { overflowWrap: 'anywhere' } } }}
                />
              </ListItemButton>
            ))}
          </List>
          {data.total > data.items.length && (
            <Typography variant="caption" color="text.secondary">
              {translate('inbox.more', { count: data.total - data.items.length })}
            </Typography>
          )}
        </>
      )}
    </HomeCardFrame>
  );
}
