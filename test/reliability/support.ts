/**
 * Small helpers shared by the reliability tests: a seeded PRNG (so every run sends the same
 * operations and a failure can be replayed), raw HTTP requests that keep the exact status and body,
 * and the checks every answer of the API must pass whatever was sent.
 */

/** The error codes the README promises clients may see for anything they send. */
export const CLIENT_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'INVALID_TRANSITION',
]);

/** mulberry32: tiny, fast and good enough to pick test cases; never Math.random (not replayable). */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
    shuffle: <T>(xs: T[]): T[] => {
      for (let i = xs.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [xs[i], xs[j]] = [xs[j], xs[i]];
      }
      return xs;
    },
  };
}
export type Prng = ReturnType<typeof prng>;

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body, or undefined when it is not JSON. */
  // A hostile answer may be any JSON; the checks probe it field by field as it comes.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json?: any;
  ms: number;
}

export interface RawRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

/** Send exactly what is given (no content-type added unless asked) and keep the whole answer. */
export async function send(baseUrl: string, req: RawRequest): Promise<RawResponse> {
  const started = performance.now();
  // A Node Buffer is a valid fetch body; the DOM typings only know ArrayBuffer-backed views.
  const res = await fetch(`${baseUrl}${req.path ?? '/graphql'}`, {
    method: req.method ?? 'POST',
    headers: req.headers,
    body: req.body as BodyInit | undefined,
  });
  const text = await res.text();
  let json: RawResponse['json'];
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json, ms: performance.now() - started };
}

/** A JSON GraphQL POST as a browser client (react-admin) sends it; passes CSRF prevention. */
export function gqlRequest(
  query: string,
  variables?: unknown,
  token?: string,
  extra: Record<string, unknown> = {},
): RawRequest {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables, ...extra }),
  };
}

// Leaks that must never reach a client: stack frames, file paths of the server, schema suggestions.
const LEAKS: [RegExp, string][] = [
  [/\n\s+at /, 'stack frame'],
  [/\bat [\w.<>]+ \(/, 'stack frame'],
  [/node_modules/, 'node_modules path'],
  [/\.ts:\d*/, 'TypeScript source location'],
  [/\.js:\d+:\d+/, 'JavaScript source location'],
  [/Did you mean/i, 'schema suggestion'],
  [/\b(RangeError|TypeError|ReferenceError|SyntaxError)\b|Maximum call stack/, 'JavaScript runtime error'],
  [/DriverException|invalid message format|violates .* constraint|relation "\w+"/, 'database error'],
];

/**
 * Everything wrong with one answer, by the rules every answer must keep: no 5xx, a JSON body,
 * every error coded with a client code (never INTERNAL_SERVER_ERROR), no leak.
 */
export function problemsOf(r: RawResponse): string[] {
  const problems: string[] = [];
  if (r.status >= 500) problems.push(`status ${r.status} (${outcomeOf(r)})`);
  if (r.json === undefined || r.json === null || typeof r.json !== 'object' || Array.isArray(r.json)) {
    problems.push(`body is not a JSON object: ${r.text.slice(0, 200)}`);
  } else {
    const errors = r.json.errors;
    if (errors !== undefined && !Array.isArray(errors)) problems.push('errors is not a list');
    for (const e of Array.isArray(errors) ? errors : []) {
      const code = e?.extensions?.code;
      if (!CLIENT_CODES.has(code)) problems.push(`error code ${code ?? '(none)'}: ${String(e?.message).slice(0, 160)}`);
    }
    if (errors === undefined && !('data' in r.json)) problems.push('neither data nor errors');
  }
  // A JSON body escapes newlines; look at the decoded text as well as the raw one.
  const decoded = r.text.replace(/\\n/g, '\n').replace(/\\\\/g, '\\');
  for (const [re, what] of LEAKS) if (re.test(r.text) || re.test(decoded)) problems.push(`leaks a ${what}`);
  return problems;
}

/** What an answer was, for the tally: the reason of its first error, or OK. */
export function outcomeOf(r: RawResponse): string {
  const e = Array.isArray(r.json?.errors) ? r.json.errors[0] : undefined;
  if (!e) return r.json?.data ? 'OK' : 'no data';
  return `${e.extensions?.code ?? '?'}/${e.extensions?.reason ?? '?'}`;
}

export class Tally {
  total = 0;
  byStatus = new Map<number, number>();
  byOutcome = new Map<string, number>();
  add(r: RawResponse): void {
    this.total++;
    this.byStatus.set(r.status, (this.byStatus.get(r.status) ?? 0) + 1);
    const o = outcomeOf(r);
    this.byOutcome.set(o, (this.byOutcome.get(o) ?? 0) + 1);
  }
  toString(): string {
    const sorted = <K>(m: Map<K, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
    return [
      `operations sent: ${this.total}`,
      `by status: ${sorted(this.byStatus)
        .map(([k, v]) => `${k}×${v}`)
        .join('  ')}`,
      'by outcome (code/reason):',
      ...sorted(this.byOutcome).map(([k, v]) => `  ${String(v).padStart(6)}  ${k}`),
    ].join('\n');
  }
}

/** Run `fn` over `items` with at most `limit` in flight; results in input order. */
export async function pool<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
