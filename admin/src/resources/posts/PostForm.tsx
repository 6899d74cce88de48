import { Box, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { SimpleForm, TextInput, required, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { publicityApi } from '../../dataProvider/publicity';
import type { PostFormat } from '../../gql/graphql';
import { EnumInput } from '../../shared/enums';
import { UnitInput } from '../../shared/inputs';
import { BodyHtml, PostImages } from './PostImages';

/** The server's own rendering of the body (sanitized exactly as it will be stored), shortly after typing stops. */
function Preview() {
  const translate = useTranslate();
  const body = (useWatch({ name: 'body' }) as string | undefined) ?? '';
  const format = ((useWatch({ name: 'format' }) as string | undefined) ?? 'MARKDOWN') as PostFormat;
  const [rendered, setHtml] = useState('');
  // An empty body shows nothing, whatever an earlier preview answered.
  const html = body.trim() ? rendered : '';
  useEffect(() => {
    if (!body.trim()) return;
    const timer = setTimeout(() => {
      publicityApi
        .preview(format, body)
        .then(setHtml)
        .catch(() => setHtml(''));
    }, 400);
    return () => clearTimeout(timer);
  }, [body, format]);
  return (
    <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, width: '100%' }} data-testid="post-preview">
      <Typography variant="subtitle2">{translate('posts.preview')}</Typography>
      <Typography variant="caption" color="text.secondary">
        {translate('posts.preview_hint')}
      </Typography>
      {/* Sanitized on the server (allow-list): no script, handler or remote image survives. */}
      <BodyHtml html={html} />
    </Box>
  );
}

export function PostForm({ create }: { create?: boolean }) {
  return (
    <SimpleForm defaultValues={create ? { format: 'MARKDOWN' } : undefined}>
      {create && <UnitInput source="unitId" validate={required()} />}
      <TextInput source="title" validate={required()} fullWidth />
      <TextInput source="summary" validate={required()} fullWidth multiline />
      <EnumInput source="format" enumName="PostFormat" />
      <PostImages />
      <TextInput source="body" validate={required()} fullWidth multiline minRows={8} />
      <Preview />
    </SimpleForm>
  );
}
