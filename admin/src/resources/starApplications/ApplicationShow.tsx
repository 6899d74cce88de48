import { usePunctuation } from '../../shared/punctuation';
import { Box, Stack, Typography } from '@mui/material';
import { Show, useRecordContext, useTranslate } from 'react-admin';
import { StatusChip, useEnumLabel } from '../../shared/enums';
import { EvidenceLink } from './items';
import { ReviewPanel, isComplete, type AppRecord } from './ReviewPanel';
import { FULL_RECORD } from '../../shared/fullRecord';

function Details() {
  const { colon, paren } = usePunctuation();
  const r = useRecordContext<AppRecord>();
  const translate = useTranslate();
  const status = useEnumLabel('StarApplicationStatus');
  const decision = useEnumLabel('ReviewDecision');
  const objection = useEnumLabel('ObjectionStatus');
  if (!isComplete(r)) return null;
  return (
    <Box>
      <Typography variant="h5" sx={{ mb: 1 }}>
        {r.branch?.name} · {r.starType?.nameZh} · {r.year}
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', mb: 2 }}>
        <StatusChip label={status(r.status)} testId="application-status" />
        <span>
          {translate('resources.starApplications.fields.selfScore')}
          {colon}
          {r.selfScore}
        </span>
        {r.noticeStartsOn && (
          <span>
            {translate('resources.starApplications.fields.noticeStartsOn')}
            {colon}
            {r.noticeStartsOn} – {r.noticeEndsOn}
          </span>
        )}
      </Stack>
      <ReviewPanel />
      <Typography variant="h6">{translate('resources.starApplications.fields.items')}</Typography>
      <Box
        component="table"
        sx={{
          borderCollapse: 'collapse',
          width: '100%',
          mb: 2,
          '& td, & th': { border: '1px solid #ddd', p: 0.5, fontSize: 14 },
        }}
      >
        <thead>
          <tr>
            <th>{translate('resources.starApplications.fields.items.keyTaskId')}</th>
            <th>{translate('resources.starApplications.fields.items.met')}</th>
            <th>{translate('resources.starApplications.fields.items.score')}</th>
            <th>{translate('resources.starApplications.fields.items.note')}</th>
            <th>{translate('stars.evidence')}</th>
          </tr>
        </thead>
        <tbody>
          {r.items.map((i) => (
            <tr key={i.id}>
              <td>
                {i.keyTask?.code} {i.keyTask?.title}
              </td>
              <td>{i.met ? '✓' : '✗'}</td>
              <td>{i.score}</td>
              <td>{i.note}</td>
              <td>
                {i.evidence.map((f) => (
                  <EvidenceLink key={f.id} file={f} />
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </Box>
      <Typography variant="h6">{translate('stars.transitions')}</Typography>
      <Box component="ol" sx={{ pl: 3 }}>
        {r.transitions.map((t) => (
          <li key={t.id}>
            {new Date(t.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })} · {t.actorName} ·{' '}
            {t.fromStatus ? `${status(t.fromStatus)} → ` : ''}
            {status(t.toStatus)}
            {t.decision ? paren(decision(t.decision)) : ''}
            {t.comment ? `${colon}${t.comment}` : ''}
          </li>
        ))}
      </Box>
      {r.objections.length > 0 && (
        <>
          <Typography variant="h6">{translate('stars.objections')}</Typography>
          <Box component="ul" sx={{ pl: 3 }}>
            {r.objections.map((o) => (
              <li key={o.id}>
                {o.filedByName}
                {colon}
                {o.reason} · {objection(o.status)}
                {o.resolution ? paren(o.resolution) : ''}
              </li>
            ))}
          </Box>
        </>
      )}
    </Box>
  );
}

export function ApplicationShow() {
  return (
    <Show queryOptions={FULL_RECORD}>
      <Box sx={{ p: 2 }}>
        <Details />
      </Box>
    </Show>
  );
}
