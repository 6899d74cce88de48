/** The self-assessment items of an application: the inputs of a new one and of a resubmission. */
import { Box, Button as MuiButton, Link as MuiLink, Typography } from '@mui/material';
import { useState } from 'react';
import {
  ArrayInput,
  AutocompleteInput,
  BooleanInput,
  NumberInput,
  ReferenceInput,
  SimpleFormIterator,
  TextInput,
  required,
  useDataProvider,
  useGetOne,
  useInput,
  useNotify,
  useTranslate,
  useWrappedSource,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { AppDataProvider } from '../../dataProvider';
import { overUploadLimit } from '../../files/uploadLimit';

export interface EvidenceFile {
  id: string;
  name: string;
  url: string;
}

/** An evidence file: fetched with the bearer token (GET /files/:id), so a plain link would not do. */
export function EvidenceLink({ file }: { file: EvidenceFile }) {
  const dp = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  return (
    <MuiLink
      component="button"
      type="button"
      sx={{ mr: 1 }}
      onClick={() => dp.openFile(file.url, file.name).catch((e: Error) => notify(e.message, { type: 'error' }))}
    >
      {file.name}
    </MuiLink>
  );
}

/**
 * Evidence of one item: files are uploaded at once (POST /files) and their ids sent with the form.
 * Files already on the item (a resubmission: the item's `evidence`) are listed; they stay attached.
 */
function EvidenceInput({ source }: { source: string }) {
  const { field } = useInput({ source, defaultValue: [] });
  const onFile = useWatch({ name: useWrappedSource('evidence') }) as EvidenceFile[] | undefined;
  const dp = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const [names, setNames] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const ids = (field.value as string[] | null) ?? [];
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', minWidth: 160 }}>
      <MuiButton
        component="label"
        size="small"
        variant="outlined"
        disabled={busy}
        sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
      >
        {translate('stars.evidence')}
        <input
          hidden
          type="file"
          data-testid="evidence-file"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            const limitMb = await overUploadLimit(file);
            if (limitMb !== null) {
              notify(translate('files.too_large', { mb: limitMb }), { type: 'error' });
              return;
            }
            setBusy(true);
            try {
              const up = await dp.uploadEvidence(file);
              field.onChange([...ids, up.id]);
              setNames((n) => [...n, up.name]);
            } catch (err) {
              notify((err as Error).message, { type: 'error' });
            } finally {
              setBusy(false);
            }
          }}
        />
      </MuiButton>
      {onFile?.map((f) => (
        <EvidenceLink key={f.id} file={f} />
      ))}
      <Typography variant="body2">{names.join('、')}</Typography>
    </Box>
  );
}

/**
 * A key task listed a second time (the server refuses it: stars.DUPLICATE_TASK): the later row says
 * so, and the form cannot be sent until it is changed or removed.
 */
export function notListedAbove(value: unknown, all: { items?: { keyTaskId?: string | null }[] }, props?: unknown) {
  if (!value) return undefined;
  // react-admin passes the input's props with its full path (items.2.keyTaskId) as finalSource.
  const source = String((props as { finalSource?: string } | undefined)?.finalSource ?? '');
  const index = Number(/items\.(\d+)\./.exec(source)?.[1] ?? -1);
  const first = (all.items ?? []).findIndex((i) => String(i?.keyTaskId ?? '') === String(value));
  return first >= 0 && index >= 0 && first < index ? 'stars.duplicate_task' : undefined;
}

/** The key tasks of the form's star (`starCode`) for its branch's (`branchId`) category. */
export function ItemsInput() {
  const starCode = useWatch({ name: 'starCode' }) as string | undefined;
  const branchId = useWatch({ name: 'branchId' }) as string | undefined;
  const { data: branch } = useGetOne<{ id: string; category?: string | null }>(
    'branches',
    { id: branchId! },
    { enabled: !!branchId },
  );
  const translate = useTranslate();
  return (
    <ArrayInput source="items" helperText={translate('stars.items_hint')}>
      <SimpleFormIterator inline disableReordering>
        <ReferenceInput
          source="keyTaskId"
          reference="keyTasks"
          filter={{ ...(starCode ? { starCode } : {}), ...(branch?.category ? { category: branch.category } : {}) }}
          perPage={50}
        >
          <AutocompleteInput
            optionText={(r: { code: string; title: string }) => `${r.code} ${r.title}`}
            filterToQuery={(q: string) => (q ? { search: q } : {})}
            validate={[required(), notListedAbove]}
            sx={{ minWidth: 280 }}
          />
        </ReferenceInput>
        <BooleanInput source="met" defaultValue sx={{ '& .MuiFormControlLabel-label': { whiteSpace: 'nowrap' } }} />
        <NumberInput source="score" min={0} />
        <TextInput source="note" />
        <EvidenceInput source="evidenceFileIds" />
      </SimpleFormIterator>
    </ArrayInput>
  );
}
