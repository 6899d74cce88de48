/**
 * The console's hand-written GraphQL documents (custom calls in admin/src: statistics, the rating
 * lifecycle, supervision, sign-in …) are plain strings the TypeScript compiler cannot check. This
 * test finds every string literal in admin/src that is a GraphQL operation and validates it against
 * the committed schema.graphql, so a schema change that would break a console screen fails here
 * instead of in front of a user.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate, type GraphQLSchema } from 'graphql';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');
const OPERATION = /^\s*(query|mutation|subscription)\b[\s\S]*\{|^\s*\{\s*data\s*:/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(d.name) ? [p] : [];
  });
}

/**
 * Every string in the file that reads as a GraphQL operation: literals, and template literals whose
 * substitutions are the file's own string constants (`${APP_FIELDS}`). Templates built from
 * anything else (the schema-driven queries of buildQuery.ts) are left out; they come from the
 * schema itself.
 */
function documentsIn(file: string): { text: string; line: number }[] {
  const sf = ts.createSourceFile(
    file,
    fs.readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const constants = new Map<string, ts.Expression>();
  const collect = (node: ts.Node) => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      ts.getCombinedNodeFlags(node) & ts.NodeFlags.Const
    )
      constants.set(node.name.text, node.initializer);
    ts.forEachChild(node, collect);
  };
  collect(sf);
  const textOf = (node: ts.Node, depth = 0): string | null => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    if (ts.isIdentifier(node) && depth < 5) {
      const init = constants.get(node.text);
      return init ? textOf(init, depth + 1) : null;
    }
    if (ts.isTemplateExpression(node)) {
      let text = node.head.text;
      for (const span of node.templateSpans) {
        const part = textOf(span.expression, depth + 1);
        if (part === null) return null;
        text += part + span.literal.text;
      }
      return text;
    }
    return null;
  };
  const out: { text: string; line: number }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      const text = textOf(node);
      if (text !== null && OPERATION.test(text))
        out.push({ text, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
      if (ts.isTemplateExpression(node)) return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

describe("the console's hand-written GraphQL documents", () => {
  let schema: GraphQLSchema;
  const documents = sourceFiles(path.join(ROOT, 'admin/src')).flatMap((file) =>
    documentsIn(file).map((d) => ({ ...d, where: `${path.relative(ROOT, file)}:${d.line}` })),
  );

  beforeAll(() => {
    schema = buildSchema(fs.readFileSync(path.join(ROOT, 'schema.graphql'), 'utf8'));
  });

  it('are found (the finder itself works)', () => {
    // Statistics, stars, supervision, sign-in, the chain and the system screens each have some.
    expect(documents.length).toBeGreaterThanOrEqual(30);
    for (const dir of [
      'dataProvider/stats.ts',
      'dataProvider/stars.ts',
      'dataProvider/supervision.ts',
      'dataProvider/auth.ts',
    ]) {
      expect(documents.some((d) => d.where.includes(dir))).toBe(true);
    }
  });

  it('each parse and validate against schema.graphql', () => {
    const problems = documents.flatMap((d) => {
      try {
        return validate(schema, parse(d.text)).map((e) => `${d.where}: ${e.message}`);
      } catch (e) {
        return [`${d.where}: ${(e as Error).message}`];
      }
    });
    expect(problems).toEqual([]);
  });

  it('would catch a field the schema does not have', () => {
    const broken = 'query { campaignStats(unitId: "1", year: 2026) { noSuchFigure } }';
    expect(
      validate(schema, parse(broken))
        .map((e) => e.message)
        .join(),
    ).toMatch(/noSuchFigure/);
  });
});
