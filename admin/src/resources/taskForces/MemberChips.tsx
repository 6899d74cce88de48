import { Chip, Stack } from '@mui/material';
import { Link, useFieldValue, useTranslate } from 'react-admin';

export function MemberChips({ source = 'members' }: { source?: string; label?: string }) {
  const members = (useFieldValue({ source }) ?? []) as { id: string; name: string; title?: string | null }[];
  const translate = useTranslate();
  if (!members.length) return <span>{translate('taskForces.members_none')}</span>;
  return (
    <Stack sx={{ flexWrap: 'wrap' }} direction="row" spacing={0.5} useFlexGap component="span">
      {members.map((m) => (
        <Chip
          key={m.id}
          size="small"
          label={m.name}
          title={m.title ?? undefined}
          component={Link}
          to={`/people/${m.id}/show`}
          clickable
          onClick={(e: React.MouseEvent) => e.stopPropagation()}
        />
      ))}
    </Stack>
  );
}
