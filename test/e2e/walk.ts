/**
 * Helpers of the menu walk (walk.test.ts): a page that records its errors and every string the API
 * sent it, waits until the console has settled without sleeping, and checks a page for an error
 * page, a "no results for this filter" without a filter, text left in the other language outside
 * data, and action buttons the server would refuse.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isEnumType, isObjectType, type GraphQLEnumType, type GraphQLSchema } from 'graphql';
import type { Page } from 'playwright-core';
import { RESOURCES } from '../../admin/src/dataProvider/resources';

export type Lang = 'zh' | 'en';

/** Words of the interface that are the same in both languages (formats, the language switch). */
const LATIN_ALLOWED = new Set(['CSV', 'PDF', 'HTML', 'API', 'ID', 'Excel', 'English', 'xlsx', 'csv', 'pdf', 'html']);
const CJK_ALLOWED = ['中文'];

/** What a watched page has seen: errors, the API's strings (data), requests still in flight. */
export interface Watched {
  page: Page;
  errors: string[];
  data: Set<string>;
  inflight: number;
  /** Answers of the API still being read into `data`. */
  reading: Set<Promise<void>>;
}

function collectStrings(v: unknown, out: Set<string>): void {
  if (typeof v === 'string') {
    // Enum values are not data: the console must show them by their label.
    if (v.trim() && !enumValues().has(v)) out.add(v.trim());
  } else if (Array.isArray(v)) v.forEach((x) => collectStrings(x, out));
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) if (k !== '__typename') collectStrings(x, out);
}

export function watch(page: Page): Watched {
  const w: Watched = { page, errors: [], data: new Set(), inflight: 0, reading: new Set() };
  page.on('pageerror', (e) => w.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') w.errors.push(`console.error: ${m.text()}`);
  });
  const isApi = (url: string) => new URL(url).pathname.endsWith('/graphql');
  page.on('request', (r) => {
    if (isApi(r.url())) w.inflight++;
  });
  page.on('requestfailed', (r) => {
    if (isApi(r.url())) w.inflight--;
  });
  page.on('requestfinished', (r) => {
    if (!isApi(r.url())) return;
    const p = (async () => {
      try {
        const res = await r.response();
        collectStrings(await res?.json(), w.data);
      } catch {
        // not JSON (never for /graphql): nothing to learn from it
      } finally {
        w.inflight--;
      }
    })();
    w.reading.add(p);
    void p.then(() => w.reading.delete(p));
  });
  return w;
}

const frames = (page: Page) =>
  page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

const BUSY = [
  '.MuiSkeleton-root',
  '[aria-busy="true"]',
  '.MuiCircularProgress-root',
  '.MuiLinearProgress-root:not(.MuiLinearProgress-determinate)',
].join(', ');

/**
 * Until no API request is in flight, no answer is being read and nothing on the page says it is
 * loading — twice in a row, two frames apart (a request started by the render after an answer is
 * seen in between).
 */
export async function settle(w: Watched): Promise<void> {
  let calm = 0;
  while (calm < 2) {
    await frames(w.page);
    await Promise.all([...w.reading]);
    const busy = w.inflight > 0 || (await w.page.locator(BUSY).count()) > 0;
    if (busy) {
      calm = 0;
      // Wait for a change rather than spin: the next answer, or the indicators gone.
      await Promise.race([
        w.page.waitForResponse((r) => r.url().endsWith('/graphql')).catch(() => undefined),
        w.page.waitForFunction((sel) => !document.querySelector(sel), BUSY).catch(() => undefined),
      ]);
    } else calm++;
  }
}

/** Visible text of the page outside the API's data (each data string cut out), one entry per text node. */
async function interfaceTexts(w: Watched): Promise<string[]> {
  const data = [...w.data].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
  return w.page.evaluate((dataStrings) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(el.tagName)) continue;
      if (!el.checkVisibility()) continue;
      let text = n.textContent ?? '';
      if (!text.trim()) continue;
      for (const s of dataStrings) if (text.includes(s)) text = text.split(s).join(' ');
      if (text.trim()) out.push(text.trim());
    }
    return out;
  }, data);
}

/** Text in the wrong language: Latin words in Chinese mode, CJK in English mode (outside data). */
export async function wrongLanguage(w: Watched, lang: Lang): Promise<string[]> {
  const texts = await interfaceTexts(w);
  if (lang === 'zh')
    return texts.filter((t) => (t.match(/[A-Za-z]{2,}/g) ?? []).some((word) => !LATIN_ALLOWED.has(word)));
  return texts.filter((t) => {
    let rest = t;
    for (const a of CJK_ALLOWED) rest = rest.split(a).join('');
    return /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/.test(rest);
  });
}

const ERROR_PAGE = {
  zh: ['出现错误', '客户端出错'],
  en: ['Something went wrong', 'A client error occurred'],
};
const NO_FILTERED_RESULTS = { zh: '当前筛选条件下没有找到', en: 'No results found with the current filters' };

/** Problems of the page now shown; `where` names it in the messages. */
export async function pageProblems(w: Watched, lang: Lang, where: string): Promise<string[]> {
  const problems: string[] = [];
  const body = await w.page.locator('body').innerText();
  for (const e of ERROR_PAGE[lang]) if (body.includes(e)) problems.push(`${where}: error page (${e})`);
  const url = new URL(w.page.url());
  const hash = new URLSearchParams(url.hash.split('?')[1] ?? '');
  const filter = hash.get('filter');
  const filtered = !!filter && filter !== '{}';
  if (body.includes(NO_FILTERED_RESULTS[lang]) && !filtered)
    problems.push(`${where}: "${NO_FILTERED_RESULTS[lang]}" with no filter set`);
  for (const t of await wrongLanguage(w, lang))
    problems.push(`${where}: ${lang === 'zh' ? 'Latin' : 'CJK'} text "${t}"`);
  problems.push(...w.errors.splice(0).map((e) => `${where}: ${e}`));
  return problems;
}

let schemaCache: GraphQLSchema | null = null;
function schema(): GraphQLSchema {
  schemaCache ??= buildSchema(fs.readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8'));
  return schemaCache;
}

let enumCache: Set<string> | null = null;
/** Every value of the schema's enums (codes of catalog records, e.g. star codes, are data, not these). */
function enumValues(): Set<string> {
  enumCache ??= new Set(
    Object.values(schema().getTypeMap())
      .filter((t): t is GraphQLEnumType => isEnumType(t) && !t.name.startsWith('__'))
      .flatMap((t) => t.getValues().map((v) => v.name)),
  );
  return enumCache;
}

/** The single-record query of a console resource, when its record type carries `allowedActions`. */
export function allowedActionsQuery(resource: string): string | null {
  const one = RESOURCES[resource]?.one;
  if (!one) return null;
  const field = schema().getQueryType()?.getFields()[one];
  const type = field && getNamedType(field.type);
  if (!type || !isObjectType(type) || !type.getFields().allowedActions) return null;
  const arg = field.args[0].name;
  return `query ($id: ID!) { record: ${one}(${arg}: $id) { allowedActions } }`;
}

/** The `data-action` values of the action buttons shown (the convention of docs/console.md). */
export async function shownActions(page: Page): Promise<string[]> {
  return page
    .locator('[data-action]')
    .evaluateAll((els) =>
      els.filter((e) => (e as HTMLElement).checkVisibility()).map((e) => e.getAttribute('data-action')!),
    );
}
