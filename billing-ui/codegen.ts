import type { CodegenConfig } from '@graphql-codegen/cli';

// schema.graphql declares `directive @dataClass(class: DataClass!)` but does not print the
// DataClass enum, so the file alone does not build. Supplying the enum here is harmless once the
// emitter prints it (identical enum definitions merge). Remove this when it does.
const DATA_CLASS_ENUM = `
  enum DataClass { OPERATIONAL DIRECTORY DEMOGRAPHIC SCHEDULING FINANCIAL CODING CLINICAL PSYCHOTHERAPY_NOTE SUBSTANCE_USE AUDIT }
`;

/** Typed documents from the committed schema file (never a live server), beside the components. */
const config: CodegenConfig = {
  schema: ['../schema/schema.graphql', DATA_CLASS_ENUM],
  documents: ['src/**/*.tsx', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
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
