/**
 * Imports: a file is read (reader.ts), each row parsed by its kind, rows naming the same record
 * twice refused, then compared with the database (the kind's diff) into a report. A dry run stops
 * there. A commit does the same inside one transaction, under a lock that serializes imports, and
 * writes only when there is no problem at all: all rows or none, with an ImportBatch and an audit
 * entry per written record carrying the batch's id.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { UserRole } from '../../common/roles';
import type { Principal } from '../../common/principal';
import { fail, messageOf } from '../../common/reasons';
import { orderBy, offset, type ListArgs, type Page } from '../../graphql/pagination';
import { appendAudit } from '../audit/public';
import { ImportBatch } from './import-batch.entity';
import { ImportReasons } from './imports.errors';
import { KINDS } from './kinds';
import {
  CellProblem,
  problemOf,
  type ImportReport,
  type KindDefinition,
  type Parsed,
  type Problem,
} from './kinds/kind';
import { readTable, type ReadLimits, type Table } from './reader';

const IMPORTERS = [UserRole.DISTRICT_ADMIN, UserRole.TOWNSHIP_STAFF];
/** Imports wait for each other: two files naming the same new code must not both pass their checks. */
const IMPORT_LOCK = 5_000_015;
/** A report lists at most this many problems (a wrong file could have one per cell). */
export const MAX_PROBLEMS = 1000;
const HEADINGS_UNUSABLE = new Set([ImportReasons.HEADING_MISSING.reason, ImportReasons.HEADING_DUPLICATE.reason]);

export interface UploadedFile {
  path: string;
  name: string;
  sha256: string;
}

/** A commit refused for its problems: nothing was written; the route answers with the report. */
export class ImportRefused extends Error {
  constructor(readonly report: ImportReport) {
    super('import refused');
  }
}

/** A file read and parsed, not yet compared with the database. */
export interface ReadFile {
  kind: KindDefinition<unknown>;
  table: Table;
  rows: Parsed<unknown>[];
  problems: Problem[];
}

export function kindOf(slug: string): KindDefinition<unknown> {
  const kind = Object.hasOwn(KINDS, slug) ? KINDS[slug] : undefined;
  if (!kind) throw fail(ImportReasons.UNKNOWN_KIND, { params: { kind: slug.slice(0, 40) } });
  return kind;
}

/** Importers only, and for a kind with its own rule (the question bank) that rule too. */
export function assertImporter(p: Principal, kind?: KindDefinition<unknown>): void {
  kind?.authorize?.(p);
  if (!p.hasRole(...IMPORTERS)) throw fail(ImportReasons.FORBIDDEN);
}

/** Read a file and parse its rows: file-level faults throw coded errors, row faults become problems. */
export async function readUpload(
  kind: KindDefinition<unknown>,
  file: UploadedFile,
  limits: ReadLimits,
): Promise<ReadFile> {
  const table = await readTable(file, kind.sheet, kind.columns, limits);
  const problems: Problem[] = table.problems.map((t) => ({
    sheet: table.sheet,
    row: t.row,
    column: t.column,
    reason: ImportReasons[t.reason].reason,
    message: messageOf(ImportReasons[t.reason], t.params),
  }));
  const rows: Parsed<unknown>[] = [];
  const bad = new Set(problems.map((x) => x.row));
  const firstRowOf = new Map<string, number>();
  const sink = problemSink(table, problems);
  // Heading problems mean the cells cannot be trusted to be where they are thought to be.
  if (problems.some((x) => HEADINGS_UNUSABLE.has(x.reason))) return { kind, table, rows, problems };
  for (const input of table.rows) {
    if (bad.has(input.row)) continue;
    try {
      const data = kind.parseRow(input);
      const key = kind.naturalKey(data);
      const first = firstRowOf.get(key);
      if (first !== undefined) {
        sink.add(input.row, null, fail(ImportReasons.DUPLICATE_ROW, { params: { row: first, key } }));
        continue;
      }
      firstRowOf.set(key, input.row);
      rows.push({ row: input.row, data });
    } catch (e) {
      sink.add(input.row, e instanceof CellProblem ? e.column : null, e);
    }
  }
  return { kind, table, rows, problems };
}

function problemSink(table: Table, problems: Problem[]) {
  return {
    add(row: number, column: string | null, e: unknown) {
      problems.push({
        sheet: table.sheet,
        row,
        column: column ? (table.letters.get(column) ?? '') : '',
        ...problemOf(e),
      });
    },
  };
}

function report(counts: { created: number; updated: number; unchanged: number }, problems: Problem[]): ImportReport {
  const sorted = [...problems].sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
  const shown = sorted.slice(0, MAX_PROBLEMS);
  if (sorted.length > MAX_PROBLEMS) {
    shown.push({
      sheet: sorted[0].sheet,
      row: sorted[MAX_PROBLEMS].row,
      column: '',
      reason: ImportReasons.MORE_PROBLEMS.reason,
      message: messageOf(ImportReasons.MORE_PROBLEMS, { count: sorted.length - MAX_PROBLEMS }),
    });
  }
  return { created: counts.created, updated: counts.updated, unchanged: counts.unchanged, problems: shown };
}

export class ImportService {
  constructor(
    private readonly em: EntityManager,
    private readonly now: () => Date,
  ) {}

  /** What the file would do: the report of a dry run. */
  async dryRun(p: Principal, file: ReadFile): Promise<ImportReport> {
    assertImporter(p, file.kind);
    const problems = [...file.problems];
    const diff = await file.kind.diff({ em: this.em, p }, file.rows, problemSink(file.table, problems));
    return report(diff, problems);
  }

  /**
   * Check again inside the transaction and write, or throw ImportRefused with the report. Runs in
   * `mutate()`'s transaction (its EntityManager is this service's).
   */
  async commit(
    p: Principal,
    file: ReadFile,
    upload: UploadedFile,
    meta: { operation: string; address: string | null },
  ): Promise<ImportBatch> {
    assertImporter(p, file.kind);
    await this.em.execute('select pg_advisory_xact_lock(?)', [IMPORT_LOCK]);
    const problems = [...file.problems];
    const diff = await file.kind.diff({ em: this.em, p }, file.rows, problemSink(file.table, problems));
    const result = report(diff, problems);
    if (problems.length) throw new ImportRefused(result);
    const grant = p.grants.find((g) => IMPORTERS.includes(g.role))!;
    const batch = this.em.create(ImportBatch, {
      kind: file.kind.kind,
      userId: p.userId,
      username: p.username,
      scopePath: grant.unitPath,
      fileName: upload.name,
      sha256: upload.sha256,
      created: result.created,
      updated: result.updated,
      unchanged: result.unchanged,
      report: result,
      createdAt: this.now(),
    });
    await this.em.flush();
    const entries = await diff.upsert(
      this.em,
      { at: this.now(), userId: p.userId, username: p.username, operation: meta.operation, address: meta.address },
      batch.id,
    );
    await appendAudit(this.em, entries);
    return batch;
  }

  /** Batches imported inside the caller's subtrees, and the caller's own; newest first by default. */
  async list(p: Principal, args: ListArgs): Promise<Page<ImportBatch>> {
    const [items, total] = await this.em.findAndCount(ImportBatch, this.visible(p), {
      orderBy: orderBy(
        { ...args, sortField: args.sortField ?? 'id', sortOrder: args.sortOrder ?? ('DESC' as never) },
        { id: 'id', createdAt: 'createdAt', kind: 'kind' },
        'id',
      ),
      ...offset(args),
    });
    return { items, total };
  }

  async get(p: Principal, id: number): Promise<ImportBatch> {
    const batch = await this.em.findOne(ImportBatch, { $and: [{ id }, this.visible(p)] });
    if (!batch) throw fail(ImportReasons.NOT_FOUND);
    return batch;
  }

  private visible(p: Principal) {
    return { $or: [{ userId: p.userId }, ...p.readPrefixes().map((x) => ({ scopePath: { $like: `${x}%` } }))] };
  }
}
