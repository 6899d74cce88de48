import { Alert } from '@mui/material';
import { Labeled, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { EnumField } from '../../shared/enums';
import { RefLinkField, TimestampField, useStarName } from '../../shared/fields';
import { FULL_RECORD } from '../../shared/fullRecord';
import { EvidenceThumbs } from '../spotChecks/SpotCheckShow';
import { RectificationLink, SpotCheckLink } from './FindingLinks';

function Withdrawn() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.withdrawn) return null;
  return (
    <Alert severity="warning" sx={{ maxWidth: 640 }}>
      {translate('spotChecks.withdrawn', { by: record.withdrawnByName ?? '—', reason: record.withdrawalReason ?? '' })}
    </Alert>
  );
}

function Star() {
  const record = useRecordContext();
  const star = useStarName();
  return <span>{record?.starCode ? star(record.starCode) : '—'}</span>;
}

function Evidence() {
  const record = useRecordContext();
  return (
    <Labeled source="evidence" resource="findings">
      <EvidenceThumbs files={record?.evidence ?? []} />
    </Labeled>
  );
}

/**
 * One finding: what was found where, and where it went (its rectification). Corrections and
 * withdrawals are made on the spot check's page by its team while the check is in progress.
 */
export function FindingShow() {
  return (
    <Show queryOptions={FULL_RECORD}>
      <SimpleShowLayout>
        <Withdrawn />
        <TextField source="description" />
        <EnumField source="severity" enumName="FindingSeverity" chip />
        <Labeled source="spotCheck" resource="findings">
          <SpotCheckLink />
        </Labeled>
        <Labeled source="starCode" resource="findings">
          <Star />
        </Labeled>
        <RefLinkField source="keyTask" reference="keyTasks" />
        <TextField source="claimedBy.name" label="resources.findings.fields.claimedBy" emptyText="—" />
        <TimestampField source="recordedAt" />
        <TimestampField source="correctedAt" />
        <Labeled source="rectification" resource="findings">
          <RectificationLink />
        </Labeled>
        <Evidence />
      </SimpleShowLayout>
    </Show>
  );
}
