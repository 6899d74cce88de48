/** 每季度一评比: the ranking of a unit's children, its component scores, publishing, the duty-review export. */
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { Title, useGetList, useNotify, usePermissions, useTranslate } from 'react-admin';
import { supervisionApi, type QuarterlyRanking } from '../dataProvider/supervision';
import type { AppraisalComponent, MissingComponentRule } from '../gql/graphql';
import { shanghaiToday } from '../shared/dates';

const COMPONENTS = ['planCompletion', 'spotCheck', 'rectificationClosure', 'rectificationTimeliness', 'tour'] as const;
/** The API's name of each component (RankingRow.coverage). */
const COMPONENT_ENUM: Record<(typeof COMPONENTS)[number], AppraisalComponent> = {
  planCompletion: 'PLAN_COMPLETION',
  spotCheck: 'SPOT_CHECK',
  rectificationClosure: 'RECTIFICATION_CLOSURE',
  rectificationTimeliness: 'RECTIFICATION_TIMELINESS',
  tour: 'TOUR',
};
const RULES: MissingComponentRule[] = ['RESCALE', 'ZERO'];

/** District admins choose what a component without data does: left out (rescaled) or 0. */
function RuleEditor({
  districtId,
  rule,
  onSaved,
}: {
  districtId: string;
  rule: MissingComponentRule;
  onSaved: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  return (
    <TextField
      select
      size="small"
      label={translate('supervision.rule')}
      value={rule}
      onChange={(e) =>
        supervisionApi.setAppraisalRule(districtId, e.target.value as MissingComponentRule).then(
          () => {
            notify('supervision.rule_saved', { type: 'success' });
            onSaved();
          },
          (err) => notify((err as Error).message, { type: 'error' }),
        )
      }
      sx={{ mb: 2, minWidth: 240 }}
      data-testid="rule"
    >
      {RULES.map((r) => (
        <MenuItem key={r} value={r}>
          {translate(`supervision.rule_short_${r}`)}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** District admins set the weights of their district (they are rescaled; they need not sum to 100). */
function WeightsEditor({
  districtId,
  weights,
  onSaved,
}: {
  districtId: string;
  weights: Record<string, number>;
  onSaved: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  // Starts from the saved weights; the caller remounts the editor (its key) when they change.
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(COMPONENTS.map((c) => [c, String(weights[c])])),
  );
  const save = () =>
    supervisionApi
      .setAppraisalWeights(
        districtId,
        Object.fromEntries(COMPONENTS.map((c) => [c, Number(values[c])])) as Record<
          (typeof COMPONENTS)[number],
          number
        >,
      )
      .then(
        () => {
          notify('ra.notification.updated', { type: 'success', messageArgs: { smart_count: 1 } });
          onSaved();
        },
        (e) => notify((e as Error).message, { type: 'error' }),
      );
  return (
    <Stack
      direction={{ xs: 'column', sm: 'row' }}
      spacing={1}
      sx={{ mb: 2, alignItems: { sm: 'center' } }}
      data-testid="weights"
    >
      <Typography variant="body2">{translate('supervision.weights')}</Typography>
      {COMPONENTS.map((c) => (
        <TextField
          key={c}
          size="small"
          type="number"
          label={translate(`supervision.${c}`)}
          value={values[c] ?? ''}
          onChange={(e) => setValues({ ...values, [c]: e.target.value })}
          slotProps={{ htmlInput: { min: 0, max: 100 } }}
          sx={{ width: { sm: 120 } }}
        />
      ))}
      <Button variant="outlined" onClick={save}>
        {translate('ra.action.save')}
      </Button>
    </Stack>
  );
}

export function RankingPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const { permissions } = usePermissions();
  const today = shanghaiToday();
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const [quarter, setQuarter] = useState(Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1);
  const { data: top } = useGetList('units', {
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'level', order: 'ASC' },
  });
  const [unitId, setUnitId] = useState<string>('');
  const { data: children } = useGetList(
    'units',
    {
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'sortOrder', order: 'ASC' },
      filter: { parentId: top?.[0]?.id },
    },
    { enabled: !!top?.[0] },
  );
  const [ranking, setRanking] = useState<QuarterlyRanking | null>(null);
  const [tick, setTick] = useState(0);
  const current = unitId || (top?.[0] ? String(top[0].id) : '');
  useEffect(() => {
    if (!current) return;
    supervisionApi
      .quarterlyRanking(current, year, quarter)
      .then(setRanking, (e) => notify((e as Error).message, { type: 'error' }));
  }, [current, year, quarter, tick, notify]);
  const isAdmin = permissions?.roles?.includes('DISTRICT_ADMIN');
  const fmt = (v: number | null) => (v == null ? '—' : v.toFixed(1));
  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }}>
      <Title title={translate('supervision.ranking')} />
      <Card>
        <CardContent>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
            <TextField
              select
              size="small"
              label={translate('supervision.unit')}
              value={current}
              onChange={(e) => setUnitId(e.target.value)}
              sx={{ minWidth: 200 }}
            >
              {[...(top ?? []), ...(children ?? [])].map((u) => (
                <MenuItem key={u.id} value={String(u.id)}>
                  {u.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              size="small"
              type="number"
              label={translate('supervision.year')}
              value={year}
              onChange={(e) => setYear(Number(e.target.value))}
            />
            <TextField
              select
              size="small"
              label={translate('supervision.quarter')}
              value={quarter}
              onChange={(e) => setQuarter(Number(e.target.value))}
            >
              {[1, 2, 3, 4].map((q) => (
                <MenuItem key={q} value={q}>
                  Q{q}
                </MenuItem>
              ))}
            </TextField>
            {isAdmin && !ranking?.published && (
              <Button
                variant="contained"
                onClick={() =>
                  supervisionApi.publishQuarterlyAppraisal(current, year, quarter).then(
                    () => setTick((t) => t + 1),
                    (e) => notify((e as Error).message, { type: 'error' }),
                  )
                }
              >
                {translate('supervision.publish')}
              </Button>
            )}
          </Stack>
          {ranking && isAdmin && top?.[0]?.level === 'DISTRICT' && !ranking.published && (
            <WeightsEditor
              key={JSON.stringify(ranking.weights)}
              districtId={String(top[0].id)}
              weights={ranking.weights}
              onSaved={() => setTick((t) => t + 1)}
            />
          )}
          {ranking && isAdmin && top?.[0]?.level === 'DISTRICT' && !ranking.published && (
            <RuleEditor
              districtId={String(top[0].id)}
              rule={ranking.missingComponents}
              onSaved={() => setTick((t) => t + 1)}
            />
          )}
          {ranking && (
            <>
              <Alert severity={ranking.published ? 'success' : 'info'} sx={{ mb: 1 }}>
                {ranking.published
                  ? `${translate('supervision.published')} ${new Date(ranking.publishedAt!).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}`
                  : translate('supervision.live')}
                {' · '}
                {translate('supervision.weights')}:{' '}
                {COMPONENTS.map((c) => `${translate(`supervision.${c}`)} ${ranking.weights[c]}`).join('，')}
                <Typography variant="body2" component="p" sx={{ mt: 0.5 }} data-testid="ranking-rule">
                  {translate('supervision.rule')}：{translate(`supervision.rule_${ranking.missingComponents}`)}
                </Typography>
              </Alert>
              {/* On a phone the columns scroll sideways; names keep one line instead of one character a line. */}
              <Box sx={{ overflowX: 'auto', WebkitOverflowScrolling: 'touch' }} data-testid="ranking-scroll">
                <Table
                  size="small"
                  data-testid="ranking"
                  sx={{ minWidth: 900, '& th, & td': { whiteSpace: 'nowrap' } }}
                >
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate('supervision.rank')}</TableCell>
                      <TableCell>{translate('supervision.unit')}</TableCell>
                      <TableCell>{translate('supervision.score')}</TableCell>
                      {COMPONENTS.map((c) => (
                        <TableCell key={c}>{translate(`supervision.${c}`)}</TableCell>
                      ))}
                      <TableCell>{translate('supervision.coverage')}</TableCell>
                      <TableCell />
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {ranking.rows.length === 0 && (
                      <TableRow>
                        <TableCell colSpan={10}>{translate('supervision.no_rows')}</TableCell>
                      </TableRow>
                    )}
                    {ranking.rows.map((r) => (
                      <TableRow key={r.unitId}>
                        <TableCell>{r.rank}</TableCell>
                        <TableCell>{r.unitName}</TableCell>
                        <TableCell>
                          <Typography variant="body2" sx={{ fontWeight: 600 }}>
                            {fmt(r.score)}
                          </Typography>
                        </TableCell>
                        {COMPONENTS.map((c) => (
                          <TableCell key={c}>{fmt(r[c])}</TableCell>
                        ))}
                        <TableCell data-testid="coverage">
                          {r.coverage.length === COMPONENTS.length
                            ? translate('supervision.coverage_full')
                            : translate('supervision.coverage_missing', {
                                n: r.coverage.length,
                                missing: COMPONENTS.filter((c) => !r.coverage.includes(COMPONENT_ENUM[c]))
                                  .map((c) => translate(`supervision.${c}`))
                                  .join(translate('supervision.list_separator')),
                              })}
                        </TableCell>
                        <TableCell>
                          <Button
                            size="small"
                            onClick={() =>
                              supervisionApi
                                .downloadDutyReview(r.unitId, year, quarter)
                                .catch((e) => notify((e as Error).message, { type: 'error' }))
                            }
                          >
                            {translate('supervision.download_duty_review')}
                          </Button>
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </Box>
            </>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}
