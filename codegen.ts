/**
 * Types of every GraphQL document the console sends, generated from the committed schema.graphql
 * (the reviewed API contract; no running server needed). `npm run codegen` writes admin/src/gql/;
 * `npm run codegen:check` fails when that output no longer matches the schema or the documents.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['admin/src/**/*.{ts,tsx}', '!admin/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'admin/src/gql/': {
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
  },
};

export default config;
