import { Box, Button, Checkbox, FormControlLabel, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { usePunctuation } from '../../shared/punctuation';
import { useState } from 'react';
import {
  DateField,
  Show,
  SimpleShowLayout,
  TextField as RaTextField,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { publicityApi, type NewMeetingItem } from '../../dataProvider/publicity';
import { useEnumLabel } from '../../shared/enums';
import { RefLinkField } from '../../shared/fields';
import { PhotoInput } from '../spotChecks/OnSitePanel';

interface Item {
  id: string;
  kind: NewMeetingItem['kind'];
  content: string;
  status: string;
  overdue: boolean;
  deadline: string | null;
  reopenCount: number;
  closeNote: string | null;
  evidenceRequired: boolean;
  ownerPerson: { id: string; name: string } | null;
  answers: { id: string; content: string }[];
}
const KINDS: NewMeetingItem['kind'][] = ['DIFFICULTY', 'PROBLEM', 'METHOD', 'MEASURE'];

function Stages() {
  const r = useRecordContext();
  const translate = useTranslate();
  const { colon } = usePunctuation();
  if (!r) return null;
  const speeches = (r.speeches ?? []) as {
    personId: string;
    topic: string;
    points: string;
    person: { name: string } | null;
  }[];
  const evaluations = (r.evaluations ?? []) as {
    personId: string;
    selfEvaluation: string;
    peerEvaluation: string | null;
    person: { name: string } | null;
  }[];
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle1">{translate('meetings.stage_learn')}</Typography>
      <Typography variant="body2">{r.studyContent}</Typography>
      {r.studyMaterials && <Typography variant="body2">{r.studyMaterials}</Typography>}
      <Typography variant="subtitle1">{translate('meetings.stage_speak')}</Typography>
      {speeches.map((s, i) => (
        <Typography key={i} variant="body2">
          {s.person?.name}
          {colon}
          {s.topic} — {s.points}
        </Typography>
      ))}
      <Typography variant="subtitle1">{translate('meetings.stage_evaluate')}</Typography>
      {evaluations.map((e, i) => (
        <Typography key={i} variant="body2">
          {e.person?.name}
          {colon}
          {e.selfEvaluation}
          {e.peerEvaluation ? ` / ${e.peerEvaluation}` : ''}
        </Typography>
      ))}
      {r.summary && <Typography variant="body2">{r.summary}</Typography>}
    </Stack>
  );
}

function ItemRow({ item }: { item: Item }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [note, setNote] = useState('');
  const [evidence, setEvidence] = useState<string[]>([]);
  const followed = item.kind === 'PROBLEM' || item.kind === 'DIFFICULTY';
  // Closing an item that needs evidence sends the files uploaded here.
  const needsEvidence = item.status === 'OPEN' && item.evidenceRequired;
  const run = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      notify('meetings.done', { type: 'success' });
      setNote('');
      setEvidence([]);
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  return (
    <Box sx={{ py: 1, borderBottom: 1, borderColor: 'divider' }} data-testid={`meeting-item-${item.id}`}>
      <Typography variant="body2">
        {item.content}
        {item.ownerPerson ? ` · ${item.ownerPerson.name}` : ''}
        {item.deadline ? ` · ${item.deadline}` : ''}
        {item.overdue ? ` · ${translate('meetings.overdue')}` : ''}
        {followed ? ` · ${translate(`enums.MeetingItemStatus.${item.status}`)}` : ''}
        {item.answers.length ? ` ← ${item.answers.map((a) => a.content).join('；')}` : ''}
      </Typography>
      {followed && (
        <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
          <TextField
            size="small"
            label={translate('meetings.note')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          {item.status === 'OPEN' ? (
            <Button
              size="small"
              variant="contained"
              disabled={!note.trim() || (needsEvidence && !evidence.length)}
              onClick={() =>
                run(() =>
                  publicityApi.closeItem(item.id, { note, ...(evidence.length ? { evidenceFileIds: evidence } : {}) }),
                )
              }
            >
              {translate('meetings.close')}
            </Button>
          ) : (
            <Button
              size="small"
              variant="outlined"
              disabled={!note.trim()}
              onClick={() => run(() => publicityApi.reopenItem(item.id, note))}
            >
              {translate('meetings.reopen')}
            </Button>
          )}
          {needsEvidence && (
            <Box sx={{ minWidth: 160 }}>
              <PhotoInput
                key={`${item.id}-${item.reopenCount}`}
                onChange={setEvidence}
                label={translate('meetings.evidence')}
              />
            </Box>
          )}
          <Button size="small" onClick={() => run(() => publicityApi.toPlan(item.id))}>
            {translate('meetings.to_plan')}
          </Button>
        </Stack>
      )}
    </Box>
  );
}

function AddItem({ meetingId, problems }: { meetingId: string; problems: Item[] }) {
  const translate = useTranslate();
  const kindLabel = useEnumLabel('MeetingItemKind');
  const notify = useNotify();
  const refresh = useRefresh();
  const [kind, setKind] = useState<NewMeetingItem['kind']>('PROBLEM');
  const [content, setContent] = useState('');
  const [ownerPersonId, setOwner] = useState('');
  const [deadline, setDeadline] = useState('');
  const [evidenceRequired, setEvidence] = useState(false);
  const [answer, setAnswer] = useState('');
  const record = useRecordContext();
  const people = (record?.attendees ?? []) as { id: string; name: string }[];
  const followed = kind === 'PROBLEM' || kind === 'DIFFICULTY';
  const save = async () => {
    try {
      await publicityApi.addItem(meetingId, {
        kind,
        content,
        ...(followed ? { ownerPersonId, deadline, evidenceRequired } : { answersIds: answer ? [answer] : [] }),
      });
      notify('meetings.done', { type: 'success' });
      setContent('');
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  return (
    <Stack spacing={1} sx={{ maxWidth: 640, mt: 2 }} data-testid="add-meeting-item">
      <Typography variant="subtitle2">{translate('meetings.add_item')}</Typography>
      <TextField
        select
        size="small"
        label={translate('resources.meetingItems.fields.kind')}
        value={kind}
        onChange={(e) => setKind(e.target.value as NewMeetingItem['kind'])}
      >
        {KINDS.map((k) => (
          <MenuItem key={k} value={k}>
            {kindLabel(k)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        size="small"
        label={translate('resources.meetingItems.fields.content')}
        value={content}
        onChange={(e) => setContent(e.target.value)}
        multiline
      />
      {followed ? (
        <>
          <TextField
            select
            size="small"
            label={translate('resources.meetingItems.fields.ownerPerson')}
            value={ownerPersonId}
            onChange={(e) => setOwner(e.target.value)}
          >
            {people.map((p) => (
              <MenuItem key={p.id} value={p.id}>
                {p.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            size="small"
            type="date"
            label={translate('resources.meetingItems.fields.deadline')}
            value={deadline}
            onChange={(e) => setDeadline(e.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <FormControlLabel
            control={<Checkbox checked={evidenceRequired} onChange={(e) => setEvidence(e.target.checked)} />}
            label={translate('meetings.evidence_required')}
          />
        </>
      ) : (
        <TextField
          select
          size="small"
          label={translate('enums.MeetingItemKind.PROBLEM')}
          value={answer}
          onChange={(e) => setAnswer(e.target.value)}
        >
          {problems.map((p) => (
            <MenuItem key={p.id} value={p.id}>
              {p.content}
            </MenuItem>
          ))}
        </TextField>
      )}
      <Button variant="contained" disabled={!content.trim()} onClick={save}>
        {translate('meetings.add_item')}
      </Button>
    </Stack>
  );
}

function Lists() {
  const r = useRecordContext();
  const translate = useTranslate();
  const kindLabel = useEnumLabel('MeetingItemKind');
  if (!r) return null;
  const items = (r.items ?? []) as Item[];
  return (
    <Box>
      <Typography variant="h6">{translate('meetings.lists')}</Typography>
      {KINDS.map((k) => (
        <Box key={k} sx={{ mt: 1 }} data-testid={`meeting-list-${k}`}>
          <Typography variant="subtitle1">{kindLabel(k)}</Typography>
          {items
            .filter((i) => i.kind === k)
            .map((i) => (
              <ItemRow key={i.id} item={i} />
            ))}
          {!items.some((i) => i.kind === k) && <Typography variant="body2">{translate('meetings.none')}</Typography>}
        </Box>
      ))}
      <AddItem
        meetingId={String(r.id)}
        problems={items.filter((i) => i.kind === 'PROBLEM' || i.kind === 'DIFFICULTY')}
      />
    </Box>
  );
}

export function MeetingShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <RaTextField source="theme" />
        <DateField source="date" />
        <RefLinkField source="unit" reference="units" />
        <Stages />
        <Lists />
      </SimpleShowLayout>
    </Show>
  );
}
