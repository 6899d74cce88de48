import { NoRecords } from '../../shared/NoRecords';
import {
  CreateButton,
  DataTable,
  NumberField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { EnumField } from '../../shared/enums';
import { DayField, RefLinkField } from '../../shared/fields';
import { RollupField, OverdueChip, PlanStars } from './PlanFields';
import { FULL_RECORD } from '../../shared/fullRecord';

function ItemsOfPlan() {
  const record = useRecordContext<{ id: string }>();
  return (
    <>
      <TopToolbar>
        <CreateButton resource="planItems" state={{ record: { planId: record?.id } }} />
      </TopToolbar>
      <ReferenceManyField
        reference="planItems"
        target="planId"
        sort={{ field: 'deadline', order: 'ASC' }}
        perPage={50}
        label={false}
      >
        <DataTable empty={<NoRecords />} rowClick={(id) => `/planItems/${id}/show`} bulkActionButtons={false}>
          <DataTable.Col source="title" label="resources.planItems.fields.title" />
          <DataTable.Col source="unit" label="resources.planItems.fields.unit">
            <RefLinkField source="unit" reference="units" />
          </DataTable.Col>
          <DataTable.Col source="deadline" label="resources.planItems.fields.deadline">
            <DayField source="deadline" />
          </DataTable.Col>
          <DataTable.Col source="status" label="resources.planItems.fields.status">
            <EnumField source="status" enumName="PlanItemStatus" />
          </DataTable.Col>
          <DataTable.Col source="progress" label="resources.planItems.fields.progress">
            <NumberField source="progress" />
          </DataTable.Col>
          <DataTable.Col source="overdue" label="resources.planItems.fields.overdue">
            <OverdueChip />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </>
  );
}

export function PlanShow() {
  return (
    <Show queryOptions={FULL_RECORD}>
      <SimpleShowLayout>
        <TextField source="title" />
        <RefLinkField source="unit" reference="units" />
        <NumberField source="year" options={{ useGrouping: false }} />
        <EnumField source="level" enumName="PlanLevel" />
        <TextField source="note" />
        <PlanStars label="resources.plans.fields.stars" />
        <RollupField label="resources.plans.fields.rollup" />
        <ItemsOfPlan />
      </SimpleShowLayout>
    </Show>
  );
}
