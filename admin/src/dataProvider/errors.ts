/**
 * Server errors → react-admin HttpErrors. The console says an error in its own language by its
 * reason: `errors.<REASON>` of the i18n catalogue (generated from the server's reason catalogues),
 * with the values the server sent in `extensions.params`; an unknown reason shows the server's own
 * message. Input errors that name a field of the form
 * become `{ errors: { [field]: message } }`, which react-admin shows under that input; every input
 * error is also a `root.serverError`, which react-admin shows as the notification.
 */
import { HttpError } from 'ra-core';
import { i18nProvider } from '../i18n';

export interface ServerError {
  message: string;
  extensions?: { code?: string; reason?: string; field?: string; [key: string]: unknown };
}

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  INTERNAL_SERVER_ERROR: 500,
};

const FALLBACK: Record<'zh' | 'en', Record<string, string>> = {
  zh: {
    UNAUTHENTICATED: '登录已失效，请重新登录',
    FORBIDDEN: '当前角色无权执行此操作',
    NOT_FOUND: '未找到该记录，或不在您的权限范围内',
    BAD_USER_INPUT: '输入有误，请检查后重试',
    CONFLICT: '记录冲突，请刷新后重试',
    INVALID_TRANSITION: '当前状态不允许此操作',
    INTERNAL_SERVER_ERROR: '服务器内部错误，请稍后再试',
    NETWORK: '无法连接服务器，请检查网络后重试',
  },
  en: {
    UNAUTHENTICATED: 'Your session has ended: please sign in again',
    FORBIDDEN: 'Your role may not do this',
    NOT_FOUND: 'Not found, or outside your scope',
    BAD_USER_INPUT: 'Invalid input: please check and retry',
    CONFLICT: 'Conflicting change: reload and retry',
    INVALID_TRANSITION: 'Not allowed in the current state',
    INTERNAL_SERVER_ERROR: 'Internal server error: please retry later',
    NETWORK: 'Cannot reach the server: check the network and retry',
  },
};

function language(): 'zh' | 'en' {
  return i18nProvider.getLocale().startsWith('en') ? 'en' : 'zh';
}

/**
 * The console's own bilingual texts ("中文说明 (English text)"): the half for the current language.
 * Server errors never go through here: they are said by reason (`serverMessage`).
 */
export function localMessage(message: string | undefined | null, lang = language()): string {
  const text = (message ?? '').trim();
  const m = /^(.*?\p{Script=Han}.*?)\s*\(([^()]*[A-Za-z][^()]*)\)$/su.exec(text);
  if (!m) return text;
  return lang === 'en' ? m[2].trim() : m[1].trim();
}

/**
 * The text of a server error in the interface language: the catalogue's `errors.<REASON>` with the
 * error's values; the server's message as sent when the reason is unknown to this console or a
 * value the text needs was not sent.
 */
export function serverMessage(e: ServerError): string {
  const reason = e.extensions?.reason;
  if (reason && /^[A-Z_]+\.[A-Z_]+$/.test(reason)) {
    const params = (e.extensions?.params ?? {}) as Record<string, unknown>;
    const text = i18nProvider.translate(`errors.${reason}`, { ...params, _: '' });
    if (text && !/%\{\w+\}/.test(text)) return text;
  }
  return (e.message ?? '').trim();
}

/** The GraphQL errors inside whatever Apollo / ra-data-graphql threw. */
export function graphQLErrorsOf(error: unknown): ServerError[] {
  const e = error as {
    graphQLErrors?: ServerError[];
    errors?: ServerError[];
    body?: { graphQLErrors?: ServerError[]; errors?: unknown; networkError?: { result?: { errors?: ServerError[] } } };
  } | null;
  if (!e || typeof e !== 'object') return [];
  const candidates = [
    e.graphQLErrors,
    e.body?.graphQLErrors,
    e.body?.networkError?.result?.errors,
    Array.isArray(e.errors) ? e.errors : undefined,
  ];
  return candidates.find((c) => Array.isArray(c) && c.length > 0) ?? [];
}

/**
 * @param formFields the fields of the mutation's input type: only those can show an error under
 *   an input (a field error on anything else would stick to the form and block the next submit).
 */
export function toHttpError(error: unknown, formFields: string[] = []): HttpError {
  if (error instanceof HttpError && (error.body as { fivestar?: boolean } | undefined)?.fivestar) return error;
  const lang = language();
  const [first] = graphQLErrorsOf(error);
  if (!first) {
    const status = (error as { status?: number })?.status;
    const raw = (error as { message?: string })?.message ?? '';
    if (!status || status === 200 || /fetch|network/i.test(raw)) {
      return new HttpError(FALLBACK[lang].NETWORK, 0, { fivestar: true, code: 'NETWORK' });
    }
    return new HttpError(raw.trim() || FALLBACK[lang].INTERNAL_SERVER_ERROR, status, { fivestar: true });
  }
  const code = first.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  const reason = first.extensions?.reason;
  const message = serverMessage(first) || FALLBACK[lang][code] || FALLBACK[lang].INTERNAL_SERVER_ERROR;
  const body: Record<string, unknown> = { fivestar: true, code, reason, extensions: first.extensions };
  if (code === 'BAD_USER_INPUT' || code === 'CONFLICT' || code === 'INVALID_TRANSITION') {
    const field = first.extensions?.field?.split('.').pop();
    const errors: Record<string, unknown> = { root: { serverError: message } };
    if (field && field !== 'version' && formFields.includes(field)) errors[field] = message;
    body.errors = errors;
  }
  return new HttpError(message, STATUS[code] ?? 500, body);
}
