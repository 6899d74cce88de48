/**
 * The residents' public pages, one per community, no sign-in, nothing loaded from elsewhere (inline
 * CSS, no script, no font from outside): GET /r/:unitId the form, POST /r/:unitId submits it
 * (multipart with photos, or urlencoded), GET /r/track?code= the progress, POST /r/track the
 * evaluation, GET /r/:unitId/pledges the 微权说廉 pledges. GET /r/photos/:id serves a photo to the
 * staff handling its request. Errors keep their code and reason: HTML pages for the forms, the
 * GraphQL error shape for the photo route.
 */
import crypto from 'node:crypto';
import busboy from 'busboy';
import express from 'express';
import QRCode from 'qrcode';
import { fail } from '../../common/reasons';
import type { Context } from '../../graphql/context';
import { errorBodyOf, httpAnswerOf } from '../../graphql/errors';
import type { RouteDeps } from '../../graphql/module';
import { answerAfterBody } from '../../http/discard';
import { signedInRoute } from '../../http/edge';
import { sniff } from '../files/public';
import { Unit, UnitLevel } from '../org/public';
import { countSubmission } from './residents.resolver';
import { ResidentRequestReasons } from './residents.errors';
import { ResidentCategory, ResidentChannel, ResidentEvaluation, ResidentStage } from './residents.enums';
import { MAX_PHOTOS, type IntakeData } from './residents.service';
import { trackingOf } from './tracking';

const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
const BODY_MAX_BYTES = MAX_PHOTOS * PHOTO_MAX_BYTES + 64 * 1024;
const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/heic']);

export const esc = (s: unknown) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

export const CATEGORY_ZH: Record<ResidentCategory, string> = {
  CONSULTATION: '咨询（2 个工作日内答复）',
  HELP: '求助（10 个工作日）',
  SUGGESTION: '建议（10 个工作日）',
  COMPLAINT: '投诉（15 个工作日）',
};
export const STAGE_ZH: Record<ResidentStage, string> = {
  REGISTERED: '已登记',
  ACCEPTED: '已受理',
  MERGED: '已合并',
  CONSULTATION: '协商中',
  HANDLING: '办理中',
  FEEDBACK: '已反馈，待评价',
  CLOSED: '已办结',
};
const ACTION_ZH: Record<string, string> = {
  REGISTER: '工作人员登记',
  SUBMIT: '在线提交',
  ACCEPT: '民情气象站受理',
  MERGE: '与同类诉求合并办理',
  REFER: '转交相关单位',
  CONSULT: '社区半月谈协商',
  HANDLE: '交办责任单位',
  FEEDBACK: '双白小灵通反馈',
  EVALUATE: '居民评价',
  REOPEN: '不满意，重新办理',
};
const EVAL_ZH: Record<ResidentEvaluation, string> = {
  SATISFIED: '满意',
  BASICALLY_SATISFIED: '基本满意',
  UNSATISFIED: '不满意',
};

function page(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
*{box-sizing:border-box}body{font-family:"Noto Sans SC","WenQuanYi Zen Hei","PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#222;background:#fafafa;font-size:16px}
header{background:#b71c1c;color:#fff;padding:14px 16px}header h1{font-size:20px;margin:0}header p{margin:4px 0 0;font-size:13px;opacity:.9}
main{max-width:640px;margin:0 auto;padding:16px}label{display:block;margin:12px 0 4px;font-weight:600}
input,select,textarea{width:100%;font:inherit;padding:10px;border:1px solid #bbb;border-radius:6px;background:#fff}
textarea{min-height:120px}button{width:100%;margin-top:18px;padding:12px;font:inherit;font-weight:700;color:#fff;background:#b71c1c;border:0;border-radius:6px}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}.row{display:flex;gap:8px;align-items:center}.row input{width:auto}
.card{background:#fff;border:1px solid #e0e0e0;border-radius:8px;padding:12px 14px;margin:12px 0}.code{font-size:26px;letter-spacing:3px;font-weight:700;color:#b71c1c}
.err{background:#ffebee;border:1px solid #e57373}.muted{color:#666;font-size:13px}ol{padding-left:20px}li{margin:6px 0}
</style></head><body>${body}</body></html>`;
}

function header(title: string, sub: string): string {
  return `<header><h1>${esc(title)}</h1><p>${esc(sub)}</p></header>`;
}

/** An error as a page: its status, code and reason stay the API's. */
function sendHtmlError(req: express.Request, res: express.Response, e: unknown, deps: RouteDeps): void {
  const error = errorBodyOf(e, deps.log);
  const { status, headers } = httpAnswerOf(e, error);
  const html = page(
    '提交未成功',
    `${header('提交未成功', '请修改后重新提交')}<main><div class="card err" id="error" data-code="${esc(error.extensions.code)}" data-reason="${esc(error.extensions.reason ?? '')}" data-field="${esc(error.extensions.field ?? '')}"><p>${esc(error.message)}</p><p class="muted">${esc(error.extensions.reason ?? error.extensions.code)}</p></div><p><a href="javascript:history.back()">返回</a></p></main>`,
  );
  answerAfterBody(req, res, () => {
    if (res.headersSent) return;
    res.writeHead(status, { ...headers, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html);
  });
}

interface FormBody {
  fields: Record<string, string>;
  photos: { mimeType: string; data: Buffer; sha256: string }[];
}

/** Reads the form: fields, and photos checked by their content (as evidence files are). */
function readForm(req: express.Request): Promise<FormBody> {
  const type = req.headers['content-type'] ?? '';
  if (/^application\/x-www-form-urlencoded/i.test(type)) {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (c: Buffer) => {
        size += c.length;
        if (size > 64 * 1024) {
          req.removeAllListeners('data');
          reject(fail(ResidentRequestReasons.PHOTO_TOO_LARGE, { field: 'content', params: { mb: 0.06 } }));
        } else chunks.push(c);
      });
      req.on('end', () =>
        resolve({
          fields: Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))),
          photos: [],
        }),
      );
      req.on('error', reject);
    });
  }
  if (!/^multipart\/form-data/i.test(type)) return Promise.reject(fail(ResidentRequestReasons.NOT_FORM));
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { fileSize: PHOTO_MAX_BYTES, files: MAX_PHOTOS + 1, fields: 20, fieldSize: 8 * 1024, parts: 30 },
      });
    } catch {
      reject(fail(ResidentRequestReasons.NOT_FORM));
      return;
    }
    const out: FormBody = { fields: {}, photos: [] };
    let failed: unknown = null;
    const pending: Promise<void>[] = [];
    bb.on('field', (name, value) => {
      out.fields[name] = value;
    });
    bb.on('file', (name, stream) => {
      const chunks: Buffer[] = [];
      let tooLarge = false;
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('limit', () => {
        tooLarge = true;
      });
      pending.push(
        new Promise<void>((done) =>
          stream.on('end', () => {
            const data = Buffer.concat(chunks);
            if (name !== 'photos' || data.length === 0) return done();
            if (tooLarge)
              failed ??= fail(ResidentRequestReasons.PHOTO_TOO_LARGE, {
                field: 'photos',
                params: { mb: PHOTO_MAX_BYTES / 1024 / 1024 },
              });
            else if (out.photos.length >= MAX_PHOTOS)
              failed ??= fail(ResidentRequestReasons.TOO_MANY_PHOTOS, { field: 'photos', params: { max: MAX_PHOTOS } });
            else {
              const kind = sniff(data.subarray(0, 64), data.subarray(-66 * 1024), '');
              if (!kind || !IMAGE_TYPES.has(kind.mimeType))
                failed ??= fail(ResidentRequestReasons.PHOTO_NOT_IMAGE, { field: 'photos' });
              else
                out.photos.push({
                  mimeType: kind.mimeType,
                  data,
                  sha256: crypto.createHash('sha256').update(data).digest('hex'),
                });
            }
            done();
          }),
        ),
      );
    });
    bb.on('filesLimit', () => {
      failed ??= fail(ResidentRequestReasons.TOO_MANY_PHOTOS, { field: 'photos', params: { max: MAX_PHOTOS } });
    });
    bb.on('error', () => reject(fail(ResidentRequestReasons.NOT_FORM)));
    bb.on('close', () => {
      void Promise.all(pending).then(() => (failed ? reject(failed) : resolve(out)));
    });
    req.pipe(bb);
  });
}

function trackingHtml(t: Awaited<ReturnType<typeof trackingOf>>, fresh: boolean): string {
  const steps = t.steps
    .map((s) => `<li>${esc(ACTION_ZH[s.action] ?? s.action)} · <span class="muted">${esc(fmtAt(s.at))}</span></li>`)
    .join('');
  const evaluate = t.canEvaluate
    ? `<form method="post" action="/r/track" class="card" id="evaluate"><input type="hidden" name="code" value="${esc(t.trackingCode)}">
<label for="evaluation">请您评价办理结果</label><select id="evaluation" name="evaluation">${Object.entries(EVAL_ZH)
        .map(([k, v]) => `<option value="${k}">${v}</option>`)
        .join(
          '',
        )}</select><label for="comment">意见（可选）</label><textarea id="comment" name="comment" maxlength="500"></textarea><button type="submit">提交评价</button></form>`
    : '';
  return page(
    `诉求进度 ${t.trackingCode}`,
    `${header('诉求进度查询', t.unitName)}<main>${fresh ? `<div class="card" id="submitted"><p>已收到您的诉求。请记下查询码，凭码查看进度和评价：</p><p class="code" id="code">${esc(t.trackingCode)}</p></div>` : ''}
<div class="card" id="status"><p><b>${esc(t.title)}</b></p><p>类别：${esc(CATEGORY_ZH[t.category])}</p><p>当前环节：<b id="stage" data-stage="${t.stage}">${esc(STAGE_ZH[t.stage])}</b></p>
${t.deadline ? `<p>办理时限：${esc(t.deadline)}</p>` : ''}${t.residentName ? `<p>联系人：${esc(t.residentName)} ${esc(t.phone ?? '')}</p>` : ''}
${t.feedback ? `<p id="feedback">办理情况：${esc(t.feedback)}</p>` : ''}${t.evaluation ? `<p id="evaluated">您的评价：${esc(EVAL_ZH[t.evaluation])}</p>` : ''}</div>
<div class="card"><b>办理进度</b><ol>${steps}</ol></div>${evaluate}
<form method="get" action="/r/track" class="card"><label for="q">查询其他诉求</label><input id="q" name="code" placeholder="查询码"><button type="submit">查询</button></form></main>`,
  );
}

function fmtAt(d: Date): string {
  return new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(d);
}

function sendHtml(res: express.Response, html: string, status = 200): void {
  res.status(status).set({ 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).send(html);
}

const unitIdOf = (raw: string) => (/^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : 0);

async function community(ctx: Context, raw: string) {
  const unit = await ctx.em.findOne(Unit, { id: unitIdOf(raw) });
  if (!unit || (unit.level !== UnitLevel.BRANCH && unit.level !== UnitLevel.TOWNSHIP))
    throw fail(ResidentRequestReasons.UNKNOWN_COMMUNITY, { field: 'unitId' });
  return unit;
}

/** The form's address and QR code (an inline SVG: printed in the branch kit and on the page). */
export async function formQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
}

export function residentsRouter(deps: RouteDeps): express.RequestHandler {
  const router = express.Router();
  const html =
    (fn: (req: express.Request, res: express.Response, ctx: Context) => Promise<void>): express.RequestHandler =>
    async (req, res) => {
      try {
        await fn(req, res, await deps.createContext(req));
      } catch (e) {
        sendHtmlError(req, res, e, deps);
      }
    };

  router.get(
    '/track',
    html(async (req, res, ctx) => {
      const code = typeof req.query.code === 'string' ? req.query.code : '';
      const t = await trackingOf(ctx.services.residentRequests, code);
      sendHtml(res, trackingHtml(t, req.query.new === '1'));
    }),
  );

  router.post(
    '/track',
    html(async (req, res, ctx) => {
      const { fields } = await readForm(req);
      const evaluation = fields.evaluation as ResidentEvaluation;
      if (!Object.values(ResidentEvaluation).includes(evaluation))
        throw fail(ResidentRequestReasons.BAD_STAGE, {
          field: 'evaluation',
          code: 'BAD_USER_INPUT',
          params: { fromState: '-', toState: '-' },
        });
      await countSubmission(ctx);
      await ctx.mutate('evaluateResidentRequest', (s) =>
        s.residentRequests.evaluateByCode(fields.code ?? '', evaluation, fields.comment),
      );
      res.redirect(303, `/r/track?code=${encodeURIComponent((fields.code ?? '').trim().toUpperCase())}`);
    }),
  );

  router.get(
    '/photos/:id',
    signedInRoute(deps, async (req, res, ctx, p) => {
      const ph = await ctx.services.residentRequests.photo(p, unitIdOf(String(req.params.id)));
      res.set({
        'content-type': ph.mimeType,
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; img-src 'self'; sandbox",
      });
      res.send(ph.data);
    }),
  );

  router.get(
    '/:unitId/pledges',
    html(async (req, res, ctx) => {
      const { unit, pledges } = await ctx.services.community.publicPledges(unitIdOf(String(req.params.unitId)));
      const list = pledges
        .map(
          (p) =>
            `<div class="card pledge"><p><b>${esc(p.officialName)}</b> · ${esc(p.post)}</p><p>${esc(p.pledge)}</p><p class="muted">${esc(p.signedOn)}</p></div>`,
        )
        .join('');
      sendHtml(
        res,
        page(
          `${unit.name} 微权说廉`,
          `${header('微权说廉 · 公开承诺', unit.name)}<main>${list || '<p>暂无公开承诺</p>'}</main>`,
        ),
      );
    }),
  );

  router.get(
    '/:unitId',
    html(async (req, res, ctx) => {
      const unit = await community(ctx, String(req.params.unitId));
      const options = Object.entries(CATEGORY_ZH)
        .map(([k, v]) => `<option value="${k}">${v}</option>`)
        .join('');
      sendHtml(
        res,
        page(
          `${unit.name} 清风邮局`,
          `${header('清风邮局 · 民情直通车', `${unit.name} · 您的诉求，我们件件有回音`)}<main>
<form method="post" action="/r/${unit.id}" enctype="multipart/form-data" id="form">
<label for="category">诉求类别</label><select id="category" name="category">${options}</select>
<label for="title">标题</label><input id="title" name="title" maxlength="100" required>
<label for="content">诉求内容</label><textarea id="content" name="content" maxlength="4000" required></textarea>
<div class="row"><input type="checkbox" id="anonymous" name="anonymous" value="1"><label for="anonymous">匿名反映（不留姓名、电话和地址）</label></div>
<label for="residentName">姓名</label><input id="residentName" name="residentName" maxlength="40" autocomplete="name">
<label for="phone">联系电话</label><input id="phone" name="phone" inputmode="tel" maxlength="20" autocomplete="tel">
<label for="address">住址（可选）</label><input id="address" name="address" maxlength="200">
<label for="photos">照片（可选，最多 ${MAX_PHOTOS} 张）</label><input id="photos" name="photos" type="file" accept="image/*" multiple>
<div class="hp" aria-hidden="true"><label for="website">请勿填写</label><input id="website" name="website" tabindex="-1" autocomplete="off"></div>
<button type="submit">提交</button>
<p class="muted">您的姓名、电话和住址仅由办理您诉求的社区工作人员查看。</p></form>
<form method="get" action="/r/track" class="card"><label for="q">已提交？凭查询码查看进度</label><input id="q" name="code" placeholder="查询码"><button type="submit">查询</button></form>
<p><a href="/r/${unit.id}/pledges">微权说廉 · 公开承诺</a></p></main>`,
        ),
      );
    }),
  );

  router.post(
    '/:unitId',
    html(async (req, res, ctx) => {
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > BODY_MAX_BYTES)
        throw fail(ResidentRequestReasons.PHOTO_TOO_LARGE, {
          field: 'photos',
          params: { mb: BODY_MAX_BYTES / 1024 / 1024 },
        });
      const unit = await community(ctx, String(req.params.unitId));
      const { fields, photos } = await readForm(req);
      const category = Object.values(ResidentCategory).includes(fields.category as ResidentCategory)
        ? (fields.category as ResidentCategory)
        : ResidentCategory.HELP;
      const data: IntakeData = {
        unitId: unit.id,
        channel: ResidentChannel.ONLINE,
        category,
        title: fields.title ?? '',
        content: fields.content ?? '',
        anonymous: fields.anonymous === '1' || fields.anonymous === 'on',
        residentName: fields.residentName,
        phone: fields.phone,
        address: fields.address,
        website: fields.website,
        photos,
      };
      await countSubmission(ctx);
      const r = await ctx.mutate('submitResidentRequest', (s) => s.residentRequests.submit(data));
      res.redirect(303, `/r/track?code=${r.trackingCode}&new=1`);
    }),
  );

  return router;
}
