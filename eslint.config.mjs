// ESLint flat config.
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/**
 * Import cycles count type-only imports too: a type circle still ties two modules together, and
 * the next module written on their pattern would inherit it. import-x's no-cycle skips `import type`
 * with no option to keep it, so its rule runs here on import declarations presented as value imports,
 * both in the file being linted and in the dependency graph it walks (parsed with `valueImportsParser`).
 * The AST the other rules see is left as parsed.
 */
const asValueImport = (node) =>
  'importKind' in node || 'exportKind' in node
    ? {
        ...node,
        ...('importKind' in node && { importKind: 'value' }),
        ...('exportKind' in node && { exportKind: 'value' }),
        ...(node.specifiers && {
          specifiers: node.specifiers.map((s) => ({
            ...s,
            ...('importKind' in s && { importKind: 'value' }),
            ...('exportKind' in s && { exportKind: 'value' }),
          })),
        }),
      }
    : node;

const valueImportsParser = {
  meta: { name: 'type-imports-as-values' },
  parseForESLint(code, options) {
    const parsed = tseslint.parser.parseForESLint(code, options);
    parsed.ast.body = parsed.ast.body.map(asValueImport);
    return parsed;
  },
};

const noCycle = importX.rules['no-cycle'];
const noCycleCountingTypes = {
  ...noCycle,
  create(context) {
    const walking = Object.create(context, {
      languageOptions: { value: { ...context.languageOptions, parser: valueImportsParser } },
    });
    const visitors = noCycle.create(walking);
    return Object.fromEntries(
      Object.entries(visitors).map(([selector, visit]) => [
        selector,
        (node, ...rest) => visit(asValueImport(node), ...rest),
      ]),
    );
  },
};

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'bench/results/**', 'coverage/**'],
  },
  {
    files: [
      'server/src/**/*.ts',
      'test/**/*.ts',
      'bench/**/*.ts',
      'scripts/**/*.{ts,mjs,cjs}',
      'admin/src/**/*.{ts,tsx}',
    ],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: 'module',
    },
    // Comments in the code already name rules of these plugins; the rules themselves come later.
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    plugins: {
      '@typescript-eslint': tseslint.plugin,
      'react-hooks': reactHooks,
      'import-x': { ...importX, rules: { ...importX.rules, 'no-cycle': noCycleCountingTypes } },
    },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.cts', '.mts', '.js', '.jsx', '.cjs', '.mjs'],
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.json', 'admin/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { maxDepth: '∞' }],
    },
  },
);
