import { useCallback } from 'react';
import { downloadCSV, useTranslate, type Exporter } from 'react-admin';
import { exportColumns } from '../dataProvider';

type Cell = string | number | boolean | null | undefined;

/**
 * Text a spreadsheet would run as a formula (= + - @, or a tab or carriage return before them) gets a
 * leading apostrophe: an exported name "=HYPERLINK(…)" stays text when the file is opened in Excel.
 * Numbers are left alone (a negative number is not a formula).
 */
export function csvCell(v: Cell): string {
  const raw = v == null ? '' : String(v);
  const s = typeof v === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * CSV with a UTF-8 byte order mark, so that Excel (common in district offices) opens the Chinese
 * text correctly.
 */
export function downloadTable(filename: string, header: string[], rows: Cell[][]): void {
  const lines = [header, ...rows].map((r) => r.map(csvCell).join(','));
  downloadCSV(`\ufeff${lines.join('\r\n')}`, filename);
}

/**
 * CSV export of any list in the interface language: columns from the record type (see
 * `exportColumns`), headed by their field labels; enums by label, related records by name, yes/no
 * for booleans. Only columns that some exported record has are written.
 */
export function useCsvExporter(): Exporter {
  const translate = useTranslate();
  return useCallback<Exporter>(
    (records, _fetchRelated, _dataProvider, resource) => {
      const name = resource ?? 'export';
      const columns = exportColumns(name).filter((c) =>
        records.some((r) => r[c.source] !== undefined && r[c.source] !== null),
      );
      const show = (v: unknown, enumName?: string): Cell => {
        if (v === null || v === undefined) return '';
        if (Array.isArray(v)) return v.map((x) => show(x, enumName)).join('、');
        if (typeof v === 'boolean') return translate(v ? 'ra.boolean.true' : 'ra.boolean.false');
        if (typeof v === 'object') {
          const o = v as Record<string, unknown>;
          return String(o.name ?? o.displayName ?? o.username ?? o.title ?? o.id ?? '');
        }
        if (enumName) return translate(`enums.${enumName}.${String(v)}`, { _: String(v) });
        return v as Cell;
      };
      downloadTable(
        translate(`resources.${name}.name`, { smart_count: 2, _: name }),
        columns.map((c) => translate(`resources.${name}.fields.${c.source}`, { _: c.source })),
        records.map((r) => columns.map((c) => show(r[c.source], c.enumName))),
      );
    },
    [translate],
  );
}
