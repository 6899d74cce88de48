import EventBusyIcon from '@mui/icons-material/EventBusy';
import { Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { Button, useCanAccess, useNotify, useRecordContext, useRefresh, useTranslate, useUpdate } from 'react-admin';
import { shanghaiToday } from '../../shared/dates';

/**
 * 结束包星: the only change the API allows on a star ownership (UpdateStarOwnerInput: endDate).
 * Nothing is deleted; an ownership ends on a date.
 */
export function EndOwnershipButton() {
  const record = useRecordContext<{
    id: string;
    endDate?: string | null;
    startDate: string;
    person?: { name: string };
    version: number;
  }>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [endDate, setEndDate] = useState(shanghaiToday());
  const { canAccess } = useCanAccess({ resource: 'starOwners', action: 'edit', record });
  const [update, { isPending }] = useUpdate();
  if (!record || record.endDate || !canAccess) return null;
  const submit = () =>
    update(
      'starOwners',
      { id: record.id, data: { endDate }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setOpen(false);
          notify('starOwners.ended', { type: 'success' });
          refresh();
        },
        onError: (e) => notify((e as Error).message, { type: 'error', messageArgs: { _: (e as Error).message } }),
      },
    );
  return (
    <>
      <Button
        label={translate('starOwners.end')}
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
      >
        <EventBusyIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} onClick={(e) => e.stopPropagation()}>
        <DialogTitle>{translate('starOwners.end_title', { name: record.person?.name ?? '' })}</DialogTitle>
        <DialogContent>
          <TextField
            type="date"
            label={translate('resources.starOwners.fields.endDate')}
            value={endDate}
            onChange={(e) => setEndDate(e.target.value)}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: record.startDate } }}
            sx={{ mt: 1 }}
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button label="ra.action.confirm" onClick={submit} disabled={isPending || !endDate} variant="contained" />
        </DialogActions>
      </Dialog>
    </>
  );
}
