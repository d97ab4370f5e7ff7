import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the operations ui-kit owns (viewer, login, logout), from the committed
 * schema file, never a live server. Same options as the apps' codegen.ts.
 */
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { Date: 'string', DateTimeISO: 'string' },
      },
    },
  },
};

export default config;
