/** Building spreadsheets for the import tests, and sending them. */
import ExcelJS from 'exceljs';
import type { TestApp } from './app';

export type Cell = string | number | Date | null | { formula: string; result?: string | number };

export interface Report {
  created: number;
  updated: number;
  unchanged: number;
  problems: { sheet: string; row: number; column: string; reason: string; message: string }[];
}

/** An .xlsx with one sheet: the headings, then the rows. */
export async function xlsx(
  sheet: string,
  headings: string[],
  rows: Cell[][],
  edit?: (ws: ExcelJS.Worksheet) => void,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.addRow(headings);
  for (const r of rows) ws.addRow(r);
  edit?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function sendImport(
  t: TestApp,
  token: string | null,
  kind: string,
  bytes: Buffer,
  opts: { dryRun?: boolean; name?: string } = {},
): Promise<{
  status: number;
  body: Report & { errors?: { message: string; extensions: { code: string; reason: string } }[] };
  batch: string | null;
}> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), opts.name ?? `${kind}.xlsx`);
  const res = await fetch(`${t.url}/imports/${kind}${opts.dryRun ? '?dryRun=1' : ''}`, {
    method: 'POST',
    body: form,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: res.status, body: (await res.json()) as never, batch: res.headers.get('x-import-batch') };
}

export async function download(
  t: TestApp,
  token: string,
  path: string,
): Promise<{ status: number; bytes: Buffer; type: string | null }> {
  const res = await fetch(`${t.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()), type: res.headers.get('content-type') };
}

export async function readBook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  return wb;
}

export const UNIT_HEADINGS = [
  '单位编码',
  '单位名称',
  '层级',
  '上级单位编码',
  '乡镇级类别',
  '党组织类别',
  '支部类别',
  '排序',
];
export const PEOPLE_HEADINGS = ['所属单位编码', '姓名', '手机号', '人员编号', '职务说明'];
export const POSITION_HEADINGS = ['人员所属单位编码', '人员手机号', '职务', '任职单位编码', '开始日期', '结束日期'];
