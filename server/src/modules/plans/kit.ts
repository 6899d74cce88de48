/**
 * 一图一表一清单: the printable kit of a branch, generated from the data — a page with print CSS,
 * a PDF (Chinese in an embedded, subset Noto Sans SC) and the schedule table as .xlsx.
 * GET /kit/branches/:id[.pdf|.xlsx]?year=YYYY with the bearer token; NOT_FOUND outside the scope.
 */
import ExcelJS from 'exceljs';
import express from 'express';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { InputReasons } from '../../common/common.errors';
import { fail } from '../../common/reasons';
import { parseId } from '../../common/ids';
import { signedInRoute, type EdgeOptions } from '../../http/edge';
import { INTENT_ZH, STATUS_ZH, type KitData } from './profile.service';

export const KIT_FONT = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
export const KIT_FONT_BOLD = require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf');

const esc = (s: unknown) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
const STAR = '★';
const NO_STAR = '☆';

function goal(k: KitData): string {
  return k.plan ? (k.plan.note ?? k.plan.title) : '（本年度尚无创星计划 no plan for the year）';
}

/** The residents' public form of the branch (清风邮局): its address and QR code, printed with the kit. */
export interface KitForm {
  url: string;
  svg: string;
}

export async function kitForm(origin: string, branchId: number): Promise<KitForm> {
  const url = `${origin}/r/${branchId}`;
  return { url, svg: await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', width: 160 }) };
}

export function kitHtml(k: KitData, form?: KitForm): string {
  const rows = k.items
    .map(
      (i, n) =>
        `<tr class="${i.overdue ? 'overdue' : ''}"><td>${n + 1}</td><td>${esc(i.title)}</td><td>${esc(i.deadline)}</td><td>${esc(STATUS_ZH[i.status])}${i.overdue ? '（逾期）' : ''}</td><td>${i.progress}%</td><td>${i.milestoneList.map((m) => `${esc(m.dueDate)} ${esc(m.title)}${m.doneOn ? ' ✓' : ''}`).join('<br>')}</td></tr>`,
    )
    .join('');
  const tasks = k.tasks.map((t) => `<li><b>${esc(t.starName)}</b> ${esc(t.code)} ${esc(t.title)}</li>`).join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(k.branch.name)} 一图一表一清单 ${k.year}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:"Noto Sans SC","WenQuanYi Zen Hei","Microsoft YaHei",sans-serif;margin:24px;color:#222}
h1{color:#b71c1c;margin:0 0 4px}h2{border-left:6px solid #b71c1c;padding-left:8px;margin-top:28px}
.stars{font-size:28px;color:#d32f2f;letter-spacing:4px}.star{display:inline-block;margin:6px 12px 6px 0;padding:8px 12px;border:1px solid #e0b4b4;border-radius:6px}
.held{background:#fff3e0}.board span{display:inline-block;margin-right:16px;font-size:18px}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border:1px solid #999;padding:4px 6px;vertical-align:top}th{background:#f5f5f5}
tr.overdue td{background:#ffebee}
@page{size:A4;margin:15mm}
@media print{body{margin:0}.page{page-break-after:always}.page:last-child{page-break-after:auto}.noprint{display:none}}
</style></head><body>
<section class="page" id="poster"><h1>${esc(k.branch.name)} · 创星作战图</h1>
<div>${esc(k.township?.name ?? '')} · ${k.year} 年 · 截至 ${esc(k.today)}</div>
<p class="stars">${STAR.repeat(k.starLevel)}${NO_STAR.repeat(Math.max(0, 5 - k.starLevel))} <small>${k.starLevel} 星</small></p>
<p><b>创星目标：</b>${esc(goal(k))}</p>
<div>${k.stars.map((s) => `<div class="star ${s.held ? 'held' : ''}"><b>${esc(s.name)}</b><br>${s.held ? `已获 ${esc(s.since)}` : '未获'}${s.intent ? ` · ${INTENT_ZH[s.intent]}` : ''}${s.owner ? `<br>包星：${esc(s.owner)}` : ''}</div>`).join('')}</div>
<h2>挂图作战 Battle map</h2><div class="board"><span>任务 ${k.counts.total}</span><span>未开始 ${k.counts.notStarted}</span><span>进行中 ${k.counts.inProgress}</span><span>已完成 ${k.counts.done}</span><span>逾期 ${k.counts.overdue}</span><span>完成度 ${k.counts.completion}%</span></div>
</section>
<section class="page" id="schedule"><h2>创星进度表（倒排工期）Schedule</h2>
<table><thead><tr><th>序号</th><th>任务</th><th>截止日期</th><th>状态</th><th>进度</th><th>节点</th></tr></thead><tbody>${rows || '<tr><td colspan="6">暂无任务</td></tr>'}</tbody></table></section>
<section class="page" id="checklist"><h2>任务清单 Tasks</h2><ul>${tasks || '<li>暂无</li>'}</ul>
<h2>工作机制 Work mechanisms</h2><ul>${k.mechanisms.map((m) => `<li><b>${esc(m.title)}</b>：${esc(m.detail)}</li>`).join('')}</ul>
<h2>评定办法 Rating method</h2><ol>${k.ratingMethod.map((r) => `<li>${esc(r)}</li>`).join('')}</ol>
${form ? `<h2>清风邮局 · 扫码反映诉求 Residents' form</h2><div id="resident-form-qr" style="display:flex;gap:16px;align-items:center">${form.svg}<div>居民扫码或访问 <b>${esc(form.url)}</b> 提交诉求、凭查询码查看进度和评价。</div></div>` : ''}</section>
</body></html>`;
}

export function kitPdf(k: KitData, form?: KitForm): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 40,
      info: { Title: `${k.branch.name} 一图一表一清单 ${k.year}`, Author: '五星支部创建监督平台' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('cjk', KIT_FONT);
    doc.registerFont('cjk-bold', KIT_FONT_BOLD);
    const red = '#b71c1c';
    const h2 = (t: string) => {
      doc.moveDown(0.8).font('cjk-bold').fontSize(14).fillColor(red).text(t).fillColor('#222').font('cjk').fontSize(10);
    };
    // 图: the poster
    doc.font('cjk-bold').fontSize(22).fillColor(red).text(`${k.branch.name} · 创星作战图`);
    doc
      .font('cjk')
      .fontSize(11)
      .fillColor('#222')
      .text(`${k.township?.name ?? ''} · ${k.year} 年 · 截至 ${k.today}`);
    doc.moveDown(0.5).font('cjk-bold').fontSize(16).fillColor('#d32f2f').text(`星级：${k.starLevel} 星`);
    doc
      .font('cjk')
      .fontSize(11)
      .fillColor('#222')
      .text(`创星目标：${goal(k)}`);
    for (const s of k.stars) {
      doc.text(
        `${s.held ? '■' : '□'} ${s.name}  ${s.held ? `已获（${s.since}）` : '未获'}${s.intent ? ` · ${INTENT_ZH[s.intent]}` : ''}${s.owner ? ` · 包星：${s.owner}` : ''}`,
      );
    }
    h2('挂图作战');
    doc.text(
      `任务 ${k.counts.total}  未开始 ${k.counts.notStarted}  进行中 ${k.counts.inProgress}  已完成 ${k.counts.done}  逾期 ${k.counts.overdue}  完成度 ${k.counts.completion}%`,
    );
    // 表: the schedule
    doc.addPage();
    h2('创星进度表（倒排工期）');
    const cols = [30, 200, 70, 70, 45, 100];
    const header = ['序号', '任务', '截止日期', '状态', '进度', '下一节点'];
    const row = (cells: string[], bold = false) => {
      const y = doc.y;
      let x = doc.page.margins.left;
      let h = 0;
      doc.font(bold ? 'cjk-bold' : 'cjk').fontSize(9);
      cells.forEach((c, i) => {
        h = Math.max(h, doc.heightOfString(c, { width: cols[i] - 6 }));
      });
      if (y + h + 8 > doc.page.height - doc.page.margins.bottom) doc.addPage();
      const top = doc.y;
      cells.forEach((c, i) => {
        doc.rect(x, top, cols[i], h + 6).stroke('#999');
        doc.fillColor('#222').text(c, x + 3, top + 3, { width: cols[i] - 6 });
        x += cols[i];
      });
      doc.x = doc.page.margins.left;
      doc.y = top + h + 6;
    };
    row(header, true);
    k.items.forEach((i, n) => {
      const next = i.milestoneList.find((m) => !m.doneOn);
      row([
        String(n + 1),
        i.title,
        i.deadline,
        `${STATUS_ZH[i.status]}${i.overdue ? '（逾期）' : ''}`,
        `${i.progress}%`,
        next ? `${next.dueDate} ${next.title}` : '—',
      ]);
    });
    if (!k.items.length) doc.text('暂无任务');
    // 清单: the checklist
    doc.addPage();
    h2('任务清单');
    for (const t of k.tasks) doc.text(`· 【${t.starName}】${t.code} ${t.title}`);
    if (!k.tasks.length) doc.text('暂无');
    h2('工作机制');
    for (const m of k.mechanisms) doc.text(`· ${m.title}：${m.detail}`);
    h2('评定办法');
    k.ratingMethod.forEach((r, n) => doc.text(`${n + 1}. ${r}`));
    if (form) {
      h2('清风邮局 · 扫码反映诉求');
      // The QR code drawn module by module: vector, sharp at any print size.
      const qr = QRCode.create(form.url, { errorCorrectionLevel: 'M' }).modules;
      const cell = 3;
      if (doc.y + qr.size * cell + 20 > doc.page.height - doc.page.margins.bottom) doc.addPage();
      const x0 = doc.page.margins.left;
      const y0 = doc.y;
      for (let r = 0; r < qr.size; r++)
        for (let c = 0; c < qr.size; c++)
          if (qr.get(r, c)) doc.rect(x0 + c * cell, y0 + r * cell, cell, cell).fill('#000');
      doc
        .fillColor('#222')
        .text(`居民扫码或访问 ${form.url} 提交诉求、凭查询码查看进度和评价。`, x0 + qr.size * cell + 12, y0, {
          width: 300,
        });
    }
    doc.end();
  });
}

export async function kitXlsx(k: KitData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '五星支部创建监督平台';
  const ws = wb.addWorksheet('创星进度表');
  ws.columns = [
    { header: '序号 No.', key: 'n', width: 8 },
    { header: '任务 Task', key: 'title', width: 40 },
    { header: '截止日期 Deadline', key: 'deadline', width: 14 },
    { header: '状态 Status', key: 'status', width: 12 },
    { header: '进度 Progress', key: 'progress', width: 10 },
    { header: '逾期 Overdue', key: 'overdue', width: 10 },
    { header: '节点 Milestones', key: 'milestones', width: 60 },
  ];
  k.items.forEach((i, n) =>
    ws.addRow({
      n: n + 1,
      title: i.title,
      deadline: i.deadline,
      status: STATUS_ZH[i.status],
      progress: i.progress / 100,
      overdue: i.overdue ? '是' : '否',
      milestones: i.milestoneList.map((m) => `${m.dueDate} ${m.title}${m.doneOn ? ' ✓' : ''}`).join('；'),
    }),
  );
  ws.getColumn('progress').numFmt = '0%';
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function kitRouter(opts: EdgeOptions): express.Router {
  const router = express.Router();
  const handle = (kind: 'html' | 'pdf' | 'xlsx') =>
    signedInRoute(opts, async (req, res, ctx, principal) => {
      const id = parseId(String(req.params.id));
      const rawYear = req.query.year;
      let year: number | null = null;
      if (rawYear !== undefined) {
        if (typeof rawYear !== 'string' || !/^\d{4}$/.test(rawYear))
          throw fail(InputReasons.YEAR_RANGE, { field: 'year' });
        year = Number(rawYear);
      }
      const k = await ctx.services.profiles.kit(principal, id, year);
      const form = await kitForm(`${req.protocol}://${req.get('host')}`, id);
      const base = encodeURIComponent(`${k.branch.name}-一图一表一清单-${k.year}`);
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      if (kind === 'html') {
        res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        res.type('text/html; charset=utf-8').send(kitHtml(k, form));
      } else if (kind === 'pdf') {
        const buf = await kitPdf(k, form);
        res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${base}.pdf`);
        res.type('application/pdf').send(buf);
      } else {
        const buf = await kitXlsx(k);
        res.setHeader(
          'Content-Disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(`${k.branch.name}-创星进度表-${k.year}`)}.xlsx`,
        );
        res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(buf);
      }
    });
  router.get('/branches/:id.pdf', handle('pdf'));
  router.get('/branches/:id.xlsx', handle('xlsx'));
  router.get('/branches/:id', handle('html'));
  return router;
}
