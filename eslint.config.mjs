// ESLint flat config (ESLint 10, typescript-eslint 8). Run from the repo root: `pnpm lint`.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const UI = ['ui-kit/**/*.{ts,tsx}', '*-ui/**/*.{ts,tsx}'];

/** Tool config files: default export is their contract, and they sit outside every tsconfig. */
const TOOL_CONFIGS = ['**/vite.config.ts', '**/codegen.ts', '**/jest.config.*', 'eslint.config.mjs'];

/** `^(\.\./){n}` — n levels up from the importing file. */
const up = (n) => `^(?:\\.\\./){${n}}`;

/**
 * Module boundaries in the API: a file at depth d under `api/src/modules/<m>/` reaches a sibling
 * module with d × `../`; beyond that only the module folder itself or its `index` is allowed.
 * `(?!\.\.)` keeps `../../platform/...` (going further up) out of the match.
 */
function moduleBoundary(depth) {
  return {
    files: [`api/src/modules/*/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `${up(depth)}(?!\\.\\.?/)[^/]+/(?!index(?:\\.js)?$)`,
              message: 'Import another module only through its index (`../<module>`), never its internals.',
            },
          ],
        },
      ],
    },
  };
}

/** Patterns shared by the apps and ui-kit: no app may be imported from outside itself. */
const NO_APP_IMPORTS = [
  {
    regex: '^@handoff/[^/]+-ui(?:/|$)',
    message: 'Apps are leaves: import shared code from @handoff/ui-kit, never from another app.',
  },
  {
    regex: '^(?:\\.\\./)+(?:[^/]+/)*[^/]+-ui(?:/|$)',
    message: 'Apps are leaves: never reach into an app folder with a relative path.',
  },
];

export default defineConfig(
  globalIgnores([
    '**/dist/**',
    '**/node_modules/**',
    '**/coverage/**',
    '**/src/gql/**',
    'api/src/migrations/**',
    '.data/**',
    'bench/**',
    'e2e/screenshots/**',
    '**/*.mjs',
  ]),

  js.configs.recommended,

  // CommonJS JavaScript (jest configs, jest global setup/teardown): no type information.
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
  },

  // TypeScript: strict preset + the type-aware rules we rely on.
  {
    files: TS,
    extends: [tseslint.configs.strict],
    plugins: { 'import-x': importX },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Module augmentation needs namespaces (Apollo Client 4 registers default options that way).
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
      // type-graphql resolvers and MikroORM entities are classes by design.
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'import-x/no-default-export': 'error',
    },
  },

  // Tool config files: default exports allowed, linted without type information.
  {
    files: TOOL_CONFIGS,
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { parserOptions: { projectService: false } },
    rules: { 'import-x/no-default-export': 'off' },
  },

  // Tests probe untyped GraphQL JSON (`data.patient.name`); `any` there is a deliberate shortcut.
  {
    files: ['**/*.test.{ts,tsx}', '**/src/test/**/*.{ts,tsx}', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },

  // React (apps and ui-kit): hooks rules, browser globals.
  {
    files: UI,
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: { ...globals.browser } },
  },

  // platform/ is the foundation: it never depends on a domain module.
  {
    files: ['api/src/platform/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.{1,2}/(?:[^/]+/)*modules(?:/|$)',
              message: 'platform/ must not import from modules/ (dependency points the other way).',
            },
          ],
        },
      ],
    },
  },
  moduleBoundary(1),
  moduleBoundary(2),
  moduleBoundary(3),
  moduleBoundary(4),

  // Apps: no other app, no other package's generated gql/, ui-kit only by package name.
  {
    files: ['*-ui/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...NO_APP_IMPORTS,
            {
              regex: '^@handoff/[^/]+/(?:[^/]+/)*gql(?:/|$)',
              message: "Never import another package's generated gql/: run codegen for this app.",
            },
            {
              regex: '^(?:\\.\\./)+(?:[^/]+/)*ui-kit(?:/|$)',
              message: 'Import ui-kit by its package name, @handoff/ui-kit.',
            },
          ],
        },
      ],
    },
  },

  // ui-kit is shared by every app, so it can depend on none of them.
  {
    files: ['ui-kit/src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: NO_APP_IMPORTS }] },
  },
);
