// ESLint's flat config: the lint half of `npm run lint` (Prettier's --check is the other half).
// typescript-eslint comes from tools/eslint-typescript, which gives it the TypeScript 6 JS API it parses with:
// the repo compiles with TypeScript 7, whose package has no JS API. Its rules here need no type information.
import tseslint from '@chime-conformance/eslint-typescript';
import { defineConfig } from 'eslint/config';

/**
 * A folder's `_internals` are for that folder's own modules (and those below it) only. An import that reaches
 * `_internals` straight after `./` or `../` segments stays inside an ancestor folder of the importer, so it is the
 * importer's own; one that names a folder first (`../arbitraries/_internals/...`) reaches into another folder.
 * Files of the folder itself are thereby allowed: src/arbitraries/x.ts imports './_internals/y.js', and
 * src/arbitraries/_internals/a/b.ts imports '../y.js'; src/verify/x.ts may not import '../arbitraries/_internals/y.js'.
 */
const foreignInternals = {
  regex: '(^|/)(?!\\.\\.?/)[^/]+/_internals(/|$)|^_internals(/|$)',
  message: "Another folder's _internals are private to it: import from its public module, or move the helper.",
};

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'tools/*/node_modules/', 'src/generated/', 'reports/', 'scratch/', '.scratch/', 'examples/.tmp-*/'] },
  {
    files: ['**/*.ts', '**/*.js'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2023, sourceType: 'module' },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'no-restricted-imports': ['error', { patterns: [foreignInternals] }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        // Anything deliberately unused is named with a leading _ (a parameter a signature needs, a for…of counter).
        { args: 'all', argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'all', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
    },
  },
);
