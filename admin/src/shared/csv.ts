import { downloadCSV } from 'react-admin';

type Cell = string | number | boolean | null | undefined;

function cell(v: Cell): string {
  const s = v == null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * CSV with a UTF-8 byte order mark, so that Excel (common in district offices) opens the Chinese
 * text correctly.
 */
export function downloadTable(filename: string, header: string[], rows: Cell[][]): void {
  const lines = [header, ...rows].map((r) => r.map(cell).join(','));
  downloadCSV(`\ufeff${lines.join('\r\n')}`, filename);
}
