/**
 * Reads an uploaded table (.xlsx, or CSV in UTF-8 or GBK) into data rows keyed by the kind's
 * columns, with bounded work: the upload's size is bounded by the route, the number of rows here,
 * and an .xlsx's decompressed bytes by a first pass that unzips each part through a counter (a zip
 * bomb stops at the bound, before any XML is parsed). Rows are then streamed by exceljs'
 * WorkbookReader. Formulas are never evaluated: their cached value is read, or the cell is refused.
 */
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { parseString } from '@fast-csv/parse';
import { fail } from '../../common/reasons';
import { ImportReasons } from './imports.errors';
import { unescapeFormula } from './workbook';
import { EXAMPLE_MARK, REMARK_COLUMN, type CellValue, type ColumnDef, type RowInput } from './kinds/kind';

export interface ReadLimits {
  maxRows: number;
  maxUnzippedBytes: number;
}

export interface TableProblem {
  row: number;
  column: string;
  reason: ImportReasonKey;
  params?: Record<string, string | number>;
}
type ImportReasonKey = keyof typeof ImportReasons;

export interface Table {
  sheet: string;
  rows: RowInput[];
  /** Where each column key sits in the file ("C"), for problems. */
  letters: Map<string, string>;
  problems: TableProblem[];
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** A heading as written, without the required mark and spaces. */
function headingText(v: CellValue): string {
  return (v instanceof Date ? '' : String(v ?? ''))
    .replace(/[\s*＊]/g, '')
    .replace(/[（(].*[）)]$/, '')
    .trim();
}

export async function readTable(
  file: { path: string; name: string },
  sheet: string,
  columns: readonly ColumnDef[],
  limits: ReadLimits,
): Promise<Table> {
  const head = Buffer.alloc(8);
  const fd = await fs.promises.open(file.path, 'r');
  try {
    await fd.read(head, 0, 8, 0);
  } finally {
    await fd.close();
  }
  if (head.subarray(0, 4).equals(ZIP_MAGIC)) return readXlsx(file.path, sheet, columns, limits);
  if (/\.xlsx?$/i.test(file.name)) throw fail(ImportReasons.NOT_A_SPREADSHEET, { field: 'file' });
  return readCsv(file.path, sheet, columns, limits);
}

/** Maps the heading row onto the columns; problems for unknown, duplicated and missing headings. */
function mapHeadings(
  values: CellValue[],
  columns: readonly ColumnDef[],
  problems: TableProblem[],
  headingRow: number,
): Map<number, ColumnDef> {
  const byHeading = new Map(columns.map((c) => [c.heading, c]));
  const at = new Map<number, ColumnDef>();
  const seen = new Map<string, number>();
  values.forEach((v, i) => {
    const h = headingText(v);
    if (!h) return;
    const col = byHeading.get(h);
    if (!col) {
      problems.push({
        row: headingRow,
        column: columnLetter(i + 1),
        reason: 'HEADING_UNKNOWN',
        params: { heading: h.slice(0, 40) },
      });
      return;
    }
    if (seen.has(col.key)) {
      problems.push({
        row: headingRow,
        column: columnLetter(i + 1),
        reason: 'HEADING_DUPLICATE',
        params: { heading: h },
      });
      return;
    }
    seen.set(col.key, i);
    at.set(i, col);
  });
  for (const c of columns) {
    if (c.required && !seen.has(c.key))
      problems.push({ row: headingRow, column: '', reason: 'HEADING_MISSING', params: { heading: c.heading } });
  }
  return at;
}

function isBlank(values: CellValue[]): boolean {
  return values.every((v) => v === null || v === undefined || (typeof v === 'string' && !v.trim()));
}

/** Builds the data rows of one sheet from its rows of values (the first non-blank row holds the headings). */
class TableBuilder {
  headings: Map<number, ColumnDef> | null = null;
  readonly rows: RowInput[] = [];
  readonly problems: TableProblem[] = [];
  readonly letters = new Map<string, string>();
  private count = 0;
  constructor(
    private readonly columns: readonly ColumnDef[],
    private readonly maxRows: number,
  ) {}

  /** Whether this row's headings are the kind's (at least one known heading). */
  static looksLike(values: CellValue[], columns: readonly ColumnDef[]): boolean {
    const known = new Set(columns.filter((c) => c !== REMARK_COLUMN).map((c) => c.heading));
    return values.some((v) => known.has(headingText(v)));
  }

  add(row: number, values: CellValue[]): void {
    if (!this.headings) {
      if (isBlank(values)) return;
      this.headings = mapHeadings(values, this.columns, this.problems, row);
      for (const [i, c] of this.headings) this.letters.set(c.key, columnLetter(i + 1));
      return;
    }
    if (isBlank(values)) return;
    if (++this.count > this.maxRows)
      throw fail(ImportReasons.TOO_MANY_ROWS, { field: 'file', params: { max: this.maxRows } });
    const cells = new Map<string, CellValue>();
    for (const [i, c] of this.headings) cells.set(c.key, unescapeFormula(values[i] ?? null));
    if (String(cells.get(REMARK_COLUMN.key) ?? '').trim() === EXAMPLE_MARK) return;
    this.rows.push({ row, cells });
  }
}

// ---- xlsx ------------------------------------------------------------------------------------

/**
 * Unzips every part through a counter, stopping at the bound, and finds merged cells on the way
 * (the streaming reader does not report them). Memory: the upload (bounded) and one chunk.
 */
async function preflight(path: string, maxBytes: number): Promise<{ merges: string[] }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(await fs.promises.readFile(path), { checkCRC32: false });
  } catch {
    throw fail(ImportReasons.NOT_A_SPREADSHEET, { field: 'file' });
  }
  if (!zip.file('xl/workbook.xml')) throw fail(ImportReasons.NOT_A_SPREADSHEET, { field: 'file' });
  const tooLarge = () =>
    fail(ImportReasons.UNZIPPED_TOO_LARGE, { field: 'file', params: { mb: Math.round(maxBytes / 1048576) } });
  let total = 0;
  const merges: string[] = [];
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const isSheet = /^xl\/worksheets\/sheet\d+\.xml$/.test(entry.name);
    await new Promise<void>((resolve, reject) => {
      const stream = entry.nodeStream('nodebuffer');
      let carry = '';
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > maxBytes) {
          (stream as unknown as { pause(): void }).pause();
          reject(tooLarge());
          return;
        }
        if (isSheet) {
          const s = carry + chunk.toString('latin1');
          for (const m of s.matchAll(/<mergeCell\s+ref="([A-Z]+\d+(?::[A-Z]+\d+)?)"/g)) merges.push(m[1]);
          carry = s.slice(-80);
          // A ref found in the carried tail would be counted twice: drop what was matched.
          const last = carry.lastIndexOf('<mergeCell');
          if (last >= 0 && carry.indexOf('"', carry.indexOf('ref="', last) + 5) > 0) carry = carry.slice(last + 10);
        }
      });
      stream.on('error', () => reject(fail(ImportReasons.NOT_A_SPREADSHEET, { field: 'file' })));
      stream.on('end', () => resolve());
    });
  }
  return { merges: [...new Set(merges)] };
}

type RawCell =
  | CellValue
  | undefined
  | { formula?: string; sharedFormula?: string; result?: unknown }
  | { richText: { text: string }[] }
  | { text: string; hyperlink: string }
  | { error: string };

function cellValue(
  raw: RawCell,
): { value: CellValue } | { problem: 'FORMULA_WITHOUT_VALUE' | 'CELL_ERROR'; value: string } {
  if (raw === undefined || raw === null) return { value: null };
  if (typeof raw !== 'object' || raw instanceof Date) return { value: raw };
  if ('formula' in raw || 'sharedFormula' in raw) {
    const r = raw.result;
    if (r === undefined || r === null || (typeof r === 'object' && !(r instanceof Date)))
      return { problem: 'FORMULA_WITHOUT_VALUE', value: '' };
    return { value: r as CellValue };
  }
  if ('richText' in raw) return { value: raw.richText.map((t) => t.text).join('') };
  if ('error' in raw) return { problem: 'CELL_ERROR', value: String(raw.error) };
  if ('text' in raw) return { value: String(raw.text) };
  return { value: null };
}

async function readXlsx(
  path: string,
  sheet: string,
  columns: readonly ColumnDef[],
  limits: ReadLimits,
): Promise<Table> {
  const { merges } = await preflight(path, limits.maxUnzippedBytes);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let found: { name: string; builder: TableBuilder } | null = null;
  try {
    for await (const ws of reader) {
      const name = (ws as unknown as { name: string }).name;
      if (found) {
        // Later sheets (说明, 选项) are not read.
        continue;
      }
      let builder: TableBuilder | null = null;
      let skip = false;
      for await (const row of ws) {
        if (skip) continue;
        const raw = (row.values as RawCell[]).slice(1);
        const values: CellValue[] = [];
        const cellProblems: { col: number; problem: 'FORMULA_WITHOUT_VALUE' | 'CELL_ERROR'; value: string }[] = [];
        raw.forEach((r, i) => {
          const c = cellValue(r);
          if ('problem' in c) {
            cellProblems.push({ col: i, ...c });
            values.push(null);
          } else values.push(c.value);
        });
        if (!builder) {
          if (isBlank(values)) continue;
          if (name !== sheet && !TableBuilder.looksLike(values, columns)) {
            skip = true;
            continue;
          }
          builder = new TableBuilder(columns, limits.maxRows);
        }
        builder.add(row.number, values);
        for (const cp of cellProblems) {
          builder.problems.push({
            row: row.number,
            column: columnLetter(cp.col + 1),
            reason: cp.problem,
            params: cp.problem === 'CELL_ERROR' ? { value: cp.value.slice(0, 20) } : undefined,
          });
        }
      }
      if (builder) found = { name, builder };
    }
  } catch (e) {
    if (e instanceof Error && 'extensions' in e) throw e;
    throw fail(ImportReasons.NOT_A_SPREADSHEET, { field: 'file' });
  }
  if (!found?.builder.headings) throw fail(ImportReasons.SHEET_NOT_FOUND, { field: 'file', params: { sheet } });
  const b = found.builder;
  for (const ref of merges) {
    const m = /^([A-Z]+)(\d+)/.exec(ref)!;
    b.problems.push({ row: Number(m[2]), column: m[1], reason: 'MERGED_CELLS', params: { range: ref } });
  }
  return {
    sheet: found.name === sheet || !found.name.startsWith('Sheet') ? found.name : sheet,
    rows: b.rows,
    letters: b.letters,
    problems: b.problems,
  };
}

// ---- CSV -------------------------------------------------------------------------------------

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gbk = new TextDecoder('gbk');

/**
 * Decodes a CSV upload: UTF-8 (with or without a BOM) or GBK (what Excel saves as "CSV" on a
 * Chinese Windows). Lines are judged one by one (a newline byte never occurs inside a UTF-8 or GBK
 * character), so a file whose lines mix the two is told apart from a file in either: the lines
 * in the minority encoding become row problems instead of silently turning into mojibake.
 */
export function decodeCsv(bytes: Buffer): { text: string; mixedLines: number[] } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  const lines: Buffer[] = [];
  for (let start = 0; start <= bytes.length;) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    lines.push(bytes.subarray(start, end));
    start = end + 1;
  }
  const kinds = lines.map((l) => {
    if (l.every((b) => b < 0x80)) return 'ascii';
    try {
      utf8.decode(l);
      return 'utf8';
    } catch {
      return 'gbk';
    }
  });
  const nUtf8 = kinds.filter((k) => k === 'utf8').length;
  const nGbk = kinds.filter((k) => k === 'gbk').length;
  const encoding = nGbk > nUtf8 ? 'gbk' : 'utf8';
  const mixedLines: number[] = [];
  if (nUtf8 && nGbk) {
    kinds.forEach((k, i) => {
      if (k !== 'ascii' && k !== encoding) mixedLines.push(i + 1);
    });
  }
  const text =
    encoding === 'gbk' ? gbk.decode(bytes) : lines.map((l, i) => (kinds[i] === 'gbk' ? '' : utf8.decode(l))).join('\n');
  return { text, mixedLines };
}

async function readCsv(path: string, sheet: string, columns: readonly ColumnDef[], limits: ReadLimits): Promise<Table> {
  const bytes = await fs.promises.readFile(path);
  // Text has no NUL bytes; executables, images and archives do within their first kilobytes.
  if (bytes.subarray(0, 4096).includes(0)) throw fail(ImportReasons.NOT_A_SPREADSHEET, { field: 'file' });
  const { text, mixedLines } = decodeCsv(bytes);
  const builder = new TableBuilder(columns, limits.maxRows);
  let row = 0;
  const mixed = new Set(mixedLines);
  await new Promise<void>((resolve, reject) => {
    parseString<string[], string[]>(text, { headers: false, ignoreEmpty: false })
      .on('data', (values: string[]) => {
        row++;
        try {
          if (mixed.has(row)) {
            if (builder.headings) builder.problems.push({ row, column: '', reason: 'MIXED_ENCODING' });
            return;
          }
          builder.add(row, values);
        } catch (e) {
          reject(e);
        }
      })
      .on('error', () => reject(fail(ImportReasons.CSV_MALFORMED, { field: 'file' })))
      .on('end', () => resolve());
  });
  if (
    !builder.headings ||
    !TableBuilder.looksLike(
      [...builder.headings.values()].map((c) => c.heading),
      columns,
    )
  )
    throw fail(ImportReasons.SHEET_NOT_FOUND, { field: 'file', params: { sheet } });
  return { sheet, rows: builder.rows, letters: builder.letters, problems: builder.problems };
}
