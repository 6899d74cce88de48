import { ArrayField, DataTable, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DayField, RefLinkField } from '../../shared/fields';
import { FULL_RECORD } from '../../shared/fullRecord';

export const DailyReportShow = () => (
  <Show queryOptions={FULL_RECORD}>
    <SimpleShowLayout>
      <RefLinkField source="unit" reference="units" />
      <DayField source="reportDate" />
      <TextField source="doneToday" />
      <ArrayField source="figures">
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="label" label="resources.dailyReports.fields.label" />
          <DataTable.Col source="value" label="resources.dailyReports.fields.value" />
        </DataTable>
      </ArrayField>
      <TextField source="blockers" emptyText="—" />
      <TextField source="reporterName" />
    </SimpleShowLayout>
  </Show>
);
