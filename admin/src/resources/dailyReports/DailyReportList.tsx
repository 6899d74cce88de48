import { usePunctuation } from '../../shared/punctuation';
import { Card, CardContent, Chip, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { DataTable, DateInput, List, SimpleList, useGetList, useTranslate } from 'react-admin';
import { supervisionApi } from '../../dataProvider/supervision';
import { shanghaiToday } from '../../shared/dates';
import { DayField, RefLinkField } from '../../shared/fields';
import { UnitInput } from '../../shared/inputs';
import { ResponsiveList } from '../../shared/layout';
import { useCsvExporter } from '../../shared/csv';

/** 未报送: the branches and townships under the caller's top unit with no report that day. */
export function MissingReports() {
  const translate = useTranslate();
  const [date, setDate] = useState(shanghaiToday());
  const { data: top } = useGetList('units', {
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'level', order: 'ASC' },
  });
  const unit = top?.[0];
  const [missing, setMissing] = useState<{ id: string; name: string }[] | null>(null);
  useEffect(() => {
    if (!unit) return;
    supervisionApi.missingDailyReports(String(unit.id), date).then(setMissing, () => setMissing([]));
  }, [unit, date]);
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="missing-reports">
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
          <Typography variant="subtitle1">
            {translate('supervision.missing_title')}
            {unit ? ` · ${unit.name}` : ''} ({missing?.length ?? '…'})
          </Typography>
          <TextField
            size="small"
            type="date"
            label={translate('supervision.date')}
            value={date}
            onChange={(e) => setDate(e.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
        </Stack>
        <Stack
          direction="row"
          spacing={0.5}
          useFlexGap
          sx={{ flexWrap: 'wrap', mt: 1, maxHeight: 160, overflow: 'auto' }}
        >
          {missing?.length === 0 && <Typography variant="body2">{translate('supervision.missing_none')}</Typography>}
          {missing?.slice(0, 200).map((u) => (
            <Chip key={u.id} size="small" color="warning" variant="outlined" label={u.name} />
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
}

const filters = [<DateInput key="d" source="date" alwaysOn />, <UnitInput key="w" source="withinId" />];

export function DailyReportList() {
  const csvExporter = useCsvExporter();
  const { semicolon } = usePunctuation();
  return (
    <>
      <MissingReports />
      <List perPage={25} sort={{ field: 'reportDate', order: 'DESC' }} filters={filters} exporter={csvExporter}>
        <ResponsiveList
          table={
            <DataTable rowClick="show" bulkActionButtons={false}>
              <DataTable.Col source="reportDate">
                <DayField source="reportDate" />
              </DataTable.Col>
              <DataTable.Col source="unit" disableSort>
                <RefLinkField source="unit" reference="units" />
              </DataTable.Col>
              <DataTable.Col source="doneToday" disableSort />
              <DataTable.Col
                source="figures"
                disableSort
                render={(r) =>
                  (r.figures ?? [])
                    .map((f: { label: string; value: string | number }) => `${f.label} ${f.value}`)
                    .join(semicolon)
                }
              />
              <DataTable.Col source="blockers" disableSort />
              <DataTable.Col source="reporterName" disableSort />
            </DataTable>
          }
          small={
            <SimpleList
              primaryText={(r) => r.unit?.name}
              secondaryText={(r) => r.doneToday}
              tertiaryText={(r) => r.reportDate}
              rowClick="show"
            />
          }
        />
      </List>
    </>
  );
}
