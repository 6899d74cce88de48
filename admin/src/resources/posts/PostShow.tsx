import { Box, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { usePunctuation } from '../../shared/punctuation';
import { useState } from 'react';
import {
  EditButton,
  Show,
  SimpleShowLayout,
  TextField as RaTextField,
  TopToolbar,
  usePermissions,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { publicityApi } from '../../dataProvider/publicity';
import type { Permissions } from '../../permissions';
import { EnumField, useEnumLabel } from '../../shared/enums';
import { RefLinkField, TimestampField } from '../../shared/fields';
import { BodyHtml, Thumbnail } from './PostImages';

/** The next step this user may take: submit (writers), review (township, then district), withdraw (district). */
function Steps() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { permissions } = usePermissions<Permissions>();
  const [comment, setComment] = useState('');
  const [publishAt, setPublishAt] = useState('');
  if (!record) return null;
  const roles = permissions?.roles ?? [];
  const id = String(record.id);
  const run = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      notify('posts.done', { type: 'success' });
      setComment('');
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  const status = record.status as string;
  const canWrite = roles.some((r) => ['BRANCH_STAFF', 'TOWNSHIP_STAFF', 'DISTRICT_ADMIN'].includes(r));
  const reviews =
    (status === 'SUBMITTED' && roles.includes('TOWNSHIP_STAFF')) ||
    (status === 'TOWNSHIP_APPROVED' && roles.includes('DISTRICT_ADMIN'));
  const district = status === 'TOWNSHIP_APPROVED';
  return (
    <Card variant="outlined" sx={{ my: 2, maxWidth: 640 }}>
      <CardContent>
        <Stack spacing={2}>
          {(status === 'DRAFT' || status === 'RETURNED') && canWrite && (
            <Button variant="contained" onClick={() => run(() => publicityApi.submit(id))}>
              {translate('posts.submit')}
            </Button>
          )}
          {reviews && (
            <>
              <TextField
                label={translate('posts.comment')}
                value={comment}
                onChange={(e) => setComment(e.target.value)}
                multiline
                fullWidth
              />
              {district && (
                <TextField
                  label={translate('posts.publish_at')}
                  type="datetime-local"
                  value={publishAt}
                  onChange={(e) => setPublishAt(e.target.value)}
                  slotProps={{ inputLabel: { shrink: true } }}
                  fullWidth
                />
              )}
              <Stack direction="row" spacing={2}>
                <Button
                  variant="contained"
                  onClick={() =>
                    run(() =>
                      publicityApi.review(id, {
                        approve: true,
                        comment: comment || null,
                        publishAt: district && publishAt ? publishAt : null,
                      }),
                    )
                  }
                >
                  {translate(district ? 'posts.publish' : 'posts.approve')}
                </Button>
                <Button
                  variant="outlined"
                  color="warning"
                  disabled={!comment.trim()}
                  onClick={() => run(() => publicityApi.review(id, { approve: false, comment }))}
                >
                  {translate('posts.return')}
                </Button>
              </Stack>
            </>
          )}
          {status === 'PUBLISHED' && roles.includes('DISTRICT_ADMIN') && (
            <>
              <Typography variant="body2">{translate(record.live ? 'posts.live' : 'posts.scheduled')}</Typography>
              <TextField
                label={translate('posts.comment')}
                value={comment}
                onChange={(e) => setComment(e.target.value)}
                fullWidth
              />
              <Button
                variant="outlined"
                color="error"
                disabled={!comment.trim()}
                onClick={() => run(() => publicityApi.withdraw(id, comment))}
              >
                {translate('posts.withdraw')}
              </Button>
            </>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}

function Body() {
  const record = useRecordContext();
  // Rendered and sanitized by the server when saved (allow-list).
  return (
    <Box sx={{ maxWidth: 800 }}>
      <BodyHtml html={String(record?.bodyHtml ?? '')} />
    </Box>
  );
}

/** The cover (marked) and the other images of the post. */
function Images() {
  const record = useRecordContext();
  const translate = useTranslate();
  const images = (record?.images ?? []) as { id: string; name: string }[];
  if (!images.length) return null;
  const coverId = record?.cover ? String(record.cover.id) : null;
  return (
    <Box data-testid="post-show-images">
      <Typography variant="subtitle2">{translate('posts.images')}</Typography>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', mt: 1 }}>
        {images.map((i) => (
          <Stack key={i.id} spacing={0.5} sx={{ width: 120 }}>
            <Thumbnail image={i} />
            <Typography variant="caption" noWrap title={i.name}>
              {String(i.id) === coverId ? `${translate('posts.cover')} · ` : ''}
              {i.name}
            </Typography>
          </Stack>
        ))}
      </Stack>
    </Box>
  );
}

function History() {
  const record = useRecordContext();
  const translate = useTranslate();
  const label = useEnumLabel('PostAction');
  const { colon } = usePunctuation();
  const events = (record?.events ?? []) as {
    id: string;
    action: string;
    byName: string;
    at: string;
    comment: string | null;
  }[];
  return (
    <Box>
      <Typography variant="subtitle2">{translate('posts.history')}</Typography>
      {events.map((e) => (
        <Typography key={e.id} variant="body2">
          {new Date(e.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })} · {e.byName} · {label(e.action)}
          {e.comment ? `${colon}${e.comment}` : ''}
        </Typography>
      ))}
    </Box>
  );
}

function Actions() {
  const record = useRecordContext();
  return <TopToolbar>{record && ['DRAFT', 'RETURNED'].includes(String(record.status)) && <EditButton />}</TopToolbar>;
}

export function PostShow() {
  return (
    <Show actions={<Actions />}>
      <SimpleShowLayout>
        <RaTextField source="title" />
        <RefLinkField source="unit" reference="units" />
        <EnumField source="status" enumName="PostStatus" />
        <TimestampField source="publishedAt" />
        <RaTextField source="lastComment" emptyText="—" />
        <RaTextField source="summary" />
        <Body />
        <Images />
        <Steps />
        <History />
      </SimpleShowLayout>
    </Show>
  );
}
