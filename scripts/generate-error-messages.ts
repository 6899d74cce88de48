/**
 * Writes admin/src/i18n/errors.generated.json — the console's `errors.<REASON>` texts in zh-CN and
 * English — from the server's reason catalogues (`*.errors.ts`), so the two never drift apart.
 * `--check` fails when the file is stale (test/server/reasons.test.ts runs it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { declaredReasons } from '../server/src/common/reasons';

export const ROOT = path.resolve(__dirname, '..');
export const OUTPUT = path.join(ROOT, 'admin', 'src', 'i18n', 'errors.generated.json');

/** Every reason catalogue of the server. */
export function catalogueFiles(dir = path.join(ROOT, 'server', 'src')): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.errors.ts'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

export function generate(): string {
  // A catalogue declares its reasons when loaded; which catalogues exist is known only at run time.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  for (const file of catalogueFiles()) require(file);
  const tree = (lang: 'zh' | 'en') => {
    const out: Record<string, Record<string, string>> = {};
    for (const r of [...declaredReasons().values()].sort((a, b) => a.reason.localeCompare(b.reason))) {
      const [domain, key] = r.reason.split('.');
      (out[domain] ??= {})[key] = r[lang];
    }
    return { errors: out };
  };
  return `${JSON.stringify({ zh: tree('zh'), en: tree('en') }, null, 2)}\n`;
}

if (require.main === module) {
  const text = generate();
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(OUTPUT) ? fs.readFileSync(OUTPUT, 'utf8') : '';
    if (current !== text) {
      console.error(`${path.relative(ROOT, OUTPUT)} is stale: run npm run errors:generate`);
      process.exit(1);
    }
    console.log(`${path.relative(ROOT, OUTPUT)} is up to date.`);
  } else {
    fs.writeFileSync(OUTPUT, text);
    console.log(`wrote ${path.relative(ROOT, OUTPUT)}`);
  }
}
