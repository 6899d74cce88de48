/** Small display components shared by the resources. */
import { Chip, Link as MuiLink } from '@mui/material';
import { useCallback, type ReactNode } from 'react';
import { DateField, Link, useCreatePath, useFieldValue, useGetList, useLocaleState, useTranslate } from 'react-admin';
import { intlLocale } from '../i18n';

export const SHANGHAI = 'Asia/Shanghai';

/** A moment (DateTime), shown in Beijing time whatever the browser's zone; `seconds` for the audit trail. */
export function TimestampField({ source, label, seconds }: { source: string; label?: string; seconds?: boolean }) {
  const [locale] = useLocaleState();
  return (
    <DateField
      source={source}
      label={label}
      showTime
      locales={intlLocale(locale)}
      options={{
        timeZone: SHANGHAI,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        ...(seconds ? { second: '2-digit' } : {}),
      }}
    />
  );
}

/** A calendar date (YYYY-MM-DD): no time zone arithmetic, shown as written. */
export function DayField({
  source,
  emptyText = '—',
}: {
  source: string;
  label?: string;
  emptyText?: string;
  sortable?: boolean;
}) {
  const value = useFieldValue({ source });
  return <span>{value ? String(value) : emptyText}</span>;
}

interface RefLinkFieldProps {
  /** Path of a nested `{ id name }` object, e.g. "township". */
  source: string;
  reference: string;
  label?: string;
  sortable?: boolean;
  link?: 'show' | 'edit' | false;
  emptyText?: string;
}

/** Link to a related record already embedded in this one (`township { id name }`): no extra request. */
export function RefLinkField({ source, reference, link = 'show', emptyText = '—' }: RefLinkFieldProps) {
  const value = useFieldValue({ source }) as
    { id?: string; name?: string; title?: string; nameZh?: string; nameEn?: string } | null | undefined;
  const createPath = useCreatePath();
  const [locale] = useLocaleState();
  if (!value?.id) return <span>{emptyText}</span>;
  // Units and people have a name, plans and key tasks a title, star types a name per language.
  const text = value.name ?? value.title ?? (locale.startsWith('en') ? value.nameEn : value.nameZh) ?? value.id;
  if (!link) return <span>{text}</span>;
  return (
    <MuiLink
      component={Link}
      to={createPath({ resource: reference, id: value.id, type: link })}
      onClick={(e: React.MouseEvent) => e.stopPropagation()}
    >
      {text}
    </MuiLink>
  );
}

/** "示例" marker for demo records. */
export function SampleField({ source = 'isSample' }: { source?: string; label?: string; sortable?: boolean }) {
  const value = useFieldValue({ source });
  const translate = useTranslate();
  return value ? (
    <Chip size="small" variant="outlined" color="warning" label={translate('app.sample')} />
  ) : (
    <span>—</span>
  );
}

/** Star type name in the interface language. */
export function starName(
  star: { nameZh?: string; nameEn?: string; id?: string } | null | undefined,
  locale: string,
): string {
  if (!star) return '';
  return (locale.startsWith('en') ? star.nameEn : star.nameZh) ?? star.id ?? '';
}

/**
 * Star code (INDUSTRY_PROSPERITY) → its name in the interface language (产业兴旺星), from the star
 * types (five rows, read once and kept for the session); the code itself until they have come.
 */
export function useStarName(): (code: string | null | undefined) => string {
  const { data } = useGetList<{ id: string; code: string; nameZh: string; nameEn: string }>(
    'starTypes',
    { pagination: { page: 1, perPage: 100 }, sort: { field: 'sortOrder', order: 'ASC' } },
    { staleTime: Infinity },
  );
  const [locale] = useLocaleState();
  return useCallback(
    (code: string | null | undefined) => {
      if (!code) return '';
      const star = data?.find((s) => s.code === code || s.id === code);
      return star ? starName(star, locale) : code;
    },
    [data, locale],
  );
}

export function StarNameField({ source = 'starType' }: { source?: string; label?: string; sortable?: boolean }) {
  const value = useFieldValue({ source }) as { nameZh?: string; nameEn?: string; id?: string } | undefined;
  const [locale] = useLocaleState();
  return <span>{starName(value, locale) || '—'}</span>;
}

export function Muted({ children }: { children: ReactNode }) {
  return <span style={{ color: 'rgba(0,0,0,0.6)' }}>{children}</span>;
}
