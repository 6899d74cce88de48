/**
 * The question bank (应知应会题库): one question a row — kind, stem, options (one a line), the key
 * (option letters, 正确 / 错误, or the accepted fill-in answers one a line), star, key task,
 * audience, difficulty, state. Keyed by the system id column of an export, or else by owner unit and
 * stem. Checked by the training service's own rule (TrainingService.checkQuestion); authorized as
 * the bank is: organizers (district admins, township staff) edit the questions of their subtree and
 * read those of the units above them (those come back unchanged from an export, and may not change).
 * A used question whose wording or key changes gets a new version, as an edit in the console does.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { fail } from '../../../common/reasons';
import type { Principal } from '../../../common/principal';
import { ORGANIZERS, QuestionKind, QuestionReasons, TrainingService, TRUE_FALSE_OPTIONS } from '../../training/public';
import type { PositionRole } from '../../org/public';
import { AppError } from '../../../common/errors';
import { ImportKind } from '../../imports/imports.enums';
import { ImportReasons } from '../../imports/imports.errors';
import {
  CellProblem,
  cellProblem,
  choice,
  createdChanges,
  integer,
  labelOf,
  optionalText,
  REMARK_COLUMN,
  text,
  type CellValue,
  type ColumnDef,
  type Diff,
  type KindDefinition,
  type Parsed,
  type RowInput,
} from './kind';
import { ROLE_CHOICES } from './positions';

export const KIND_CHOICES = [
  { value: QuestionKind.SINGLE, label: '单选题' },
  { value: QuestionKind.MULTIPLE, label: '多选题' },
  { value: QuestionKind.TRUE_FALSE, label: '判断题' },
  { value: QuestionKind.FILL, label: '填空题' },
];
const DIFFICULTY_CHOICES = [
  { value: '1', label: '易' },
  { value: '2', label: '中' },
  { value: '3', label: '难' },
];
const STATE_CHOICES = [
  { value: 'true', label: '启用' },
  { value: 'false', label: '停用' },
];
const LETTERS = 'ABCDEFGH';

const C = {
  id: {
    key: 'id',
    heading: '系统编号',
    note: '导出文件中的试题编号：填写时更新该题；新题留空。\nThe question id of an export: updates that question; empty for a new one.',
    type: 'int',
    width: 10,
  },
  unitCode: {
    key: 'unitCode',
    heading: '所属单位编码',
    note: '必填：题库所属单位（区或乡镇）的编码。\nRequired: the code of the unit whose bank holds the question.',
    required: true,
    type: 'text',
    max: 50,
    list: 'units',
    width: 16,
  },
  kind: {
    key: 'kind',
    heading: '题型',
    note: '必填：单选题、多选题、判断题、填空题。\nRequired: single, multiple, true/false or fill-in.',
    required: true,
    type: 'choice',
    choices: KIND_CHOICES,
    width: 10,
  },
  stem: {
    key: 'stem',
    heading: '题干',
    note: '必填。\nRequired: the question.',
    required: true,
    type: 'text',
    max: 2000,
    width: 48,
  },
  options: {
    key: 'options',
    heading: '选项',
    note: '单选、多选：每行一个选项（单元格内换行 Alt+Enter），2–8 个，依次为 A、B、C……；判断题、填空题留空。\nChoice kinds: one option a line (2–8), lettered A, B, C…; empty for true/false and fill-in.',
    type: 'text',
    max: 4500,
    width: 36,
  },
  answer: {
    key: 'answer',
    heading: '答案',
    note: '必填：单选填一个字母（如 B），多选填全部正确字母（如 ACD），判断题填“正确”或“错误”，填空题每行一个可接受的答案。\nRequired: a letter (B), all right letters (ACD), 正确 / 错误, or accepted fill-in answers one a line.',
    required: true,
    type: 'text',
    max: 2000,
    width: 16,
  },
  star: {
    key: 'star',
    heading: '所属星',
    note: '可选：从下拉列表选择。\nOptional: pick the star from the list.',
    type: 'text',
    max: 40,
    list: 'stars',
    width: 14,
  },
  keyTask: {
    key: 'keyTask',
    heading: '重点任务编码',
    note: '可选。\nOptional: the key task code.',
    type: 'text',
    max: 40,
    width: 14,
  },
  audience: {
    key: 'audience',
    heading: '适用对象',
    note: '可选：适用的职务。\nOptional: the position role it is meant for.',
    type: 'choice',
    choices: ROLE_CHOICES,
    width: 18,
  },
  difficulty: {
    key: 'difficulty',
    heading: '难度',
    note: '必填：易、中、难。\nRequired: easy, medium or hard.',
    required: true,
    type: 'choice',
    choices: DIFFICULTY_CHOICES,
    width: 8,
  },
  active: {
    key: 'active',
    heading: '状态',
    note: '可选：启用或停用（停用的不再组卷）；新题留空为启用，已有试题留空不变。\nOptional: active or inactive; empty keeps it (a new one is active).',
    type: 'choice',
    choices: STATE_CHOICES,
    width: 8,
  },
} satisfies Record<string, ColumnDef>;

export interface QuestionRow {
  id: number | null;
  unitCode: string;
  kind: QuestionKind;
  stem: string;
  options: string[];
  answer: (number | string)[];
  star: string | null;
  keyTaskCode: string | null;
  audience: PositionRole | null;
  difficulty: number;
  active: boolean | null;
}

interface StoredQuestion {
  id: number;
  owner_unit_id: number;
  owner_path: string;
  owner_code: string | null;
  kind: QuestionKind;
  stem: string;
  options: string[];
  answer: (number | string)[];
  star_code: string | null;
  key_task_code: string | null;
  audience: PositionRole | null;
  difficulty: number;
  active: boolean;
  current_version: number;
  used: boolean;
}

const lines = (s: string) =>
  s
    .split(/\r?\n/)
    .map((x) => x.trim())
    .filter(Boolean);

/** The bank an organizer reads, as SQL on `q` joined to its owner `u`: their subtrees, and the units above. */
function bankSql(p: Principal): { sql: string; params: (string | number)[] } {
  const grants = p.grants.filter((g) => ORGANIZERS.includes(g.role));
  if (!grants.length) return { sql: 'false', params: [] };
  const above = [...new Set(grants.flatMap((g) => g.unitPath.split('.').filter(Boolean).map(Number)))];
  return {
    sql: `(${grants.map(() => 'u.path like ?').join(' or ')} or u.id = any (?::int[]))`,
    params: [...grants.map((g) => `${g.unitPath}%`), `{${above.join(',')}}`],
  };
}

function loadBank(em: EntityManager, p: Principal, extra = '', params: unknown[] = []): Promise<StoredQuestion[]> {
  const bank = bankSql(p);
  return em.execute<StoredQuestion[]>(
    `select q.id, q.owner_unit_id, u.path as owner_path, u.code as owner_code, q.kind, q.stem, q.options, q.answer,
            q.star_code, q.key_task_code, q.audience, q.difficulty, q.active, q.current_version,
            exists (select 1 from question_version v join attempt_item i on i.question_version_id = v.id
                     where v.question_id = q.id and v.version_no = q.current_version) as used
       from question q join unit u on u.id = q.owner_unit_id where ${bank.sql} ${extra} order by u.path, q.id`,
    [...bank.params, ...params],
  );
}

/** The key as a cell: option letters, 正确 / 错误, or the accepted answers one a line. */
function answerText(kind: QuestionKind, answer: (number | string)[]): string {
  if (kind === QuestionKind.FILL) return answer.map(String).join('\n');
  if (kind === QuestionKind.TRUE_FALSE) return TRUE_FALSE_OPTIONS[Number(answer[0])] ?? '';
  return answer.map((i) => LETTERS[Number(i)]).join('');
}

/** The key from a cell, as the training service takes it (option indexes as text, or fill-in texts). */
function parseAnswer(kind: QuestionKind, s: string): string[] {
  if (kind === QuestionKind.FILL) return lines(s);
  if (kind === QuestionKind.TRUE_FALSE) {
    // 正确 / 错误 as the template's list writes them, 对 / 错, or true / false (an English sheet).
    const words = [
      ['正确', '错误'],
      ['对', '错'],
      ['true', 'false'],
    ];
    const i = words.map((w) => w.indexOf(s.toLowerCase())).find((x) => x >= 0) ?? -1;
    if (i < 0 && !/^[AB]$/i.test(s))
      throw cellProblem('answer', ImportReasons.BAD_LETTERS, { column: C.answer.heading });
    return [String(i >= 0 ? i : LETTERS.indexOf(s.toUpperCase()))];
  }
  const letters = s.toUpperCase().replace(/[\s,，、;；]/g, '');
  if (!/^[A-H]+$/.test(letters)) throw cellProblem('answer', ImportReasons.BAD_LETTERS, { column: C.answer.heading });
  return [...letters].map((l) => String(LETTERS.indexOf(l)));
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export const questions: KindDefinition<QuestionRow> = {
  kind: ImportKind.QUESTIONS,
  slug: 'questions',
  sheet: '试题',
  columns: [REMARK_COLUMN, ...Object.values(C)],
  example: {
    remark: '示例',
    unitCode: 'EX-DISTRICT',
    kind: '单选题',
    stem: '（示例）党支部委员会每届任期几年？',
    options: '三年\n五年\n一年',
    answer: 'B',
    star: '支部过硬星',
    audience: '支部书记',
    difficulty: '中',
    active: '启用',
  },
  notes: [
    '系统编号为导出文件中的试题编号：填写时更新该题；不填时以所属单位和题干识别同一试题，没有则新建。',
    'The system id of an export updates that question; without it a question is the same by owner unit and stem, else new.',
    '已被作答过的试题修改题干、选项或答案时生成新版本，已有的作答保留原版本。上级单位的试题可以导出，但不能通过导入修改。',
    'A used question whose wording or key changes gets a new version (past attempts keep theirs). Questions of units above you export but cannot be changed here.',
  ],

  authorize(p) {
    if (!p.hasRole(...ORGANIZERS)) throw fail(QuestionReasons.FORBIDDEN);
  },

  async lists({ em, p }) {
    const grants = p.grants.filter((g) => ORGANIZERS.includes(g.role));
    const [unitRows, stars] = await Promise.all([
      grants.length
        ? em.execute<{ code: string }[]>(
            `select code from unit u where (${grants.map(() => 'u.path like ?').join(' or ')})
               and code is not null and level in ('DISTRICT', 'TOWNSHIP') order by depth, sort_order, id limit 5000`,
            grants.map((g) => `${g.unitPath}%`),
          )
        : [],
      em.execute<{ name_zh: string }[]>(`select name_zh from star_type order by sort_order, code`),
    ]);
    return { units: unitRows.map((u) => u.code), stars: stars.map((s) => s.name_zh) };
  },

  parseRow(input: RowInput): QuestionRow {
    const kind = choice<QuestionKind>(input, C.kind)!;
    const difficulty = Number(choice<string>(input, C.difficulty));
    const state = choice<string>(input, C.active);
    const optionCell = text(input, C.options);
    const answer = parseAnswer(kind, text(input, C.answer));
    let checked: { options: string[]; answer: (number | string)[] };
    try {
      checked = TrainingService.checkQuestion({ kind, options: lines(optionCell), answer, difficulty });
    } catch (e) {
      if (e instanceof AppError)
        throw new CellProblem(
          e.extensions.field === 'options' ? 'options' : e.extensions.field === 'difficulty' ? 'difficulty' : 'answer',
          e,
        );
      throw e;
    }
    return {
      id: integer(input, C.id),
      unitCode: text(input, C.unitCode),
      kind,
      stem: text(input, C.stem),
      options: checked.options,
      answer: checked.answer,
      star: optionalText(input, C.star),
      keyTaskCode: optionalText(input, C.keyTask),
      audience: choice<PositionRole>(input, C.audience),
      difficulty,
      active: state === null ? null : state === 'true',
    };
  },

  naturalKey: (r) => (r.id ? `#${r.id}` : `${r.unitCode}|${r.stem}`),

  async diff({ em, p }, rows: Parsed<QuestionRow>[], problems): Promise<Diff> {
    const grants = p.grants.filter((g) => ORGANIZERS.includes(g.role));
    const [bank, ownUnits, stars] = await Promise.all([
      loadBank(em, p),
      grants.length
        ? em.execute<{ id: number; code: string; path: string }[]>(
            `select id, code, path from unit u where (${grants.map(() => 'u.path like ?').join(' or ')}) and code is not null`,
            grants.map((g) => `${g.unitPath}%`),
          )
        : [],
      em.execute<{ code: string; name_zh: string }[]>('select code, name_zh from star_type'),
    ]);
    const byId = new Map(bank.map((q) => [q.id, q]));
    const byStem = new Map(bank.map((q) => [`${q.owner_unit_id}|${q.stem}`, q]));
    // Units a row may name: the caller's own subtree, and the owners of the bank's questions (above).
    const unitsByCode = new Map<string, { id: number; path: string }>();
    for (const q of bank) if (q.owner_code) unitsByCode.set(q.owner_code, { id: q.owner_unit_id, path: q.owner_path });
    for (const u of ownUnits) unitsByCode.set(u.code, u);
    const starCode = (s: string) => stars.find((x) => x.name_zh === s || x.code === s)?.code;

    type Fields = Omit<QuestionRow, 'id' | 'unitCode' | 'star'> & { starCode: string | null; unitId: number };
    const creates: { row: number; f: Fields; path: string }[] = [];
    const updates: { row: number; stored: StoredQuestion; f: Fields; wording: boolean; changes: object }[] = [];
    let unchanged = 0;
    const seenIds = new Map<number, number>();
    for (const { row, data } of rows) {
      try {
        const unit = unitsByCode.get(data.unitCode);
        if (!unit) throw cellProblem('unitCode', ImportReasons.UNIT_NOT_FOUND, { code: data.unitCode });
        const stored = data.id ? byId.get(data.id) : byStem.get(`${unit.id}|${data.stem}`);
        if (data.id && !stored) throw cellProblem('id', ImportReasons.QUESTION_NOT_FOUND, { id: data.id });
        let code: string | null = null;
        if (data.star) {
          // A star by its name or code; a code the question already has (not a star any more) stays.
          code = starCode(data.star) ?? (stored?.star_code === data.star ? data.star : null);
          if (!code) throw cellProblem('star', ImportReasons.STAR_NOT_FOUND, { value: data.star.slice(0, 40) });
        }
        if (stored) {
          const earlier = seenIds.get(stored.id);
          if (earlier) throw cellProblem(null, ImportReasons.DUPLICATE_ROW, { row: earlier, key: `#${stored.id}` });
          seenIds.set(stored.id, row);
        }
        const f: Fields = {
          unitId: unit.id,
          kind: data.kind,
          stem: data.stem,
          options: data.options,
          answer: data.answer,
          starCode: code,
          keyTaskCode: data.keyTaskCode,
          audience: data.audience,
          difficulty: data.difficulty,
          active: data.active ?? (stored ? stored.active : true),
        };
        if (!stored) {
          if (!p.hasRoleOver(unit.path, ...ORGANIZERS)) throw cellProblem('unitCode', ImportReasons.OUT_OF_SCOPE);
          creates.push({ row, f, path: unit.path });
          continue;
        }
        const before: Record<string, unknown> = {
          unit: stored.owner_unit_id,
          kind: stored.kind,
          stem: stored.stem,
          options: stored.options,
          answer: stored.answer,
          starCode: stored.star_code,
          keyTaskCode: stored.key_task_code,
          audience: stored.audience,
          difficulty: stored.difficulty,
          active: stored.active,
        };
        const after: Record<string, unknown> = {
          unit: f.unitId,
          kind: f.kind,
          stem: f.stem,
          options: f.options,
          answer: f.answer,
          starCode: f.starCode,
          keyTaskCode: f.keyTaskCode,
          audience: f.audience,
          difficulty: f.difficulty,
          active: f.active,
        };
        const changes = Object.fromEntries(
          Object.keys(before)
            .filter((k) => !same(before[k], after[k]))
            .map((k) => [k, { before: before[k], after: after[k] }]),
        );
        if (!Object.keys(changes).length) {
          unchanged++;
          continue;
        }
        if (!p.hasRoleOver(stored.owner_path, ...ORGANIZERS) || !p.hasRoleOver(unit.path, ...ORGANIZERS))
          throw cellProblem(null, ImportReasons.OUT_OF_SCOPE);
        const wording = ['kind', 'stem', 'options', 'answer'].some((k) => k in changes);
        updates.push({ row, stored, f, wording, changes });
      } catch (e) {
        problems.add(row, e instanceof CellProblem ? e.column : null, e);
      }
    }

    return {
      created: creates.length,
      updated: updates.length,
      unchanged,
      async upsert(tx, base, batchId) {
        const ids = (
          await tx.execute<{ id: number }[]>(
            `select nextval('question_id_seq')::int as id from generate_series(1, ?)`,
            [creates.length],
          )
        ).map((r) => r.id);
        const rowsOf = (xs: { id: number; f: Fields }[]) =>
          JSON.stringify(
            xs.map(({ id, f }) => ({
              id,
              owner_unit_id: f.unitId,
              kind: f.kind,
              stem: f.stem,
              options: f.options,
              answer: f.answer,
              star_code: f.starCode,
              key_task_code: f.keyTaskCode,
              audience: f.audience,
              difficulty: f.difficulty,
              active: f.active,
            })),
          );
        const RECORD = `x(id int, owner_unit_id int, kind text, stem text, options jsonb, answer jsonb, star_code text,
                          key_task_code text, audience text, difficulty smallint, active boolean)`;
        if (creates.length) {
          const json = rowsOf(creates.map((c, i) => ({ id: ids[i], f: c.f })));
          await tx.execute(
            `insert into question (id, owner_unit_id, kind, stem, options, answer, star_code, key_task_code, audience, difficulty, active)
             select id, owner_unit_id, kind, stem, options, answer, star_code, key_task_code, audience, difficulty, active
               from json_to_recordset(?::json) as ${RECORD}`,
            [json],
          );
          await tx.execute(
            `insert into question_version (question_id, version_no, kind, stem, options, answer)
             select id, 1, kind, stem, options, answer from json_to_recordset(?::json) as ${RECORD}`,
            [json],
          );
        }
        if (updates.length) {
          // A used version is kept as it was: the question moves on to a new one.
          const bump = updates.filter((u) => u.wording && u.stored.used);
          const inPlace = updates.filter((u) => u.wording && !u.stored.used);
          const json = rowsOf(updates.map((u) => ({ id: u.stored.id, f: u.f })));
          await tx.execute(
            `update question q set owner_unit_id = x.owner_unit_id, kind = x.kind, stem = x.stem, options = x.options,
                    answer = x.answer, star_code = x.star_code, key_task_code = x.key_task_code, audience = x.audience,
                    difficulty = x.difficulty, active = x.active, version = q.version + 1, updated_at = now(),
                    current_version = q.current_version + (x.id = any (?::int[]))::int
               from json_to_recordset(?::json) as ${RECORD} where q.id = x.id`,
            [`{${bump.map((u) => u.stored.id).join(',')}}`, json],
          );
          if (bump.length)
            await tx.execute(
              `insert into question_version (question_id, version_no, kind, stem, options, answer)
               select q.id, q.current_version, q.kind, q.stem, q.options, q.answer from question q where q.id = any (?::int[])`,
              [`{${bump.map((u) => u.stored.id).join(',')}}`],
            );
          if (inPlace.length)
            await tx.execute(
              `update question_version v set kind = q.kind, stem = q.stem, options = q.options, answer = q.answer
                 from question q where q.id = any (?::int[]) and v.question_id = q.id and v.version_no = q.current_version`,
              [`{${inPlace.map((u) => u.stored.id).join(',')}}`],
            );
        }
        return [
          ...creates.map((c, i) => ({
            ...base,
            targetType: 'Question',
            targetId: String(ids[i]),
            action: 'CREATE',
            changes: createdChanges({
              unit: c.f.unitId,
              kind: c.f.kind,
              stem: c.f.stem,
              options: c.f.options,
              answer: c.f.answer,
              starCode: c.f.starCode,
              keyTaskCode: c.f.keyTaskCode,
              audience: c.f.audience,
              difficulty: c.f.difficulty,
              active: c.f.active,
            }),
            scopePath: c.path,
            importBatchId: batchId,
          })),
          ...updates.map((u) => ({
            ...base,
            targetType: 'Question',
            targetId: String(u.stored.id),
            action: 'UPDATE',
            changes: u.changes as Record<string, { before: unknown; after: unknown }>,
            scopePath: u.stored.owner_path,
            importBatchId: batchId,
          })),
        ];
      },
    };
  },

  async exportRows({ em, p }, withinPath, filter = {}) {
    const where: string[] = [];
    const params: unknown[] = [];
    if (withinPath) {
      where.push('u.path like ?');
      params.push(`${withinPath}%`);
    }
    if (filter.kind) {
      if (!KIND_CHOICES.some((k) => k.value === filter.kind))
        throw fail(ImportReasons.NOT_AN_OPTION, {
          field: 'kind',
          params: { column: 'kind', value: filter.kind.slice(0, 40) },
        });
      where.push('q.kind = ?');
      params.push(filter.kind);
    }
    if (filter.starCode) {
      where.push('q.star_code = ?');
      params.push(filter.starCode.slice(0, 40));
    }
    if (filter.difficulty) {
      if (!/^[123]$/.test(filter.difficulty)) throw fail(QuestionReasons.BAD_DIFFICULTY, { field: 'difficulty' });
      where.push('q.difficulty = ?');
      params.push(Number(filter.difficulty));
    }
    if (filter.active === 'true' || filter.active === 'false') {
      where.push('q.active = ?');
      params.push(filter.active === 'true');
    }
    if (filter.search?.trim()) {
      where.push(`q.stem ilike ?`);
      params.push(
        `%${filter.search
          .trim()
          .slice(0, 100)
          .replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      );
    }
    const rows = await loadBank(em, p, where.map((w) => `and ${w}`).join(' '), params);
    const stars = new Map(
      (await em.execute<{ code: string; name_zh: string }[]>('select code, name_zh from star_type')).map((s) => [
        s.code,
        s.name_zh,
      ]),
    );
    return rows.map((q): Record<string, CellValue> => ({
      id: q.id,
      unitCode: q.owner_code,
      kind: labelOf(C.kind, q.kind),
      stem: q.stem,
      options: q.kind === QuestionKind.SINGLE || q.kind === QuestionKind.MULTIPLE ? q.options.join('\n') : null,
      answer: answerText(q.kind, q.answer),
      star: q.star_code ? (stars.get(q.star_code) ?? q.star_code) : null,
      keyTask: q.key_task_code,
      audience: labelOf(C.audience, q.audience),
      difficulty: labelOf(C.difficulty, String(q.difficulty)),
      active: labelOf(C.active, String(q.active)),
    }));
  },
};
