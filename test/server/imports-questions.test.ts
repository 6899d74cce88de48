/**
 * The question bank as a spreadsheet, through HTTP on real PostgreSQL: an export re-imports
 * unchanged; an edited export updates its rows (a used question gets a new version, its attempts
 * keep the old one) and adds new ones; a filtered export holds only what the filter asks; bad rows
 * are reported with their reason at their row and column, and nothing is written; only those who
 * keep the bank may download, import or export it.
 */
import ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from '../helpers/app';
import { download, readBook, sendImport, xlsx, type Cell } from '../helpers/imports';

const HEADINGS = [
  '系统编号',
  '所属单位编码',
  '题型',
  '题干',
  '选项',
  '答案',
  '所属星',
  '重点任务编码',
  '适用对象',
  '难度',
  '状态',
];

describe('question bank import and export (xlsx)', () => {
  let t: TestApp;
  const tok: Record<string, string> = {};
  const sql = <T>(q: string, params: unknown[] = []) => t.orm.em.fork().getConnection().execute<T[]>(q, params);
  let districtCode: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_USER_PER_MINUTE: '100000' } });
    for (const u of ['admin', 'township', 'leader', 'branch']) tok[u] = await t.login(u);
    districtCode = (await sql<{ code: string }>(`select code from unit where level = 'DISTRICT'`))[0].code;
  });
  afterAll(() => t.close());

  /** An export's data sheet as rows by heading. */
  async function exported(who: string, query = ''): Promise<{ bytes: Buffer; rows: Record<string, Cell>[] }> {
    const res = await download(t, tok[who], `/exports/questions.xlsx${query}`);
    expect(res.status).toBe(200);
    const ws = (await readBook(res.bytes)).getWorksheet('试题')!;
    const heads = (ws.getRow(1).values as Cell[]).slice(1);
    const rows: Record<string, Cell>[] = [];
    ws.eachRow((row, n) => {
      if (n === 1) return;
      rows.push(Object.fromEntries(heads.map((h, i) => [String(h), (row.getCell(i + 1).value as Cell) ?? null])));
    });
    return { bytes: res.bytes, rows };
  }

  /** The exported workbook with `edit` applied to its data sheet. */
  async function edited(bytes: Buffer, edit: (ws: ExcelJS.Worksheet, col: (h: string) => number) => void) {
    const wb = await readBook(bytes);
    const ws = wb.getWorksheet('试题')!;
    // Row values are 1-based (index 0 is empty), as getCell counts.
    const heads = (ws.getRow(1).values as Cell[]).map(String);
    edit(ws, (h) => heads.indexOf(h));
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it('an export of the bank re-imports unchanged, in the template’s columns', async () => {
    const [{ n }] = await sql<{ n: number }>('select count(*)::int as n from question');
    const { bytes, rows } = await exported('admin');
    expect(rows).toHaveLength(n);
    expect(Object.keys(rows[0])).toEqual(['备注', ...HEADINGS]);
    const single = rows.find((r) => r['题型'] === '单选题')!;
    expect(String(single['选项']).split('\n').length).toBeGreaterThanOrEqual(2);
    expect(single['答案']).toMatch(/^[A-H]$/);
    expect(rows.find((r) => r['题型'] === '判断题')!['答案']).toMatch(/^(正确|错误)$/);

    const dry = await sendImport(t, tok.admin, 'questions', bytes, { dryRun: true });
    expect(dry.status).toBe(200);
    expect(dry.body).toEqual({ created: 0, updated: 0, unchanged: n, problems: [] });
    const commit = await sendImport(t, tok.admin, 'questions', bytes);
    expect(commit.status).toBe(200);
    expect(commit.body).toMatchObject({ created: 0, updated: 0, unchanged: n, problems: [] });
    const [batch] = await sql<{ kind: string }>('select kind from import_batch where id = ?', [Number(commit.batch)]);
    expect(batch.kind).toBe('QUESTIONS');
  });

  it('an edited export updates its rows (a used question gets a new version) and adds new ones', async () => {
    const [used] = await sql<{ id: number; current_version: number; stem: string }>(
      `select q.id, q.current_version, q.stem from question q
        where exists (select 1 from question_version v join attempt_item i on i.question_version_id = v.id
                       where v.question_id = q.id and v.version_no = q.current_version)
        order by q.id limit 1`,
    );
    expect(used).toBeDefined();
    const { bytes } = await exported('admin');
    const file = await edited(bytes, (ws, col) => {
      ws.eachRow((row) => {
        if (row.getCell(col('系统编号')).value === used.id) row.getCell(col('题干')).value = `${used.stem}（导入修改）`;
      });
      const next = ws.addRow([]);
      const values: Record<string, Cell> = {
        所属单位编码: districtCode,
        题型: '多选题',
        题干: '导入测试：“三会一课”包括哪些？',
        选项: '支部党员大会\n支委会\n党小组会\n茶话会',
        答案: 'ABC',
        所属星: '支部过硬星',
        适用对象: '支部书记',
        难度: '中',
      };
      for (const [h, v] of Object.entries(values)) next.getCell(col(h)).value = v as ExcelJS.CellValue;
    });
    const commit = await sendImport(t, tok.admin, 'questions', file);
    expect(commit.status).toBe(200);
    expect(commit.body).toMatchObject({ created: 1, updated: 1, problems: [] });

    const versions = await sql<{ version_no: number; stem: string }>(
      'select version_no, stem from question_version where question_id = ? order by version_no',
      [used.id],
    );
    expect(versions.map((v) => v.stem).slice(-2)).toEqual([used.stem, `${used.stem}（导入修改）`]);
    const [after] = await sql<{ current_version: number }>('select current_version from question where id = ?', [
      used.id,
    ]);
    expect(after.current_version).toBe(used.current_version + 1);
    const [made] = await sql<{
      kind: string;
      options: string[];
      answer: number[];
      star_code: string;
      audience: string;
    }>(`select kind, options, answer, star_code, audience from question where stem = '导入测试：“三会一课”包括哪些？'`);
    expect(made).toEqual({
      kind: 'MULTIPLE',
      options: ['支部党员大会', '支委会', '党小组会', '茶话会'],
      answer: [0, 1, 2],
      star_code: 'STRONG_BRANCH',
      audience: 'BRANCH_SECRETARY',
    });
    const audit = await sql<{ action: string }>(
      `select action from audit_entry where import_batch_id = ? order by action`,
      [Number(commit.batch)],
    );
    expect(audit.map((a) => a.action)).toEqual(['CREATE', 'UPDATE']);

    // The new export carries both, and re-imports unchanged again.
    const again = await exported('admin');
    expect(again.rows.find((r) => r['题干'] === '导入测试：“三会一课”包括哪些？')).toMatchObject({
      选项: '支部党员大会\n支委会\n党小组会\n茶话会',
      答案: 'ABC',
      所属星: '支部过硬星',
      难度: '中',
      状态: '启用',
    });
    const dry = await sendImport(t, tok.admin, 'questions', again.bytes, { dryRun: true });
    expect(dry.body).toMatchObject({ created: 0, updated: 0, problems: [] });
  });

  it('exports a filtered part of the bank; a bad filter is a coded error', async () => {
    const fill = await exported('admin', '?kind=FILL&difficulty=2');
    const [{ n }] = await sql<{ n: number }>(
      `select count(*)::int as n from question where kind = 'FILL' and difficulty = 2`,
    );
    expect(fill.rows).toHaveLength(n);
    expect(n).toBeGreaterThan(0);
    expect(new Set(fill.rows.map((r) => `${r['题型']}${r['难度']}`))).toEqual(new Set(['填空题中']));
    const bad = await fetch(`${t.url}/exports/questions.xlsx?kind=ESSAY`, {
      headers: { authorization: `Bearer ${tok.admin}` },
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { extensions: { reason: string } }[] }).errors[0].extensions.reason).toBe(
      'IMPORT.NOT_AN_OPTION',
    );
  });

  it('reports bad rows with their reason at their row and column, and writes nothing', async () => {
    const [{ n: before }] = await sql<{ n: number }>('select count(*)::int as n from question');
    const row = (v: Partial<Record<string, Cell>>): Cell[] => HEADINGS.map((h) => v[h] ?? null);
    const base = { 所属单位编码: districtCode, 题型: '单选题', 选项: '甲\n乙\n丙', 答案: 'A', 难度: '易' };
    const file = await xlsx('试题', HEADINGS, [
      row({ ...base, 题干: '坏题一：题型不对', 题型: '问答题' }), // 2
      row({ ...base, 题干: '坏题二：单选两个答案', 答案: 'AB' }), // 3
      row({ ...base, 题干: '坏题三：只有一个选项', 选项: '甲' }), // 4
      row({ ...base, 题干: '坏题四：单位不存在', 所属单位编码: 'NO-SUCH-UNIT' }), // 5
      row({ ...base, 题干: '坏题五：没有这颗星', 所属星: '月亮星' }), // 6
      row({ ...base, 题干: '坏题六：答案不是字母', 答案: '第一个' }), // 7
      row({ ...base, 题干: '坏题七：编号不存在', 系统编号: 999999 }), // 8
      row({ ...base, 题干: null }), // 9
      row({ ...base, 题干: '坏题九：难度不对', 难度: '极难' }), // 10
      row({ ...base, 题干: '好题：这一行没有问题' }), // 11
    ]);
    const at = (r: { row: number; column: string; reason: string }) => `${r.row}${r.column} ${r.reason}`;
    const dry = await sendImport(t, tok.admin, 'questions', file, { dryRun: true });
    expect(dry.status).toBe(200);
    expect(dry.body.created).toBe(1);
    expect(dry.body.problems.map(at)).toEqual([
      '2C IMPORT.NOT_AN_OPTION',
      '3F QUESTION.BAD_ANSWER',
      '4E QUESTION.BAD_OPTIONS',
      '5B IMPORT.UNIT_NOT_FOUND',
      '6G IMPORT.STAR_NOT_FOUND',
      '7F IMPORT.BAD_LETTERS',
      '8A IMPORT.QUESTION_NOT_FOUND',
      '9D IMPORT.REQUIRED',
      '10J IMPORT.NOT_AN_OPTION',
    ]);
    expect(dry.body.problems.every((p) => p.sheet === '试题' && p.message.length > 0)).toBe(true);
    const commit = await sendImport(t, tok.admin, 'questions', file);
    expect(commit.status).toBe(422);
    expect(commit.body.problems).toHaveLength(9);
    const [{ n: after }] = await sql<{ n: number }>('select count(*)::int as n from question');
    expect(after).toBe(before);
  });

  it('township staff export their bank with the district’s questions, which come back unchanged but cannot change', async () => {
    const { bytes, rows } = await exported('township');
    const district = rows.filter((r) => r['所属单位编码'] === districtCode);
    expect(district.length).toBeGreaterThan(0);
    const dry = await sendImport(t, tok.township, 'questions', bytes, { dryRun: true });
    expect(dry.body).toMatchObject({ created: 0, updated: 0, unchanged: rows.length, problems: [] });
    const first = district[0]['系统编号'];
    const file = await edited(bytes, (ws, col) => {
      ws.eachRow((row) => {
        if (row.getCell(col('系统编号')).value === first) row.getCell(col('难度')).value = '难';
      });
    });
    const refused = await sendImport(t, tok.township, 'questions', file);
    expect(refused.status).toBe(422);
    expect(refused.body.problems.map((p) => p.reason)).toEqual(['IMPORT.OUT_OF_SCOPE']);
  });

  it('is refused to those who cannot edit the bank: template, import, export', async () => {
    const file = await xlsx('试题', HEADINGS, [
      [null, districtCode, '判断题', '越权导入的题', null, '正确', null, null, null, '易', null],
    ]);
    for (const who of ['leader', 'branch']) {
      for (const path of ['/imports/templates/questions.xlsx', '/exports/questions.xlsx']) {
        const res = await fetch(`${t.url}${path}`, { headers: { authorization: `Bearer ${tok[who]}` } });
        expect(res.status).toBe(403);
        const body = (await res.json()) as { errors: { extensions: { code: string; reason: string } }[] };
        expect(body.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'QUESTION.FORBIDDEN' });
      }
      for (const dryRun of [true, false]) {
        const res = await sendImport(t, tok[who], 'questions', file, { dryRun });
        expect(res.status).toBe(403);
        expect(res.body.errors![0].extensions.reason).toBe('QUESTION.FORBIDDEN');
      }
    }
    expect(await sql(`select id from question where stem = '越权导入的题'`)).toHaveLength(0);
    // The organizer gets the template, with the example row and the drop-downs' lists.
    const template = await download(t, tok.admin, '/imports/templates/questions.xlsx');
    expect(template.status).toBe(200);
    const wb = await readBook(template.bytes);
    expect(wb.getWorksheet('试题')!.getRow(2).getCell(1).value).toBe('示例');
  });
});
