/** The printable kit (一图一表一清单) and the branch profile (四个一口清). */
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { dataOf, errorOf, startTestApp, type TestApp } from '../helpers/app';
import { graphql } from '../gql';

/** Text of a PDF made by pdfkit: inflate the streams, read the ToUnicode maps, decode the TJ/Tj strings with each. */
function pdfTexts(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const streams: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    const bytes = Buffer.from(m[1], 'latin1');
    try {
      streams.push(zlib.inflateSync(bytes).toString('latin1'));
    } catch {
      streams.push(m[1]);
    }
  }
  const maps = streams
    .filter((s) => s.includes('begincmap'))
    .map((s) => {
      const map = new Map<number, string>();
      const hex = (h: string) => String.fromCodePoint(...(h.match(/.{4}/g) ?? []).map((x) => parseInt(x, 16)));
      for (const block of s.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
        for (const r of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
          const a = parseInt(r[1], 16);
          const b = parseInt(r[2], 16);
          if (r[3].startsWith('['))
            [...r[3].matchAll(/<([0-9a-fA-F]+)>/g)].forEach((x, i) => map.set(a + i, hex(x[1])));
          else for (let g = a; g <= b; g++) map.set(g, String.fromCodePoint(parseInt(r[3].slice(1, -1), 16) + g - a));
        }
      }
      for (const block of s.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
        for (const r of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
          map.set(parseInt(r[1], 16), hex(r[2]));
      return map;
    });
  const pieces: string[] = [];
  for (const s of streams.filter((x) => /T[jJ]/.test(x))) {
    for (const arr of s.matchAll(/\[((?:<[0-9a-fA-F]*>|[-\d.\s])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      const hexes = arr[1] !== undefined ? [...arr[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((x) => x[1]).join('') : arr[2];
      pieces.push(hexes);
    }
  }
  return maps.map((map) =>
    pieces.map((h) => (h.match(/.{4}/g) ?? []).map((g) => map.get(parseInt(g, 16)) ?? '\u0000').join('')).join('\n'),
  );
}

describe('printable kit and branch profile', () => {
  let t: TestApp;
  const tok: Record<string, string> = {};
  let branch: { id: string; name: string; starLevel: number };
  let otherBranchId: string;

  const get = (path: string, token?: string) =>
    fetch(`${t.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set('2026-11-28T10:00:00+08:00');
    for (const u of ['admin', 'township', 'branch']) tok[u] = await t.login(u);
    // a branch with stars and a plan (demo data), inside the township user's township
    const r = dataOf(
      await t.gql(
        graphql(`
          query MeAndBranches {
            me {
              id
            }
            branches(perPage: 100) {
              items {
                id
                name
                starLevel
              }
            }
          }
        `),
        {},
        tok.township,
      ),
    ).branches.items;
    branch = r.find((b) => b.starLevel > 0) ?? r[0];
    const all = dataOf(
      await t.gql(
        graphql(`
          query StarsKitBranches {
            branches(perPage: 100, filter: { search: "建新南街" }) {
              items {
                id
              }
            }
          }
        `),
        {},
        tok.admin,
      ),
    ).branches.items;
    otherBranchId = all[0].id;
  });
  afterAll(() => t.close());

  it('branchProfile: tasks, baseline figures, measures and mechanisms', async () => {
    const p = dataOf(
      await t.gql(
        graphql(`
          query BranchProfileBranchYearTasks($id: ID!) {
            branchProfile(id: $id, year: 2026) {
              branch {
                name
              }
              year
              tasks {
                code
                title
                starCode
              }
              baseline {
                label
                value
              }
              measures {
                title
                deadline
                status
                overdue
              }
              mechanisms {
                title
              }
              ratingMethod
            }
          }
        `),
        { id: branch.id },
        tok.township,
      ),
    ).branchProfile;
    expect(p.branch.name).toBe(branch.name);
    expect(p.tasks.length).toBeGreaterThan(0);
    expect(p.baseline.find((f) => f.label.startsWith('星级'))!.value).toBe(`${branch.starLevel} 星`);
    expect(p.measures.length).toBe(3);
    expect(p.mechanisms.map((m) => m.title)).toContain('每日一报告 Daily report');
    expect(p.ratingMethod.join()).toContain('公示 7 天');
    expect(
      errorOf(
        await t.gql(
          graphql(`
            query BranchProfile($id: ID!) {
              branchProfile(id: $id) {
                year
              }
            }
          `),
          { id: otherBranchId },
          tok.township,
        ),
      ).extensions.code,
    ).toBe('NOT_FOUND');
  });

  it('HTML page with print CSS, for signed-in users in scope only', async () => {
    const res = await get(`/kit/branches/${branch.id}?year=2026`, tok.township);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain(branch.name);
    expect(html).toContain('@media print');
    expect(html).toContain('创星进度表');
    expect(html).toContain('评定办法');
    expect((await get(`/kit/branches/${branch.id}`)).status).toBe(401);
    const outside = await get(`/kit/branches/${otherBranchId}`, tok.township);
    const missing = await get('/kit/branches/999999', tok.township);
    expect(outside.status).toBe(404);
    expect(await outside.json()).toEqual(await missing.json());
  });

  it('PDF embeds a Chinese font (subset) and its Chinese text extracts', async () => {
    const res = await get(`/kit/branches/${branch.id}.pdf?year=2026`, tok.branch.length ? tok.township : tok.admin);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/FontFile2/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Regular/);
    expect(pdf.length).toBeLessThan(2_000_000); // subset, not the 10 MB font
    const text = pdfTexts(pdf).join('\n');
    expect(text).toContain(branch.name);
    expect(text).toContain('创星进度表');
    expect(text).toContain('评定办法');
  });

  it('.xlsx of the schedule table has a row per plan item', async () => {
    const res = await get(`/kit/branches/${branch.id}.xlsx?year=2026`, tok.admin);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.getWorksheet('创星进度表')!;
    const items = dataOf(
      await t.gql(
        graphql(`
          query StarsKitPlanItems($id: ID!) {
            planItems(filter: { unitId: $id, year: 2026 }) {
              items {
                title
                deadline
              }
            }
          }
        `),
        { id: branch.id },
        tok.admin,
      ),
    ).planItems.items;
    expect(ws.rowCount).toBe(items.length + 1);
    expect(ws.getRow(1).getCell(2).value).toBe('任务 Task');
    const titles = [];
    for (let r = 2; r <= ws.rowCount; r++) titles.push(ws.getRow(r).getCell(2).value);
    expect(titles.sort()).toEqual(items.map((i) => i.title).sort());
  });
});
