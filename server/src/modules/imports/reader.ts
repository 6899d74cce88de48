/**
 * Reads an uploaded table (.xlsx, or CSV in UTF-8 or GBK) into data rows keyed by the kind's
 * columns, with bounded work: the upload's size is bounded by the route, the number of rows here,
 * and an .xlsx's inflated bytes as they stream (a zip bomb stops at the bound, whatever its parts
 * declare). Formulas are never evaluated: their cached value is read, or the cell is refused.
 */
import fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import JSZip from 'jszip';
import { parseString } from '@fast-csv/parse';
import { SaxesParser } from 'saxes';
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
//
// Read with JSZip and saxes (both exceljs' own dependencies) rather than exceljs' WorkbookReader:
// that reader (4.4.0, lib/utils/parse-sax.js) decodes every inflated chunk on its own, so a Chinese
// character falling across two chunks turns into U+FFFD — a name silently changed on import. Here a
// StringDecoder carries the split bytes over, and every inflated byte is counted against the bound.

type XmlNode = { name: string; attributes: Record<string, string> };

/** Stops a part's reading from inside its handlers. */
class Stop extends Error {}

/** Coded errors and stops pass through a part's reading; anything else means the XML is not a workbook's. */
function passOn(e: unknown): unknown {
  return e instanceof Stop || (e instanceof Error && 'extensions' in e)
    ? e
    : fail(ImportReasons.NOT_A_SPREADSHEET, { field: 'file' });
}

/** Streams one part of the package through saxes; `stop()` from a handler ends the reading early. */
function readPart(
  zip: JSZip,
  name: string,
  budget: { left: number; mb: number },
  on: { open?(n: XmlNode): void; text?(t: string): void; close?(name: string): void },
): Promise<void> {
  const entry = zip.file(name);
  if (!entry) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const parser = new SaxesParser();
    const decoder = new StringDecoder('utf8');
    const stream = entry.nodeStream('nodebuffer');
    let done = false;
    const finish = (e?: unknown) => {
      if (done) return;
      done = true;
      (stream as unknown as { pause(): void }).pause();
      if (e) reject(e);
      else resolve();
    };
    if (on.open) parser.on('opentag', (n) => on.open!(n as unknown as XmlNode));
    if (on.text) parser.on('text', (t) => on.text!(t));
    if (on.close) parser.on('closetag', (n) => on.close!(n.name));
    parser.on('error', () => finish(fail(ImportReasons.NOT_A_SPREADSHEET, { field: 'file' })));
    stream.on('data', (chunk: Buffer) => {
      if (done) return;
      budget.left -= chunk.length;
      if (budget.left < 0) {
        finish(fail(ImportReasons.UNZIPPED_TOO_LARGE, { field: 'file', params: { mb: budget.mb } }));
        return;
      }
      try {
        parser.write(decoder.write(chunk));
      } catch (e) {
        finish(passOn(e));
      }
    });
    stream.on('error', () => finish(fail(ImportReasons.NOT_A_SPREADSHEET, { field: 'file' })));
    stream.on('end', () => {
      if (done) return;
      try {
        parser.write(decoder.end());
        parser.close();
        finish();
      } catch (e) {
        finish(passOn(e));
      }
    });
  });
}

function columnIndex(ref: string | undefined): number | null {
  const m = ref ? /^([A-Z]+)\d+$/.exec(ref) : null;
  if (!m) return null;
  let n = 0;
  for (const ch of m[1]) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

async function readXlsx(
  path: string,
  sheet: string,
  columns: readonly ColumnDef[],
  limits: ReadLimits,
): Promise<Table> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(await fs.promises.readFile(path));
  } catch {
    throw fail(ImportReasons.NOT_A_SPREADSHEET, { field: 'file' });
  }
  if (!zip.file('xl/workbook.xml')) throw fail(ImportReasons.NOT_A_SPREADSHEET, { field: 'file' });
  const budget = { left: limits.maxUnzippedBytes, mb: Math.round(limits.maxUnzippedBytes / 1048576) };

  // The sheets in the workbook's order, with their parts.
  const sheets: { name: string; rid: string }[] = [];
  await readPart(zip, 'xl/workbook.xml', budget, {
    open: (n) => {
      if (n.name === 'sheet') sheets.push({ name: n.attributes.name ?? '', rid: n.attributes['r:id'] ?? '' });
    },
  });
  const targets = new Map<string, string>();
  await readPart(zip, 'xl/_rels/workbook.xml.rels', budget, {
    open: (n) => {
      if (n.name === 'Relationship') {
        const target = n.attributes.Target ?? '';
        targets.set(n.attributes.Id ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target}`);
      }
    },
  });

  // Shared strings: the text of each <si>, without its phonetic runs (<rPh>).
  const shared: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  await readPart(zip, 'xl/sharedStrings.xml', budget, {
    open: (n) => {
      if (n.name === 'si') current = [];
      else if (n.name === 'rPh') phonetic++;
      else if (n.name === 't' && !phonetic) inText = true;
    },
    text: (t) => {
      if (inText && current) current.push(t);
    },
    close: (name) => {
      if (name === 'si' && current) {
        shared.push(current.join(''));
        current = null;
      } else if (name === 'rPh') phonetic--;
      else if (name === 't') inText = false;
    },
  });

  const ordered = [...sheets].sort((a, b) => Number(b.name === sheet) - Number(a.name === sheet));
  for (const s of ordered) {
    const part = targets.get(s.rid);
    if (!part) continue;
    const builder = new TableBuilder(columns, limits.maxRows);
    const merges: string[] = [];
    let values: CellValue[] = [];
    let rowNumber = 0;
    let cell: { index: number; type: string; value: string[] | null; formula: boolean; inline: boolean } | null = null;
    let reading: 'v' | 't' | null = null;
    let skip = false;
    const cellProblems: TableProblem[] = [];
    try {
      await readPart(zip, part, budget, {
        open: (n) => {
          switch (n.name) {
            case 'row':
              rowNumber = Number(n.attributes.r) || rowNumber + 1;
              values = [];
              cellProblems.length = 0;
              break;
            case 'c':
              cell = {
                index: columnIndex(n.attributes.r) ?? values.length,
                type: n.attributes.t ?? 'n',
                value: null,
                formula: false,
                inline: false,
              };
              break;
            case 'f':
              if (cell) cell.formula = true;
              break;
            case 'v':
              reading = 'v';
              if (cell) cell.value = [];
              break;
            case 'is':
              if (cell) cell.inline = true;
              break;
            case 't':
              if (cell?.inline) {
                reading = 't';
                cell.value ??= [];
              }
              break;
            case 'mergeCell':
              if (n.attributes.ref) merges.push(n.attributes.ref);
              break;
          }
        },
        text: (t) => {
          if (reading && cell?.value) cell.value.push(t);
        },
        close: (name) => {
          if (name === 'v' || name === 't') reading = null;
          else if (name === 'c' && cell) {
            const c = cell;
            cell = null;
            const raw = c.value?.join('') ?? null;
            let v: CellValue = null;
            if (raw === null) {
              if (c.formula)
                cellProblems.push({
                  row: rowNumber,
                  column: columnLetter(c.index + 1),
                  reason: 'FORMULA_WITHOUT_VALUE',
                });
            } else if (c.type === 's') v = shared[Number(raw)] ?? null;
            else if (c.type === 'str' || c.type === 'inlineStr') v = raw;
            else if (c.type === 'b') v = raw === '1';
            else if (c.type === 'e')
              cellProblems.push({
                row: rowNumber,
                column: columnLetter(c.index + 1),
                reason: 'CELL_ERROR',
                params: { value: raw.slice(0, 20) },
              });
            else if (c.type === 'd') v = new Date(raw);
            else v = raw.trim() === '' ? null : Number(raw);
            if (c.index < 16_384) values[c.index] = v;
          } else if (name === 'row') {
            const row = Array.from(values, (x) => x ?? null);
            if (!builder.headings) {
              if (isBlank(row)) return;
              if (s.name !== sheet && !TableBuilder.looksLike(row, columns)) {
                skip = true;
                throw new Stop();
              }
            }
            builder.add(rowNumber, row);
            builder.problems.push(...cellProblems);
          }
        },
      });
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
    }
    if (skip || !builder.headings) continue;
    for (const ref of new Set(merges)) {
      const m = /^([A-Z]+)(\d+)/.exec(ref);
      if (m)
        builder.problems.push({
          row: Number(m[2]),
          column: m[1],
          reason: 'MERGED_CELLS',
          params: { range: ref.slice(0, 30) },
        });
    }
    return { sheet: s.name, rows: builder.rows, letters: builder.letters, problems: builder.problems };
  }
  throw fail(ImportReasons.SHEET_NOT_FOUND, { field: 'file', params: { sheet } });
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
