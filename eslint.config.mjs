// ESLint flat config: what can be linted is linted instead of argued in review. Layout is Prettier's
// (eslint-config-prettier switches off the rules that would disagree with it).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import prettier from 'eslint-config-prettier';
import globalsPkg from 'globals';

const globals = { ...globalsPkg.node, ...globalsPkg.browser, ...globalsPkg.jest };

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
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'bench/results/**',
      'bench/peer/**',
      'coverage/**',
      '.data/**',
      'admin/src/gql/**',
      'test/gql/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: [
      'server/src/**/*.ts',
      'migrations/**/*.ts',
      'test/**/*.ts',
      'bench/**/*.ts',
      'scripts/**/*.{ts,mjs,cjs}',
      'admin/src/**/*.{ts,tsx}',
      'admin/*.ts',
      '*.{ts,mjs}',
    ],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: {
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
      // Decorator metadata (type-graphql, MikroORM) needs the classes and enums named in decorated
      // signatures imported as values: a type-only import compiles, then fails at start-up. So type-only
      // imports are not demanded in the server; the console (no decorators) has them below.
      '@typescript-eslint/consistent-type-imports': 'off',
      'import-x/no-cycle': ['error', { maxDepth: '∞' }],
      'import-x/no-duplicates': 'error',
      'import-x/first': 'error',
      // Modules add their services and loaders to the shared interfaces by declaration merging.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // A module uses another only through what that module's public.ts exports (its entities, enums and
    // service interfaces), never its files or its manifest (index.ts, which pulls in the GraphQL layer).
    // With no-cycle above this keeps the modules themselves acyclic: a module cycle would be a cycle
    // between their public files.
    files: ['server/src/modules/*/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(?!\\.)[^/]+(/(?!public$).+)?$',
              message: "Import another module through its public.ts ('../<module>/public'), not from its files.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['admin/src/**/*.{ts,tsx}'],
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // CommonJS scripts and configs.
    files: ['**/*.cjs', 'jest.config.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globalsPkg.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
