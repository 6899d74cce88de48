/**
 * The console's own GraphQL documents (custom calls in admin/src: statistics, the rating
 * lifecycle, supervision, sign-in …) are `graphql()` calls whose types GraphQL Code Generator
 * writes into admin/src/gql. This test finds every such call, validates each operation (with the
 * fragments it spreads) against the committed schema.graphql, and checks that the committed
 * generated types are what the generator makes of them now: a schema or document change that would
 * break a console screen, or a forgotten `npm run codegen`, fails here instead of in front of a user.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  Kind,
  getNamedType,
  isObjectType,
  buildSchema,
  parse,
  validate,
  visit,
  type DefinitionNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');
const GENERATED = path.join(ROOT, 'admin/src/gql');
const CODEGEN = path.join(ROOT, 'node_modules/@graphql-codegen/cli/esm/bin.js');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return p === GENERATED ? [] : sourceFiles(p);
    return /\.tsx?$/.test(d.name) ? [p] : [];
  });
}

interface Found {
  definition: DefinitionNode;
  where: string;
}

/** The definitions of every `graphql(`…`)` call in the file (a document that does not parse throws). */
function documentsIn(file: string): Found[] {
  const sf = ts.createSourceFile(
    file,
    fs.readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const out: Found[] = [];
  const visitNode = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'graphql') {
      const where = `${path.relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      const [arg] = node.arguments;
      if (!arg || !ts.isNoSubstitutionTemplateLiteral(arg))
        throw new Error(`${where}: graphql() takes one template literal without substitutions`);
      for (const definition of parse(arg.text).definitions) out.push({ definition, where });
    }
    ts.forEachChild(node, visitNode);
  };
  visitNode(sf);
  return out;
}

function spreadNames(node: DefinitionNode): string[] {
  const names: string[] = [];
  visit(node, { FragmentSpread: (s) => void names.push(s.name.value) });
  return names;
}

/** The operation and, transitively, every fragment it spreads. */
function withFragments(op: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>) {
  const needed = new Map<string, FragmentDefinitionNode>();
  const queue = spreadNames(op);
  while (queue.length) {
    const name = queue.pop()!;
    const fragment = fragments.get(name);
    if (!fragment || needed.has(name)) continue;
    needed.set(name, fragment);
    queue.push(...spreadNames(fragment));
  }
  return { kind: Kind.DOCUMENT, definitions: [op, ...needed.values()] } as const;
}

describe("the console's GraphQL documents", () => {
  let schema: GraphQLSchema;
  const found = sourceFiles(path.join(ROOT, 'admin/src')).flatMap(documentsIn);
  const operations = found.filter(
    (f): f is Found & { definition: OperationDefinitionNode } => f.definition.kind === Kind.OPERATION_DEFINITION,
  );
  const fragments = new Map(
    found
      .map((f) => f.definition)
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );

  beforeAll(() => {
    schema = buildSchema(fs.readFileSync(path.join(ROOT, 'schema.graphql'), 'utf8'));
  });

  it('are found (the finder itself works)', () => {
    // Statistics, stars, supervision, sign-in, the chain and the system screens each have some.
    expect(operations.length).toBeGreaterThanOrEqual(30);
    for (const dir of [
      'dataProvider/stats.ts',
      'dataProvider/stars.ts',
      'dataProvider/supervision.ts',
      'dataProvider/auth.ts',
    ]) {
      expect(operations.some((d) => d.where.includes(dir))).toBe(true);
    }
  });

  it('are named, once each (the generated types are named after them)', () => {
    const names = operations.map((o) => o.definition.name?.value);
    expect(names.filter((n) => !n)).toEqual([]);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('each validate against schema.graphql', () => {
    const problems = operations.flatMap((o) =>
      validate(schema, withFragments(o.definition, fragments)).map((e) => `${o.where}: ${e.message}`),
    );
    expect(problems).toEqual([]);
  });

  it('would catch a field the schema does not have', () => {
    const broken = parse('query Broken { campaignStats(unitId: "1", year: 2026) { noSuchFigure } }');
    const op = broken.definitions[0] as OperationDefinitionNode;
    expect(
      validate(schema, withFragments(op, fragments))
        .map((e) => e.message)
        .join(),
    ).toMatch(/noSuchFigure/);
  });

  it('have committed generated types that match them (else run `npm run codegen`)', async () => {
    // The generator's own check mode (npm run codegen:check): it regenerates in memory, writes
    // nothing, and exits non-zero naming every stale file.
    const report = await promisify(execFile)(process.execPath, [CODEGEN, '--config', 'codegen.ts', '--check'], {
      cwd: ROOT,
    }).then(
      () => '',
      (e: { stdout?: string; stderr?: string; message: string }) => `${e.stdout ?? ''}${e.stderr ?? ''}` || e.message,
    );
    expect(report).toBe('');
  });
});

/**
 * The generic resources' extra selections (RESOURCES[…].oneExtra / listExtra, added by buildQuery
 * to the record's scalars) are plain strings, not `graphql()` documents: each is validated here on
 * the type its query answers, so a field that is not in the schema fails here rather than as a 400
 * on the record page.
 */
describe("the console's resource selections", () => {
  const schema = buildSchema(fs.readFileSync(path.join(ROOT, 'schema.graphql'), 'utf8'));
  const { RESOURCES } =
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('../../admin/src/dataProvider/resources') as typeof import('../../admin/src/dataProvider/resources');

  /** A query calling `field` with every argument as a variable, selecting `selection` on its record. */
  function probe(field: string, selection: string): string | null {
    const f = schema.getQueryType()!.getFields()[field];
    if (!f) return `query field ${field} is not in the schema`;
    const vars = f.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
    const args = f.args.map((a) => `${a.name}: $${a.name}`).join(', ');
    const named = getNamedType(f.type);
    const page = isObjectType(named) && named.getFields().items && named.getFields().total;
    const inner = page ? `items { ${selection} }` : selection;
    const doc = `query Probe${vars ? `(${vars})` : ''} { ${field}${args ? `(${args})` : ''} { ${inner} } }`;
    const errors = validate(schema, parse(doc));
    return errors.length ? `${field} { ${selection} }: ${errors.map((e) => e.message).join('; ')}` : null;
  }

  it('each validate on the record type of their query', () => {
    const problems: string[] = [];
    for (const [name, r] of Object.entries(RESOURCES)) {
      if (r.one && r.oneExtra) problems.push(`${name}: ${probe(r.one, r.oneExtra) ?? ''}`);
      if (r.listExtra) problems.push(`${name}: ${probe(r.list, r.listExtra) ?? ''}`);
    }
    expect(problems.filter((p) => !p.endsWith(': '))).toEqual([]);
  });

  it('would catch a field the record type does not have', () => {
    expect(probe('post', 'events { id }')).toMatch(/Cannot query field "id" on type "PostEvent"/);
  });
});
