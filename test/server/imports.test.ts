/**
 * Imports (modules/imports): templates, dry runs and commits of units, people and positions, natural
 * keys (the same file twice changes nothing), the org services' rules as row problems, scope (district
 * admins their subtree, township staff their branches, others FORBIDDEN), batches with their audit
 * entries, exports that round-trip on the demo district, and formula escaping.
 */
import iconv from 'iconv-lite';
import { dataOf, startTestApp, type TestApp } from '../helpers/app';
import {
  download,
  readBook,
  sendImport,
  xlsx,
  PEOPLE_HEADINGS,
  POSITION_HEADINGS,
  UNIT_HEADINGS,
  type Report,
} from '../helpers/imports';
import { graphql } from '../gql';

const BatchesQuery = graphql(`
  query ImportBatchesOfTest($page: Int) {
    importBatches(page: $page, perPage: 10) {
      total
      items {
        id
        kind
        username
        fileName
        sha256
        created
        updated
        unchanged
        report
      }
    }
  }
`);
const BatchQuery = graphql(`
  query ImportBatchOfTest($id: ID!) {
    importBatch(id: $id) {
      id
      kind
      created
      report
    }
  }
`);
const AuditOfBatch = graphql(`
  query AuditOfImport($targetType: String) {
    auditEntries(filter: { targetType: $targetType }, perPage: 100, sortOrder: DESC) {
      items {
        targetType
        targetId
        action
        operation
        importBatchId
      }
    }
  }
`);

describe('imports', () => {
  let t: TestApp;
  let admin: string;
  let township: string;
  let leader: string;
  let branch: string;
  const sql = <T>(q: string, params: unknown[] = []) => t.orm.em.fork().getConnection().execute<T[]>(q, params);
  let districtCode: string;
  let ytgCode: string; // the township user's township
  let otherTownshipCode: string;
  let ytgBranchCode: string;

  beforeAll(async () => {
    t = await startTestApp();
    [admin, township, leader, branch] = await Promise.all(
      ['admin', 'township', 'leader', 'branch'].map((u) => t.login(u)),
    );
    districtCode = (await sql<{ code: string }>(`select code from unit where level = 'DISTRICT'`))[0].code;
    ytgCode = (await sql<{ code: string }>(`select code from unit where name = '樱桃沟景区管委会'`))[0].code;
    otherTownshipCode = (await sql<{ code: string }>(`select code from unit where name = '侯寨乡'`))[0].code;
    ytgBranchCode = (
      await sql<{ code: string }>(
        `select b.code from unit b join unit t on t.id = b.parent_id where t.code = ? order by b.id limit 1`,
        [ytgCode],
      )
    )[0].code;
  });
  afterAll(() => t.close());

  describe('templates', () => {
    it('carries Chinese headings with a note each, a 说明 sheet, drop-downs from a hidden sheet, date cells and a 示例 row', async () => {
      const r = await download(t, admin, '/imports/templates/positions.xlsx');
      expect(r.status).toBe(200);
      expect(r.type).toContain('spreadsheetml');
      const wb = await readBook(r.bytes);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['任职', '说明', '选项']);
      expect(wb.getWorksheet('选项')!.state).toBe('hidden');
      const ws = wb.getWorksheet('任职')!;
      const headings = (ws.getRow(1).values as string[]).slice(1);
      expect(headings).toEqual(expect.arrayContaining(['备注', '职务', '任职单位编码', '任职部门编码', '开始日期']));
      for (let c = 1; c <= headings.length; c++) expect(ws.getRow(1).getCell(c).note).toBeTruthy();
      expect(ws.getRow(2).getCell(1).value).toBe('示例');
      const start = ws.getRow(2).getCell(headings.indexOf('开始日期') + 1);
      expect(start.value).toBeInstanceOf(Date);
      expect(start.numFmt).toBe('yyyy-mm-dd');
      const roleCol = headings.indexOf('职务') + 1;
      const v = ws.getRow(3).getCell(roleCol).dataValidation;
      expect(v?.type).toBe('list');
      expect(v?.formulae?.[0]).toMatch(/^'选项'!\$[A-Z]+\$2:\$[A-Z]+\$\d+$/);
      // The departments' list is the caller's district's.
      const options = wb.getWorksheet('选项')!;
      const deptCol = (options.getRow(1).values as string[]).indexOf('任职部门编码');
      const depts = options.getColumn(deptCol).values.slice(2);
      expect(depts).toContain('ORG');
      const units = options.getColumn((options.getRow(1).values as string[]).indexOf('任职单位编码')).values.slice(2);
      expect(units).toContain(districtCode);
    });

    it("lists only the township staff's own units as parents", async () => {
      const wb = await readBook((await download(t, township, '/imports/templates/units.xlsx')).bytes);
      const options = wb.getWorksheet('选项')!;
      const col = (options.getRow(1).values as string[]).indexOf('上级单位编码');
      expect(options.getColumn(col).values.slice(2)).toEqual([ytgCode]);
      expect(wb.getWorksheet('说明')!.rowCount).toBeGreaterThan(10);
    });

    it('refuses other roles (FORBIDDEN) and unknown kinds (NOT_FOUND)', async () => {
      const r = await fetch(`${t.url}/imports/templates/units.xlsx`, {
        headers: { authorization: `Bearer ${leader}` },
      });
      expect(r.status).toBe(403);
      expect(((await r.json()) as { errors: { extensions: { reason: string } }[] }).errors[0].extensions.reason).toBe(
        'IMPORT.FORBIDDEN',
      );
      const u = await fetch(`${t.url}/imports/templates/secrets.xlsx`, {
        headers: { authorization: `Bearer ${admin}` },
      });
      expect(u.status).toBe(404);
    });
  });

  describe('units', () => {
    const file = () =>
      xlsx(
        '单位',
        ['备注', ...UNIT_HEADINGS],
        [
          ['示例', 'EX-1', '示例村', '村/社区党组织', 'EX-0', null, '党支部', '农村', 1],
          // A branch before its township: parents are created first whatever the order.
          [null, 'IMP-T1-B1', '导入一村党支部', '村/社区党组织', 'IMP-T1', null, '党支部', '农村', 1],
          [null, 'IMP-T1', '导入镇', '乡镇级单元', districtCode, '镇', null, null, 90],
          [null, 'IMP-T1-B2', '导入二社区党总支', 'BRANCH', 'IMP-T1', null, 'GENERAL_BRANCH', 'COMMUNITY', null],
        ],
      );

    it('dry run reports what would be created and writes nothing', async () => {
      const r = await sendImport(t, admin, 'units', await file(), { dryRun: true });
      expect(r.status).toBe(200);
      expect(r.body).toEqual({ created: 3, updated: 0, unchanged: 0, problems: [] });
      expect(await sql(`select id from unit where code like 'IMP-%'`)).toHaveLength(0);
      expect(r.batch).toBeNull();
    });

    it('commits all rows in one batch with an audit entry per record carrying the batch id; the same file again changes nothing', async () => {
      const bytes = await file();
      const r = await sendImport(t, admin, 'units', bytes);
      expect(r.status).toBe(200);
      expect(r.body).toEqual({ created: 3, updated: 0, unchanged: 0, problems: [] });
      const rows = await sql<{ code: string; path: string; depth: number; parent_code: string }>(
        `select u.code, u.path, u.depth, p.code as parent_code from unit u join unit p on p.id = u.parent_id where u.code like 'IMP-%' order by u.code`,
      );
      expect(rows.map((x) => [x.code, x.parent_code])).toEqual([
        ['IMP-T1', districtCode],
        ['IMP-T1-B1', 'IMP-T1'],
        ['IMP-T1-B2', 'IMP-T1'],
      ]);
      expect(rows[1].path.startsWith(rows[0].path)).toBe(true);
      expect(rows[1].depth).toBe(rows[0].depth + 1);
      // The units are in the lists.
      const listed = dataOf(
        await t.gql<{ units: { items: { code: string }[] } }>(
          `query { units(filter: { search: "IMP-" }, perPage: 10) { items { code } } }`,
          {},
          admin,
        ),
      );
      expect(listed.units.items.map((u) => u.code).sort()).toEqual(['IMP-T1', 'IMP-T1-B1', 'IMP-T1-B2']);
      const batchId = r.batch!;
      const audit = dataOf(await t.gql(AuditOfBatch, { targetType: 'Unit' }, admin)).auditEntries.items.filter(
        (e) => e.importBatchId === batchId,
      );
      expect(audit).toHaveLength(3);
      expect(audit.every((e) => e.operation === 'importUnits' && e.action === 'CREATE')).toBe(true);
      const chain = dataOf(
        await t.gql<{ verifyAuditChain: { valid: boolean } }>(`query { verifyAuditChain { valid } }`, {}, admin),
      );
      expect(chain.verifyAuditChain.valid).toBe(true);

      const again = await sendImport(t, admin, 'units', bytes);
      expect(again.body).toEqual({ created: 0, updated: 0, unchanged: 3, problems: [] });

      const batches = dataOf(await t.gql(BatchesQuery, { page: 1 }, admin)).importBatches;
      expect(batches.items[0]).toMatchObject({ kind: 'UNITS', username: 'admin', created: 0, unchanged: 3 });
      expect(batches.items[1]).toMatchObject({ id: batchId, created: 3, fileName: 'units.xlsx' });
      expect(batches.items[1].sha256).toMatch(/^[0-9a-f]{64}$/);
      const one = dataOf(await t.gql(BatchQuery, { id: batchId }, admin)).importBatch;
      expect(one.report).toEqual({ created: 3, updated: 0, unchanged: 0, problems: [] });
      // The branch staff see no batch of the district, and its id is NOT_FOUND like a missing one.
      expect(dataOf(await t.gql(BatchesQuery, { page: 1 }, branch)).importBatches.total).toBe(0);
      const hidden = await t.gql(BatchQuery, { id: batchId }, branch);
      const missing = await t.gql(BatchQuery, { id: '999999' }, branch);
      expect(hidden.errors?.[0].extensions).toEqual(missing.errors?.[0].extensions);
      expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('updates what changed and counts the rest unchanged', async () => {
      const r = await sendImport(
        t,
        admin,
        'units',
        await xlsx('单位', UNIT_HEADINGS, [
          ['IMP-T1', '导入镇（更名）', '乡镇级单元', districtCode, '镇', null, null, 90],
          ['IMP-T1-B1', '导入一村党支部', '村/社区党组织', 'IMP-T1', null, '党支部', '农村', 1],
        ]),
      );
      expect(r.body).toEqual({ created: 0, updated: 1, unchanged: 1, problems: [] });
      expect(
        (await sql<{ name: string; version: number }>(`select name, version from unit where code = 'IMP-T1'`))[0],
      ).toEqual({
        name: '导入镇（更名）',
        version: 2,
      });
    });

    it("reports every problem at its row and column with the services' rules, and a commit with problems writes nothing", async () => {
      const bytes = await xlsx('单位', UNIT_HEADINGS, [
        ['IMP-OK', '好的村', '村/社区党组织', 'IMP-T1', null, '党支部', '农村', null], // 2: fine
        ['IMP-X1', '无上级', '村/社区党组织', 'NO-SUCH', null, '党支部', '农村', null], // 3: unknown parent
        ['IMP-OK', '重复', '村/社区党组织', 'IMP-T1', null, '党支部', '农村', null], // 4: same code as row 2
        ['IMP-X2', '缺类别', '村/社区党组织', 'IMP-T1', null, '党支部', null, null], // 5: category required
        ['IMP-X3', '错层级', '乡镇级单元', 'IMP-T1', '镇', null, null, null], // 6: township under township
        ['IMP-X4', '坏层级', '省', districtCode, null, null, null, null], // 7: not an option
        ['IMP-T1', '导入镇', '村/社区党组织', districtCode, null, '党支部', '农村', null], // 8: level change
        ['IMP-T1-B1', '移动', '村/社区党组织', ytgCode, null, '党支部', '农村', null], // 9: a move
        ['IMP-X5', '', '村/社区党组织', 'IMP-T1', null, '党支部', '农村', 'x'], // 10: name empty (first problem of the row)
      ]);
      const dry = await sendImport(t, admin, 'units', bytes, { dryRun: true });
      expect(dry.status).toBe(200);
      const at = (row: number) => dry.body.problems.filter((p) => p.row === row).map((p) => [p.column, p.reason]);
      expect(at(2)).toEqual([]);
      expect(at(3)).toEqual([['D', 'IMPORT.UNIT_NOT_FOUND']]);
      expect(at(4)).toEqual([['', 'IMPORT.DUPLICATE_ROW']]);
      expect(at(5)).toEqual([['G', 'UNIT.CATEGORY_REQUIRED']]);
      expect(at(6)).toEqual([['D', 'UNIT.WRONG_PARENT_LEVEL']]);
      expect(at(7)).toEqual([['C', 'IMPORT.NOT_AN_OPTION']]);
      expect(at(8)).toEqual([['C', 'UNIT.LEVEL_IMMUTABLE']]);
      expect(at(9)).toEqual([['D', 'IMPORT.PARENT_CHANGE']]);
      expect(at(10)).toEqual([['B', 'IMPORT.REQUIRED']]);
      expect(dry.body.problems.every((p) => p.sheet === '单位' && /[\u4e00-\u9fff]/.test(p.message))).toBe(true);
      expect(dry.body.created).toBe(1);

      const before = await sql<{ n: number }>(`select count(*)::int as n from unit`);
      const audit = await sql<{ n: number }>(`select count(*)::int as n from audit_entry`);
      const r = await sendImport(t, admin, 'units', bytes);
      expect(r.status).toBe(422);
      expect(r.body).toEqual(dry.body);
      expect(await sql(`select count(*)::int as n from unit`)).toEqual(before);
      expect(await sql(`select count(*)::int as n from audit_entry`)).toEqual(audit);
    });

    it('township staff import branches of their township only; rows elsewhere are row problems; other roles FORBIDDEN', async () => {
      const bytes = await xlsx('单位', UNIT_HEADINGS, [
        ['IMP-Y1', '樱桃沟导入村', '村/社区党组织', ytgCode, null, '党支部', '农村', null],
        ['IMP-Y2', '别处的村', '村/社区党组织', otherTownshipCode, null, '党支部', '农村', null],
        ['IMP-Y3', '新乡镇', '乡镇级单元', districtCode, '乡', null, null, null],
      ]);
      const dry = await sendImport(t, township, 'units', bytes, { dryRun: true });
      expect(dry.body.problems.map((p) => [p.row, p.reason])).toEqual([
        [3, 'IMPORT.UNIT_NOT_FOUND'],
        [4, 'IMPORT.UNIT_NOT_FOUND'],
      ]);
      const ok = await sendImport(
        t,
        township,
        'units',
        await xlsx('单位', UNIT_HEADINGS, [
          ['IMP-Y1', '樱桃沟导入村', '村/社区党组织', ytgCode, null, '党支部', '农村', null],
        ]),
      );
      expect(ok.body).toMatchObject({ created: 1, problems: [] });
      // Their township itself is not theirs to change.
      const own = await sendImport(
        t,
        township,
        'units',
        await xlsx('单位', UNIT_HEADINGS, [[ytgCode, '改名', '乡镇级单元', districtCode, '管委会', null, null, null]]),
        { dryRun: true },
      );
      expect(own.body.problems.map((p) => p.reason)).toEqual(['IMPORT.OUT_OF_SCOPE']);
      for (const token of [leader, branch]) {
        const r = await sendImport(t, token, 'units', bytes, { dryRun: true });
        expect(r.status).toBe(403);
        expect(r.body.errors?.[0].extensions.reason).toBe('IMPORT.FORBIDDEN');
      }
    });

    it('reads CSV in GBK and in UTF-8 with a BOM', async () => {
      const rows = [UNIT_HEADINGS.join(','), `IMP-G1,国标码村,村/社区党组织,${ytgCode},,党支部,农村,`];
      const gbk = iconv.encode(rows.join('\r\n'), 'gbk');
      const r = await sendImport(t, admin, 'units', gbk, { dryRun: true, name: 'units.csv' });
      expect(r.body).toEqual({ created: 1, updated: 0, unchanged: 0, problems: [] });
      const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rows.join('\n'), 'utf8')]);
      expect((await sendImport(t, admin, 'units', bom, { dryRun: true, name: 'units.csv' })).body.created).toBe(1);
    });
  });

  describe('people and positions', () => {
    let branchCode: string;
    beforeAll(async () => {
      branchCode = 'IMP-T1-B1';
    });

    it('creates people keyed by unit and phone, checks the phone format, and is idempotent', async () => {
      const bytes = await xlsx('人员', PEOPLE_HEADINGS, [
        [branchCode, '王导入', '138 0013 8000', null, '村党支部书记'],
        [branchCode, '李导入', '13800138001', 'P-2', null],
        [branchCode, '赵导入', '12345', null, null],
        [branchCode, '钱导入', null, null, null],
        [branchCode, '孙导入', '+86 13800138000', null, null],
      ]);
      const dry = await sendImport(t, admin, 'people', bytes, { dryRun: true });
      expect(dry.body.problems.map((p) => [p.row, p.column, p.reason])).toEqual([
        [4, 'C', 'INPUT.INVALID_PHONE'],
        [5, 'C', 'IMPORT.PERSON_KEY_REQUIRED'],
        [6, '', 'IMPORT.DUPLICATE_ROW'],
      ]);
      const good = await xlsx('人员', PEOPLE_HEADINGS, [
        [branchCode, '王导入', '138 0013 8000', null, '村党支部书记'],
        [branchCode, '李导入', '13800138001', 'P-2', null],
      ]);
      expect((await sendImport(t, admin, 'people', good)).body).toEqual({
        created: 2,
        updated: 0,
        unchanged: 0,
        problems: [],
      });
      expect((await sendImport(t, admin, 'people', good)).body).toEqual({
        created: 0,
        updated: 0,
        unchanged: 2,
        problems: [],
      });
      expect(await sql(`select name, phone, code from person where name like '%导入' order by phone`)).toEqual([
        { name: '王导入', phone: '13800138000', code: null },
        { name: '李导入', phone: '13800138001', code: 'P-2' },
      ]);
      const listed = dataOf(
        await t.gql<{ people: { items: { name: string; phone: string | null }[] } }>(
          `query { people(filter: { search: "导入" }) { items { name phone } } }`,
          {},
          admin,
        ),
      );
      expect(listed.people.items).toHaveLength(2);
    });

    it('creates positions by person, unit, role and start date; overlapping single-holder terms and bad periods are problems', async () => {
      const bytes = await xlsx('任职', POSITION_HEADINGS, [
        [branchCode, '13800138000', '支部书记', branchCode, new Date(Date.UTC(2024, 0, 1)), null],
        [branchCode, '13800138001', '支委委员', branchCode, '2024-01-01', '2026-12-31'],
        [branchCode, '13800138001', '支部书记', branchCode, '2025-06-01', null], // overlaps row 2
        [branchCode, '13800138001', '支委委员', branchCode, '2027-01-01', '2026-01-01'], // ends before it starts
        [branchCode, '13800138001', '乡镇（街道）党（工）委书记', branchCode, '2024-01-01', null], // wrong level
        [branchCode, '13900000000', '支委委员', branchCode, '2024-01-01', null], // no such person
        [branchCode, '13800138001', '支委委员', branchCode, '2024-02-30', null], // no such date
      ]);
      const dry = await sendImport(t, admin, 'positions', bytes, { dryRun: true });
      // Both terms of the clash are shown.
      expect(dry.body.problems.map((p) => [p.row, p.column, p.reason])).toEqual([
        [2, 'E', 'IMPORT.OVERLAP'],
        [4, 'E', 'IMPORT.OVERLAP'],
        [5, 'F', 'INPUT.END_BEFORE_START'],
        [6, 'D', 'POSITION.WRONG_UNIT_LEVEL'],
        [7, 'B', 'IMPORT.PERSON_NOT_FOUND'],
        [8, 'E', 'IMPORT.NOT_A_DATE'],
      ]);
      expect(dry.body.problems[1].message).toContain('王导入');
      const good = await xlsx('任职', POSITION_HEADINGS, [
        [branchCode, '13800138000', '支部书记', branchCode, new Date(Date.UTC(2024, 0, 1)), '2025-05-31'],
        [branchCode, '13800138001', '支委委员', branchCode, '2024-01-01', null],
        [branchCode, '13800138001', '支部书记', branchCode, '2025-06-01', null],
      ]);
      expect((await sendImport(t, admin, 'positions', good)).body).toEqual({
        created: 3,
        updated: 0,
        unchanged: 0,
        problems: [],
      });
      expect((await sendImport(t, admin, 'positions', good)).body).toEqual({
        created: 0,
        updated: 0,
        unchanged: 3,
        problems: [],
      });
      // Against the database: a new term overlapping the stored one.
      const clash = await sendImport(
        t,
        admin,
        'positions',
        await xlsx('任职', POSITION_HEADINGS, [
          [branchCode, '13800138000', '支部书记', branchCode, '2026-01-01', null],
        ]),
        { dryRun: true },
      );
      expect(clash.body.problems.map((p) => p.reason)).toEqual(['IMPORT.OVERLAP']);
      const [unit] = await sql<{ id: number }>(`select id from unit where code = ?`, [branchCode]);
      const chain = dataOf(
        await t.gql<{ positions: { items: { role: string; startDate: string; endDate: string | null }[] } }>(
          `query($unitId: ID) { positions(filter: { unitId: $unitId, role: BRANCH_SECRETARY }) { items { role startDate endDate } } }`,
          { unitId: String(unit.id) },
          admin,
        ),
      );
      expect(chain.positions.items).toEqual([
        { role: 'BRANCH_SECRETARY', startDate: '2024-01-01', endDate: '2025-05-31' },
        { role: 'BRANCH_SECRETARY', startDate: '2025-06-01', endDate: null },
      ]);
    });

    it('township staff may appoint branch roles in their branches, not township secretaries', async () => {
      const people = await xlsx('人员', PEOPLE_HEADINGS, [[ytgBranchCode, '周导入', '13700000001', null, null]]);
      expect((await sendImport(t, township, 'people', people)).body).toMatchObject({ created: 1, problems: [] });
      const r = await sendImport(
        t,
        township,
        'positions',
        await xlsx('任职', POSITION_HEADINGS, [
          [ytgBranchCode, '13700000001', '支委委员', ytgBranchCode, '2024-03-01', null],
          [ytgBranchCode, '13700000001', '乡镇（街道）党（工）委书记', ytgCode, '2030-03-01', null],
          [branchCode, '13800138000', '支委委员', branchCode, '2024-03-01', null],
        ]),
        { dryRun: true },
      );
      expect(r.body.problems.map((p) => [p.row, p.reason])).toEqual([
        [3, 'IMPORT.OUT_OF_SCOPE'],
        [4, 'IMPORT.PERSON_NOT_FOUND'],
      ]);
      expect(r.body.created).toBe(1);
    });
  });

  describe('exports', () => {
    it.each(['units', 'people', 'positions'])(
      '%s of the demo district round-trip: importing the export changes nothing',
      async (kind) => {
        for (const token of [admin, township]) {
          const r = await download(t, token, `/exports/${kind}.xlsx`);
          expect(r.status).toBe(200);
          const wb = await readBook(r.bytes);
          expect(wb.worksheets[0].rowCount).toBeGreaterThan(1);
          const back = await sendImport(t, token, kind, r.bytes, { dryRun: true });
          expect(back.body).toMatchObject({ created: 0, updated: 0, problems: [] });
          expect(back.body.unchanged).toBe(wb.worksheets[0].actualRowCount - 1);
        }
      },
    );

    it('exports a subtree by withinId; outside the scope it is NOT_FOUND like a missing id', async () => {
      const [ytg] = await sql<{ id: number }>(`select id from unit where code = ?`, [ytgCode]);
      const [other] = await sql<{ id: number }>(`select id from unit where code = ?`, [otherTownshipCode]);
      const r = await download(t, admin, `/exports/units.xlsx?withinId=${ytg.id}`);
      const codes = (await readBook(r.bytes)).worksheets[0].getColumn(2).values.slice(2);
      expect(codes.length).toBeGreaterThan(1);
      expect(codes).toContain(ytgBranchCode);
      expect(codes).not.toContain(otherTownshipCode);
      const outside = await download(t, township, `/exports/units.xlsx?withinId=${other.id}`);
      const missing = await download(t, township, `/exports/units.xlsx?withinId=99999999`);
      expect(outside.status).toBe(404);
      expect(JSON.parse(outside.bytes.toString())).toEqual(JSON.parse(missing.bytes.toString()));
    });

    it('escapes text that a spreadsheet would run as a formula, and the escaped export still round-trips', async () => {
      await sendImport(
        t,
        admin,
        'units',
        await xlsx('单位', UNIT_HEADINGS, [
          ['IMP-F1', '=HYPERLINK("http://evil","点我")', '村/社区党组织', 'IMP-T1', null, '党支部', '农村', null],
        ]),
      );
      const [f1] = await sql<{ name: string; id: number }>(`select name, id from unit where code = 'IMP-F1'`);
      expect(f1.name).toBe('=HYPERLINK("http://evil","点我")');
      const [t1] = await sql<{ id: number }>(`select id from unit where code = 'IMP-T1'`);
      const r = await download(t, admin, `/exports/units.xlsx?withinId=${t1.id}`);
      const ws = (await readBook(r.bytes)).worksheets[0];
      const row = ws.getColumn(2).values.indexOf('IMP-F1');
      const cell = ws.getRow(row).getCell(3);
      expect(cell.value).toBe(`'=HYPERLINK("http://evil","点我")`);
      expect(cell.formula).toBeUndefined();
      const back: Report = (await sendImport(t, admin, 'units', r.bytes, { dryRun: true })).body;
      expect(back).toMatchObject({ created: 0, updated: 0, problems: [] });
    });
  });
});
