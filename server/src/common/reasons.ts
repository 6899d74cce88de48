/**
 * Reasons (`DOMAIN.REASON`) are declared once, in a catalogue per module (`<module>.errors.ts`), each
 * with its error code (which says the HTTP status; a reason may refine it, e.g. 413), its zh-CN and
 * its English message. A message names its values (`文件超过 %{mb} MB 上限`): the thrown error
 * carries them in `extensions.params`, so a client can render the message in its own language; the
 * wire message stays "中文 (English)". The console's error texts are generated from these catalogues
 * (scripts/generate-error-messages.ts).
 */
import { AppError, type ErrorCode } from './errors';

export interface ReasonSpec {
  code: ErrorCode;
  zh: string;
  en: string;
  /** An HTTP status other than the code's (413 too large, 415 wrong type, 500 …). */
  status?: number;
}

export interface Reason extends ReasonSpec {
  reason: string;
}

export type Params = Record<string, string | number>;

const registry = new Map<string, Reason>();

/** Every reason declared by the catalogues loaded so far. */
export function declaredReasons(): ReadonlyMap<string, Reason> {
  return registry;
}

/**
 * A catalogue: `defineReasons('FILE', { TOO_LARGE: { … } })` declares `FILE.TOO_LARGE`. A reason
 * is declared once: declaring it again (even identically) is a programming error.
 */
export function defineReasons<K extends string>(domain: string, specs: Record<K, ReasonSpec>): Record<K, Reason> {
  const out = {} as Record<K, Reason>;
  for (const key of Object.keys(specs) as K[]) {
    const reason = `${domain}.${key}`;
    if (registry.has(reason)) throw new Error(`reason ${reason} is declared twice`);
    const r: Reason = { reason, ...specs[key] };
    registry.set(reason, r);
    out[key] = r;
  }
  return out;
}

/** A message with its `%{name}` placeholders filled in. */
export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/%\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** The wire message: "中文 (English)". */
export function messageOf(r: ReasonSpec, params?: Params): string {
  return `${interpolate(r.zh, params)} (${interpolate(r.en, params)})`;
}

export interface FailOptions {
  /**
   * Another code than the declared one, for one case only: an input that names a record which does
   * not exist is the input's fault (BAD_USER_INPUT) under that record's NOT_FOUND reason.
   */
  code?: ErrorCode;
  /** Values of the message's placeholders; sent in `extensions.params`. */
  params?: Params;
  /** The input field at fault (BAD_USER_INPUT). */
  field?: string;
  /** Further extensions (fromState/toState, retryAfterSeconds, Apollo's `http` hint …). */
  extra?: Record<string, unknown>;
}

/** AppError's constructor arguments for a declared reason: for subclasses that carry more (retryAfterSeconds). */
export function errorArgs(r: Reason, opts: FailOptions = {}): ConstructorParameters<typeof AppError> {
  return [
    opts.code ?? r.code,
    r.reason,
    messageOf(r, opts.params),
    {
      ...(opts.field !== undefined ? { field: opts.field } : {}),
      ...opts.extra,
      ...(opts.params ? { params: opts.params } : {}),
    },
  ];
}

/** The error of a declared reason. */
export function fail(r: Reason, opts: FailOptions = {}): AppError {
  return new AppError(...errorArgs(r, opts));
}

/**
 * A record's two refusals, as its catalogue declares them (`UnitReasons`, `PersonReasons` …): a
 * record outside the caller's scope is NOT_FOUND, one inside it but not the caller's to change is
 * FORBIDDEN (common/access.ts).
 */
export interface RecordReasons {
  NOT_FOUND: Reason;
  FORBIDDEN: Reason;
}

/** A refused state change, with both states as params and (for clients matching on them) as extensions. */
export function transitionFailed(r: Reason, fromState: string, toState: string): AppError {
  return fail(r, { params: { fromState, toState }, extra: { fromState, toState } });
}

/** The HTTP status a reason declares for itself, if any. */
export function reasonStatus(reason: string): number | undefined {
  return registry.get(reason)?.status;
}
