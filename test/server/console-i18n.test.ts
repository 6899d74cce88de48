/**
 * The console's message catalogue (each feature's i18n.ts, merged in admin/src/i18n/catalogue.ts):
 * both languages carry the same keys, and every message key the console's code names literally
 * (`translate('stars.award')`, `label="resources.units.fields.name"`, …) exists in both, so a
 * renamed or forgotten key fails here rather than showing the raw key to a user.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { catalogue } from '../../admin/src/i18n/catalogue';

const SRC = path.resolve(__dirname, '../../admin/src');

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of leaves(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === 'gql' ? [] : sourceFiles(p);
    return /\.tsx?$/.test(d.name) && d.name !== 'i18n.ts' ? [p] : [];
  });
}

/** String literals of the file that look like a key of one of the catalogue's namespaces. */
function keysIn(file: string, namespaces: Set<string>): { key: string; where: string }[] {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: { key: string; where: string }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const m = /^([A-Za-z_]+)\.[A-Za-z_][\w.]*$/.exec(node.text);
      if (m && namespaces.has(m[1]))
        out.push({
          key: node.text,
          where: `${path.relative(SRC, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`,
        });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

describe("the console's message catalogue", () => {
  const zh = leaves(catalogue('zh') as Tree);
  const en = leaves(catalogue('en') as Tree);

  it('has the same keys in Chinese and English, none of them empty', () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
    expect([...zh, ...en].filter(([, text]) => !text.trim()).map(([key]) => key)).toEqual([]);
  });

  it('has every key the console names, in both languages', () => {
    const namespaces = new Set(Object.keys(catalogue('zh')));
    const used = sourceFiles(SRC).flatMap((f) => keysIn(f, namespaces));
    // The finder itself works: the screens name a few hundred keys.
    expect(used.length).toBeGreaterThan(100);
    const missing = used.filter((u) => !zh.has(u.key) || !en.has(u.key)).map((u) => `${u.where}: ${u.key}`);
    expect(missing).toEqual([]);
  });
});
