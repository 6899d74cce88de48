/** Enum values shown and chosen by their labels (i18n `enums.<Enum>.<VALUE>`, from the schema). */
import { Chip, Stack } from '@mui/material';
import { useMemo } from 'react';
import {
  CheckboxGroupInput,
  SelectInput,
  useFieldValue,
  useTranslate,
  type CheckboxGroupInputProps,
  type SelectInputProps,
} from 'react-admin';
import { enumValues } from '../dataProvider/schema';

export function useEnumChoices(enumName: string, only?: readonly string[]) {
  return useMemo(
    () =>
      enumValues(enumName)
        .filter((v) => !only || only.includes(v.value))
        .map((v) => ({ id: v.value, name: `enums.${enumName}.${v.value}` })),
    [enumName, only],
  );
}

export function useEnumLabel(enumName: string) {
  const translate = useTranslate();
  return (value: unknown) =>
    value == null || value === '' ? '' : translate(`enums.${enumName}.${String(value)}`, { _: String(value) });
}

interface EnumFieldProps {
  source: string;
  enumName: string;
  chip?: boolean;
  emptyText?: string;
  label?: string;
  sortable?: boolean;
}

/**
 * A state shown as a small outlined tag: not filled, no hover, no pointer of its own and clicks go
 * through to the row, so that it never reads as a button.
 */
export function StatusChip({ label, testId }: { label: string; testId?: string }) {
  return (
    <Chip
      size="small"
      variant="outlined"
      label={label}
      component="span"
      data-testid={testId}
      sx={{ pointerEvents: 'none', cursor: 'inherit', borderRadius: 1 }}
    />
  );
}

/** One enum value, or a list of them (e.g. star type categories), by label. */
export function EnumField({ source, enumName, chip, emptyText = '—' }: EnumFieldProps) {
  const value = useFieldValue({ source });
  const label = useEnumLabel(enumName);
  const values = (Array.isArray(value) ? value : value == null || value === '' ? [] : [value]) as unknown[];
  if (values.length === 0) return <span>{emptyText}</span>;
  if (!chip) return <span>{values.map(label).join('、')}</span>;
  return (
    <Stack sx={{ flexWrap: 'wrap' }} direction="row" spacing={0.5} useFlexGap component="span">
      {values.map((v) => (
        <StatusChip key={String(v)} label={label(v)} />
      ))}
    </Stack>
  );
}

export function EnumInput({
  enumName,
  only,
  ...props
}: Omit<SelectInputProps, 'choices'> & { enumName: string; only?: readonly string[] }) {
  const choices = useEnumChoices(enumName, only);
  return <SelectInput choices={choices} {...props} />;
}

export function EnumCheckboxInput({
  enumName,
  ...props
}: Omit<CheckboxGroupInputProps, 'choices'> & { enumName: string }) {
  const choices = useEnumChoices(enumName);
  return <CheckboxGroupInput choices={choices} {...props} />;
}
