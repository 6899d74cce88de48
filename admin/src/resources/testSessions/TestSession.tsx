import { Box, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import {
  Create,
  DataTable,
  DateTimeInput,
  List,
  NumberInput,
  ReferenceArrayInput,
  AutocompleteArrayInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleList,
  SimpleShowLayout,
  TextField,
  TextInput,
  required,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { trainingApi, type Results } from '../../dataProvider/training';
import { TimestampField } from '../../shared/fields';
import { UnitInput } from '../../shared/inputs';
import { ResponsiveList } from '../../shared/layout';
import { FULL_RECORD } from '../../shared/fullRecord';
import { AudienceInputs } from '../trainingSessions/TrainingSession';

const pct = (x: number | null | undefined) => (x == null ? '—' : `${(x * 100).toFixed(1)}%`);

export const TestSessionList = () => (
  <List perPage={25} sort={{ field: 'opensAt', order: 'DESC' }}>
    <ResponsiveList
      table={
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="opensAt">
            <TimestampField source="opensAt" />
          </DataTable.Col>
          <DataTable.Col source="title" />
          <DataTable.Col source="expected" disableSort />
          <DataTable.Col source="passMark" disableSort />
        </DataTable>
      }
      small={<SimpleList primaryText={(r) => r.title} secondaryText={(r) => r.testDate} rowClick="show" />}
    />
  </List>
);

/** 参考率, pass rate and the charts: the session's results below the organizer, drilled down by clicking a child. */
function ResultsPanel() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const [unitId, setUnitId] = useState<string | null>(null);
  const [r, setR] = useState<Results | null>(null);
  useEffect(() => {
    if (!record?.id) return;
    trainingApi
      .results(String(record.id), unitId)
      .then(setR)
      .catch((e: Error) => notify(e.message, { type: 'error' }));
  }, [record?.id, unitId, notify]);
  if (!r) return null;
  const buckets = r.distribution.map((n, i) => ({ range: i === 9 ? '90–100' : `${i * 10}–${i * 10 + 9}`, n }));
  return (
    <Card variant="outlined" sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6">
          {translate('training.results')} · {r.unit.name}
        </Typography>
        <Typography data-testid="participation">
          {translate('training.figures', {
            expected: r.expected,
            took: r.took,
            rate: pct(r.participationRate),
            passed: r.passed,
            passRate: pct(r.passRate),
            average: r.average ?? '—',
          })}
        </Typography>
        <Box sx={{ width: '100%', height: 220 }}>
          <ResponsiveContainer>
            <BarChart data={buckets}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="range" fontSize={11} />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Bar dataKey="n" name={translate('training.takers')} fill="#c62828" />
            </BarChart>
          </ResponsiveContainer>
        </Box>
        {r.byChild.length > 0 && (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('training.unit')}</TableCell>
                <TableCell>{translate('training.expected')}</TableCell>
                <TableCell>{translate('training.took')}</TableCell>
                <TableCell>{translate('training.rate')}</TableCell>
                <TableCell>{translate('training.pass_rate')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {r.byChild.map((c) => (
                <TableRow key={c.unitId} hover sx={{ cursor: 'pointer' }} onClick={() => setUnitId(c.unitId)}>
                  <TableCell>{c.unitName ?? c.unitId}</TableCell>
                  <TableCell>{c.expected}</TableCell>
                  <TableCell>{c.took}</TableCell>
                  <TableCell>{pct(c.participationRate)}</TableCell>
                  <TableCell>{pct(c.passRate)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <Typography variant="subtitle2" sx={{ mt: 2 }}>
          {translate('training.items')}
        </Typography>
        <Table size="small">
          <TableBody>
            {r.items.map((i) => (
              <TableRow key={i.questionId}>
                <TableCell>{i.stem}</TableCell>
                <TableCell>{pct(i.facility)}</TableCell>
                <TableCell>{i.discrimination ?? '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}

export const TestSessionShow = () => (
  <Show queryOptions={FULL_RECORD}>
    <SimpleShowLayout>
      <TextField source="title" />
      <TimestampField source="opensAt" />
      <TimestampField source="closesAt" />
      <TextField source="timeLimitMinutes" />
      <TextField source="passMark" />
      <TextField source="attemptsAllowed" />
      <TextField source="expected" />
      <ResultsPanel />
    </SimpleShowLayout>
  </Show>
);

export const TestSessionCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <UnitInput source="unitId" validate={required()} fullWidth />
      <TextInput source="title" validate={required()} fullWidth />
      <AudienceInputs />
      <DateTimeInput source="opensAt" validate={required()} />
      <DateTimeInput source="closesAt" validate={required()} />
      <NumberInput source="timeLimitMinutes" min={1} max={600} defaultValue={30} validate={required()} />
      <NumberInput source="passMark" min={0} max={100} defaultValue={60} validate={required()} />
      <NumberInput source="attemptsAllowed" min={1} max={10} defaultValue={1} />
      <SelectInput
        source="paperMode"
        choices={[{ id: 'FIXED', name: 'training.fixed' }]}
        defaultValue="FIXED"
        validate={required()}
      />
      <ReferenceArrayInput source="questionIds" reference="questions">
        <AutocompleteArrayInput optionText="stem" />
      </ReferenceArrayInput>
    </SimpleForm>
  </Create>
);
