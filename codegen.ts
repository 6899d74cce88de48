/**
 * Types of every GraphQL document the console and the tests send, generated from the committed
 * schema.graphql (the reviewed API contract; no running server needed). `npm run codegen` writes
 * admin/src/gql/ and test/gql/; `npm run codegen:check` fails when that output no longer matches the
 * schema or the documents.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: false,
  generates: {
    'admin/src/gql/': {
      documents: ['admin/src/**/*.{ts,tsx}', '!admin/src/gql/**'],
      preset: 'client',
      presetConfig: {
        // Answers are read whole by the data provider; fragments only share selections.
        fragmentMasking: false,
      },
      config: {
        scalars: { DateTime: 'string', JSON: 'unknown' },
        strictScalars: true,
        enumType: 'string-literal',
        useTypeImports: true,
        // Apollo Client adds __typename to what it sends, but the console strips it from answers.
        skipTypename: true,
      },
    },
    // The tests' documents, written with test/gql's graphql(); tests that must send raw or malformed
    // text on purpose pass a plain string to t.gql and are not collected here.
    'test/gql/': {
      documents: ['test/**/*.ts', '!test/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTime: 'string', JSON: 'unknown' },
        strictScalars: true,
        enumType: 'string-literal',
        useTypeImports: true,
        skipTypename: true,
        // A nullable field is always in the answer (as null), never missing.
        avoidOptionals: { field: true },
      },
    },
  },
};

export default config;
