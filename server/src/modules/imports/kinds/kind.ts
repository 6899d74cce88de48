/**
 * What one kind of import is: its columns (which also make its template and its export), how a row
 * is parsed, which columns key a record (its natural key), how the file compares with the database
 * (diff) and how the differences are written (upsert, in bulk). The imports service drives them all
 * the same way; a kind is one file in this folder plus one line in `kinds/index.ts`.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../../common/principal';
import type { AuditInput } from '../../audit/public';
import { AppError } from '../../../common/errors';
import { fail, messageOf, type Params, type Reason } from '../../../common/reasons';
import { ImportReasons } from '../../imports/imports.errors';
import type { ImportKind } from '../../imports/imports.enums';

export type CellValue = string | number | boolean | Date | null;

export interface Problem {
  sheet: string;
  /** The row as Excel numbers it (the heading row is 1). */
  row: number;
  /** The column's letter as Excel names it ("C"); empty for a problem of the whole row or file. */
  column: string;
  reason: string;
  message: string;
}

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  problems: Problem[];
}

export interface Choice {
  value: string;
  label: string;
}

export interface ColumnDef {
  key: string;
  /** The heading in the template's first row (Chinese). */
  heading: string;
  /** The heading cell's note: what to write, in both languages. */
  note: string;
  required?: boolean;
  type: 'text' | 'date' | 'int' | 'choice';
  max?: number;
  /** A fixed drop-down (enum labels). */
  choices?: readonly Choice[];
  /** A drop-down of the caller's own records (`KindDefinition.lists`). */
  list?: string;
  width?: number;
  /** Read from the file but not imported (the example marker, names shown for reading). */
  ignored?: boolean;
}

/** One data row: its Excel row number, and its cells by column key. */
export interface RowInput {
  row: number;
  cells: Map<string, CellValue>;
}

export interface Parsed<R> {
  row: number;
  data: R;
}

/** A problem of one cell, thrown while parsing or checking a row. */
export class CellProblem extends Error {
  constructor(
    readonly column: string | null,
    readonly error: AppError,
  ) {
    super(error.message);
  }
}

export function cellProblem(column: string | null, r: Reason, params?: Params): CellProblem {
  return new CellProblem(column, fail(r, params ? { params } : {}));
}

export interface KindEnv {
  em: EntityManager;
  p: Principal;
}

/** Collects problems against rows; `letterOf` names a column key as the file places it. */
export interface ProblemSink {
  add(row: number, column: string | null, e: unknown): void;
}

/** The outcome of comparing a file with the database. */
export interface Diff {
  created: number;
  updated: number;
  unchanged: number;
  /** Writes the differences (in the caller's transaction) and returns their audit entries. */
  upsert(
    em: EntityManager,
    audit: Pick<AuditInput, 'at' | 'userId' | 'username' | 'operation' | 'address'>,
    batchId: number,
  ): Promise<AuditInput[]>;
}

export interface KindDefinition<R> {
  kind: ImportKind;
  /** In URLs: /imports/templates/units.xlsx. */
  slug: string;
  /** The data sheet's name. */
  sheet: string;
  columns: readonly ColumnDef[];
  /** The 示例 row of the template, by column key. */
  example: Record<string, CellValue>;
  /** Lines of the 说明 sheet particular to this kind. */
  notes: readonly string[];
  /** The caller's drop-down lists (parent units, departments, stars …), by list name. */
  lists(env: KindEnv): Promise<Record<string, string[]>>;
  parseRow(input: RowInput): R;
  naturalKey(row: R): string;
  diff(env: KindEnv, rows: Parsed<R>[], problems: ProblemSink): Promise<Diff>;
  /**
   * The rows of an export, in the template's shape, of the caller's scope (or the subtree at
   * `withinPath`), narrowed by the kind's own filters (the export URL's other query parameters).
   */
  exportRows(
    env: KindEnv,
    withinPath: string | null,
    filter?: Record<string, string>,
  ): Promise<Record<string, CellValue>[]>;
  /** Who may use this kind beyond the importers' rule (template, import, export): throws a coded refusal. */
  authorize?(p: Principal): void;
}

// ---- reading cells ---------------------------------------------------------------------------

const DATE_TEXT = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/;
/** Excel's day 0 is 1899-12-30 (with its 1900 leap-year bug already folded in). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

// Characters a record cannot keep: NUL, and unpaired surrogates.
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A cell as text, trimmed ('' when empty). */
export function text(input: RowInput, col: ColumnDef): string {
  const v = input.cells.get(col.key);
  let s: string;
  if (v === null || v === undefined) s = '';
  else if (v instanceof Date) s = isoDate(v);
  else s = String(v).trim();
  if (UNSTORABLE.test(s)) throw cellProblem(col.key, ImportReasons.BAD_TEXT, { column: col.heading });
  if (!s && col.required) throw cellProblem(col.key, ImportReasons.REQUIRED, { column: col.heading });
  if (col.max && s.length > col.max)
    throw cellProblem(col.key, ImportReasons.TOO_LONG, { column: col.heading, max: col.max });
  return s;
}

export function optionalText(input: RowInput, col: ColumnDef): string | null {
  return text(input, col) || null;
}

/** A date cell, an Excel serial number, or text YYYY-MM-DD (also 2024/3/1, 2024年3月1日). */
export function date(input: RowInput, col: ColumnDef): string | null {
  const v = input.cells.get(col.key);
  const bad = () => cellProblem(col.key, ImportReasons.NOT_A_DATE, { column: col.heading });
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) throw bad();
    return isoDate(v);
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 1 || v > 2958465) throw bad();
    return isoDate(new Date(EXCEL_EPOCH_MS + Math.round(v) * 86_400_000));
  }
  const s = text(input, col);
  if (!s) return null;
  const m = DATE_TEXT.exec(s);
  if (!m) throw bad();
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || isoDate(d) !== iso) throw bad();
  return iso;
}

export function integer(input: RowInput, col: ColumnDef): number | null {
  const s = text(input, col);
  if (!s) return null;
  if (!/^-?\d{1,9}$/.test(s)) throw cellProblem(col.key, ImportReasons.NOT_AN_INTEGER, { column: col.heading });
  return Number(s);
}

/** A drop-down cell: its label, or the value itself (PARTY_BRANCH). */
export function choice<T extends string>(input: RowInput, col: ColumnDef): T | null {
  const s = text(input, col);
  if (!s) return null;
  const found = col.choices!.find((c) => c.label === s || c.value === s);
  if (!found) throw cellProblem(col.key, ImportReasons.NOT_AN_OPTION, { column: col.heading, value: s.slice(0, 40) });
  return found.value as T;
}

export function labelOf(col: ColumnDef, value: string | null): string | null {
  if (value === null) return null;
  return col.choices!.find((c) => c.value === value)?.label ?? value;
}

/** A problem's reason and message from whatever a check threw (declared reasons only; anything else is a bug). */
export function problemOf(e: unknown): { reason: string; message: string } {
  if (e instanceof CellProblem) return problemOf(e.error);
  if (e instanceof AppError) return { reason: e.reason, message: e.message };
  throw e;
}

export function messageFor(r: Reason, params?: Params): { reason: string; message: string } {
  return { reason: r.reason, message: messageOf(r, params) };
}

/** The 备注 column every template starts with: a row marked 示例 is the example and is skipped. */
export const REMARK_COLUMN: ColumnDef = {
  key: 'remark',
  heading: '备注',
  note: '填“示例”的行是示例，导入时跳过；其他内容不导入。\nRows marked 示例 are the example and are skipped; nothing here is imported.',
  type: 'text',
  width: 8,
  ignored: true,
};
export const EXAMPLE_MARK = '示例';

/** SQL condition: `column` (a unit path) lies inside one of the caller's readable subtrees (or the one at `within`). */
export function inScope(p: Principal, column: string, within: string | null = null): { sql: string; params: string[] } {
  const prefixes = within ? [within] : p.readPrefixes();
  if (!prefixes.length) return { sql: 'false', params: [] };
  return { sql: `(${prefixes.map(() => `${column} like ?`).join(' or ')})`, params: prefixes.map((x) => `${x}%`) };
}

/** Audit changes of a created record: every field's value after. */
export function createdChanges(after: Record<string, unknown>): Record<string, { after: unknown }> {
  return Object.fromEntries(Object.entries(after).map(([k, v]) => [k, { after: v }]));
}
