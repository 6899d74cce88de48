/**
 * Every reason the server can answer with is declared once, in a module's catalogue, with both its
 * zh-CN and English message; the console's error texts are generated from those catalogues.
 */
import fs from 'node:fs';
import path from 'node:path';
import { declaredReasons, fail, messageOf } from '../../server/src/common/reasons';
import { LIMIT_MESSAGES } from '../../server/src/graphql/limits';
import { catalogueFiles, generate, OUTPUT, ROOT } from '../../scripts/generate-error-messages';

const sources = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath, e.name));

/** Reasons written in the source: literals, and those the helpers build from a record's name. */
function reasonsInSource(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sources(path.join(ROOT, 'server', 'src'))) {
    const text = fs.readFileSync(file, 'utf8');
    const where = path.relative(ROOT, file);
    for (const m of text.matchAll(/'([A-Z_]+\.[A-Z_]+)'/g)) found.set(m[1], where);
    for (const m of text.matchAll(/notFound\('(\w+)'/g)) found.set(`${m[1].toUpperCase()}.NOT_FOUND`, where);
    for (const m of text.matchAll(/assertRoleOver\(\s*[\w.]+,\s*[^,]+,\s*'(\w+)'/g))
      found.set(`${m[1].toUpperCase()}.FORBIDDEN`, where);
  }
  for (const problem of ['INVALID', 'EXPIRED', 'REVOKED', 'INACTIVE'])
    found.set(`AUTH.TOKEN_${problem}`, 'auth.service.ts');
  for (const limit of Object.keys(LIMIT_MESSAGES)) found.set(`LIMIT.${limit.toUpperCase()}`, 'graphql/limits.ts');
  return found;
}

/** Ways of naming a reason without its catalogue. */
const INLINE_REASON = [
  /'[A-Z_]+\.[A-Z_]+'/, // 'UNIT.NOT_FOUND'
  /`[A-Z_]+\.[A-Z_]*\$\{/, // `AUTH.${problem}`
  /\b(?:badInput|forbidden|conflict|invalidTransition|notFound|unauthenticated)\(/, // helpers that took strings
  /\bnew AppError\(/,
];

/** Lines of the server's source (outside the catalogues) that write a reason inline. */
function inlineReasons(): string[] {
  const found: string[] = [];
  for (const file of sources(path.join(ROOT, 'server', 'src'))) {
    const where = path.relative(ROOT, file);
    if (where.endsWith('.errors.ts')) continue;
    // fail() building its AppError.
    if (['server/src/common/errors.ts', 'server/src/common/reasons.ts'].includes(where)) continue;
    fs.readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!/^\s*(\/\/|\*)/.test(line) && INLINE_REASON.some((re) => re.test(line)))
          found.push(`${where}:${i + 1}: ${line.trim()}`);
      });
  }
  return found;
}

describe('reason catalogues', () => {
  beforeAll(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- catalogues register when loaded
    for (const file of catalogueFiles()) require(file);
  });

  it('declare every reason the source throws', () => {
    const declared = declaredReasons();
    const missing = [...reasonsInSource()].filter(([r]) => !declared.has(r)).map(([r, where]) => `${r} (${where})`);
    expect(missing).toEqual([]);
  });

  it('are the only place a throwing site finds its reason (fail(Reasons.X), no inline strings)', () => {
    expect(inlineReasons()).toEqual([]);
  });

  it('give each reason a code and a message in both languages', () => {
    const incomplete = [...declaredReasons().values()].filter(
      (r) => !r.code || !r.zh.trim() || !r.en.trim() || !/[\u4e00-\u9fff]/.test(r.zh) || /[\u4e00-\u9fff]/.test(r.en),
    );
    expect(incomplete.map((r) => r.reason)).toEqual([]);
  });

  it('fill named placeholders on the wire and send their values in extensions', () => {
    const [r] = [...declaredReasons().values()].filter((x) => x.reason === 'FILE.TOO_LARGE');
    const e = fail(r, { field: 'file', params: { mb: 10 } });
    expect(e.message).toBe('文件超过 10 MB 上限 (the file is larger than 10 MB)');
    expect(e.message).toBe(messageOf(r, { mb: 10 }));
    expect(e.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'FILE.TOO_LARGE',
      field: 'file',
      params: { mb: 10 },
    });
  });

  it("are the console's error texts (the generated file is fresh)", () => {
    expect(fs.readFileSync(OUTPUT, 'utf8')).toBe(generate());
  });
});
