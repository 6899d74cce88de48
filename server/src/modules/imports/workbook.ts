/**
 * Templates and exports are one workbook shape, made from a kind's columns: the data sheet (headings
 * with a note each, drop-downs, date cells), a 说明 sheet, and a hidden 选项 sheet holding the
 * drop-down lists (a list written inline in a validation may not exceed 255 characters). Written
 * by exceljs' streaming writer, so an export of a province does not sit in memory as cell objects.
 */
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CellValue, ColumnDef, KindDefinition } from './kinds/kind';

export const OPTIONS_SHEET = '选项';
export const README_SHEET = '说明';
/** Rows of a template that get the drop-downs and date formats. */
const TEMPLATE_ROWS = 2000;

/**
 * Text that a spreadsheet would run as a formula (= + - @, and a tab or carriage return before
 * them) is written with a leading apostrophe; the import takes it off again, so exports round-trip.
 */
export function escapeFormula(v: CellValue): CellValue {
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

export function unescapeFormula(v: CellValue): CellValue {
  return typeof v === 'string' && /^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v;
}

function letter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

export async function writeWorkbook(
  out: Writable,
  kind: KindDefinition<unknown>,
  lists: Record<string, string[]>,
  rows: Record<string, CellValue>[] | null,
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'Five-Star';
  const cols = kind.columns;
  const ws = wb.addWorksheet(kind.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = cols.map((c) => ({
    key: c.key,
    width: c.width ?? 14,
    style: c.type === 'date' ? { numFmt: 'yyyy-mm-dd' } : {},
  }));
  const head = ws.getRow(1);
  cols.forEach((c, i) => {
    const cell = head.getCell(i + 1);
    cell.value = c.heading;
    cell.note = c.note;
    cell.font = { bold: true, color: c.required ? { argb: 'FFC00000' } : undefined };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.ignored ? 'FFEDEDED' : 'FFFFF2CC' } };
  });
  head.commit();

  // The drop-downs' lists, one column each on the hidden sheet.
  const listColumns: { col: ColumnDef; values: string[] }[] = cols
    .filter((c) => c.choices || c.list)
    .map((c) => ({ col: c, values: c.choices ? c.choices.map((x) => x.label) : (lists[c.list!] ?? []) }));
  const last = (rows?.length ?? 0) + TEMPLATE_ROWS + 1;
  // The streaming writer has them, its type declarations do not.
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
  listColumns.forEach(({ col, values }, i) => {
    if (!values.length) return;
    const at = letter(cols.indexOf(col) + 1);
    validations.add(`${at}2:${at}${last}`, {
      type: 'list',
      allowBlank: true,
      // A code list may be long or incomplete: the cell also takes a value not listed (checked on import).
      showErrorMessage: Boolean(col.choices),
      errorTitle: col.heading,
      error: '请从下拉列表中选择 Pick from the list',
      formulae: [`'${OPTIONS_SHEET}'!$${letter(i + 1)}$2:$${letter(i + 1)}$${values.length + 1}`],
    });
  });
  for (const r of rows ?? [kind.example]) {
    const row = ws.addRow(Object.fromEntries(cols.map((c) => [c.key, escapeFormula(r[c.key] ?? null)])));
    row.commit();
  }
  ws.commit();

  const readme = wb.addWorksheet(README_SHEET);
  readme.columns = [{ width: 22 }, { width: 10 }, { width: 90 }];
  const lines: (string | null)[][] = [
    [`导入${kind.sheet} Import: ${kind.slug}`],
    ['第一张工作表填写数据，第一行为表头（勿改动表头文字，列的顺序可以调整）。'],
    ['Fill in the first sheet; keep the headings in row 1 as they are (columns may be reordered).'],
    ['“备注”填“示例”的行是示例，导入时跳过。不支持合并单元格和公式（公式只读取已计算的值）。'],
    ['Rows marked 示例 are skipped. No merged cells; formulas are not evaluated (their saved value is read).'],
    ['先“预检”查看将新建、更新的条数和每一处问题；确认导入时全部写入或全部不写入。'],
    [
      'A dry run first shows what would be created or updated and every problem; the import then writes all rows or none.',
    ],
    ...kind.notes.map((n) => [n]),
    [],
    ['列 Column', '必填 Required', '说明 Note'],
    ...cols.map((c) => [c.heading, c.required ? '是 yes' : '', c.note.replace(/\n/g, ' ')]),
  ];
  for (const l of lines) readme.addRow(l).commit();
  readme.commit();

  const options = wb.addWorksheet(OPTIONS_SHEET, { state: 'hidden' });
  const height = Math.max(0, ...listColumns.map((l) => l.values.length));
  options.addRow(listColumns.map((l) => l.col.heading)).commit();
  for (let i = 0; i < height; i++) options.addRow(listColumns.map((l) => escapeFormula(l.values[i] ?? null))).commit();
  options.commit();
  await wb.commit();
}
