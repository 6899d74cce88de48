/**
 * The cover and images of a post, from evidence files: images are uploaded at once (POST /files), the
 * post's own images (when editing) are listed, and any of them is made the cover, shown in the body
 * (a Markdown image `![名称](/files/<id>)`, rewritten by the server to its public address) or removed.
 * The form sends `coverFileId` and `imageFileIds`; the server adds the body's images itself.
 */
import AddPhotoAlternateIcon from '@mui/icons-material/AddPhotoAlternate';
import CollectionsIcon from '@mui/icons-material/Collections';
import { Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useInput, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { publicityApi } from '../../dataProvider/publicity';
import { overUploadLimit } from '../../files/uploadLimit';

interface Image {
  id: string;
  name: string;
}

/** The image's bytes, fetched with the token (or the local file just uploaded). */
export function Thumbnail({ image, local }: { image: Image; local?: string }) {
  const [src, setSrc] = useState<string | null>(local ?? null);
  useEffect(() => {
    if (local) return;
    let url: string | null = null;
    let gone = false;
    publicityApi
      .fileObjectUrl(image.id)
      .then((u) => {
        url = u;
        if (gone) URL.revokeObjectURL(u);
        else setSrc(u);
      })
      .catch(() => undefined);
    return () => {
      gone = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [image.id, local]);
  return (
    <Box
      sx={{ width: 120, height: 90, bgcolor: 'action.hover', borderRadius: 1, overflow: 'hidden' }}
      aria-label={image.name}
    >
      {src && <img src={src} alt={image.name} style={{ width: '100%', height: '100%', objectFit: 'cover' }} />}
    </Box>
  );
}

/** Evidence already in the system: the photos of the post's unit's 学讲评 meetings, picked one by one. */
function PickExisting({ unitId, taken, onPick }: { unitId: string; taken: string[]; onPick: (i: Image) => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [photos, setPhotos] = useState<(Image & { meeting: string })[] | null>(null);
  const show = () => {
    setOpen(true);
    setPhotos(null);
    publicityApi
      .meetingPhotos(unitId)
      .then(setPhotos)
      .catch((e: Error) => {
        setPhotos([]);
        notify(e.message, { type: 'error' });
      });
  };
  const left = (photos ?? []).filter((p) => !taken.includes(p.id));
  return (
    <>
      <Button variant="outlined" startIcon={<CollectionsIcon />} onClick={show} sx={{ my: 1 }}>
        {translate('posts.pick_images')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="md" fullWidth>
        <DialogTitle>{translate('posts.pick_images')}</DialogTitle>
        <DialogContent data-testid="post-pick-images">
          {photos === null ? (
            <Typography variant="body2">{translate('ra.page.loading')}</Typography>
          ) : left.length === 0 ? (
            <Typography variant="body2">{translate('posts.no_meeting_photos')}</Typography>
          ) : (
            <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
              {left.map((p) => (
                <Stack key={p.id} spacing={0.5} sx={{ width: 120 }}>
                  <Thumbnail image={p} />
                  <Typography variant="caption" noWrap title={`${p.meeting} · ${p.name}`}>
                    {p.name}
                  </Typography>
                  <Button size="small" onClick={() => onPick(p)}>
                    {translate('posts.pick')}
                  </Button>
                </Stack>
              ))}
            </Stack>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.close')}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

export function PostImages() {
  const translate = useTranslate();
  const notify = useNotify();
  const record = useRecordContext();
  const { getValues, setValue } = useFormContext();
  const initial = ((record?.images ?? []) as Image[]).map((i) => ({ id: String(i.id), name: i.name }));
  const cover = useInput({ source: 'coverFileId', defaultValue: record?.cover ? String(record.cover.id) : null });
  const ids = useInput({ source: 'imageFileIds', defaultValue: initial.map((i) => i.id) });
  const [known, setKnown] = useState<Record<string, Image & { local?: string }>>(() =>
    Object.fromEntries(initial.map((i) => [i.id, i])),
  );
  const [busy, setBusy] = useState(false);
  const list = ((ids.field.value as string[] | null) ?? []).map((id) => known[id] ?? { id, name: id });
  const coverId = (cover.field.value as string | null) ?? null;
  const unitId = (useWatch({ name: 'unitId' }) as string | undefined) ?? record?.unitId ?? record?.unit?.id;
  const add = (image: Image) => {
    setKnown((k) => ({ ...k, [image.id]: { id: image.id, name: image.name } }));
    ids.field.onChange([...list.map((i) => i.id), image.id]);
    if (!coverId) cover.field.onChange(image.id);
  };

  const pick = async (files: File[]) => {
    if (!files.length) return;
    for (const f of files) {
      const limitMb = await overUploadLimit(f);
      if (limitMb !== null) {
        notify(translate('files.too_large', { mb: limitMb }), { type: 'error' });
        return;
      }
    }
    setBusy(true);
    try {
      const added: (Image & { local: string })[] = [];
      for (const f of files) {
        const up = await publicityApi.uploadImage(f);
        added.push({ id: up.id, name: up.name, local: URL.createObjectURL(f) });
      }
      setKnown((k) => ({ ...k, ...Object.fromEntries(added.map((a) => [a.id, a])) }));
      const next = [...list.map((i) => i.id), ...added.map((a) => a.id)];
      ids.field.onChange(next);
      // The first image becomes the cover until another is chosen.
      if (!coverId && added[0]) cover.field.onChange(added[0].id);
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const remove = (id: string) => {
    ids.field.onChange(list.map((i) => i.id).filter((x) => x !== id));
    if (coverId === id) cover.field.onChange(null);
  };
  const insert = (image: Image) => {
    const body = String(getValues('body') ?? '');
    const alt = image.name.replace(/\.[^.]+$/, '').replace(/[[\]]/g, '');
    setValue('body', `${body}${body && !body.endsWith('\n') ? '\n\n' : ''}![${alt}](/files/${image.id})\n`, {
      shouldDirty: true,
    });
  };

  return (
    <Box sx={{ width: '100%', my: 1 }} data-testid="post-images">
      <Typography variant="subtitle2">{translate('posts.images')}</Typography>
      <Typography variant="caption" color="text.secondary" component="p">
        {translate('posts.images_hint')}
      </Typography>
      <Button component="label" variant="outlined" startIcon={<AddPhotoAlternateIcon />} disabled={busy} sx={{ my: 1 }}>
        {translate(busy ? 'posts.uploading' : 'posts.upload_images')}
        <input
          hidden
          type="file"
          accept="image/*"
          multiple
          data-testid="post-image-input"
          onChange={(e) => {
            // Copied before the input is cleared (which empties its live FileList), so the same file can be picked again.
            void pick(Array.from(e.target.files ?? []));
            e.target.value = '';
          }}
        />
      </Button>
      {unitId && (
        <>
          {' '}
          <PickExisting unitId={String(unitId)} taken={list.map((i) => i.id)} onPick={add} />
        </>
      )}
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {list.map((image) => (
          <Stack key={image.id} spacing={0.5} sx={{ width: 120 }} data-testid={`post-image-${image.id}`}>
            <Thumbnail image={image} local={known[image.id]?.local} />
            <Typography variant="caption" noWrap title={image.name}>
              {image.name}
            </Typography>
            {coverId === image.id ? (
              <Chip size="small" color="primary" label={translate('posts.cover')} />
            ) : (
              <Button size="small" onClick={() => cover.field.onChange(image.id)}>
                {translate('posts.set_cover')}
              </Button>
            )}
            <Button size="small" onClick={() => insert(image)}>
              {translate('posts.insert_image')}
            </Button>
            <Button size="small" color="warning" onClick={() => remove(image.id)}>
              {translate('posts.remove_image')}
            </Button>
          </Stack>
        ))}
      </Stack>
    </Box>
  );
}

/**
 * The server's sanitized HTML of a body. Its images point at their public addresses
 * (`/public/files/<id>`), which answer only while the post is live: until then (the editor's preview, a
 * draft's page) each is shown from the evidence file itself, fetched with the token.
 */
export function BodyHtml({ html, testId }: { html: string; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const urls: string[] = [];
    let gone = false;
    for (const img of Array.from(ref.current?.querySelectorAll('img') ?? [])) {
      const id = /^\/public\/files\/(\d+)$/.exec(img.getAttribute('src') ?? '')?.[1];
      if (!id) continue;
      publicityApi
        .fileObjectUrl(id)
        .then((u) => {
          urls.push(u);
          if (!gone) img.src = u;
        })
        .catch(() => undefined);
    }
    return () => {
      gone = true;
      urls.forEach((u) => URL.revokeObjectURL(u));
    };
  }, [html]);
  return (
    <Box
      ref={ref}
      data-testid={testId}
      sx={{ '& img': { maxWidth: '100%' } }}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
