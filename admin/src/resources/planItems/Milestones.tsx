/**
 * 节点（倒排工期）of a plan item: everyone who reads the item sees them; whoever may edit the item
 * adds milestones, marks them done (today, Beijing time), undoes that and corrects title or date.
 * The server checks role and place in the unit tree again; its coded errors become notifications.
 */
import {
  Box,
  Button,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useDataProvider, usePermissions, useRecordContext, useShowContext, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../dataProvider';
import type { PlanMilestone } from '../../dataProvider/stars';
import { canDo, type Permissions } from '../../permissions';
import { shanghaiToday } from '../../shared/dates';
import { useIsSmall } from '../../shared/layout';
import { useAction } from '../../shared/useAction';
import { OverdueChip } from '../plans/PlanFields';

interface ItemRecord {
  id: string;
  deadline: string;
  milestones?: PlanMilestone[];
}

/** A milestone is overdue when its date has passed (Beijing) and it is not done; nothing is stored. */
const isOverdue = (m: PlanMilestone, today: string) => !m.doneOn && m.dueDate < today;

export function PlanMilestones(_props: { label?: string }) {
  const record = useRecordContext<ItemRecord>();
  const { refetch } = useShowContext();
  const { permissions } = usePermissions<Permissions>();
  const dp = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const isSmall = useIsSmall();
  // Each change: say so and read the item again (false when the server refused it).
  const { busy, act } = useAction(refetch);
  const [editing, setEditing] = useState<string | null>(null);
  if (!record) return null;
  const mayEdit = canDo(permissions, 'edit', 'planItems');
  const today = shanghaiToday();
  const milestones = record.milestones ?? [];

  const save = (m: PlanMilestone, title: string, dueDate: string) =>
    act(() => dp.updatePlanMilestone(m.id, { title, dueDate })).then((ok) => {
      if (ok) setEditing(null);
    });

  const rows = milestones.map((m) => {
    const overdue = isOverdue(m, today);
    if (editing === m.id)
      return {
        m,
        overdue,
        edit: (
          <EditMilestone
            key={m.id}
            milestone={m}
            deadline={record.deadline}
            busy={busy}
            small={isSmall}
            onSave={(title, due) => save(m, title, due)}
            onCancel={() => setEditing(null)}
          />
        ),
        actions: null,
      };
    const actions = mayEdit ? (
      <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {m.doneOn ? (
          <Button
            size="small"
            disabled={busy}
            onClick={() => void act(() => dp.updatePlanMilestone(m.id, { doneOn: null }))}
          >
            {translate('milestones.undo')}
          </Button>
        ) : (
          <Button
            size="small"
            variant="outlined"
            disabled={busy}
            onClick={() => void act(() => dp.updatePlanMilestone(m.id, { doneOn: shanghaiToday() }))}
          >
            {translate('milestones.mark_done')}
          </Button>
        )}
        <Button size="small" disabled={busy} onClick={() => setEditing(m.id)}>
          {translate('milestones.edit')}
        </Button>
      </Stack>
    ) : null;
    return { m, overdue, edit: null, actions };
  });

  return (
    <Box data-testid="milestones">
      {milestones.length === 0 && <Typography color="text.secondary">{translate('milestones.none')}</Typography>}
      {milestones.length > 0 && isSmall && (
        <Box>
          {rows.map(
            ({ m, overdue, edit, actions }) =>
              edit ?? (
                <Box
                  key={m.id}
                  data-testid="milestone"
                  sx={{ py: 1, borderBottom: '1px solid', borderColor: 'divider', ...(overdue ? OVERDUE_SX : {}) }}
                >
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    {m.title} {overdue && <OverdueChip overdue />}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {translate('milestones.due_date')} {m.dueDate}
                    {m.doneOn ? ` · ${translate('milestones.done_on')} ${m.doneOn}` : ''}
                  </Typography>
                  {actions}
                </Box>
              ),
          )}
        </Box>
      )}
      {milestones.length > 0 && !isSmall && (
        <Table size="small" sx={{ maxWidth: 900 }}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('milestones.title')}</TableCell>
              <TableCell>{translate('milestones.due_date')}</TableCell>
              <TableCell>{translate('milestones.done_on')}</TableCell>
              <TableCell>{translate('resources.planItems.fields.overdue')}</TableCell>
              {mayEdit && <TableCell>{translate('milestones.actions')}</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map(
              ({ m, overdue, edit, actions }) =>
                edit ?? (
                  <TableRow key={m.id} data-testid="milestone" sx={overdue ? OVERDUE_SX : undefined}>
                    <TableCell>{m.title}</TableCell>
                    <TableCell>{m.dueDate}</TableCell>
                    <TableCell>{m.doneOn ?? '—'}</TableCell>
                    <TableCell>{overdue ? <OverdueChip overdue /> : ''}</TableCell>
                    {mayEdit && <TableCell>{actions}</TableCell>}
                  </TableRow>
                ),
            )}
          </TableBody>
        </Table>
      )}
      {mayEdit && (
        <AddMilestone
          deadline={record.deadline}
          busy={busy}
          onAdd={(title, dueDate) => act(() => dp.addPlanMilestone(String(record.id), { title, dueDate }))}
        />
      )}
    </Box>
  );
}

/** Overdue rows tinted as in the rectification list. */
const OVERDUE_SX = { backgroundColor: 'rgba(211, 47, 47, 0.12)' };

function MilestoneFields({
  title,
  dueDate,
  deadline,
  onTitle,
  onDueDate,
}: {
  title: string;
  dueDate: string;
  deadline: string;
  onTitle: (v: string) => void;
  onDueDate: (v: string) => void;
}) {
  const translate = useTranslate();
  return (
    <>
      <TextField
        size="small"
        label={translate('milestones.title')}
        value={title}
        onChange={(e) => onTitle(e.target.value)}
        slotProps={{ htmlInput: { maxLength: 200 } }}
        sx={{ width: { xs: '100%', sm: 280 } }}
      />
      <TextField
        size="small"
        type="date"
        label={translate('milestones.due_date')}
        value={dueDate}
        onChange={(e) => onDueDate(e.target.value)}
        helperText={translate('milestones.not_after', { date: deadline })}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: deadline } }}
        sx={{ width: { xs: '100%', sm: 200 } }}
      />
    </>
  );
}

function AddMilestone({
  deadline,
  busy,
  onAdd,
}: {
  deadline: string;
  busy: boolean;
  onAdd: (title: string, dueDate: string) => Promise<boolean>;
}) {
  const translate = useTranslate();
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState('');
  const submit = () =>
    onAdd(title.trim(), dueDate).then((ok) => {
      if (!ok) return;
      setTitle('');
      setDueDate('');
    });
  return (
    <Stack
      direction={{ xs: 'column', sm: 'row' }}
      spacing={1}
      sx={{ mt: 2, alignItems: { sm: 'flex-start' } }}
      data-testid="milestone-form"
    >
      <MilestoneFields title={title} dueDate={dueDate} deadline={deadline} onTitle={setTitle} onDueDate={setDueDate} />
      <Button
        variant="contained"
        disabled={busy || !title.trim() || !dueDate}
        onClick={() => void submit()}
        sx={{ whiteSpace: 'nowrap', flexShrink: 0, mt: { sm: 0.5 } }}
      >
        {translate('milestones.add')}
      </Button>
    </Stack>
  );
}

function EditMilestone(props: {
  milestone: PlanMilestone;
  deadline: string;
  busy: boolean;
  small: boolean;
  onSave: (title: string, dueDate: string) => void;
  onCancel: () => void;
}) {
  const { milestone, deadline, busy, small, onSave, onCancel } = props;
  const translate = useTranslate();
  const [title, setTitle] = useState(milestone.title);
  const [dueDate, setDueDate] = useState(milestone.dueDate);
  const buttons: ReactNode = (
    <Stack direction="row" spacing={0.5}>
      <Button
        size="small"
        variant="contained"
        disabled={busy || !title.trim() || !dueDate}
        onClick={() => onSave(title.trim(), dueDate)}
      >
        {translate('milestones.save')}
      </Button>
      <Button size="small" disabled={busy} onClick={onCancel}>
        {translate('milestones.cancel')}
      </Button>
    </Stack>
  );
  const fields = (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ pt: 1 }}>
      <MilestoneFields title={title} dueDate={dueDate} deadline={deadline} onTitle={setTitle} onDueDate={setDueDate} />
    </Stack>
  );
  if (small) {
    return (
      <Box data-testid="milestone-edit" sx={{ py: 1, borderBottom: '1px solid', borderColor: 'divider' }}>
        {fields}
        {buttons}
      </Box>
    );
  }
  return (
    <TableRow data-testid="milestone-edit">
      <TableCell colSpan={4}>{fields}</TableCell>
      <TableCell>{buttons}</TableCell>
    </TableRow>
  );
}
