/**
 * Completing a spot check: a score per key task, the summary and the 四不两直 attestation. One form
 * for both ways of sending it: at once from the on-site panel, or queued on the device by the
 * offline field page.
 */
import { Button, Checkbox, FormControlLabel, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';

export interface CompleteCheckInput {
  summary: string;
  methodAttested: boolean;
  scores: { keyTaskId: string; score: number }[];
}

export function CompleteCheckForm({
  keyTasks,
  busy = false,
  onComplete,
}: {
  keyTasks: { id: string; code: string; title: string }[];
  busy?: boolean;
  onComplete: (input: CompleteCheckInput) => void;
}) {
  const translate = useTranslate();
  const [summary, setSummary] = useState('');
  const [attested, setAttested] = useState(false);
  const [scores, setScores] = useState<Record<string, string>>({});
  const complete = () =>
    onComplete({
      summary: summary.trim(),
      methodAttested: attested,
      scores: Object.entries(scores)
        .filter(([, v]) => v !== '')
        .map(([keyTaskId, v]) => ({ keyTaskId, score: Number(v) })),
    });
  return (
    <Stack spacing={2}>
      <Typography variant="subtitle1">{translate('supervision.complete')}</Typography>
      {keyTasks.length > 0 && <Typography variant="body2">{translate('supervision.scores')}</Typography>}
      {keyTasks.map((k) => (
        <TextField
          key={k.id}
          type="number"
          label={`${k.code} ${k.title}`}
          value={scores[k.id] ?? ''}
          onChange={(e) => setScores({ ...scores, [k.id]: e.target.value })}
          slotProps={{ htmlInput: { min: 0, max: 100, inputMode: 'decimal' } }}
          fullWidth
        />
      ))}
      <TextField
        label={translate('supervision.summary')}
        value={summary}
        onChange={(e) => setSummary(e.target.value)}
        multiline
        minRows={2}
        fullWidth
      />
      <FormControlLabel
        control={<Checkbox checked={attested} onChange={(e) => setAttested(e.target.checked)} />}
        label={translate('supervision.attest')}
      />
      <Button
        variant="contained"
        color="success"
        disabled={busy || !attested || !summary.trim()}
        onClick={complete}
        fullWidth
      >
        {translate('supervision.complete')}
      </Button>
    </Stack>
  );
}
