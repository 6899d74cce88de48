/**
 * 我的测试: a taker's tests and the test itself, laid out for a 375 px phone. Each answer is saved as
 * it is given; a reload or a dropped connection resumes the open attempt (startAttempt answers it
 * again, with the answers saved so far); the clock shown is the server's deadline.
 */
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  FormControlLabel,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Title, useNotify, useTranslate } from 'react-admin';
import { trainingApi, type Attempt, type MyTest } from '../dataProvider/training';

const fmt = (iso: string) =>
  new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }).replace(/:\d\d$/, '');

function Question({
  q,
  ended,
  onAnswer,
}: {
  q: Attempt['questions'][number];
  ended: boolean;
  onAnswer: (answer: string[]) => void;
}) {
  const translate = useTranslate();
  const [text, setText] = useState(q.answer?.[0] ?? '');
  const chosen = q.answer ?? [];
  return (
    <Card variant="outlined" sx={{ mb: 1.5 }} data-testid={`question-${q.position}`}>
      <CardContent sx={{ p: 1.5 }}>
        <Typography variant="body1" sx={{ mb: 1 }}>
          {q.position}. {q.stem}
        </Typography>
        {q.kind === 'FILL' ? (
          <TextField
            fullWidth
            size="small"
            value={text}
            disabled={ended}
            label={translate('training.your_answer')}
            onChange={(e) => setText(e.target.value)}
            onBlur={() => text !== (q.answer?.[0] ?? '') && onAnswer(text.trim() ? [text] : [])}
          />
        ) : q.kind === 'MULTIPLE' ? (
          <Stack>
            {q.options.map((o, i) => (
              <FormControlLabel
                key={i}
                disabled={ended}
                control={
                  <Checkbox
                    checked={chosen.includes(String(i))}
                    onChange={(e) =>
                      onAnswer(e.target.checked ? [...chosen, String(i)].sort() : chosen.filter((c) => c !== String(i)))
                    }
                  />
                }
                label={o}
              />
            ))}
          </Stack>
        ) : (
          <RadioGroup value={chosen[0] ?? ''} onChange={(e) => onAnswer([e.target.value])}>
            {q.options.map((o, i) => (
              <FormControlLabel key={i} value={String(i)} disabled={ended} control={<Radio />} label={o} />
            ))}
          </RadioGroup>
        )}
        {ended && q.correct !== null && (
          <Alert severity={q.correct ? 'success' : 'error'} sx={{ mt: 1 }}>
            {q.correct
              ? translate('training.right')
              : translate('training.wrong', {
                  key:
                    q.kind === 'FILL'
                      ? (q.correctAnswer ?? []).join(' / ')
                      : (q.correctAnswer ?? []).map((k) => q.options[Number(k)]).join('、'),
                })}
          </Alert>
        )}
      </CardContent>
    </Card>
  );
}

function TakeTest({ sessionId, onDone }: { sessionId: string; onDone: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  const [left, setLeft] = useState(0);
  useEffect(() => {
    trainingApi
      .start(sessionId)
      .then((a) => {
        setAttempt(a);
        setLeft(a.secondsLeft);
      })
      .catch((e: Error) => notify(e.message, { type: 'error' }));
  }, [sessionId, notify]);
  useEffect(() => {
    if (!attempt || attempt.ended) return;
    const timer = setInterval(() => setLeft((s) => Math.max(0, s - 1)), 1000);
    return () => clearInterval(timer);
  }, [attempt]);
  const answer = useCallback(
    (position: number, value: string[]) => {
      if (!attempt) return;
      setAttempt({
        ...attempt,
        questions: attempt.questions.map((q) => (q.position === position ? { ...q, answer: value } : q)),
      });
      trainingApi.save(attempt.id, position, value).catch((e: Error) => notify(e.message, { type: 'error' }));
    },
    [attempt, notify],
  );
  if (!attempt) return null;
  const answered = attempt.questions.filter((q) => q.answer?.length).length;
  return (
    <Box sx={{ maxWidth: 720 }}>
      <Stack
        direction="row"
        sx={{
          justifyContent: 'space-between',
          mb: 1,
          position: 'sticky',
          top: 0,
          zIndex: 1,
          bgcolor: 'background.paper',
          py: 1,
        }}
      >
        <Typography variant="body2" data-testid="progress">
          {translate('training.answered', { n: answered, total: attempt.questionCount })}
        </Typography>
        {!attempt.ended && (
          <Typography variant="body2" color={left < 300 ? 'error' : undefined}>
            <span data-testid="deadline">{translate('training.deadline', { at: fmt(attempt.deadline) })}</span> ·{' '}
            {translate('training.time_left', { m: Math.floor(left / 60), s: String(left % 60).padStart(2, '0') })}
          </Typography>
        )}
      </Stack>
      {attempt.ended && (
        <Alert severity="info" sx={{ mb: 1 }} data-testid="score">
          {translate('training.score', {
            score: attempt.score ?? 0,
            n: attempt.correctCount ?? 0,
            total: attempt.questionCount,
          })}
        </Alert>
      )}
      {attempt.questions.map((q) => (
        <Question key={q.position} q={q} ended={attempt.ended} onAnswer={(v) => answer(q.position, v)} />
      ))}
      {attempt.ended ? (
        <Button variant="outlined" onClick={onDone} fullWidth>
          {translate('training.back')}
        </Button>
      ) : (
        <Button
          variant="contained"
          fullWidth
          onClick={() =>
            trainingApi
              .submit(attempt.id)
              .then(setAttempt)
              .catch((e: Error) => notify(e.message, { type: 'error' }))
          }
        >
          {translate('training.submit')}
        </Button>
      )}
    </Box>
  );
}

export function MyTestsPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const [tests, setTests] = useState<MyTest[] | null>(null);
  const [taking, setTaking] = useState<string | null>(() => sessionStorage.getItem('fivestar.taking'));
  const load = useCallback(() => {
    trainingApi
      .myTests()
      .then(setTests)
      .catch((e: Error) => notify(e.message, { type: 'error' }));
  }, [notify]);
  useEffect(load, [load]);
  // The open test survives a reload of the page.
  useEffect(() => {
    if (taking) sessionStorage.setItem('fivestar.taking', taking);
    else sessionStorage.removeItem('fivestar.taking');
  }, [taking]);
  // The moment the list was opened decides which tests show a start button.
  const [now] = useState(() => Date.now());
  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }}>
      <Title title={translate('training.my_tests')} />
      {taking ? (
        <TakeTest
          sessionId={taking}
          onDone={() => {
            setTaking(null);
            load();
          }}
        />
      ) : (
        <Stack spacing={1.5}>
          {tests?.length === 0 && <Alert severity="info">{translate('training.none')}</Alert>}
          {tests?.map((t) => {
            const open = Date.parse(t.session.opensAt) <= now && now < Date.parse(t.session.closesAt);
            const left = t.attemptsUsed < t.session.attemptsAllowed || !!t.openAttemptId;
            return (
              <Card key={t.session.id} variant="outlined" data-testid="my-test">
                <CardContent sx={{ p: 1.5 }}>
                  <Typography variant="subtitle1">{t.session.title}</Typography>
                  <Typography variant="body2" color="text.secondary">
                    {fmt(t.session.opensAt)} – {fmt(t.session.closesAt)} ·{' '}
                    {translate('training.limit', { m: t.session.timeLimitMinutes })} ·{' '}
                    {translate('training.pass_mark', { mark: t.session.passMark })}
                  </Typography>
                  {t.score !== null && (
                    <Typography variant="body2">
                      {translate('training.result', { score: t.score })}{' '}
                      {translate(t.passed ? 'training.passed' : 'training.failed')}
                    </Typography>
                  )}
                  {open && left && (
                    <Button sx={{ mt: 1 }} variant="contained" size="small" onClick={() => setTaking(t.session.id)}>
                      {translate(t.openAttemptId ? 'training.resume' : 'training.start')}
                    </Button>
                  )}
                </CardContent>
              </Card>
            );
          })}
        </Stack>
      )}
    </Box>
  );
}
