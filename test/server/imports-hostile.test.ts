/**
 * Hostile files sent to POST /imports/{kind}: each gets a coded error or row problems, nothing is
 * written, and the server keeps answering. Limits are lowered for the test app (rows, inflated bytes).
 */
import JSZip from 'jszip';
import iconv from 'iconv-lite';
import { startTestApp, type TestApp } from '../helpers/app';
import { sendImport, xlsx, UNIT_HEADINGS } from '../helpers/imports';

describe('hostile import files', () => {
  let t: TestApp;
  let admin: string;
  let townshipCode: string;
  const sql = <T>(q: string, params: unknown[] = []) => t.orm.em.fork().getConnection().execute<T[]>(q, params);
  let counts: unknown;
  const written = () =>
    sql(`select (select count(*) from unit)::int as units, (select count(*) from audit_entry)::int as audit,
                (select count(*) from import_batch)::int as batches`);

  beforeAll(async () => {
    t = await startTestApp({ env: { IMPORT_MAX_ROWS: '50', IMPORT_MAX_UNZIPPED_MB: '5', IMPORT_MAX_MB: '20' } });
    admin = await t.login('admin');
    townshipCode = (await sql<{ code: string }>(`select code from unit where name = '侯寨乡'`))[0].code;
    counts = await written();
  });
  afterEach(async () => {
    // Nothing written, and the server alive.
    expect(await written()).toEqual(counts);
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });
  afterAll(() => t.close());

  const branch = (code: string): (string | number | null)[] => [
    code,
    `村${code}`,
    '村/社区党组织',
    townshipCode,
    null,
    '党支部',
    '农村',
    null,
  ];

  async function refused(bytes: Buffer, name: string, status: number, reason: string) {
    const r = await sendImport(t, admin, 'units', bytes, { name });
    expect([r.status, r.body.errors?.[0].extensions.reason]).toEqual([status, reason]);
  }

  it('refuses what is not a spreadsheet, whatever its name', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    await refused(png, 'units.csv', 415, 'IMPORT.NOT_A_SPREADSHEET');
    await refused(Buffer.from('just some words, not a workbook'), 'units.xlsx', 415, 'IMPORT.NOT_A_SPREADSHEET');
    const zip = new JSZip();
    zip.file('readme.txt', 'a zip, but no workbook');
    await refused(await zip.generateAsync({ type: 'nodebuffer' }), 'units.xlsx', 415, 'IMPORT.NOT_A_SPREADSHEET');
    await refused(Buffer.alloc(0), 'units.xlsx', 400, 'IMPORT.EMPTY_FILE');
  });

  it('refuses an executable renamed .xlsx', async () => {
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(400, 0x90)]);
    await refused(exe, '单位.xlsx', 415, 'IMPORT.NOT_A_SPREADSHEET');
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(400)]);
    await refused(elf, 'units.csv', 415, 'IMPORT.NOT_A_SPREADSHEET');
  });

  it('stops a zip bomb at the inflated-bytes bound', async () => {
    const good = await JSZip.loadAsync(await xlsx('单位', UNIT_HEADINGS, [branch('BOMB-1')]));
    // 12 MB of blanks inside the sheet's data inflate from a few kilobytes; the bound is 5 MB.
    const sheet = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${' '.repeat(12e6)}</sheetData></worksheet>`;
    good.file('xl/worksheets/sheet1.xml', sheet);
    const bomb = await good.generateAsync({
      type: 'nodebuffer',
      compression: 'DEFLATE',
      compressionOptions: { level: 9 },
    });
    expect(bomb.length).toBeLessThan(1_000_000);
    await refused(bomb, 'units.xlsx', 413, 'IMPORT.UNZIPPED_TOO_LARGE');
  });

  it('refuses more rows than the limit', async () => {
    const rows = Array.from({ length: 51 }, (_, i) => branch(`MANY-${i}`));
    await refused(await xlsx('单位', UNIT_HEADINGS, rows), 'units.xlsx', 413, 'IMPORT.TOO_MANY_ROWS');
    const csv = [UNIT_HEADINGS.join(','), ...rows.map((r) => r.map((v) => v ?? '').join(','))].join('\n');
    await refused(Buffer.from(csv), 'units.csv', 413, 'IMPORT.TOO_MANY_ROWS');
  });

  it("reads a formula's cached value, refuses a formula without one, and evaluates nothing", async () => {
    const bytes = await xlsx('单位', UNIT_HEADINGS, [branch('F-1'), branch('F-2')], (ws) => {
      ws.getCell('B2').value = { formula: 'CONCAT("村","甲")', result: '村甲' } as never;
      ws.getCell('B3').value = { formula: '1+1' } as never;
    });
    const r = await sendImport(t, admin, 'units', bytes);
    expect(r.status).toBe(422);
    expect(r.body.problems.map((p) => [p.row, p.column, p.reason])).toEqual([[3, 'B', 'IMPORT.FORMULA_WITHOUT_VALUE']]);
    expect(r.body.created).toBe(1);
  });

  it('reports wrong, missing and duplicated headings; reordered headings are read by name', async () => {
    const wrong = await sendImport(
      t,
      admin,
      'units',
      await xlsx('单位', [...UNIT_HEADINGS, '密码'], [[...branch('H-1'), 'x']]),
    );
    expect(wrong.body.problems.map((p) => [p.row, p.column, p.reason])).toEqual([[1, 'I', 'IMPORT.HEADING_UNKNOWN']]);
    const missing = await sendImport(
      t,
      admin,
      'units',
      await xlsx('单位', UNIT_HEADINGS.slice(1), [branch('H-2').slice(1)]),
    );
    expect(missing.body.problems.map((p) => p.reason)).toEqual(['IMPORT.HEADING_MISSING']);
    expect(missing.body.problems[0].message).toContain('单位编码');
    const twice = await sendImport(
      t,
      admin,
      'units',
      await xlsx('单位', [...UNIT_HEADINGS, '单位名称'], [[...branch('H-3'), 'y']]),
    );
    expect(twice.body.problems.map((p) => [p.column, p.reason])).toEqual([['I', 'IMPORT.HEADING_DUPLICATE']]);
    expect(twice.status).toBe(422);
    const reordered = [...UNIT_HEADINGS].reverse();
    const ok = await sendImport(t, admin, 'units', await xlsx('单位', reordered, [[...branch('H-4')].reverse()]), {
      dryRun: true,
    });
    expect(ok.body).toEqual({ created: 1, updated: 0, unchanged: 0, problems: [] });
    await refused(await xlsx('Sheet1', ['a', 'b'], [['1', '2']]), 'units.xlsx', 400, 'IMPORT.SHEET_NOT_FOUND');
  });

  it('refuses merged cells at their place', async () => {
    const bytes = await xlsx('单位', UNIT_HEADINGS, [branch('M-1'), branch('M-2')], (ws) => ws.mergeCells('D2:D3'));
    const r = await sendImport(t, admin, 'units', bytes);
    expect(r.status).toBe(422);
    // The merge is refused where it starts; the row it emptied is short of its parent.
    expect(r.body.problems.map((p) => [p.row, p.column, p.reason])).toEqual([
      [2, 'D', 'IMPORT.MERGED_CELLS'],
      [3, 'D', 'IMPORT.REQUIRED'],
    ]);
  });

  it('tells the lines of a CSV that mix GBK into UTF-8', async () => {
    const bytes = Buffer.concat([
      Buffer.from(
        `${UNIT_HEADINGS.join(',')}\n${branch('E-1')
          .map((v) => v ?? '')
          .join(',')}\n`,
        'utf8',
      ),
      iconv.encode(
        `${branch('E-2')
          .map((v) => v ?? '')
          .join(',')}\n`,
        'gbk',
      ),
      Buffer.from(
        `${branch('E-3')
          .map((v) => v ?? '')
          .join(',')}\n`,
        'utf8',
      ),
    ]);
    const r = await sendImport(t, admin, 'units', bytes, { name: 'units.csv' });
    expect(r.status).toBe(422);
    expect(r.body.problems.map((p) => [p.row, p.reason])).toEqual([[3, 'IMPORT.MIXED_ENCODING']]);
    expect(r.body.created).toBe(2);
  });

  it('answers a 30 MB file with 413, like the files route', async () => {
    await refused(Buffer.alloc(30 * 1024 * 1024, 0x41), 'units.csv', 413, 'IMPORT.TOO_LARGE');
  });
});
