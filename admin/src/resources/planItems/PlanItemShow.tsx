import { List as MuiList, ListItem, ListItemText } from '@mui/material';
import { NumberField, Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import { EnumField } from '../../shared/enums';
import { DayField, RefLinkField, TimestampField } from '../../shared/fields';
import { OverdueChip } from '../plans/PlanFields';
import { EvidenceLink } from '../starApplications/items';
import { PlanMilestones } from './Milestones';
import { FULL_RECORD } from '../../shared/fullRecord';

function Evidence(_props: { label?: string }) {
  const r = useRecordContext<{ evidence?: { id: string; name: string; url: string }[] }>();
  if (!r?.evidence?.length) return <span>—</span>;
  return (
    <MuiList dense>
      {r.evidence.map((f) => (
        <ListItem key={f.id}>
          <ListItemText primary={<EvidenceLink file={f} />} />
        </ListItem>
      ))}
    </MuiList>
  );
}

export function PlanItemShow() {
  return (
    <Show queryOptions={FULL_RECORD}>
      <SimpleShowLayout>
        <TextField source="title" />
        <RefLinkField source="plan" reference="plans" />
        <RefLinkField source="unit" reference="units" />
        <RefLinkField source="keyTask" reference="keyTasks" />
        <RefLinkField source="responsiblePerson" reference="people" />
        <DayField source="deadline" />
        <EnumField source="status" enumName="PlanItemStatus" />
        <NumberField source="progress" />
        <OverdueChip label="resources.planItems.fields.overdue" />
        <TimestampField source="completedAt" />
        <PlanMilestones label="resources.planItems.fields.milestones" />
        <Evidence label="resources.planItems.fields.evidence" />
      </SimpleShowLayout>
    </Show>
  );
}
